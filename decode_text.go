package payske

import (
	"errors"
	"reflect"
	"sync"
)

// Answers decode through decoders generated per type (decode_text_gen.go)
// that walk the answer's bytes once, checking the syntax as they go (see
// textReader): no reflection, and the same values encoding/json would
// decode, which TestTextDecodersDecodeAsEncodingJSON holds them to. That
// means encoding/json's leniency, which the generated code and the helpers
// copy: unknown keys are skipped, keys match a field's name in any case,
// the last of two equal keys wins, and null leaves a value as it is (and
// sets a pointer, slice or map to nil). Whatever the generated decoders do
// not take (invalid JSON, a value of another kind than its field's,
// invalid UTF-8), encoding/json decodes instead, to its value or its
// error.

// valueDecoder is implemented by every type an answer reaches: it decodes
// the next JSON value into the receiver as encoding/json would.
type valueDecoder interface {
	decodeValue(r *textReader) error
}

// fieldsDecoder is implemented by the expandable types: it decodes the
// object itself, where decodeValue would also take a bare ID. It is what
// objectTarget stands for on the encoding/json path.
type fieldsDecoder interface {
	decodeFields(r *textReader) error
}

// errNotDecoded stops a generated decoder on a value it does not take,
// for encoding/json to decode the answer instead.
var errNotDecoded = errors.New("payske: the generated decoder leaves this answer to encoding/json")

// textReaders keeps readers, and their string caches, from one answer to
// the next.
var textReaders = sync.Pool{New: func() any { return new(textReader) }}

// decodeJSON decodes one JSON value into v, or leaves v zero on an error.
// The types the generator knows decode through their generated decoders;
// others (RawRequest's result, a caller's own types) through encoding/json.
func decodeJSON(raw []byte, v LastResponseSetter) error {
	d, fields := textDecoder(v)
	if d == nil {
		return decodeJSONv1(raw, v)
	}
	if err := decodeText(raw, d, fields); err != nil {
		// Invalid JSON, a value of another kind than its field's, invalid
		// UTF-8: encoding/json has the last word, its value if it decodes
		// one and its error if not.
		resetValue(v)
		return decodeJSONv1(raw, v)
	}
	return nil
}

// textDecoder returns the generated decoder of v, or nil when v has none,
// and whether the decoder is to read the object's fields alone
// (fieldsDecoder) rather than any value of v's type.
func textDecoder(v LastResponseSetter) (valueDecoder, bool) {
	d, ok := v.(valueDecoder)
	if !ok || !ownType(reflect.TypeOf(v)) || viaEncodingJSON(v) {
		return nil, false
	}
	_, fields := v.(fieldsDecoder)
	// An answer is the object itself, never a bare ID: what objectTarget
	// stands for on the encoding/json path.
	_, answer := v.(objectDecoder)
	return d, fields && answer
}

// decodeText decodes raw, which must hold exactly one JSON value, with d:
// through its decodeFields when fields is set, else its decodeValue. On
// an error, the value d decodes into may be partly decoded.
func decodeText(raw []byte, d valueDecoder, fields bool) error {
	r := textReaders.Get().(*textReader)
	defer func() {
		// Keep neither the answer nor a large key buffer alive in the pool.
		r.reset(nil)
		if cap(r.key) > 256 {
			r.key = nil
		}
		if cap(r.text) > 4096 {
			r.text = nil
		}
		textReaders.Put(r)
	}()
	r.reset(raw)
	var err error
	if fields {
		err = d.(fieldsDecoder).decodeFields(r)
	} else {
		err = d.decodeValue(r)
	}
	if err != nil {
		return err
	}
	return r.end()
}

// viaEncodingJSON reports whether v is a page of a type the generator does
// not know (a caller's own): such a page decodes through encoding/json,
// whose way its objects' UnmarshalJSON expects.
func viaEncodingJSON(v any) bool {
	p, ok := v.(interface{ itemsDecodeThemselves() bool })
	return ok && !p.itemsDecodeThemselves()
}

// itemsDecodeThemselves reports whether T has a generated decoder.
func (p *Page[T]) itemsDecodeThemselves() bool {
	_, ok := any((*T)(nil)).(valueDecoder)
	return ok && ownType(reflect.TypeFor[*T]())
}

// ownType reports whether t is a pointer to a type of this package. A
// caller's type that embeds one of them has its decoders promoted, but
// encoding/json would decode it through an UnmarshalJSON of its own, or
// its own fields: it decodes with encoding/json.
func ownType(t reflect.Type) bool {
	return t.Kind() == reflect.Pointer && t.Elem().PkgPath() == packagePath
}

// packagePath is this package's import path.
var packagePath = reflect.TypeFor[APIResource]().PkgPath()

// decodeValue implements valueDecoder.
func (p *Page[T]) decodeValue(r *textReader) error {
	return r.object(func(r *textReader, key []byte) (bool, error) {
		if string(key) == "data" {
			return true, decodeSlice(r, &p.Data, decodePageItem[T])
		}
		return p.decodeField(r, key)
	})
}

// decodePageItem decodes an object of a page. The objects of a list are
// always objects, never bare IDs, so an expandable type decodes its
// fields alone; a null stays a nil, for the walk to refuse.
func decodePageItem[T any](r *textReader, dst **T) error {
	return decodeNullable(r, dst, func(r *textReader, item *T) error {
		switch d := any(item).(type) {
		case fieldsDecoder:
			return d.decodeFields(r)
		case valueDecoder:
			return d.decodeValue(r)
		}
		return r.unmarshal(item)
	})
}
