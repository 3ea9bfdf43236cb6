package schematest

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// FormFields returns the types of the fields of params struct t by form
// name, as the form package encodes them: untagged embedded structs and
// fields tagged form:"*" are flattened, form:"-" and untagged fields are
// left out. A name may have several fields (Created and CreatedRange).
func FormFields(t reflect.Type) map[string][]reflect.Type {
	out := map[string][]reflect.Type{}
	collectForm(deref(t), out)
	return out
}

func collectForm(t reflect.Type, out map[string][]reflect.Type) {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("form"), ",")
		ft := deref(sf.Type)
		switch {
		case name == "-":
		case (name == "*" || (name == "" && sf.Anonymous)) && ft.Kind() == reflect.Struct:
			collectForm(ft, out)
		case name != "" && name != "*" && sf.IsExported():
			out[name] = append(out[name], sf.Type)
		}
	}
}

// JSONFields returns the fields of t by json name, embedded structs
// flattened; fields tagged json:"-" are left out.
func JSONFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	collectJSON(deref(t), out)
	return out
}

func collectJSON(t reflect.Type, out map[string]reflect.Type) {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		switch {
		case name == "-" || !sf.IsExported():
		case name == "" && sf.Anonymous && deref(sf.Type).Kind() == reflect.Struct:
			collectJSON(deref(sf.Type), out)
		case name != "":
			out[name] = sf.Type
		}
	}
}

// deref strips pointers, slices and arrays down to the element type.
func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	return t
}

// CheckParams reports every parameter the endpoints take that params type
// t does not have, down through inline object parameters, and every form
// field declared in t (not promoted from an embedded struct) that none of
// the endpoints takes.
func CheckParams(tb testing.TB, s *Schema, t reflect.Type, endpoints ...string) {
	tb.Helper()
	CheckParamsWith(tb, s, t, ParamsOptions{}, endpoints...)
}

// ParamsOptions tune CheckParamsWith.
type ParamsOptions struct {
	// Extra lists, by path (the params type's name, then ".param" per
	// level: "CustomerParams.shipping"), form fields the Go type may have
	// beyond the endpoints' parameters: a params type shared by several
	// endpoints carries the union of what they take.
	Extra map[string][]string
	// Skip lists, by path, parameters the Go type is allowed to lack,
	// because it sends them itself (a list of cards always sends
	// object=card).
	Skip map[string][]string
}

// CheckParamsWith is CheckParams with the exceptions opts allows.
func CheckParamsWith(tb testing.TB, s *Schema, t reflect.Type, opts ParamsOptions, endpoints ...string) {
	tb.Helper()
	merged, err := s.Params(endpoints...)
	if err != nil {
		tb.Errorf("%v", err)
	}
	CheckFields(tb, t, merged, opts)
}

// Params returns the parameters of the endpoints, united: a parameter that
// several endpoints take appears once, with the children of all of them.
func (s *Schema) Params(endpoints ...string) ([]*Field, error) {
	var merged []*Field
	for _, e := range endpoints {
		fields, ok := s.Endpoints[e]
		if !ok {
			return merged, fmt.Errorf("schema has no endpoint %q", e)
		}
		merged = merge(merged, fields)
	}
	return merged, nil
}

// CheckFields compares params type t with a list of parameters, as
// CheckParamsWith does with the parameters of endpoints.
func CheckFields(tb testing.TB, t reflect.Type, fields []*Field, opts ParamsOptions) {
	tb.Helper()
	checkParams(tb, t.Name(), t, fields, opts)
}

// merge adds the fields of b to a, uniting the children of fields of the
// same name.
func merge(a, b []*Field) []*Field {
	for _, f := range b {
		i := indexOf(a, f.Name)
		if i < 0 {
			c := *f
			c.Fields = merge(nil, f.Fields)
			a = append(a, &c)
			continue
		}
		a[i].Fields = merge(a[i].Fields, f.Fields)
	}
	return a
}

func indexOf(fields []*Field, name string) int {
	for i, f := range fields {
		if f.Name == name {
			return i
		}
	}
	return -1
}

func checkParams(tb testing.TB, path string, t reflect.Type, fields []*Field, opts ParamsOptions) {
	tb.Helper()
	have := FormFields(t)
	for _, f := range fields {
		types, ok := have[f.Name]
		if !ok && contains(opts.Skip[path], f.Name) {
			continue
		}
		if !ok {
			tb.Errorf("%s: no form field for parameter %q (%s)", path, f.Name, f.Type)
			continue
		}
		if len(f.Fields) == 0 {
			continue
		}
		var sub reflect.Type
		for _, ft := range types {
			if deref(ft).Kind() == reflect.Struct {
				sub = deref(ft)
			}
		}
		if sub == nil {
			tb.Errorf("%s: parameter %q is an object, but no field for it is a struct", path, f.Name)
			continue
		}
		checkParams(tb, path+"."+f.Name, sub, f.Fields, opts)
	}
	// Fields promoted from an embedded struct (Params brings metadata to
	// every params struct) are not the struct's own claim.
	for _, name := range sortedKeys(ownFormFields(t)) {
		if indexOf(fields, name) < 0 && !contains(opts.Extra[path], name) {
			tb.Errorf("%s: form field %q is not a parameter of the endpoint", path, name)
		}
	}
}

// ownFormFields is FormFields without the fields of embedded structs.
func ownFormFields(t reflect.Type) map[string]bool {
	out := map[string]bool{}
	t = deref(t)
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("form"), ",")
		if !sf.Anonymous && sf.IsExported() && name != "" && name != "-" && name != "*" {
			out[name] = true
		}
	}
	return out
}

// ObjectOptions tune CheckObject.
type ObjectOptions struct {
	// Descend reports whether to check the fields of a nested Go type
	// against the object the schema points to. Types owned by other
	// resources are checked by their own tests.
	Descend func(reflect.Type) bool
	// Extra lists, by object name, fields the Go type may have beyond the
	// schema (the reference text shows them).
	Extra map[string][]string
}

// Enum is a field whose schema type is a string enum.
type Enum struct {
	// Path names the field, as object.field.
	Path string
	// Type is the Go type of the field (pointers and slices stripped).
	Type reflect.Type
	// Values are the schema's values.
	Values []string
}

// CheckObject reports every field of the schema object missing from Go type
// t, and every json field of t the object does not have, down through the
// nested objects Descend accepts. It returns the enum fields it met, for the
// caller to check their constants.
func CheckObject(tb testing.TB, s *Schema, t reflect.Type, object string, opts ObjectOptions) []Enum {
	tb.Helper()
	var enums []Enum
	checkObject(tb, s, deref(t), object, opts, map[reflect.Type]bool{}, &enums)
	return enums
}

func checkObject(tb testing.TB, s *Schema, t reflect.Type, object string, opts ObjectOptions, seen map[reflect.Type]bool, enums *[]Enum) {
	tb.Helper()
	seen[t] = true
	fields, ok := s.Objects[object]
	if !ok {
		tb.Errorf("schema has no object %q", object)
		return
	}
	have := JSONFields(t)
	for _, f := range fields {
		ft, ok := have[f.Name]
		if !ok {
			tb.Errorf("%s (%s): no json field for %q (%s)", object, t.Name(), f.Name, f.Type)
			continue
		}
		base := deref(ft)
		if values := f.Enum(); len(values) > 0 && f.Name != "object" {
			*enums = append(*enums, Enum{Path: object + "." + f.Name, Type: base, Values: values})
		}
		if base.Kind() != reflect.Struct || seen[base] || opts.Descend == nil || !opts.Descend(base) {
			continue
		}
		for _, ref := range f.Refs() {
			if _, ok := s.Objects[ref]; ok {
				checkObject(tb, s, base, ref, opts, seen, enums)
				break
			}
		}
	}
	for _, name := range sortedKeys(have) {
		if indexOf(fields, name) < 0 && !contains(opts.Extra[object], name) {
			tb.Errorf("%s (%s): json field %q is not in the schema", object, t.Name(), name)
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
