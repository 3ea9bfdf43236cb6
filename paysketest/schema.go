package paysketest

import (
	_ "embed"
	"fmt"
	"strings"
)

// schemaText is the API's parameter and field listing, the same file the
// SDK's types were written from, so that the fake and the SDK agree on
// every parameter name, type and enum.
//
//go:embed schema/payske-api-schema.md
var schemaText string

// paramKind is the wire type of a parameter.
type paramKind int

const (
	kindString paramKind = iota
	kindInteger
	kindNumber
	kindBoolean
	kindObject
	kindMap
	kindList
)

func (k paramKind) String() string {
	return [...]string{"a string", "an integer", "a number", "a boolean", "an object", "a map", "a list"}[k]
}

// paramSpec describes one parameter of an endpoint.
type paramSpec struct {
	name     string
	kind     paramKind
	enum     []string // nil when any value is allowed
	required bool
	// unsettable: the empty string is accepted in place of the value, to
	// clear the field.
	unsettable bool
	// orInteger: an object that also accepts a plain integer in its place.
	orInteger bool
	children  map[string]*paramSpec // of an object
	elem      *paramSpec            // of a list
}

// objectSpec lists which fields of an object can be expanded.
type objectSpec struct {
	expandable map[string]bool
}

// apiSchema is the parsed schema: the parameters of each endpoint, keyed by
// "METHOD /path/{var}" exactly as the schema writes it, and the objects.
type apiSchema struct {
	endpoints map[string]*paramSpec
	objects   map[string]*objectSpec
}

// parsedSchema is parsed once: a broken schema is a build defect, caught by
// the package's tests.
var parsedSchema = mustParseSchema(schemaText)

func mustParseSchema(text string) *apiSchema {
	s, err := parseSchema(text)
	if err != nil {
		panic("paysketest: embedded schema: " + err.Error())
	}
	return s
}

// parseSchema reads the endpoint sections ("### POST /v1/charges  (create)"
// followed by an indented bullet list of parameters) and the object sections
// ("### object `charge`" followed by fields).
func parseSchema(text string) (*apiSchema, error) {
	s := &apiSchema{endpoints: map[string]*paramSpec{}, objects: map[string]*objectSpec{}}
	var (
		stack  []*paramSpec // stack[d] is the parent of a bullet at depth d
		object *objectSpec
	)
	for n, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "### object `"):
			name := strings.TrimSuffix(strings.TrimPrefix(line, "### object `"), "`")
			object = &objectSpec{expandable: map[string]bool{}}
			s.objects[name] = object
			stack = nil
		case strings.HasPrefix(line, "### "):
			head := strings.TrimPrefix(line, "### ")
			if i := strings.Index(head, "  ("); i >= 0 {
				head = head[:i]
			}
			root := &paramSpec{kind: kindObject, children: map[string]*paramSpec{}}
			s.endpoints[head] = root
			stack = []*paramSpec{root}
			object = nil
		case strings.HasPrefix(line, "## "):
			stack, object = nil, nil
		case strings.HasPrefix(strings.TrimLeft(line, " "), "- "):
			indent := len(line) - len(strings.TrimLeft(line, " "))
			depth := indent / 2
			name, typ, _ := strings.Cut(strings.TrimSpace(line)[2:], ":")
			typ = strings.TrimSpace(typ)
			if object != nil {
				if depth == 0 && strings.Contains(typ, "EXPANDABLE(") {
					object.expandable[name] = true
				}
				continue
			}
			if stack == nil {
				continue
			}
			if depth >= len(stack) {
				return nil, fmt.Errorf("line %d: %q is indented deeper than its parent", n+1, line)
			}
			spec, err := parseType(name, typ)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			parent := stack[depth]
			if parent.kind == kindList {
				parent = parent.elem
			}
			if parent.children == nil {
				return nil, fmt.Errorf("line %d: %s is nested under a parameter that is not an object", n+1, name)
			}
			parent.children[name] = spec
			stack = append(stack[:depth+1], spec)
		}
	}
	if len(s.endpoints) == 0 {
		return nil, fmt.Errorf("no endpoint sections found")
	}
	applyReferenceOverrides(s)
	return s, nil
}

// applyReferenceOverrides makes the schema accept what the API reference
// (which wins where the two disagree) and the SDK built from it send:
// created on lists is an exact time (created=1637060835) as well as a range
// (created[gte]=...).
func applyReferenceOverrides(s *apiSchema) {
	for name, spec := range s.endpoints {
		if !strings.HasPrefix(name, "GET ") {
			continue
		}
		if created := spec.children["created"]; created != nil && created.kind == kindObject {
			created.orInteger = true
		}
	}
}

// parseType reads a type such as `string {a,b} REQUIRED`,
// `object ("" unsets)`, `map | string {}` or `[string {x,y}]`.
func parseType(name, typ string) (*paramSpec, error) {
	spec := &paramSpec{name: name}
	if t, ok := strings.CutSuffix(typ, " REQUIRED"); ok {
		spec.required, typ = true, t
	}
	if t, ok := strings.CutSuffix(typ, ` ("" unsets)`); ok {
		spec.unsettable, typ = true, t
	}
	alts := splitAlternatives(typ)
	var main string
	for _, a := range alts {
		if a == "string {}" {
			spec.unsettable = true
			continue
		}
		if main == "" {
			main = a
		}
	}
	if main == "" {
		main = "string"
	}
	if err := spec.setKind(main); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return spec, nil
}

// setKind fills spec from one alternative of a type.
func (spec *paramSpec) setKind(t string) error {
	if inner, ok := strings.CutPrefix(t, "["); ok {
		inner, ok = strings.CutSuffix(inner, "]")
		if !ok {
			return fmt.Errorf("unclosed list type %q", t)
		}
		elem, err := parseType(spec.name, inner)
		if err != nil {
			return err
		}
		spec.kind, spec.elem = kindList, elem
		return nil
	}
	base, enum, hasEnum := strings.Cut(t, " {")
	if hasEnum {
		values := strings.Split(strings.TrimSuffix(enum, "}"), ",")
		spec.enum = values
	}
	if i := strings.IndexByte(base, '('); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "string":
		spec.kind = kindString
	case "integer":
		spec.kind = kindInteger
	case "number":
		spec.kind = kindNumber
	case "boolean":
		spec.kind = kindBoolean
	case "object":
		spec.kind, spec.children = kindObject, map[string]*paramSpec{}
	case "map":
		spec.kind = kindMap
	default:
		return fmt.Errorf("unknown type %q", t)
	}
	return nil
}

// splitAlternatives splits "a | b" at the top level, never inside brackets
// or braces (enums contain no "|", lists may).
func splitAlternatives(t string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '[', '{', '(':
			depth++
		case ']', '}', ')':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, strings.TrimSpace(t[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(t[start:]))
}
