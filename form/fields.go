package form

import (
	"reflect"
	"strings"
)

// field is one encoded struct field, with everything the encoder needs
// decided once per type: its key part, how to reach it and how to encode it.
type field struct {
	name string
	// index leads from the struct to the field; it is longer than one when
	// the field is promoted from an embedded struct. first is index[0].
	index []int
	first int
	// inline fields (form:"*") are encoded at the struct's own key path.
	inline bool
	// omitZero is set for non-pointer scalars: their zero value cannot be
	// told apart from "not set", so it is not sent.
	omitZero bool
	// skipNil is set for fields whose nil value encodes nothing, so that
	// the (many) unset pointers of a params struct are passed over before
	// any key is built.
	skipNil bool
	// deref is set for pointers that are not Appenders: enc is then the
	// encoder of the element, saving a call per field.
	deref bool
	// leaf is set for named scalars and pointers to scalars: the struct
	// encoder writes them itself instead of descending into enc.
	leaf scalarKind
	// typ is the type enc encodes: the field's, or its element's with deref.
	typ reflect.Type
	enc encoderFunc
	// key is the field's full key when it is known in advance (static.go),
	// otherwise it is built at run time from the struct's key.
	key string
}

// structFields lists the encoded fields of struct type t in declaration
// order, with the fields of untagged embedded structs spliced in where the
// embedded field is declared.
func structFields(t reflect.Type) []field {
	var fields []field
	collectFields(t, nil, map[reflect.Type]bool{t: true}, &fields)
	return dominantFields(fields)
}

// collectFields appends the fields of t, reached through index, to fields.
// onChain holds the structs being flattened, so that a struct embedding
// itself through a pointer is flattened only once.
func collectFields(t reflect.Type, index []int, onChain map[reflect.Type]bool, fields *[]field) {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("form")
		if tag == "-" {
			continue
		}
		// Options after the name (",omitempty" and the like) carry no
		// meaning here: omission follows from the field's type.
		name, _, _ := strings.Cut(tag, ",")
		idx := append(index[:len(index):len(index)], i)

		ft := sf.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if sf.Anonymous {
			// As in encoding/json, an embedded struct of an unexported type
			// still contributes its exported fields; an embedded unexported
			// non-struct type contributes nothing.
			if !sf.IsExported() && ft.Kind() != reflect.Struct {
				continue
			}
			if name == "" {
				if isAppender(sf.Type) {
					// Flattening would bypass the type's own encoding.
					*fields = append(*fields, newField("", idx, sf.Type, true))
					continue
				}
				if ft.Kind() == reflect.Struct && !onChain[ft] {
					onChain[ft] = true
					collectFields(ft, idx, onChain, fields)
					delete(onChain, ft)
				}
				continue
			}
		} else if !sf.IsExported() {
			continue
		}
		if name == "" {
			// No form tag, or a tag without a name: not a wire field.
			continue
		}
		*fields = append(*fields, newField(name, idx, sf.Type, name == "*"))
	}
}

func newField(name string, index []int, t reflect.Type, inline bool) field {
	appender := isAppender(t)
	f := field{
		index:    index,
		first:    index[0],
		inline:   inline,
		omitZero: scalarKindOf(t.Kind()) != notScalar && !appender,
	}
	switch t.Kind() {
	case reflect.Pointer:
		// A nil pointer is skipped even when it is an Appender.
		f.skipNil = true
		f.deref = !appender
	case reflect.Map, reflect.Slice, reflect.Interface:
		// A nil map or slice Appender is called: its method can take it.
		f.skipNil = !appender
	}
	if f.deref {
		t = t.Elem()
	}
	f.typ = t
	f.enc = encoderFor(t)
	if !inline && !appender {
		// When deref is set, t is the element, and it is no Appender:
		// *T would be one if T were.
		f.leaf = scalarKindOf(t.Kind())
	}
	if !inline {
		f.name = name
	}
	return f
}

// dominantFields drops the fields hidden by a field of the same name
// declared less deep, the way Go hides promoted fields: an outer params
// struct can thereby override a field of an embedded one. Fields of the same
// name at the same depth are all kept: Created *int64 and CreatedRange
// *RangeQueryParams both tagged form:"created" are alternatives, and
// whichever is set is sent. Inline fields have no name and are all kept.
// Order is kept.
func dominantFields(fields []field) []field {
	depth := make(map[string]int, len(fields))
	for _, f := range fields {
		if f.inline {
			continue
		}
		if d, seen := depth[f.name]; !seen || len(f.index) < d {
			depth[f.name] = len(f.index)
		}
	}
	out := fields[:0]
	for _, f := range fields {
		if f.inline || len(f.index) == depth[f.name] {
			out = append(out, f)
		}
	}
	return out
}
