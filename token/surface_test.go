package token_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	payske_token "github.com/payske/payske-go/token"
)

// TestTokensCanOnlyBeCreatedAndRetrieved pins the package's surface: the API
// has no endpoint to update or list tokens, so neither the package, nor
// Client, nor the API interface offers one.
func TestTokensCanOnlyBeCreatedAndRetrieved(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	var funcs []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.IsExported() {
				funcs = append(funcs, fd.Name.Name)
			}
		}
	}
	assert.ElementsMatch(t, []string{"New", "Get"}, funcs, "package-level functions")

	// The methods that print a Client (hiding its key) are not endpoints.
	printing := map[string]bool{"String": true, "GoString": true, "Format": true}
	methods := func(typ reflect.Type) []string {
		var out []string
		for i := range typ.NumMethod() {
			if name := typ.Method(i).Name; !printing[name] {
				out = append(out, name)
			}
		}
		return out
	}
	assert.ElementsMatch(t, []string{"New", "Get"}, methods(reflect.TypeOf(payske_token.Client{})))
	assert.ElementsMatch(t, []string{"New", "Get"}, methods(reflect.TypeOf(&payske_token.Client{})))
	assert.ElementsMatch(t, []string{"New", "Get"}, methods(reflect.TypeOf((*payske_token.API)(nil)).Elem()))
}
