package paysketest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// validate checks every parameter of form against spec and returns the
// first problem as a 400 naming the parameter: an unknown name, a value of
// the wrong type or outside its enum, a missing required sub-parameter.
func validate(spec *paramSpec, form *formNode) *apiError {
	return validateChildren(spec, form, nil)
}

func validateChildren(spec *paramSpec, n *formNode, path []string) *apiError {
	for _, name := range n.order {
		child := n.children[name]
		p := append(slices.Clip(path), name)
		cs, ok := spec.children[name]
		if !ok {
			return invalidParam(bracketed(p), "Received unknown parameter: %s", bracketed(p))
		}
		if err := validateValue(cs, child, p); err != nil {
			return err
		}
	}
	return missingRequired(spec, n, path)
}

// missingRequired reports the first required child of spec absent from n,
// in name order so that the answer is stable.
func missingRequired(spec *paramSpec, n *formNode, path []string) *apiError {
	var names []string
	for name, cs := range spec.children {
		if cs.required && n.children[name] == nil {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	slices.Sort(names)
	p := bracketed(append(slices.Clip(path), names[0]))
	return invalidParam(p, "Missing required param: %s.", p)
}

func validateValue(spec *paramSpec, n *formNode, path []string) *apiError {
	name := bracketed(path)
	if n.leaf && n.value == "" && (spec.unsettable || slices.Contains(spec.enum, "")) {
		return nil
	}
	switch spec.kind {
	case kindObject:
		if n.leaf && spec.orInteger {
			if err := checkScalar(kindInteger, n.value); err != "" {
				return invalidParam(name, "Invalid %s: %s", name, err)
			}
			return nil
		}
		if n.leaf {
			return invalidParam(name, "Invalid %s: expected an object (%s[...]=...), got the value %q", name, name, n.value)
		}
		return validateChildren(spec, n, path)
	case kindMap:
		if n.leaf {
			return invalidParam(name, "Invalid %s: expected a map (%s[key]=value), got the value %q", name, name, n.value)
		}
		for _, k := range n.order {
			if !n.children[k].leaf {
				p := bracketed(append(slices.Clip(path), k))
				return invalidParam(p, "Invalid %s: the values of %s must be strings", p, name)
			}
		}
		return nil
	case kindList:
		if n.leaf {
			// A bare value is a one-element list of scalars (expand=customer).
			if spec.elem.kind == kindObject || spec.elem.kind == kindMap {
				return invalidParam(name, "Invalid %s: expected a list (%s[0][...]=...), got the value %q", name, name, n.value)
			}
			return validateValue(spec.elem, n, path)
		}
		for _, k := range n.order {
			if _, err := strconv.ParseUint(k, 10, 31); err != nil {
				p := bracketed(append(slices.Clip(path), k))
				return invalidParam(p, "Invalid %s: expected a list indexed by numbers (%s[0]), got the key %q", name, name, k)
			}
			if err := validateValue(spec.elem, n.children[k], append(slices.Clip(path), k)); err != nil {
				return err
			}
		}
		return nil
	}
	if !n.leaf {
		return invalidParam(name, "Invalid %s: expected %s, got sub-parameters (%s[...])", name, spec.kind, name)
	}
	if err := checkScalar(spec.kind, n.value); err != "" {
		return invalidParam(name, "Invalid %s: %s", name, err)
	}
	if spec.enum != nil && !slices.Contains(spec.enum, n.value) {
		return invalidParam(name, "Invalid %s: must be one of %s, got %q", name, strings.Join(nonEmpty(spec.enum), ", "), n.value)
	}
	return nil
}

// checkScalar returns what is wrong with v as a value of kind, or "".
func checkScalar(kind paramKind, v string) string {
	var err error
	switch kind {
	case kindInteger:
		_, err = strconv.ParseInt(v, 10, 64)
	case kindNumber:
		_, err = strconv.ParseFloat(v, 64)
	case kindBoolean:
		if v != "true" && v != "false" {
			return fmt.Sprintf("expected a boolean (true or false), got %q", v)
		}
	}
	if err != nil {
		return fmt.Sprintf("expected %s, got %q", kind, v)
	}
	return ""
}

func nonEmpty(values []string) []string {
	out := make([]string, 0, len(values))
	for _, v := range values {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
