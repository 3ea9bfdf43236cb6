package main

import (
	"fmt"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strings"
)

// modelFileConfig is one generated file of the root package's models and
// params, <resource>_gen.go.
type modelFileConfig struct {
	// Resource names the file, as in "refund".
	Resource string `json:"resource"`
	// Types are the object structs, each from a schema of
	// components/schemas.
	Types []*modelConfig `json:"types"`
	// Params are the params structs, each from the parameters of
	// operations.
	Params []*paramsConfig `json:"params,omitempty"`
}

// modelConfig is one object struct: a field per property of a schema.
type modelConfig struct {
	// Name is the Go type name, as in "RefundNextAction".
	Name string `json:"name"`
	// Schema is the object's name in components/schemas.
	Schema string `json:"schema"`
	// Doc is the type's doc comment.
	Doc string `json:"doc"`
	// Embed lists the types embedded first, as in "APIResource".
	Embed []string `json:"embed,omitempty"`
	// Fields says, by property, what the schema cannot: a Go name or type
	// that differs from the mechanical one, where the tree is cut, which
	// type an expandable property expands to, and the field's doc.
	Fields map[string]*fieldConfig `json:"fields,omitempty"`
	// Extra are fields the API answers that the schema lacks.
	Extra []*extraFieldConfig `json:"extra,omitempty"`
	// JSON, when set, makes the object expandable: see jsonConfig.
	JSON *jsonConfig `json:"json,omitempty"`
	// AfterDecode, with JSON, names a hand-written method of the type,
	// func (x *T) name(data []byte) error, that the UnmarshalJSON calls
	// with the object's JSON once its fields are decoded, to fill what
	// the mechanical fields cannot hold (a view of the object keyed by
	// one of its values).
	AfterDecode string `json:"after_decode,omitempty"`
	// AfterEncode, with AfterDecode, names the hand-written method,
	// func (x T) name(data []byte) ([]byte, error), that the MarshalJSON
	// calls with the object's JSON to write back what AfterDecode read, so
	// that a decoded value still encodes back as it came.
	AfterEncode string `json:"after_encode,omitempty"`

	fields []goField // filled from the schema
	// listed is set when a list page type holds the object (see
	// markListed): its page decodes each object straight into its fields
	// type.
	listed bool
}

// fieldConfig is what the config says about one property or parameter.
type fieldConfig struct {
	// Name overrides the mechanical Go name.
	Name string `json:"name,omitempty"`
	// Type overrides the mechanical Go type.
	Type string `json:"type,omitempty"`
	// Expand is the type an expandable property decodes into (a pointer
	// to it); the property must be expandable in the schema.
	Expand string `json:"expand,omitempty"`
	// Cut is "raw" to keep the property as json.RawMessage (omitted when
	// empty, so that an absent property stays absent when encoded again),
	// or "omit" to leave it out.
	Cut string `json:"cut,omitempty"`
	// Doc is the field's doc comment.
	Doc string `json:"doc,omitempty"`
}

// extraFieldConfig is a field beyond the schema, placed among the others
// by its JSON name; a json.RawMessage one is omitted when empty.
type extraFieldConfig struct {
	JSON string `json:"json"`
	Name string `json:"name"`
	Type string `json:"type"`
	Doc  string `json:"doc,omitempty"`
}

// paramsConfig is one params struct: a field per parameter of its
// operations, but those of the embedded struct.
type paramsConfig struct {
	// Name is the Go type name, as in "RefundListParams".
	Name string `json:"name"`
	// Doc is the type's doc comment.
	Doc string `json:"doc"`
	// Embed is "Params" or "ListParams", or empty for the struct of an
	// object parameter, which embeds nothing.
	Embed string `json:"embed,omitempty"`
	// From lists where the parameters are: "METHOD /path: body" (the
	// request body's properties), "METHOD /path: query" (the query
	// parameters) or "METHOD /path: a.b" (the properties of the object
	// parameter a.b, as in "POST /v1/tokens: account.company"). An object
	// parameter named in the from of a params struct of the same file is
	// typed a pointer to that struct.
	From []string `json:"from"`
	// Fields says, by parameter, what the schema cannot (as for models;
	// expand does not apply).
	Fields map[string]*fieldConfig `json:"fields,omitempty"`
	// Extra are parameters the API takes that the schema lacks (type is
	// the whole Go type, as in "*string").
	Extra []*extraFieldConfig `json:"extra,omitempty"`
	// Path names placeholders of the from operations' routes that a field
	// of the struct fills, as in "customer": a *string tagged form:"-",
	// never sent, whose value the method puts into the path.
	Path []string `json:"path,omitempty"`

	fields []goField // filled from the schema
}

// goField is one field of a generated struct.
type goField struct {
	wire string // the JSON or form name, to sort by
	name string
	typ  string
	tag  string
	doc  string
}

// embedded is what each embeddable params struct already sends, by wire
// name: the generated fields leave these out.
var embedded = map[string][]string{
	"":           nil,
	"Params":     {"expand", "metadata"},
	"ListParams": {"ending_before", "expand", "limit", "starting_after"},
}

// goName is the mechanical Go name of a wire name: its words capitalised,
// initialisms in capitals.
func goName(wire string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(wire, func(r rune) bool { return r == '_' || r == '.' || r == '-' }) {
		if initialisms[strings.ToLower(w)] {
			b.WriteString(strings.ToUpper(w))
		} else {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

// properties merges the properties of node's alternatives.
func (s *enumSchema) properties(node any) map[string]any {
	out := map[string]any{}
	for _, alt := range s.alternatives(node, 0) {
		if props, ok := alt["properties"].(map[string]any); ok {
			for k, v := range props {
				if _, seen := out[k]; !seen {
					out[k] = v
				}
			}
		}
	}
	return out
}

// isObject reports whether one of node's alternatives is an object, even
// one without properties: such a parameter still gets its (empty) struct,
// which the API may add fields to later.
func (s *enumSchema) isObject(node any) bool {
	return slices.ContainsFunc(s.alternatives(node, 0), func(alt map[string]any) bool {
		_, ok := alt["properties"].(map[string]any)
		return ok
	})
}

// operationParams is the body properties or query parameters of loc,
// written "METHOD /path: body" or "METHOD /path: query".
func (s *enumSchema) operationParams(loc string) (map[string]any, error) {
	op, where, ok := strings.Cut(loc, ": ")
	method, route, ok2 := strings.Cut(op, " ")
	if !ok || !ok2 || method != strings.ToUpper(method) || where == "" || strings.ContainsAny(where, " :") {
		return nil, fmt.Errorf("%q is not written as \"METHOD /path: body\", \"METHOD /path: query\" or \"METHOD /path: param.path\"", loc)
	}
	o, ok := s.Paths[route][strings.ToLower(method)].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("the schema has no operation %s", op)
	}
	if where != "body" && where != "query" {
		node, path, err := s.locate(loc)
		if err != nil {
			return nil, err
		}
		for _, p := range path {
			if node = s.property(node, p); node == nil {
				return nil, fmt.Errorf("%s has no parameter %s", op, where)
			}
		}
		props := s.properties(node)
		if len(props) == 0 && !s.isObject(node) {
			return nil, fmt.Errorf("the parameter %s of %s is not an object", where, op)
		}
		return props, nil
	}
	out := map[string]any{}
	if where == "body" {
		body, ok := dig(o, "requestBody", "content", "application/x-www-form-urlencoded", "schema", "properties").(map[string]any)
		if !ok {
			return nil, fmt.Errorf("the schema's %s has no form body", op)
		}
		for k, v := range body {
			out[k] = v
		}
		return out, nil
	}
	list, _ := o["parameters"].([]any)
	for _, p := range list {
		if p, ok := p.(map[string]any); ok && p["in"] == "query" {
			out[fmt.Sprint(p["name"])] = p["schema"]
		}
	}
	return out, nil
}

// refName is the schema a property refers to, directly or as the only
// alternative of an anyOf.
func refName(prop map[string]any) string {
	if ref, ok := prop["$ref"].(string); ok {
		return strings.TrimPrefix(ref, "#/components/schemas/")
	}
	if list, ok := prop["anyOf"].([]any); ok && len(list) == 1 {
		if m, ok := list[0].(map[string]any); ok {
			return refName(m)
		}
	}
	return ""
}

// expandable reports whether a property is an ID or, when expanded, the
// object: the schema lists the objects it expands into.
func expandable(prop map[string]any) bool {
	_, ok := prop["x-expansionResources"]
	return ok
}

// modelsResolver resolves the models config against the schema.
type modelsResolver struct {
	s *enumSchema
	// enums is the Go enum type of each enum location of the config.
	enums map[string]string
	// names guards against two types of one name.
	names map[string]bool
}

// resolveModels fills each struct's fields from the schema and checks the
// config: every schema, property and operation it names exists, every
// property is either modelled mechanically or told how.
func resolveModels(files []*modelFileConfig, s *enumSchema, enums []*enumFileConfig) error {
	r := &modelsResolver{s: s, enums: map[string]string{}, names: map[string]bool{}}
	for _, ef := range enums {
		for _, e := range ef.Types {
			r.enums[e.In] = e.Name
		}
	}
	for _, mf := range files {
		if mf.Resource == "" {
			return fmt.Errorf("payskegen: a models file needs a resource")
		}
		// A property referring to a schema modelled in the same file gets
		// that type.
		bySchema := map[string]string{}
		for _, m := range mf.Types {
			if _, ok := bySchema[m.Schema]; ok {
				return fmt.Errorf("payskegen: model %s: schema %s is modelled twice in %s: give the referring fields a type", m.Name, m.Schema, mf.Resource)
			}
			bySchema[m.Schema] = m.Name
		}
		for _, m := range mf.Types {
			if err := r.resolveModel(m, bySchema); err != nil {
				return fmt.Errorf("payskegen: model %s: %w", m.Name, err)
			}
		}
		// An object parameter named in the from of a params struct gets
		// that struct's type.
		byLoc := map[string]string{}
		for _, p := range mf.Params {
			for _, loc := range p.From {
				if strings.HasSuffix(loc, ": body") || strings.HasSuffix(loc, ": query") {
					continue
				}
				if other, ok := byLoc[loc]; ok {
					return fmt.Errorf("payskegen: params %s: %s is also the from of %s", p.Name, loc, other)
				}
				byLoc[loc] = p.Name
			}
		}
		for _, p := range mf.Params {
			if err := r.resolveParams(p, byLoc); err != nil {
				return fmt.Errorf("payskegen: params %s: %w", p.Name, err)
			}
		}
	}
	return nil
}

func (r *modelsResolver) claim(name, doc string) error {
	if !token.IsIdentifier(name) || !token.IsExported(name) {
		return fmt.Errorf("%q is not an exported Go name", name)
	}
	if r.names[name] {
		return fmt.Errorf("two types are named %s", name)
	}
	r.names[name] = true
	if doc == "" {
		return fmt.Errorf("the type needs a doc")
	}
	return nil
}

func (r *modelsResolver) resolveModel(m *modelConfig, bySchema map[string]string) error {
	if err := r.claim(m.Name, m.Doc); err != nil {
		return err
	}
	node, ok := r.s.Components.Schemas[m.Schema]
	if !ok {
		return fmt.Errorf("components/schemas has no %s", m.Schema)
	}
	props := r.s.properties(node)
	if len(props) == 0 {
		return fmt.Errorf("the schema %s has no properties", m.Schema)
	}
	for _, name := range slices.Sorted(maps.Keys(m.Fields)) {
		if props[name] == nil {
			return fmt.Errorf("the schema %s has no property %s", m.Schema, name)
		}
	}
	m.fields = nil
	for _, name := range slices.Sorted(maps.Keys(props)) {
		prop, _ := props[name].(map[string]any)
		fc := m.Fields[name]
		if fc == nil {
			fc = &fieldConfig{}
		}
		f, keep, err := r.modelField(m.Schema, name, prop, fc, bySchema)
		if err != nil {
			return fmt.Errorf("%s.%s: %w", m.Schema, name, err)
		}
		if keep {
			m.fields = append(m.fields, f)
		}
	}
	for _, x := range m.Extra {
		if x.JSON == "" || x.Name == "" || x.Type == "" {
			return fmt.Errorf("an extra field needs json, name and type")
		}
		if props[x.JSON] != nil {
			return fmt.Errorf("extra field %s is a property of %s: configure it under fields", x.JSON, m.Schema)
		}
		// A raw extra field is omitted when empty, as a raw cut is, so
		// that an absent property stays absent when encoded again.
		m.fields = append(m.fields, goField{wire: x.JSON, name: x.Name, typ: x.Type, tag: jsonTag(x.JSON, x.Type == "json.RawMessage"), doc: x.Doc})
	}
	if err := sortFields(m.fields); err != nil {
		return err
	}
	return resolveJSON(m)
}

// modelField is the struct field of one property, or keep false when the
// config leaves it out.
func (r *modelsResolver) modelField(schemaName, name string, prop map[string]any, fc *fieldConfig, bySchema map[string]string) (goField, bool, error) {
	f := goField{wire: name, name: fc.Name, doc: fc.Doc, tag: jsonTag(name, false)}
	if f.name == "" {
		f.name = goName(name)
	}
	switch {
	case fc.Cut == "omit":
		return f, false, nil
	case fc.Cut == "raw":
		f.typ, f.tag = "json.RawMessage", jsonTag(name, true)
		return f, true, nil
	case fc.Cut != "":
		return f, false, fmt.Errorf("cut %q is neither raw nor omit", fc.Cut)
	}
	if expandable(prop) != (fc.Expand != "") {
		if fc.Expand != "" {
			return f, false, fmt.Errorf("expand %s: the property is not expandable", fc.Expand)
		}
		return f, false, fmt.Errorf("the property is expandable: say which type it expands to")
	}
	switch {
	case fc.Expand != "":
		f.typ = "*" + fc.Expand
	case fc.Type != "":
		f.typ = fc.Type
	default:
		t, err := r.modelType(schemaName+"."+name, prop, bySchema)
		if err != nil {
			return f, false, err
		}
		f.typ = t
	}
	return f, true, nil
}

// modelType is the mechanical Go type of an object property.
func (r *modelsResolver) modelType(loc string, prop map[string]any, bySchema map[string]string) (string, error) {
	if ref := refName(prop); ref != "" {
		if name, ok := bySchema[ref]; ok {
			return "*" + name, nil
		}
		return "", fmt.Errorf("it refers to %s, which the file does not model: model it, cut it or give its type", ref)
	}
	switch prop["type"] {
	case "string":
		if e, ok := r.enums[loc]; ok {
			return e, nil
		}
		if prop["format"] == "currency" {
			return "Currency", nil
		}
		return "string", nil
	case "integer":
		return "int64", nil
	case "number":
		return "float64", nil
	case "boolean":
		return "bool", nil
	case "array":
		// A list of references or of strings: the items are typed as a
		// property would be, a string by the enum whose in is the list.
		if items, ok := prop["items"].(map[string]any); ok && (refName(items) != "" || items["type"] == "string") {
			t, err := r.modelType(loc, items, bySchema)
			return "[]" + t, err
		}
	case "object":
		if ap, ok := prop["additionalProperties"].(map[string]any); ok {
			switch ap["type"] {
			case "string":
				return "map[string]string", nil
			case "integer":
				return "map[string]int64", nil
			}
			if refName(ap) != "" {
				t, err := r.modelType(loc, ap, bySchema)
				return "map[string]" + t, err
			}
		}
	}
	return "", fmt.Errorf("no mechanical Go type: give its type or cut it")
}

func (r *modelsResolver) resolveParams(p *paramsConfig, byLoc map[string]string) error {
	if err := r.claim(p.Name, p.Doc); err != nil {
		return err
	}
	covered, ok := embedded[p.Embed]
	if !ok {
		return fmt.Errorf("embed %q is neither Params nor ListParams nor empty", p.Embed)
	}
	if len(p.From) == 0 {
		return fmt.Errorf("from names no operation")
	}
	params := map[string]any{}
	where := map[string]string{}
	for _, loc := range p.From {
		ps, err := r.s.operationParams(loc)
		if err != nil {
			return err
		}
		for name, v := range ps {
			if slices.Contains(covered, name) {
				continue
			}
			if _, seen := params[name]; !seen {
				params[name], where[name] = v, loc
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(p.Fields)) {
		if params[name] == nil && !slices.Contains(p.Path, name) {
			return fmt.Errorf("%v have no parameter %s", p.From, name)
		}
	}
	p.fields = nil
	for _, name := range slices.Sorted(maps.Keys(params)) {
		prop, _ := params[name].(map[string]any)
		fc := p.Fields[name]
		if fc == nil {
			fc = &fieldConfig{}
		}
		fs, err := r.paramFields(paramLoc(where[name], name), name, prop, fc, byLoc)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		p.fields = append(p.fields, fs...)
	}
	for _, ph := range p.Path {
		if !slices.ContainsFunc(p.From, func(loc string) bool { return strings.Contains(loc, "/{"+ph+"}") }) {
			return fmt.Errorf("the routes of %v have no placeholder {%s}", p.From, ph)
		}
		if params[ph] != nil {
			return fmt.Errorf("path %s is also a parameter of %v", ph, p.From)
		}
		fc := p.Fields[ph]
		if fc == nil {
			fc = &fieldConfig{}
		}
		f := goField{wire: ph, name: fc.Name, typ: "*string", tag: `form:"-"`, doc: fc.Doc}
		if f.name == "" {
			f.name = goName(ph)
		}
		p.fields = append(p.fields, f)
	}
	for _, x := range p.Extra {
		if x.JSON == "" || x.Name == "" || x.Type == "" {
			return fmt.Errorf("an extra field needs json, name and type")
		}
		if params[x.JSON] != nil || slices.Contains(covered, x.JSON) {
			return fmt.Errorf("extra field %s is a parameter of %v: configure it under fields", x.JSON, p.From)
		}
		p.fields = append(p.fields, goField{wire: x.JSON, name: x.Name, typ: x.Type, tag: `form:"` + x.JSON + `"`, doc: x.Doc})
	}
	return sortFields(p.fields)
}

// paramFields is the struct fields of one parameter: none when cut, two
// for a timestamp that also takes a range (X and XRange, one form name).
func (r *modelsResolver) paramFields(loc, name string, prop map[string]any, fc *fieldConfig, byLoc map[string]string) ([]goField, error) {
	f := goField{wire: name, name: fc.Name, typ: fc.Type, doc: fc.Doc, tag: `form:"` + name + `"`}
	if f.name == "" {
		f.name = goName(name)
	}
	switch fc.Cut {
	case "omit":
		return nil, nil
	case "":
	default:
		return nil, fmt.Errorf("cut %q is not omit", fc.Cut)
	}
	if fc.Expand != "" {
		return nil, fmt.Errorf("expand applies to object properties only")
	}
	if f.typ != "" {
		return []goField{f}, nil
	}
	if isRange(prop) {
		f.typ = "*int64"
		rng := goField{wire: name, name: f.name + "Range", typ: "*RangeQueryParams", tag: f.tag}
		return []goField{f, rng}, nil
	}
	t, err := r.paramType(loc, prop, byLoc)
	if err != nil {
		return nil, err
	}
	f.typ = t
	return []goField{f}, nil
}

// paramLoc is the location of the parameter name of the params at from:
// "POST /v1/tokens: account" for the parameter account of "POST
// /v1/tokens: body", "POST /v1/tokens: account.company" for company of
// "POST /v1/tokens: account".
func paramLoc(from, name string) string {
	op, where, _ := strings.Cut(from, ": ")
	if where == "body" || where == "query" {
		return op + ": " + name
	}
	return from + "." + name
}

// withoutUnset is the one alternative of prop but the empty string, or
// prop itself when it has no anyOf; nil when more alternatives remain.
func withoutUnset(prop map[string]any) map[string]any {
	list, ok := prop["anyOf"].([]any)
	if !ok {
		return prop
	}
	var out []map[string]any
	for _, a := range list {
		m, _ := a.(map[string]any)
		if e, _ := m["enum"].([]any); m["type"] == "string" && len(e) == 1 && e[0] == "" {
			continue
		}
		out = append(out, m)
	}
	if len(out) != 1 {
		return nil
	}
	return out[0]
}

// paramType is the mechanical Go type of the parameter at loc. The empty
// string that some parameters also accept, to unset them, does not count
// as an alternative.
func (r *modelsResolver) paramType(loc string, prop map[string]any, byLoc map[string]string) (string, error) {
	a := withoutUnset(prop)
	switch a["type"] {
	case "string":
		if e, ok := r.enums[loc]; ok {
			return "*" + e, nil
		}
		return "*string", nil
	case "integer":
		return "*int64", nil
	case "number":
		return "*float64", nil
	case "boolean":
		return "*bool", nil
	case "array":
		items, _ := a["items"].(map[string]any)
		switch item := withoutUnset(items); {
		case item["type"] == "string":
			return "[]*string", nil
		case item["type"] == "integer":
			return "[]*int64", nil
		case item["properties"] != nil:
			if name, ok := byLoc[loc]; ok {
				return "[]*" + name, nil
			}
			return "", fmt.Errorf("it is a list of objects: give its type, or name %q in the from of a params struct of the file", loc)
		}
	case "object":
		if ap, ok := a["additionalProperties"].(map[string]any); ok {
			return paramMapType(loc, ap, byLoc)
		}
		if _, ok := a["properties"]; ok {
			if name, ok := byLoc[loc]; ok {
				return "*" + name, nil
			}
			return "", fmt.Errorf("it is an object: give its type, or name %q in the from of a params struct of the file", loc)
		}
	}
	return "", fmt.Errorf("no mechanical Go type: give its type or cut it")
}

// paramMapType is the Go type of the parameter at loc, a map whose values
// are values: map[string]string for strings, a map of pointers to the
// struct whose from names loc for objects.
func paramMapType(loc string, values map[string]any, byLoc map[string]string) (string, error) {
	if values["type"] == "string" {
		return "map[string]string", nil
	}
	if _, ok := values["properties"]; ok {
		if name, ok := byLoc[loc]; ok {
			return "map[string]*" + name, nil
		}
		return "", fmt.Errorf("it is a map of objects: give its type, or name %q in the from of a params struct of the file", loc)
	}
	return "", fmt.Errorf("no mechanical Go type: give its type or cut it")
}

// isRange reports whether a parameter takes an integer or a range of
// them (gt, gte, lt, lte), as created does on lists.
func isRange(prop map[string]any) bool {
	list, _ := prop["anyOf"].([]any)
	if len(list) != 2 {
		return false
	}
	var integer, rng bool
	for _, alt := range list {
		m, _ := alt.(map[string]any)
		switch m["type"] {
		case "integer":
			integer = true
		case "object":
			props, _ := m["properties"].(map[string]any)
			rng = len(props) == 4 && props["gt"] != nil && props["gte"] != nil && props["lt"] != nil && props["lte"] != nil
		}
	}
	return integer && rng
}

func jsonTag(name string, omitempty bool) string {
	if omitempty {
		return `json:"` + name + `,omitempty"`
	}
	return `json:"` + name + `"`
}

// sortFields orders fields by wire name, as the schema lists them (a
// range after its plain field), and checks that no two share a Go name.
func sortFields(fields []goField) error {
	slices.SortStableFunc(fields, func(a, b goField) int { return strings.Compare(a.wire, b.wire) })
	seen := map[string]bool{}
	for _, f := range fields {
		if !token.IsIdentifier(f.name) || !token.IsExported(f.name) {
			return fmt.Errorf("field %s: %q is not an exported Go name", f.wire, f.name)
		}
		if seen[f.name] {
			return fmt.Errorf("two fields are named %s", f.name)
		}
		seen[f.name] = true
	}
	return nil
}

// writeModels writes <resource>_gen.go in the root package for each file
// of the config.
func writeModels(root string, files []*modelFileConfig) error {
	for _, mf := range files {
		body := &goFile{}
		for _, m := range mf.Types {
			body.p("")
			body.doc(0, m.Doc)
			writeStruct(body, m.Name, m.Embed, m.fields)
			if m.JSON != nil {
				writeExpandableJSON(body, m)
			}
		}
		for _, p := range mf.Params {
			body.p("")
			body.doc(0, p.Doc)
			var embeds []string
			if p.Embed != "" {
				embeds = []string{p.Embed + " `form:\"*\"`"}
			}
			writeStruct(body, p.Name, embeds, p.fields)
		}
		if err := writeRootFile(filepath.Join(root, mf.Resource+"_gen.go"), body); err != nil {
			return err
		}
	}
	return nil
}

// writeStruct writes a struct type: the embedded fields, then the fields,
// each documented one after a blank line.
func writeStruct(f *goFile, name string, embeds []string, fields []goField) {
	f.p("type %s struct {", name)
	for _, e := range embeds {
		f.p("\t%s", e)
	}
	for i, fd := range fields {
		// A blank line parts the embedded fields from the others, and a
		// documented field from the one before it; none opens the struct.
		if (i == 0 && len(embeds) > 0) || (i > 0 && fd.doc != "") {
			f.p("")
		}
		if fd.doc != "" {
			f.doc(1, fd.doc)
		}
		f.p("\t%s %s `%s`", fd.name, fd.typ, fd.tag)
	}
	f.p("}")
}
