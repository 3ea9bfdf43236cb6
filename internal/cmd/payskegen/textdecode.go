package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// textDecodeFile is the root package's file of decoders generated per type:
// each object type reads its fields from the bytes of an answer checked
// to be valid JSON, with no reflection (decode_text.go).
const textDecodeFile = "decode_text_gen.go"

// writeTextDecoders writes textDecodeFile under root. Its input is the root
// package's Go source as it stands once the models are written: the
// generated files under root and the hand-written ones under src, so that every type an answer reaches decodes the same way
// encoding/json decodes it: the generator reads the struct fields and JSON
// tags encoding/json would read. expandable names the models whose
// UnmarshalJSON the generator writes (a bare ID or the object); any other
// type with an UnmarshalJSON, or with a decodeValue method of its own in a
// hand-written file, keeps it.
func writeTextDecoders(root, src string, expandable map[string]bool) error {
	pkg, err := parseRootPackage(root, src)
	if err != nil {
		return err
	}
	names, err := pkg.reachable(expandable)
	if err != nil {
		return err
	}
	body := &goFile{}
	embedded := pkg.embeddedTypes()
	for _, name := range names {
		if embedded[name] {
			// Its methods would be promoted to every struct embedding it,
			// a caller's own types included, which would then decode as
			// it: it gets decodeField alone, for the embedding types.
			if err := pkg.writeFieldDecoder(body, name); err != nil {
				return err
			}
			continue
		}
		if err := pkg.writeDecoder(body, name, expandable[name]); err != nil {
			return err
		}
	}
	return writeRootFile(filepath.Join(root, textDecodeFile), body)
}

// rootPackage is what the generator knows of the root package's source:
// its type declarations and which methods each type has.
type rootPackage struct {
	types   map[string]*ast.TypeSpec
	methods map[string]map[string]bool
}

// parseRootPackage reads every non-test Go file of the root package but
// the decoders: the generated ones under root, the others under src.
func parseRootPackage(root, src string) (*rootPackage, error) {
	generated, err := filepath.Glob(filepath.Join(root, "*_gen.go"))
	if err != nil {
		return nil, err
	}
	written, err := filepath.Glob(filepath.Join(src, "*.go"))
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, path := range written {
		if !strings.HasSuffix(path, "_gen.go") {
			paths = append(paths, path)
		}
	}
	paths = append(paths, generated...)
	p := &rootPackage{types: map[string]*ast.TypeSpec{}, methods: map[string]map[string]bool{}}
	fset := token.NewFileSet()
	for _, path := range paths {
		base := filepath.Base(path)
		if strings.HasSuffix(base, "_test.go") || base == textDecodeFile {
			continue
		}
		src, err := os.ReadFile(path) // #nosec G304 -- a file of the repository.
		if err != nil {
			return nil, fmt.Errorf("payskegen: %w", err)
		}
		file, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("payskegen: %w", err)
		}
		p.add(file)
	}
	return p, nil
}

// add records file's type declarations and methods.
func (p *rootPackage) add(file *ast.File) {
	for _, decl := range file.Decls {
		switch d := decl.(type) {
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				ts, ok := spec.(*ast.TypeSpec)
				if !ok || ts.TypeParams != nil {
					continue
				}
				p.types[ts.Name.Name] = ts
			}
		case *ast.FuncDecl:
			if d.Recv == nil || len(d.Recv.List) != 1 {
				continue
			}
			recv := d.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			if id, ok := recv.(*ast.Ident); ok {
				if p.methods[id.Name] == nil {
					p.methods[id.Name] = map[string]bool{}
				}
				p.methods[id.Name][d.Name.Name] = true
			}
		}
	}
}

// resolve follows type aliases to the named type they stand for.
func (p *rootPackage) resolve(name string) string {
	for {
		ts, ok := p.types[name]
		if !ok || !ts.Assign.IsValid() {
			return name
		}
		id, ok := ts.Type.(*ast.Ident)
		if !ok {
			return name
		}
		name = id.Name
	}
}

// structOf returns the struct a named type declares, or nil.
func (p *rootPackage) structOf(name string) *ast.StructType {
	ts, ok := p.types[p.resolve(name)]
	if !ok {
		return nil
	}
	st, _ := ts.Type.(*ast.StructType)
	return st
}

// basicOf returns the predeclared type a named type of the package is
// defined as ("string" for an enum type), or "".
func (p *rootPackage) basicOf(name string) string {
	for {
		switch name {
		case "string", "int64", "bool", "float64":
			return name
		}
		ts, ok := p.types[name]
		if !ok {
			return ""
		}
		id, ok := ts.Type.(*ast.Ident)
		if !ok {
			return ""
		}
		name = id.Name
	}
}

// answerRoots are the types the backend decodes answers into: those that
// report their "object" to the backend's check (answerObject) and the list
// pages (which embed ListMeta).
func (p *rootPackage) answerRoots() []string {
	var roots []string
	for name := range p.types {
		st := p.structOf(name)
		if st == nil || p.resolve(name) != name {
			continue
		}
		if p.methods[name]["answerObject"] || embeds(st, "ListMeta") {
			roots = append(roots, name)
		}
	}
	sort.Strings(roots)
	return roots
}

// embeddedTypes names the types that structs of the package embed.
func (p *rootPackage) embeddedTypes() map[string]bool {
	names := map[string]bool{}
	for _, ts := range p.types {
		if st, ok := ts.Type.(*ast.StructType); ok {
			for _, f := range st.Fields.List {
				if len(f.Names) == 0 {
					names[typeName(f.Type)] = true
				}
			}
		}
	}
	return names
}

// embeds reports whether st embeds the named type.
func embeds(st *ast.StructType, name string) bool {
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 && typeName(f.Type) == name {
			return true
		}
	}
	return false
}

// reachable lists, sorted, the struct types of the package the answer
// roots reach through their JSON fields: the types that need a decoder.
func (p *rootPackage) reachable(expandable map[string]bool) ([]string, error) {
	seen := map[string]bool{}
	var walk func(name string) error
	walk = func(name string) error {
		name = p.resolve(name)
		if seen[name] || p.structOf(name) == nil {
			return nil
		}
		seen[name] = true
		var types []ast.Expr
		if p.ownDecoder(name, expandable[name]) {
			// Its own decoder may reach any of its fields' types.
			for _, f := range p.structOf(name).Fields.List {
				types = append(types, f.Type)
			}
		} else {
			fields, err := p.jsonFields(name)
			if err != nil {
				return err
			}
			for _, f := range fields {
				types = append(types, f.typ)
			}
		}
		for _, t := range types {
			for _, n := range namedTypes(t) {
				if err := walk(n); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for _, root := range p.answerRoots() {
		if err := walk(root); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}

// namedTypes lists the package's type names a type expression mentions.
func namedTypes(e ast.Expr) []string {
	switch t := e.(type) {
	case *ast.Ident:
		return []string{t.Name}
	case *ast.StarExpr:
		return namedTypes(t.X)
	case *ast.ArrayType:
		return namedTypes(t.Elt)
	case *ast.MapType:
		return namedTypes(t.Value)
	}
	return nil
}

// typeName is the name a type expression names, through one pointer.
func typeName(e ast.Expr) string {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// jsonField is a field encoding/json decodes: its key, the Go path to it
// from the decoded value ("ListMeta.HasMore") and its type.
type jsonField struct {
	key   string
	path  string
	typ   ast.Expr
	depth int
}

// jsonFields lists the fields encoding/json decodes into the named struct
// type: exported fields by their JSON tag's name, and the fields of
// embedded structs, a field of a shallower struct hiding one of the same
// name deeper down, as encoding/json does.
func (p *rootPackage) jsonFields(name string) ([]jsonField, error) {
	var all []jsonField
	var collect func(st *ast.StructType, prefix string, depth int) error
	collect = func(st *ast.StructType, prefix string, depth int) error {
		for _, f := range st.Fields.List {
			tag := ""
			if f.Tag != nil {
				unquoted, err := strconv.Unquote(f.Tag.Value)
				if err != nil {
					return fmt.Errorf("payskegen: %s: a field's tag: %w", name, err)
				}
				tag = reflect.StructTag(unquoted).Get("json")
			}
			if tag == "-" {
				continue
			}
			key, _, _ := strings.Cut(tag, ",")
			if len(f.Names) == 0 {
				embedded := typeName(f.Type)
				inner := p.structOf(embedded)
				if key == "" && inner != nil {
					if _, ptr := f.Type.(*ast.StarExpr); ptr {
						return fmt.Errorf("payskegen: %s embeds *%s: the decoders embed structs by value only", name, embedded)
					}
					if err := collect(inner, prefix+embedded+".", depth+1); err != nil {
						return err
					}
					continue
				}
				return fmt.Errorf("payskegen: %s embeds %s, which the decoders cannot flatten", name, embedded)
			}
			for _, n := range f.Names {
				if !n.IsExported() {
					continue
				}
				if key == "" {
					// encoding/json would match the Go name, in any case;
					// the decoders match lower-case keys only.
					return fmt.Errorf("payskegen: %s.%s has no JSON name: give it a json tag", name, n.Name)
				}
				all = append(all, jsonField{key: key, path: prefix + n.Name, typ: f.Type, depth: depth})
			}
		}
		return nil
	}
	st := p.structOf(name)
	if err := collect(st, "", 0); err != nil {
		return nil, err
	}
	byKey := map[string]jsonField{}
	var keys []string
	for _, f := range all {
		prev, ok := byKey[f.key]
		switch {
		case !ok:
			byKey[f.key] = f
			keys = append(keys, f.key)
		case prev.depth == f.depth:
			return nil, fmt.Errorf("payskegen: %s has two fields named %q at the same depth, which encoding/json would both ignore", name, f.key)
		case f.depth < prev.depth:
			byKey[f.key] = f
		}
	}
	fields := make([]jsonField, 0, len(keys))
	for _, k := range keys {
		fields = append(fields, byKey[k])
	}
	return fields, nil
}

// ownDecoder reports whether the named type decodes through methods of
// its own, hand-written: a decodeValue, or an UnmarshalJSON the generator
// did not write.
func (p *rootPackage) ownDecoder(name string, expandable bool) bool {
	m := p.methods[name]
	return m["decodeValue"] || (m["UnmarshalJSON"] && !expandable)
}

// writeDecoder writes the decoder methods of the named struct type.
func (p *rootPackage) writeDecoder(f *goFile, name string, expandable bool) error {
	const recv = "x"
	switch {
	case p.methods[name]["decodeValue"]:
		// Its own, hand-written.
		return nil
	case p.ownDecoder(name, expandable):
		f.p("")
		f.p("// decodeValue implements valueDecoder through %s's own UnmarshalJSON.", name)
		f.p("func (%s *%s) decodeValue(r *textReader) error { return r.unmarshaler(%s) }", recv, name, recv)
		return nil
	}
	fields, err := p.jsonFields(name)
	if err != nil {
		return err
	}
	if len(fields) == 0 {
		f.p("")
		f.p("// decodeValue implements valueDecoder: %s has no JSON field.", name)
		f.p("func (%s *%s) decodeValue(r *textReader) error {", recv, name)
		f.p("return r.object(func(*textReader, []byte) (bool, error) { return false, nil })")
		f.p("}")
		return nil
	}
	if expandable {
		f.p("")
		f.p("// decodeValue implements valueDecoder: a bare ID sets ID alone, as")
		f.p("// UnmarshalJSON does.")
		f.p("func (%s *%s) decodeValue(r *textReader) error {", recv, name)
		f.p("if id, ok, err := r.bareID(); ok || err != nil {")
		f.p("if ok {")
		f.p("*%s = %s{ID: id}", recv, name)
		f.p("}")
		f.p("return err")
		f.p("}")
		f.p("return %s.decodeFields(r)", recv)
		f.p("}")
		f.p("")
		f.p("// decodeFields implements fieldsDecoder.")
		f.p("func (%s *%s) decodeFields(r *textReader) error { return r.object(%s.decodeField) }", recv, name, recv)
	} else {
		f.p("")
		f.p("// decodeValue implements valueDecoder.")
		f.p("func (%s *%s) decodeValue(r *textReader) error { return r.object(%s.decodeField) }", recv, name, recv)
	}
	return p.writeFieldDecoder(f, name)
}

// writeFieldDecoder writes the decodeField method of the named struct
// type, unless it has no JSON field.
func (p *rootPackage) writeFieldDecoder(f *goFile, name string) error {
	const recv = "x"
	fields, err := p.jsonFields(name)
	if err != nil || len(fields) == 0 {
		return err
	}
	f.p("")
	f.p("// decodeField decodes the value of key, reporting false for a key")
	f.p("// %s does not have.", name)
	f.p("func (%s *%s) decodeField(r *textReader, key []byte) (bool, error) {", recv, name)
	f.p("switch string(key) {")
	for _, fd := range fields {
		stmt, err := p.fieldStatement(fd.typ, "&"+recv+"."+fd.path)
		if err != nil {
			return fmt.Errorf("payskegen: %s.%s: %w", name, fd.path, err)
		}
		f.p("case %s:", strconv.Quote(fd.key))
		f.p("return true, %s", stmt)
	}
	f.p("}")
	f.p("return false, nil")
	f.p("}")
	return nil
}

// fieldStatement is the expression that decodes the next JSON value into
// the field at dst, of type t, as encoding/json would.
func (p *rootPackage) fieldStatement(t ast.Expr, dst string) (string, error) {
	switch t := t.(type) {
	case *ast.Ident:
		if basic := p.basicOf(t.Name); basic != "" {
			return fmt.Sprintf("decode%s(r, %s)", exportedBasic(basic), dst), nil
		}
		if p.structOf(t.Name) != nil {
			return fmt.Sprintf("(%s).decodeValue(r)", dst), nil
		}
	case *ast.StarExpr:
		if id, ok := t.X.(*ast.Ident); ok {
			if basic := p.basicOf(id.Name); basic != "" {
				return fmt.Sprintf("decodeNullable(r, %s, decode%s)", dst, exportedBasic(basic)), nil
			}
			if p.structOf(id.Name) != nil {
				return fmt.Sprintf("decodePtr(r, %s)", dst), nil
			}
		}
	case *ast.SelectorExpr:
		if pkg, ok := t.X.(*ast.Ident); ok && pkg.Name == "json" && t.Sel.Name == "RawMessage" {
			return fmt.Sprintf("r.rawMessage(%s)", dst), nil
		}
	case *ast.ArrayType:
		if t.Len == nil {
			if id, ok := t.Elt.(*ast.Ident); ok && p.basicOf(id.Name) == "string" {
				return fmt.Sprintf("decodeStrings(r, %s)", dst), nil
			}
			if star, ok := t.Elt.(*ast.StarExpr); ok && p.structOf(typeName(star)) != nil {
				return fmt.Sprintf("decodePtrs(r, %s)", dst), nil
			}
		}
	case *ast.MapType:
		if typeName(t.Key) == "string" {
			if id, ok := t.Value.(*ast.Ident); ok && p.basicOf(id.Name) != "" {
				return fmt.Sprintf("decodeMap(r, %s, decode%s)", dst, exportedBasic(p.basicOf(id.Name))), nil
			}
			if star, ok := t.Value.(*ast.StarExpr); ok && p.structOf(typeName(star)) != nil {
				return fmt.Sprintf("decodeMap(r, %s, decodePtr)", dst), nil
			}
		}
	}
	// Anything else (an interface, a slice of raw messages) is rare
	// enough to take encoding/json's way for that one value.
	return fmt.Sprintf("r.unmarshal(%s)", dst), nil
}

// exportedBasic names a predeclared type in a helper's name.
func exportedBasic(basic string) string {
	return strings.ToUpper(basic[:1]) + basic[1:]
}
