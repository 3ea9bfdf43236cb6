package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
)

// paramSchema is one node of the OpenAPI document as far as the fake's
// validation reads it: a request parameter's type, or an object's
// properties and which of them can be expanded.
type paramSchema struct {
	Ref                  string                  `json:"$ref"`
	Type                 string                  `json:"type"`
	Enum                 []any                   `json:"enum"`
	Properties           map[string]*paramSchema `json:"properties"`
	Required             []string                `json:"required"`
	AdditionalProperties json.RawMessage         `json:"additionalProperties"`
	Items                *paramSchema            `json:"items"`
	AnyOf                []*paramSchema          `json:"anyOf"`
	OneOf                []*paramSchema          `json:"oneOf"`
	AllOf                []*paramSchema          `json:"allOf"`
	// ExpansionResources is set on a property that holds an ID the request
	// may ask to expand into the object it names.
	ExpansionResources json.RawMessage `json:"x-expansionResources"`
}

// paramOperation is one operation's query parameters and form body.
type paramOperation struct {
	Parameters []struct {
		Name     string       `json:"name"`
		In       string       `json:"in"`
		Required bool         `json:"required"`
		Schema   *paramSchema `json:"schema"`
	} `json:"parameters"`
	RequestBody struct {
		Content map[string]struct {
			Schema *paramSchema `json:"schema"`
		} `json:"content"`
	} `json:"requestBody"`
}

// paramsView is the part of the OpenAPI document the fake's validation
// is generated from.
type paramsView struct {
	Paths      map[string]map[string]json.RawMessage `json:"paths"`
	Components struct {
		Schemas map[string]*paramSchema `json:"schemas"`
	} `json:"components"`
}

// decodeParamsView decodes the parameters view of the schema read from
// path.
func decodeParamsView(path string, data []byte) (*paramsView, error) {
	var v paramsView
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("payskegen: decoding the schema %s: %w", path, err)
	}
	return &v, nil
}

// paramKind names the fake's constant for a wire type.
type paramKind string

const (
	kindString  paramKind = "kindString"
	kindInteger paramKind = "kindInteger"
	kindNumber  paramKind = "kindNumber"
	kindBoolean paramKind = "kindBoolean"
	kindObject  paramKind = "kindObject"
	kindMap     paramKind = "kindMap"
	kindList    paramKind = "kindList"
)

// String is the kind in words, for messages; string(k) is the Go name.
func (k paramKind) String() string {
	words := map[paramKind]string{
		kindString: "a string", kindInteger: "an integer", kindNumber: "a number", kindBoolean: "a boolean",
		kindObject: "an object", kindMap: "a map", kindList: "a list",
	}
	if w, ok := words[k]; ok {
		return w
	}
	return string(k)
}

// paramSpec mirrors the fake's paramSpec: what the fake accepts for one
// parameter.
type paramSpec struct {
	Name string
	Kind paramKind
	// Enum is nil when any value is allowed; "" among the values accepts
	// the empty string.
	Enum     []string
	Required bool
	// Unsettable: the empty string is accepted in place of the value, to
	// clear the field (an anyOf alternative that is the enum [""]).
	Unsettable bool
	// OrInteger: an object that also accepts a plain integer in its place
	// (an anyOf of an object and an integer, as created on lists).
	OrInteger bool
	Children  map[string]*paramSpec // of an object
	Elem      *paramSpec            // of a list
}

// endpointSpec is the parameters of one operation, query and body as one
// object, as the fake validates them.
type endpointSpec struct {
	op   string // "METHOD /path"
	root *paramSpec
}

// endpointSpecs turns every operation of the schema into its parameter
// tree, in the order of the paths, then methods. Path parameters are not
// form parameters: they name the resource, and the fake reads them from
// the route.
func (v *paramsView) endpointSpecs() ([]endpointSpec, error) {
	var out []endpointSpec
	for path, item := range v.Paths {
		for method, raw := range item {
			if !httpMethods[method] {
				continue
			}
			ref := strings.ToUpper(method) + " " + path
			var op paramOperation
			if err := json.Unmarshal(raw, &op); err != nil {
				return nil, fmt.Errorf("payskegen: fake: decoding the operation %s: %w", ref, err)
			}
			root, err := op.spec()
			if err != nil {
				return nil, fmt.Errorf("payskegen: fake: the parameters of %s: %w", ref, err)
			}
			out = append(out, endpointSpec{op: ref, root: root})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		mi, pi, _ := strings.Cut(out[i].op, " ")
		mj, pj, _ := strings.Cut(out[j].op, " ")
		if pi != pj {
			return pi < pj
		}
		return mi < mj
	})
	return out, nil
}

// spec is the operation's query parameters and form body properties as
// the children of one object.
func (op *paramOperation) spec() (*paramSpec, error) {
	root := &paramSpec{Kind: kindObject, Children: map[string]*paramSpec{}}
	add := func(name string, spec *paramSpec) error {
		if _, dup := root.Children[name]; dup {
			return fmt.Errorf("%s is both a query parameter and a body property", name)
		}
		root.Children[name] = spec
		return nil
	}
	for _, p := range op.Parameters {
		switch p.In {
		case "path":
			continue
		case "query":
			spec, err := specOf(p.Name, p.Schema)
			if err != nil {
				return nil, err
			}
			spec.Required = spec.Required || p.Required
			if err := add(p.Name, spec); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("the parameter %s is in %s, which the fake does not read", p.Name, p.In)
		}
	}
	for typ, c := range op.RequestBody.Content {
		if typ != "application/x-www-form-urlencoded" {
			return nil, fmt.Errorf("the body is %s, which the fake does not read", typ)
		}
		if c.Schema == nil {
			continue
		}
		body, err := specOf("", c.Schema)
		if err != nil {
			return nil, err
		}
		if body.Kind != kindObject {
			return nil, fmt.Errorf("the body is %s, not an object", body.Kind)
		}
		for name, child := range body.Children {
			if err := add(name, child); err != nil {
				return nil, err
			}
		}
	}
	return root, nil
}

// specOf reads the schema of the parameter name. An anyOf is read as its
// first alternative, widened by the others the fake understands: the enum
// [""] (the value may be unset) and, beside an object, an integer (the
// object or a plain integer) or a string (the object's ID-like plain form,
// such as a card token in place of card details, which the fake does not
// take: it validates the object form only). Any other shape stops the
// generator, so that nothing the schema says is dropped silently.
func specOf(name string, s *paramSchema) (*paramSpec, error) {
	if s == nil {
		return nil, fmt.Errorf("%s has no schema", name)
	}
	if s.Ref != "" || len(s.OneOf) > 0 || len(s.AllOf) > 0 {
		return nil, fmt.Errorf("%s: a $ref, oneOf or allOf in a request parameter is not supported", name)
	}
	if len(s.AnyOf) > 0 {
		return anyOfSpec(name, s.AnyOf)
	}
	spec := &paramSpec{Name: name}
	switch s.Type {
	case "string":
		spec.Kind = kindString
	case "integer":
		spec.Kind = kindInteger
	case "number":
		spec.Kind = kindNumber
	case "boolean":
		spec.Kind = kindBoolean
	case "array":
		elem, err := specOf(name, s.Items)
		if err != nil {
			return nil, err
		}
		spec.Kind, spec.Elem = kindList, elem
		return spec, nil
	case "object":
		if len(s.Properties) == 0 && len(s.AdditionalProperties) > 0 && string(s.AdditionalProperties) != "false" {
			spec.Kind = kindMap
			return spec, nil
		}
		spec.Kind, spec.Children = kindObject, map[string]*paramSpec{}
		for child, cs := range s.Properties {
			c, err := specOf(child, cs)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			spec.Children[child] = c
		}
		for _, r := range s.Required {
			c := spec.Children[r]
			if c == nil {
				return nil, fmt.Errorf("%s requires %s, which it does not have", name, r)
			}
			c.Required = true
		}
		return spec, nil
	default:
		return nil, fmt.Errorf("%s has the type %q, which the fake does not know", name, s.Type)
	}
	for _, v := range s.Enum {
		str, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("%s: the enum value %v is not a string", name, v)
		}
		spec.Enum = append(spec.Enum, str)
	}
	return spec, nil
}

// anyOfSpec reads the alternatives of name (see specOf).
func anyOfSpec(name string, alts []*paramSchema) (*paramSpec, error) {
	var (
		main       *paramSpec
		unsettable bool
		others     []*paramSpec
	)
	for _, a := range alts {
		if a != nil && a.Type == "string" && len(a.Enum) == 1 && a.Enum[0] == "" && len(a.AnyOf) == 0 {
			unsettable = true
			continue
		}
		spec, err := specOf(name, a)
		if err != nil {
			return nil, err
		}
		if main == nil {
			main = spec
		} else {
			others = append(others, spec)
		}
	}
	if main == nil {
		return nil, fmt.Errorf("%s: an anyOf of nothing but the empty string", name)
	}
	for _, o := range others {
		switch {
		case main.Kind == kindObject && o.Kind == kindInteger && o.Enum == nil:
			main.OrInteger = true
		case main.Kind == kindObject && o.Kind == kindString && o.Enum == nil:
		default:
			return nil, fmt.Errorf("%s: an anyOf of %s and %s, which the fake does not know", name, main.Kind, o.Kind)
		}
	}
	main.Unsettable = main.Unsettable || unsettable
	return main, nil
}

// expandableObject is an object of the schema and its fields that can be
// expanded.
type expandableObject struct {
	object string
	fields []string
}

// expandableFields is every object of the schema that has fields which
// can be expanded (x-expansionResources: an ID, or the object it names),
// in name order, with those fields, sorted.
func (v *paramsView) expandableFields() []expandableObject {
	var names []string
	for name := range v.Components.Schemas {
		names = append(names, name)
	}
	sort.Strings(names)
	var out []expandableObject
	for _, name := range names {
		var fields []string
		s := v.Components.Schemas[name]
		if s == nil {
			continue
		}
		for prop, ps := range s.Properties {
			if ps != nil && len(ps.ExpansionResources) > 0 {
				fields = append(fields, prop)
			}
		}
		if len(fields) == 0 {
			continue
		}
		sort.Strings(fields)
		out = append(out, expandableObject{object: name, fields: fields})
	}
	return out
}

// addMissingParams adds the string parameters the config says the schema
// lacks. Each must be new, under an object parameter the schema has, so that
// an entry stops generation once the schema lists the parameter itself or
// when it names a path that does not exist.
func addMissingParams(specs []endpointSpec, missing map[string][]string) error {
	roots := map[string]*paramSpec{}
	for _, e := range specs {
		roots[e.op] = e.root
	}
	ops := make([]string, 0, len(missing))
	for op := range missing {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	for _, op := range ops {
		root := roots[op]
		if root == nil {
			return fmt.Errorf("payskegen: fake.missing_params: the schema has no operation %s", op)
		}
		for _, path := range missing[op] {
			if err := addParam(root, path); err != nil {
				return fmt.Errorf("payskegen: fake.missing_params: %s %s: %w", op, path, err)
			}
		}
	}
	return nil
}

// addParam adds the string parameter at path (see fakeConfig.MissingParams)
// under root.
func addParam(root *paramSpec, path string) error {
	parts := strings.Split(path, ".")
	parent := root
	for _, part := range parts[:len(parts)-1] {
		name, list := strings.CutSuffix(part, "[]")
		next := parent.Children[name]
		if next == nil {
			return fmt.Errorf("the schema has no parameter %s here", name)
		}
		if list {
			if next.Kind != kindList {
				return fmt.Errorf("%s is %s, not a list", name, next.Kind)
			}
			next = next.Elem
		}
		if next.Kind != kindObject {
			return fmt.Errorf("%s is %s, not an object", part, next.Kind)
		}
		parent = next
	}
	name := parts[len(parts)-1]
	if name == "" || strings.HasSuffix(name, "[]") {
		return fmt.Errorf("the path must end with the parameter's name")
	}
	if parent.Children[name] != nil {
		return fmt.Errorf("the schema has this parameter now: remove it from the config")
	}
	if parent.Children == nil {
		parent.Children = map[string]*paramSpec{}
	}
	parent.Children[name] = &paramSpec{Name: name, Kind: kindString}
	return nil
}

// writeFakeParams writes the fake's params_gen.go: the parameters each
// operation accepts and the fields of each object that can be expanded.
// The checking of a request against them stays hand-written in the fake.
func writeFakeParams(root string, c *config, v *paramsView) error {
	if c.Fake == nil || c.Fake.Dir == "" {
		return fmt.Errorf("payskegen: the config needs a fake section with dir and handlers")
	}
	specs, err := v.endpointSpecs()
	if err != nil {
		return err
	}
	if err := addMissingParams(specs, c.Fake.MissingParams); err != nil {
		return err
	}
	f := &goFile{}
	f.p("package %s", filepath.Base(c.Fake.Dir))
	f.doc(0, "endpointParams is the parameters every operation of the API schema accepts, its query parameters "+
		"and form body as the children of one object, keyed by \"METHOD /path\" as the schema writes it.")
	f.p("var endpointParams = map[string]*paramSpec{")
	for _, e := range specs {
		f.p("%q: %s,", e.op, e.root.literal(true))
	}
	f.p("}")
	f.p("")
	f.doc(0, "expandableFields is, for every object of the API schema that has any, the fields that hold an ID "+
		"the request may expand into the object it names, keyed by the object's name in the schema.")
	f.p("var expandableFields = map[string]map[string]bool{")
	for _, o := range v.expandableFields() {
		var b strings.Builder
		for _, field := range o.fields {
			fmt.Fprintf(&b, "%q: true, ", field)
		}
		f.p("%q: {%s},", o.object, strings.TrimSuffix(b.String(), ", "))
	}
	f.p("}")
	return f.write(filepath.Join(root, c.Fake.Dir, "params_gen.go"))
}

// literal is spec as a Go composite literal of the fake's paramSpec; elided
// is true where the type is implied (an element of a map or a pointer).
func (spec *paramSpec) literal(elided bool) string {
	var b strings.Builder
	if !elided {
		b.WriteString("&paramSpec")
	}
	b.WriteString("{")
	var fields []string
	if spec.Name != "" {
		fields = append(fields, fmt.Sprintf("name: %q", spec.Name))
	}
	fields = append(fields, "kind: "+string(spec.Kind))
	if spec.Enum != nil {
		q := make([]string, len(spec.Enum))
		for i, e := range spec.Enum {
			q[i] = fmt.Sprintf("%q", e)
		}
		fields = append(fields, "enum: []string{"+strings.Join(q, ", ")+"}")
	}
	if spec.Required {
		fields = append(fields, "required: true")
	}
	if spec.Unsettable {
		fields = append(fields, "unsettable: true")
	}
	if spec.OrInteger {
		fields = append(fields, "orInteger: true")
	}
	if spec.Elem != nil {
		fields = append(fields, "elem: "+spec.Elem.literal(false))
	}
	b.WriteString(strings.Join(fields, ", "))
	if len(spec.Children) > 0 {
		names := make([]string, 0, len(spec.Children))
		for n := range spec.Children {
			names = append(names, n)
		}
		sort.Strings(names)
		b.WriteString(", children: map[string]*paramSpec{\n")
		for _, n := range names {
			fmt.Fprintf(&b, "%q: %s,\n", n, spec.Children[n].literal(true))
		}
		b.WriteString("}")
	}
	b.WriteString("}")
	return b.String()
}
