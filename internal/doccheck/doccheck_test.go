// Package doccheck holds a test that every exported identifier of the
// module's non-test Go files has a doc comment, so that go doc and
// pkg.go.dev never show a bare name.
package doccheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// moduleRoot is the repository root seen from this package's directory.
const moduleRoot = "../.."

func TestEveryExportedIdentifierHasADocComment(t *testing.T) {
	missing := undocumented(t, moduleRoot)
	if len(missing) > 0 {
		t.Errorf("%d exported identifiers have no doc comment:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

func TestTheCheckFindsAnUndocumentedName(t *testing.T) {
	dir := t.TempDir()
	src := "// Package p is documented.\npackage p\n\n// Good is documented.\nfunc Good() {}\n\nfunc Bad() {}\n\ntype T struct{}\n\n// M is documented.\nfunc (T) M() {}\n\nfunc (T) N() {}\n\nconst (\n\t// A is documented.\n\tA = 1\n\tB = 2\n)\n\n// C and D are documented as a block.\nconst (\n\tC = 3\n\tD = 4\n)\n" +
		"\n// S is documented.\ntype S struct {\n\t// F is documented.\n\tF int\n\tG, g int\n\tW int `json:\"w\"`\n\tX int `form:\"x\"`\n\tY int `yaml:\"y\"`\n\tZ int // Z has a line comment.\n\tT\n}\n" +
		"\n// I is documented.\ntype I interface {\n\t// M is documented.\n\tM()\n\tN()\n\tfmt.Stringer\n}\n"
	writeFile(t, filepath.Join(dir, "p.go"), src)
	got := undocumented(t, dir)
	want := []string{"p.go: field S.G", "p.go: field S.Y", "p.go: func Bad", "p.go: interface method I.N", "p.go: method T.N", "p.go: type T", "p.go: value B"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("undocumented = %q, want %q", got, want)
	}
}

// undocumented lists "file: kind name" for each exported top-level
// identifier, exported method of an exported type, member of an exported
// type (see undocumentedMembers) and package clause without a doc comment,
// in the Go files under root that are not tests, testdata or examples' main
// packages (whose commands are documented by their package comment only).
func undocumented(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	fset := token.NewFileSet()
	pkgDoc := map[string]bool{}
	pkgSeen := map[string]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		dir := filepath.Dir(rel)
		pkgSeen[dir] = rel
		if f.Doc != nil {
			pkgDoc[dir] = true
		}
		if f.Name.Name == "main" {
			return nil
		}
		out = append(out, undocumentedDecls(rel, f)...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for dir, file := range pkgSeen {
		if !pkgDoc[dir] {
			out = append(out, file+": package "+dir)
		}
	}
	sort.Strings(out)
	return out
}

func undocumentedDecls(file string, f *ast.File) []string {
	var out []string
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() || d.Doc != nil {
				continue
			}
			if d.Recv == nil {
				out = append(out, file+": func "+d.Name.Name)
			} else if recv := receiverName(d.Recv); ast.IsExported(recv) {
				out = append(out, file+": method "+recv+"."+d.Name.Name)
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if !s.Name.IsExported() {
						continue
					}
					if s.Doc == nil && d.Doc == nil {
						out = append(out, file+": type "+s.Name.Name)
					}
					out = append(out, undocumentedMembers(file, s)...)
				case *ast.ValueSpec:
					// A const or var block documented as a whole (an enum
					// under one heading) counts, as go doc shows the
					// block with its comment.
					documented := s.Doc != nil || s.Comment != nil || d.Doc != nil
					for _, n := range s.Names {
						if n.IsExported() && !documented {
							out = append(out, file+": value "+n.Name)
						}
					}
				}
			}
		}
	}
	return out
}

// undocumentedMembers lists the exported methods of an exported interface
// and the exported fields of an exported struct that have no doc or line
// comment, as go doc shows them with the type. A field tagged json or form
// is exempt: it carries a Payske wire field, named by its tag and described
// in the API reference, and the wire types hold well over a thousand of
// them. Fields without such a tag (a Client's backend and key, options,
// configuration) mean something only this SDK can say, so they need one.
func undocumentedMembers(file string, s *ast.TypeSpec) []string {
	var fields *ast.FieldList
	kind := "field"
	switch t := s.Type.(type) {
	case *ast.StructType:
		fields = t.Fields
	case *ast.InterfaceType:
		fields, kind = t.Methods, "interface method"
	default:
		return nil
	}
	var out []string
	for _, f := range fields.List {
		if f.Doc != nil || f.Comment != nil || (kind == "field" && isWireField(f)) {
			continue
		}
		for _, n := range f.Names {
			if n.IsExported() {
				out = append(out, file+": "+kind+" "+s.Name.Name+"."+n.Name)
			}
		}
	}
	return out
}

// isWireField reports whether f's struct tag has a json or form key.
func isWireField(f *ast.Field) bool {
	if f.Tag == nil {
		return false
	}
	tag, err := strconv.Unquote(f.Tag.Value)
	if err != nil {
		return false
	}
	st := reflect.StructTag(tag)
	_, isJSON := st.Lookup("json")
	_, isForm := st.Lookup("form")
	return isJSON || isForm
}

func receiverName(fl *ast.FieldList) string {
	if len(fl.List) == 0 {
		return ""
	}
	expr := fl.List[0].Type
	for {
		switch e := expr.(type) {
		case *ast.StarExpr:
			expr = e.X
		case *ast.IndexExpr:
			expr = e.X
		case *ast.IndexListExpr:
			expr = e.X
		case *ast.Ident:
			return e.Name
		default:
			return ""
		}
	}
}
