package form

import (
	"fmt"
	"reflect"
)

// Strict makes the encoder panic instead of silently dropping a value whose
// type has no form encoding. It is off by default.
//
// Without Strict, such a value is skipped, as the package documentation
// says ("Everything else"). With Strict set, AppendTo and Encode panic when
// they reach, in a struct field, a slice or array element, a map value or
// an interface:
//
//   - a channel, function or unsafe.Pointer that is not nil;
//   - a complex number, zero or not;
//   - a non-nil map whose keys are not strings.
//
// Nil values of those types carry nothing, and a nil pointer, map, slice or
// interface around them is omitted before they are reached, so neither
// panics. What is left out on purpose is not affected either: fields
// without a form tag or tagged form:"-", unexported fields, zero scalars,
// and a value that has no name at the top level.
//
// Strict is meant for tests of hand-written params types: set it in an
// init function or TestMain, before any encoding starts, as it is read
// without synchronisation.
var Strict bool

// newUnsupportedEncoder returns the encoder of t, a type with no form
// encoding: it encodes nothing, or panics under Strict. Strict is read at
// each call rather than when the encoder is built, because encoders are
// cached for the life of the process.
func newUnsupportedEncoder(t reflect.Type) encoderFunc {
	return func(st *encodeState, v reflect.Value) {
		if !Strict {
			return
		}
		switch v.Kind() {
		case reflect.Chan, reflect.Func, reflect.Map, reflect.UnsafePointer:
			if v.IsNil() {
				return
			}
		}
		key := st.keyString()
		if key == "" {
			key = "(the top level)"
		}
		panic(fmt.Sprintf("payske: form.Strict: the value at key %s is of type %s, which has no form encoding; "+
			"tag the field form:\"-\" or change its type", key, describeUnsupported(t)))
	}
}

// describeUnsupported names t and, for a map, why it is not encoded.
func describeUnsupported(t reflect.Type) string {
	if t.Kind() == reflect.Map {
		return t.String() + " (map keys must be strings)"
	}
	return t.String()
}
