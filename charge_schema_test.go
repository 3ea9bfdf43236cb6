package payske

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/internal/schematest"
)

// These tests diff the charge types against the API schema mechanically:
// every parameter of the charge endpoints has a form field, every field of
// the charge object (and of the objects nested in it) has a json field, and
// every enum has a typed constant per value.

func TestChargeParamsMatchTheSchema(t *testing.T) {
	s := schematest.Load(t)
	schematest.CheckParams(t, s, reflect.TypeOf(ChargeParams{}),
		"POST /v1/charges", "POST /v1/charges/{charge}", "GET /v1/charges/{charge}")
	schematest.CheckParams(t, s, reflect.TypeOf(ChargeCaptureParams{}), "POST /v1/charges/{charge}/capture")
	schematest.CheckParams(t, s, reflect.TypeOf(ChargeListParams{}), "GET /v1/charges")
}

// chargeOwned reports whether a nested type belongs to the charge (and is
// checked here) rather than to a resource with tests of its own.
func chargeOwned(t reflect.Type) bool {
	switch t.Name() {
	case "BillingDetails", "ShippingDetails", "Address":
		return true
	}
	return strings.HasPrefix(t.Name(), "Charge")
}

func TestChargeObjectMatchesTheSchema(t *testing.T) {
	s := schematest.Load(t)
	enums := schematest.CheckObject(t, s, reflect.TypeOf(Charge{}), "charge", schematest.ObjectOptions{
		Descend: chargeOwned,
		Extra: map[string][]string{
			// The reference's charge answers show these three.
			"charge": {"invoice", "order", "source"},
		},
	})
	require.NotEmpty(t, enums)

	consts := stringConstants(t)
	for _, e := range enums {
		t.Run(e.Path, func(t *testing.T) {
			require.Equal(t, reflect.String, e.Type.Kind())
			require.NotEqual(t, "string", e.Type.Name(), "an enum field has a named type, not plain string")
			for _, v := range e.Values {
				assert.Contains(t, consts[e.Type.Name()], v, "a %s constant for %q", e.Type.Name(), v)
			}
		})
	}
}

// stringConstants returns the string constants the package declares, by
// type name.
func stringConstants(t *testing.T) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	out := map[string][]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				typ, ok := vs.Type.(*ast.Ident)
				if !ok {
					continue
				}
				for _, v := range vs.Values {
					if lit, ok := v.(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, err := strconv.Unquote(lit.Value)
						require.NoError(t, err)
						out[typ.Name] = append(out[typ.Name], s)
					}
				}
			}
		}
	}
	return out
}
