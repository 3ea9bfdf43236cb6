package payske

import (
	"encoding/json"
	"strconv"
)

// The decoders of field values that the generated decoders call, one per
// kind of Go type, each as encoding/json decodes that type: a null leaves
// a string, number or boolean as it is and sets a pointer, slice or map
// to nil. A value of another kind than the field's stops the decoding
// (errNotDecoded), for encoding/json to decode the answer and report it.

// decodeString decodes a string.
func decodeString[S ~string](r *textReader, dst *S) error {
	switch r.peek() {
	case '"':
		raw, escaped, err := r.readString()
		switch {
		case err != nil:
			return err
		case escaped:
			r.text = unquote(r.text[:0], raw)
			*dst = S(r.text)
		default:
			*dst = S(r.strings.makeString(raw[1 : len(raw)-1]))
		}
		return nil
	case 'n':
		return r.literal("null")
	}
	return errNotDecoded
}

// number returns the next value when it is a number; a null returns
// false.
func (r *textReader) number() ([]byte, bool, error) {
	switch c := r.peek(); {
	case c == 'n':
		return nil, false, r.literal("null")
	case c == '-' || '0' <= c && c <= '9':
		raw, err := r.readNumber()
		return raw, err == nil, err
	}
	return nil, false, errNotDecoded
}

// decodeInt64 decodes an integer; a number with a fraction or an exponent
// fails, as it does with encoding/json.
func decodeInt64[I ~int64](r *textReader, dst *I) error {
	raw, ok, err := r.number()
	if !ok {
		return err
	}
	n, ok := smallInt(raw)
	if !ok {
		var err error
		if n, err = strconv.ParseInt(string(raw), 10, 64); err != nil {
			return errNotDecoded
		}
	}
	*dst = I(n)
	return nil
}

// smallInt parses the digits of a non-negative integer of up to 18 digits,
// which cannot overflow: the integers of an answer, without a string
// conversion.
func smallInt(raw []byte) (int64, bool) {
	if len(raw) == 0 || len(raw) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range raw {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// decodeFloat64 decodes a number.
func decodeFloat64[F ~float64](r *textReader, dst *F) error {
	raw, ok, err := r.number()
	if !ok {
		return err
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		return errNotDecoded
	}
	*dst = F(f)
	return nil
}

// decodeBool decodes true or false.
func decodeBool[B ~bool](r *textReader, dst *B) error {
	switch c := r.peek(); c {
	case 't', 'f', 'n':
		if c != 'n' {
			*dst = c == 't'
		}
		return r.readLiteral(c)
	}
	return errNotDecoded
}

// decodeNullable decodes a nullable value with decode: a null sets dst to
// nil, and a value decodes into *dst, allocated when nil (encoding/json
// reuses a pointer that is already set).
func decodeNullable[T any](r *textReader, dst **T, decode func(*textReader, *T) error) error {
	if null, err := r.null(); null || err != nil {
		if null {
			*dst = nil
		}
		return err
	}
	if *dst == nil {
		*dst = new(T)
	}
	return decode(r, *dst)
}

// decodePtr decodes a nullable object.
func decodePtr[T any, PT interface {
	*T
	valueDecoder
}](r *textReader, dst **T) error {
	return decodeNullable(r, dst, func(r *textReader, v *T) error { return PT(v).decodeValue(r) })
}

// bareID reads a JSON string, an unexpanded reference, when the next value
// is one.
func (r *textReader) bareID() (string, bool, error) {
	if r.peek() != '"' {
		return "", false, nil
	}
	var id string
	err := decodeString(r, &id)
	return id, true, err
}

// decodeSlice decodes a JSON array into *dst as encoding/json does: the
// slice is reused, its elements decoded into where they are, and an empty
// array makes an empty slice, not a nil one.
func decodeSlice[E any](r *textReader, dst *[]E, decode func(*textReader, *E) error) error {
	if null, err := r.open('['); null || err != nil {
		if null {
			*dst = nil
		}
		return err
	}
	s := (*dst)[:0]
	for i, more := 0, !r.closed(']'); more; i++ {
		if i < len(*dst) {
			s = (*dst)[:i+1]
		} else {
			var zero E
			s = append(s, zero)
		}
		if err := decode(r, &s[i]); err != nil {
			return err
		}
		var err error
		if more, err = r.next(']'); err != nil {
			return err
		}
	}
	if s == nil {
		s = []E{}
	}
	*dst = s
	return nil
}

// decodeStrings decodes an array of strings.
func decodeStrings[S ~string](r *textReader, dst *[]S) error {
	return decodeSlice(r, dst, decodeString[S])
}

// decodePtrs decodes an array of objects; a null element is a nil.
func decodePtrs[T any, PT interface {
	*T
	valueDecoder
}](r *textReader, dst *[]*T) error {
	return decodeSlice(r, dst, decodePtr[T, PT])
}

// decodeMap decodes a JSON object into a map as encoding/json does: into
// the map there is, made when nil, each value decoded into a zero value.
func decodeMap[V any](r *textReader, dst *map[string]V, decode func(*textReader, *V) error) error {
	if null, err := r.null(); null || err != nil {
		if null {
			*dst = nil
		}
		return err
	}
	if *dst == nil {
		*dst = map[string]V{}
	}
	m := *dst
	return r.object(func(r *textReader, key []byte) (bool, error) {
		// Copied first: the key may be in the reader's buffer, which
		// the value's own escaped keys reuse.
		name := string(key)
		var v V
		if err := decode(r, &v); err != nil {
			return true, err
		}
		m[name] = v
		return true, nil
	})
}

// rawMessage keeps the next value as it is, as encoding/json does for a
// json.RawMessage: a null too, as the bytes "null".
func (r *textReader) rawMessage(dst *json.RawMessage) error {
	raw, err := r.readValue()
	if err != nil {
		return err
	}
	*dst = append((*dst)[:0], raw...)
	return nil
}

// unmarshal decodes the next value into dst with encoding/json: for the
// few field types the generated decoders leave to it.
func (r *textReader) unmarshal(dst any) error {
	raw, err := r.readValue()
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, dst)
}

// unquoteJSON appends the text of the JSON string raw, quotes included
// and already checked by the walk, to dst, decoded by encoding/json as it
// would decode it into a string field.
func unquoteJSON(dst, raw []byte) []byte {
	var s string
	// The walk checked the string: the only error, an unpaired escaped
	// surrogate, still decodes (to U+FFFD).
	_ = json.Unmarshal(raw, &s)
	return append(dst, s...)
}

// unmarshaler decodes the next value through u's own UnmarshalJSON, as
// encoding/json calls it: with the value's bytes, a null included.
func (r *textReader) unmarshaler(u json.Unmarshaler) error {
	raw, err := r.readValue()
	if err != nil {
		return err
	}
	return u.UnmarshalJSON(raw)
}
