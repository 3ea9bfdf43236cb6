// Package schematest reads the API schema (internal/schema/payske-api-schema.md,
// the copy of the project's reference listing of parameters and fields)
// and compares Go types with it, so that tests can prove mechanically that
// a params struct has every parameter of an endpoint and a resource type
// every field of its object.
package schematest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Field is one parameter or object field of the schema.
type Field struct {
	// Name is the wire name.
	Name string
	// Type is the schema's description of the type, as written
	// ("string | →customer nullable EXPANDABLE(customer)").
	Type string
	// Fields are the fields of an inline object parameter.
	Fields []*Field
}

// Refs returns the names of the objects Type points to (→name).
func (f *Field) Refs() []string {
	var refs []string
	for _, part := range strings.Split(f.Type, "→")[1:] {
		end := strings.IndexAny(part, " ]|")
		if end < 0 {
			end = len(part)
		}
		refs = append(refs, part[:end])
	}
	return refs
}

// Enum returns the values of a string enum ({a,b,c}), without the empty
// value that marks a field which may be unset.
func (f *Field) Enum() []string {
	if !strings.HasPrefix(f.Type, "string {") && !strings.HasPrefix(f.Type, "[string {") {
		return nil
	}
	open, end := strings.IndexByte(f.Type, '{'), strings.IndexByte(f.Type, '}')
	var out []string
	for _, v := range strings.Split(f.Type[open+1:end], ",") {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Schema is the parsed schema: endpoint parameters by "METHOD /path" and
// object fields by object name.
type Schema struct {
	Endpoints map[string][]*Field // parameters by "METHOD /path"
	Objects   map[string][]*Field // fields by object name
}

// Load parses the schema copy kept beside the OpenAPI schema, so that the
// SDK's types are checked against the reference's own listing too.
func Load(t testing.TB) *Schema {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(moduleRoot(t), "internal", "schema", "payske-api-schema.md"))
	require.NoError(t, err)
	s, err := Parse(raw)
	require.NoError(t, err)
	return s
}

// Parse reads the schema's markdown: "### METHOD /path" and
// "### object `name`" headings, each followed by a list of "- name: type"
// items, nested by two spaces per level.
func Parse(raw []byte) (*Schema, error) {
	s := &Schema{Endpoints: map[string][]*Field{}, Objects: map[string][]*Field{}}
	var (
		section map[string][]*Field // where the current heading's list goes
		key     string
		stack   []*Field // the last field seen at each depth
	)
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if h, ok := strings.CutPrefix(text, "### "); ok {
			stack = stack[:0]
			if name, ok := strings.CutPrefix(h, "object `"); ok {
				section, key = s.Objects, strings.TrimSuffix(name, "`")
			} else {
				words := strings.Fields(h)
				if len(words) < 2 {
					return nil, fmt.Errorf("line %d: heading %q names no endpoint", line, h)
				}
				section, key = s.Endpoints, words[0]+" "+words[1]
			}
			section[key] = nil
			continue
		}
		trimmed := strings.TrimLeft(text, " ")
		item, ok := strings.CutPrefix(trimmed, "- ")
		if !ok || section == nil {
			continue
		}
		depth := (len(text) - len(trimmed)) / 2
		name, typ, _ := strings.Cut(item, ": ")
		f := &Field{Name: name, Type: typ}
		switch {
		case depth == 0:
			section[key] = append(section[key], f)
		case depth <= len(stack):
			parent := stack[depth-1]
			parent.Fields = append(parent.Fields, f)
		default:
			return nil, fmt.Errorf("line %d: %q is nested too deep", line, item)
		}
		stack = append(stack[:depth], f)
	}
	return s, sc.Err()
}

func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "module root not found")
		dir = parent
	}
}
