// Package form encodes Payske params structs as
// application/x-www-form-urlencoded pairs in Payske's bracket style:
//
//	amount=2000&shipping[address][city]=Paris&expand[0]=customer&metadata[order]=42
//
// (shown unescaped: Encode escapes keys and values as url.QueryEscape does,
// so the brackets travel as %5B and %5D). Pairs keep the order in which they
// were encoded, so one value always encodes to the same bytes.
//
// # Structs
//
// AppendTo takes a struct or a pointer to one. Its fields are encoded in
// declaration order, each under the name in its form tag, as in
// Amount *int64 `form:"amount"`. Nested structs and non-nil pointers to
// structs add a bracketed key part (shipping[address][city]); a nil pointer
// is omitted. The tag rules:
//
//   - A field without a form tag, or whose tag has no name, is not encoded;
//     neither are unexported fields.
//   - form:"-" is never encoded (per-call options such as IdempotencyKey).
//   - Options after a comma (form:"name,omitempty") are accepted and
//     ignored: whether a field is omitted follows from its type, below.
//   - An embedded (anonymous) struct, or pointer to struct, without a form
//     tag is flattened: its fields are encoded as if declared in the outer
//     struct, at the embedded field's position. A nil embedded pointer adds
//     nothing. An embedded field with a name in its tag nests like any field.
//   - A field of an embedded struct is hidden by a field of the same name
//     declared less deep, as Go hides promoted fields: an outer struct can
//     override a field of an embedded one. Fields of the same name at the
//     same depth are all encoded: Created *int64 and CreatedRange
//     *RangeQueryParams may both be tagged form:"created", and whichever is
//     set is sent.
//   - form:"*" encodes the field's value at the struct's own key path rather
//     than under a name of its own: an Appender is called with the struct's
//     key parts, a struct's fields are flattened, a map's entries become
//     keys. An untagged embedded Appender is treated the same way.
//
// # Scalars
//
// string, bool, every int and uint size, float32 and float64, and named types
// built on them (type Currency string) are scalars.
//
//   - A non-pointer scalar field is omitted when it holds its zero value
//     ("", 0, false): it cannot be told apart from "not set".
//   - A pointer to a scalar is omitted when nil and always encoded otherwise,
//     even when it points to the zero value: description= unsets a field on
//     Payske, and capture=false must reach the server.
//   - A scalar inside a slice, array, map or interface is always encoded:
//     there it was set explicitly.
//   - A bool is "true" or "false", an integer is decimal, a float is a plain
//     decimal, never with an exponent, with as few digits as read back the
//     same (strconv.FormatFloat with 'f' and precision -1, bit size 32 for
//     float32). NaN and ±Inf have no such form; they are sent as FormatFloat
//     writes them ("NaN", "+Inf", "-Inf"), for the server to reject.
//
// # Slices, arrays and maps
//
// Slice and array elements are indexed from 0: expand[0]=a&expand[1]=b, and
// line_items[0][price]=p&line_items[0][quantity]=2 for structs. A nil
// element is omitted but still counts as a position. Slices may nest
// (a[0][1]=x).
//
// A map with string keys, of any value type (map[string]string,
// map[string]*string, map[string]int64, map[string]interface{} holding
// scalars, maps and slices...), adds each key as a key part,
// metadata[key]=value, in sorted key order. Values that are structs, maps or
// slices nest further. Maps with other key types are not encoded.
//
// A nil slice or map is omitted. A non-nil empty slice, array or map is sent
// as the bare key with an empty value (metadata=): that is how Payske is told
// to clear a list or all metadata.
//
// # Interfaces and Appenders
//
// An interface value is encoded according to its dynamic type; a nil
// interface, or a nil pointer inside one, is omitted.
//
// A type whose method set has AppendTo (an Appender), or whose pointer type
// has it, encodes itself: it is called with the key parts of the field (for
// form:"*", of the enclosing struct; nil at the top level). A nil pointer is
// omitted without calling it. Since Go promotes the methods of embedded
// fields, a struct that embeds an Appender is itself one and is encoded by
// that method alone; make such a field a named field tagged form:"*". A
// struct whose AppendTo may come from an embedded pointer or interface is not
// called while that field is nil (the promoted call would panic). An Appender
// reached through an unexported embedded field cannot be called through
// reflection and is skipped.
//
// # Everything else
//
// Channels, functions, complex numbers and unsafe pointers are skipped, as
// are maps whose keys are not strings; set Strict to panic instead.
//
// At the top level, AppendTo encodes structs, maps (their keys become the
// top-level names) and Appenders, or pointers to any of them, and nothing
// else: a bare scalar or slice has no name to send it under. For the same
// reason a scalar, a slice or an empty map reached through form:"*" at the
// top level is dropped.
//
// Encoding never panics on the value given, unless Strict is set: nil, a
// nil typed pointer, a pointer to a pointer or an unsupported type encode
// what they can and otherwise nothing. Values must not contain cycles; types may (type Node
// struct{ Next *Node }).
//
// # Performance
//
// The encoder of each type is built once, from its fields and tags, and
// cached, so that a call runs prebuilt functions instead of parsing tags.
// For the type passed to AppendTo, the keys of everything reached through
// struct fields alone ("shipping[address][city]", and "expand[0]") are
// worked out in advance too. The keys that must be built during a call (under
// maps and lists of structs) and formatted numbers share one buffer, and the
// Values are presized from what earlier calls for the same type needed.
package form

import "reflect"

// Appender is implemented by types that encode themselves. keyParts is the
// key path of the field being encoded (empty for a field tagged form:"*"
// at the top level); the type appends its pairs to values. keyParts may be
// appended to (FormatKey(append(keyParts, "gte"))): its capacity equals its
// length, so the append never writes into the encoder's own state.
type Appender interface {
	// AppendTo appends the type's pairs under keyParts to values.
	AppendTo(values *Values, keyParts []string)
}

// AppendTo encodes i, normally a params struct or a pointer to one, into
// values, following the rules in the package documentation. It does nothing
// when values or i is nil.
func AppendTo(values *Values, i interface{}) {
	appendTo(values, i)
}

// AppendToPrefixed encodes i as AppendTo does, but under the key path
// keyParts: with keyParts ["card"], a field tagged form:"number" becomes
// card[number]. Since the value has a name, anything with a form encoding
// may be given, not only a struct or a map: a scalar is sent as
// card=value, a slice as card[0]=..., an Appender is called with keyParts.
// With no keyParts it is AppendTo. It does nothing when values or i is nil.
//
// Most code needs neither prefix nor this function: a params struct nests
// its parts through struct fields, and an Appender's AppendTo receives its
// key parts already. It remains for code that encodes a value under a key
// of its own choosing.
func AppendToPrefixed(values *Values, i interface{}, keyParts []string) {
	if len(keyParts) == 0 {
		appendTo(values, i)
		return
	}
	if values == nil || i == nil {
		return
	}
	v := reflect.ValueOf(i)
	st := newState(values, 0)
	for _, part := range keyParts {
		st.pushName(part)
	}
	encoderFor(v.Type())(st, v)
	st.free()
}

// Encode encodes i as AppendTo does, into fresh Values, and returns their
// Encode text.
func Encode(i interface{}) string {
	var v Values
	appendTo(&v, i)
	return v.Encode()
}
