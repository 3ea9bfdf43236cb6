package main

import (
	"encoding/json"
	"fmt"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// enumFileConfig is one generated file of the root package's enum types,
// <resource>_enums_gen.go.
type enumFileConfig struct {
	// Resource names the file, as in "checkout_session".
	Resource string        `json:"resource"`
	Types    []*enumConfig `json:"types"`
}

// enumConfig is one enum type: a typed string and a constant per value of
// the schema's enum.
type enumConfig struct {
	// Name is the Go type name, as in "ChargeStatus".
	Name string `json:"name"`
	// In says where the values are: "schema.prop.sub" for an object of
	// components/schemas (as in "charge.status"), or "METHOD /path: prop.sub"
	// for a parameter of an operation's request body or query.
	In string `json:"in"`
	// Doc is the type's doc comment.
	Doc string `json:"doc"`
	// ValuesDoc is the const block's doc comment; it defaults to
	// "The values of Name.".
	ValuesDoc string `json:"values_doc,omitempty"`
	// Case "upper" writes every word of a value in capitals (tax ID kinds:
	// "eu_vat" gives EUVAT); by default a word is capitalised, or written in
	// capitals when it is one of the initialisms.
	Case string `json:"case,omitempty"`
	// Names overrides the mechanical constant name of a value.
	Names map[string]string `json:"names,omitempty"`
	// Docs documents single constants, by value.
	Docs map[string]string `json:"docs,omitempty"`
	// Values lists the values, in order, where the schema leaves the
	// property at In a plain string; the generator fails once the schema
	// lists them itself, so that they come from one place.
	Values []string `json:"values,omitempty"`

	values []string // filled from the schema
}

// initialisms are the words a constant or field name writes in capitals, as the
// hand-written names did before the enums were generated.
var initialisms = map[string]bool{
	"aba": true, "ach": true, "acss": true, "api": true, "au": true, "bacs": true,
	"becs": true, "cvc": true, "dob": true, "eps": true, "eu": true, "fpx": true, "gb": true,
	"html": true, "iban": true, "id": true, "ip": true, "jcb": true, "kr": true, "pdf": true,
	"pii": true, "sepa": true, "sms": true, "spei": true, "ssn": true, "swift": true,
	"tos": true, "ui": true, "uk": true, "upi": true, "url": true, "us": true, "usd": true,
	"vat": true,
}

// constName is the constant of value: the override, or the type name
// followed by the value's words.
func (e *enumConfig) constName(value string) string {
	if n, ok := e.Names[value]; ok {
		return n
	}
	var b strings.Builder
	b.WriteString(e.Name)
	for _, w := range strings.FieldsFunc(value, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if e.Case == "upper" || initialisms[strings.ToLower(w)] {
			b.WriteString(strings.ToUpper(w))
		} else {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

// enumSchema is the part of the OpenAPI document the enums come from, kept
// as decoded JSON to follow any property path.
type enumSchema struct {
	Components struct {
		Schemas map[string]any `json:"schemas"`
	} `json:"components"`
	Paths map[string]map[string]any `json:"paths"`
	// IDOnlyObjects are the objects the schema names but does not
	// describe: a property holds their ID, or the object when expanded.
	IDOnlyObjects []string `json:"x-payske-id-only-objects"`
}

func loadEnumSchema(path string) (*enumSchema, error) {
	data, err := readSchema(path)
	if err != nil {
		return nil, err
	}
	return decodeEnumSchema(path, data)
}

// decodeEnumSchema decodes the components view of the schema read from
// path.
func decodeEnumSchema(path string, data []byte) (*enumSchema, error) {
	var s enumSchema
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("payskegen: decoding the schema %s: %w", path, err)
	}
	return &s, nil
}

// enumValues finds the enum at loc (see enumConfig.In). The empty string,
// which some request parameters accept to unset a field, is not a value.
func (s *enumSchema) enumValues(loc string) ([]string, error) {
	values, err := s.schemaValues(loc)
	if err != nil {
		return nil, err
	}
	if len(values) == 0 {
		return nil, fmt.Errorf("the schema has no string enum at %q", loc)
	}
	return values, nil
}

// schemaValues is the string enum at loc, none when the schema leaves it
// a plain string; it fails when loc names nothing.
func (s *enumSchema) schemaValues(loc string) ([]string, error) {
	node, props, err := s.locate(loc)
	if err != nil {
		return nil, err
	}
	for _, p := range props {
		if node = s.property(node, p); node == nil {
			return nil, fmt.Errorf("the schema has no property %s at %q", p, loc)
		}
	}
	var values []string
	for _, v := range s.enum(node, 0) {
		if v != "" {
			values = append(values, v)
		}
	}
	return values, nil
}

// configValues checks the values e lists itself: loc names a property the
// schema leaves without an enum, and every value is new and not empty.
func (s *enumSchema) configValues(e *enumConfig) ([]string, error) {
	schemaValues, err := s.schemaValues(e.In)
	if err != nil {
		return nil, err
	}
	if len(schemaValues) > 0 {
		return nil, fmt.Errorf("the schema lists the values at %q: drop values", e.In)
	}
	seen := map[string]bool{}
	for _, v := range e.Values {
		if v == "" || seen[v] {
			return nil, fmt.Errorf("values: %q is empty or listed twice", v)
		}
		seen[v] = true
	}
	return e.Values, nil
}

// locate returns the node loc starts from and the property path to follow.
func (s *enumSchema) locate(loc string) (any, []string, error) {
	if op, path, ok := strings.Cut(loc, ": "); ok {
		method, route, ok := strings.Cut(op, " ")
		if !ok || method != strings.ToUpper(method) {
			return nil, nil, fmt.Errorf("%q is not written as \"METHOD /path: param\"", loc)
		}
		o, ok := s.Paths[route][strings.ToLower(method)].(map[string]any)
		if !ok {
			return nil, nil, fmt.Errorf("the schema has no operation %s", op)
		}
		// The body's properties and the query parameters, as one object.
		params := map[string]any{}
		if body := dig(o, "requestBody", "content", "application/x-www-form-urlencoded", "schema", "properties"); body != nil {
			for k, v := range body.(map[string]any) {
				params[k] = v
			}
		}
		list, _ := o["parameters"].([]any)
		for _, p := range list {
			if p, ok := p.(map[string]any); ok && p["in"] == "query" {
				params[fmt.Sprint(p["name"])] = p["schema"]
			}
		}
		return map[string]any{"properties": params}, strings.Split(path, "."), nil
	}
	// Component names may hold dots (checkout.session): take the longest.
	parts := strings.Split(loc, ".")
	for i := len(parts) - 1; i > 0; i-- {
		if node, ok := s.Components.Schemas[strings.Join(parts[:i], ".")]; ok {
			return node, parts[i:], nil
		}
	}
	return nil, nil, fmt.Errorf("no schema of components/schemas starts %q", loc)
}

// alternatives is node itself, what it refers to, and its anyOf, oneOf,
// allOf and items, recursively: where a property or an enum may be.
func (s *enumSchema) alternatives(node any, depth int) []map[string]any {
	m, ok := node.(map[string]any)
	if !ok || depth > 8 {
		return nil
	}
	out := []map[string]any{m}
	if ref, ok := m["$ref"].(string); ok {
		out = append(out, s.alternatives(s.Components.Schemas[strings.TrimPrefix(ref, "#/components/schemas/")], depth+1)...)
	}
	for _, k := range []string{"anyOf", "oneOf", "allOf"} {
		list, _ := m[k].([]any)
		for _, sub := range list {
			out = append(out, s.alternatives(sub, depth+1)...)
		}
	}
	if items, ok := m["items"]; ok {
		out = append(out, s.alternatives(items, depth+1)...)
	}
	// The values of a map of objects, as the items of a list, hold the
	// properties a location below the map names.
	if values, ok := m["additionalProperties"].(map[string]any); ok {
		out = append(out, s.alternatives(values, depth+1)...)
	}
	return out
}

// property is the schema of node's property name, or nil.
func (s *enumSchema) property(node any, name string) any {
	for _, alt := range s.alternatives(node, 0) {
		if props, ok := alt["properties"].(map[string]any); ok && props[name] != nil {
			return props[name]
		}
	}
	return nil
}

// enum is every string enum value of node's alternatives, in order.
func (s *enumSchema) enum(node any, depth int) []string {
	var out []string
	seen := map[string]bool{}
	for _, alt := range s.alternatives(node, depth) {
		list, _ := alt["enum"].([]any)
		for _, v := range list {
			if v, ok := v.(string); ok && !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	return out
}

// dig follows keys through nested objects.
func dig(node any, keys ...string) any {
	for _, k := range keys {
		m, ok := node.(map[string]any)
		if !ok {
			return nil
		}
		node = m[k]
	}
	return node
}

// resolveEnums fills each enum's values from the schema and checks the
// config: every location holds an enum, every override names one of its
// values, and no two constants share a name.
func resolveEnums(files []*enumFileConfig, s *enumSchema) error {
	names := map[string]string{}
	claim := func(name, what string) error {
		if !token.IsIdentifier(name) || !token.IsExported(name) {
			return fmt.Errorf("payskegen: %s: %q is not an exported Go name", what, name)
		}
		if other, ok := names[name]; ok {
			return fmt.Errorf("payskegen: %s and %s are both named %s", what, other, name)
		}
		names[name] = what
		return nil
	}
	for _, f := range files {
		if f.Resource == "" || len(f.Types) == 0 {
			return fmt.Errorf("payskegen: an enums file needs a resource and types: %+v", *f)
		}
		for _, e := range f.Types {
			if e.Name == "" || e.In == "" || e.Doc == "" {
				return fmt.Errorf("payskegen: enum %q needs name, in and doc", e.Name)
			}
			if e.Case != "" && e.Case != "upper" {
				return fmt.Errorf("payskegen: enum %s: case %q is not upper", e.Name, e.Case)
			}
			values, err := s.enumValues(e.In)
			if e.Values != nil {
				values, err = s.configValues(e)
			}
			if err != nil {
				return fmt.Errorf("payskegen: enum %s: %w", e.Name, err)
			}
			e.values = values
			for _, m := range []map[string]string{e.Names, e.Docs} {
				for v := range m {
					if !contains(values, v) {
						return fmt.Errorf("payskegen: enum %s: %q is not a value of %s", e.Name, v, e.In)
					}
				}
			}
			if err := claim(e.Name, "enum "+e.Name); err != nil {
				return err
			}
			for _, v := range values {
				if err := claim(e.constName(v), fmt.Sprintf("value %q of %s", v, e.Name)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// writeEnums writes <resource>_enums_gen.go in the root package for each
// file of the config.
func writeEnums(root string, files []*enumFileConfig) error {
	for _, ef := range files {
		f := &goFile{}
		f.p("package payske")
		for _, e := range ef.Types {
			f.p("")
			f.doc(0, e.Doc)
			f.p("type %s string", e.Name)
			f.p("")
			valuesDoc := e.ValuesDoc
			if valuesDoc == "" {
				valuesDoc = "The values of " + e.Name + "."
			}
			f.doc(0, valuesDoc)
			f.p("const (")
			for _, v := range e.values {
				if d := e.Docs[v]; d != "" {
					f.doc(1, d)
				}
				f.p("\t%s %s = %s", e.constName(v), e.Name, strconv.Quote(v))
			}
			f.p(")")
		}
		if err := f.write(filepath.Join(root, ef.Resource+"_enums_gen.go")); err != nil {
			return err
		}
	}
	return nil
}
