//go:build go1.27

package payske

import (
	"bytes"
	"encoding/json"
	"encoding/json/jsontext"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"
)

// On Go 1.27 and later, answers decode through decoders generated per type
// (decode_text_gen.go) that read the tokens of encoding/json/jsontext: one
// scan of the bytes, no reflection, and the same values encoding/json
// would decode (TestTextDecodersDecodeAsEncodingJSON holds them to it).
// That means encoding/json's leniency, which the generated code and the
// helpers below copy: unknown keys are skipped, keys match a field's name
// in any case, the last of two equal keys wins, null leaves a value as it
// is (and sets a pointer, slice or map to nil), and invalid UTF-8 becomes
// U+FFFD.

// valueDecoder is implemented by every type an answer reaches: it decodes
// the next JSON value into the receiver as encoding/json would.
type valueDecoder interface {
	decodeValue(r *textReader) error
}

// fieldsDecoder is implemented by the expandable types: it decodes the
// object itself, where decodeValue would also take a bare ID. It is what
// objectTarget and pageTarget stand for on the encoding/json path.
type fieldsDecoder interface {
	decodeFields(r *textReader) error
}

// textReader reads the tokens of one answer.
type textReader struct {
	d   jsontext.Decoder
	buf bytes.Buffer
	// key holds an object's key while it is matched when the key had to
	// be unescaped or folded to lower case.
	key []byte
	// strings keeps short strings from one answer to the next (see
	// makeString).
	strings stringCache
}

// stringCache holds short strings by a hash of their bytes, so that the
// values answers repeat (an "object", a currency, a status, a card brand)
// are allocated once, not once an answer: encoding/json keeps such a cache
// too.
type stringCache [256]string

// maxCachedString is the length of the longest string kept: IDs, longer,
// rarely repeat.
const maxCachedString = 16

// makeString returns b as a string, from the cache when it is there.
func (c *stringCache) makeString(b []byte) string {
	if len(b) == 0 || len(b) > maxCachedString {
		return string(b)
	}
	// FNV-1a over the bytes, folded into the index.
	h := uint32(2166136261)
	for _, x := range b {
		h = (h ^ uint32(x)) * 16777619
	}
	e := &c[h%uint32(len(c))]
	if *e == string(b) {
		return *e
	}
	*e = string(b)
	return *e
}

// textReaders keeps readers, and their buffers, from one answer to the
// next.
var textReaders = sync.Pool{New: func() any { return new(textReader) }}

// readerOptions are encoding/json's leniencies that jsontext has as
// options.
var readerOptions = []jsontext.Options{jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true)}

// decodeJSON decodes one JSON value into v, or leaves v zero on an error.
// The types the generator knows decode through their generated decoders;
// others (RawRequest's result, a caller's own types) through encoding/json.
func decodeJSON(raw []byte, v LastResponseSetter) error {
	var decode func(*textReader) error
	switch d := v.(type) {
	case fieldsDecoder:
		// An answer is the object itself, never a bare ID: what
		// objectTarget stands for on the encoding/json path.
		if _, ok := v.(objectDecoder); !ok {
			break
		}
		decode = d.decodeFields
	}
	if decode == nil {
		d, ok := v.(valueDecoder)
		if !ok {
			return decodeJSONv1(raw, v)
		}
		decode = d.decodeValue
	}
	if err := decodeText(raw, decode); err != nil {
		resetValue(v)
		return err
	}
	return nil
}

// decodeText runs decode over raw, which must hold exactly one JSON value.
func decodeText(raw []byte, decode func(*textReader) error) error {
	r := textReaders.Get().(*textReader)
	defer func() {
		// Keep neither the answer nor a large key buffer alive in the pool.
		r.buf = bytes.Buffer{}
		r.d.Reset(&r.buf)
		if cap(r.key) > 256 {
			r.key = nil
		}
		textReaders.Put(r)
	}()
	r.buf = *bytes.NewBuffer(raw)
	r.d.Reset(&r.buf, readerOptions...)
	if err := decode(r); err != nil {
		return err
	}
	if _, err := r.d.ReadValue(); err != io.EOF {
		if err == nil {
			return errors.New("more data after the JSON value")
		}
		return err
	}
	return nil
}

// object decodes a JSON object by handing each key to field, which
// decodes the key's value and reports true, or reports false for a key it
// does not know. A key it does not know is tried once more folded to lower
// case (encoding/json matches names in any case), then skipped. A null
// changes nothing, as encoding/json leaves a struct alone for a null.
func (r *textReader) object(field func(r *textReader, key []byte) (bool, error)) error {
	switch kind := r.d.PeekKind(); kind {
	case 'n':
		_, err := r.d.ReadToken()
		return err
	case '{':
		if _, err := r.d.ReadToken(); err != nil {
			return err
		}
	default:
		return r.mismatch(kind, "an object")
	}
	for r.d.PeekKind() != '}' {
		key, err := r.readKey()
		if err != nil {
			return err
		}
		known, err := field(r, key)
		if err != nil {
			return err
		}
		if !known {
			if folded, ok := r.foldKey(key); ok {
				known, err = field(r, folded)
				if err != nil {
					return err
				}
			}
		}
		if !known {
			if err := r.d.SkipValue(); err != nil {
				return err
			}
		}
	}
	_, err := r.d.ReadToken()
	return err
}

// noFields is the field decoder of a struct without JSON fields.
func noFields(*textReader, []byte) (bool, error) { return false, nil }

// readKey returns an object's next key, unescaped. It stays valid until
// the next read.
func (r *textReader) readKey() ([]byte, error) {
	raw, err := r.d.ReadValue()
	if err != nil {
		return nil, err
	}
	if s, ok := plainJSONString(raw); ok {
		return s, nil
	}
	var key string
	if err := json.Unmarshal(raw, &key); err != nil {
		return nil, err
	}
	r.key = append(r.key[:0], key...)
	return r.key, nil
}

// foldKey returns key folded to lower case the way encoding/json folds
// names, when that changes it: the decoders' keys are lower case, so a
// key that matches one of them in any case matches it folded.
func (r *textReader) foldKey(key []byte) ([]byte, bool) {
	folded := make([]byte, 0, len(key))
	changed := false
	for i := 0; i < len(key); {
		c := key[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			}
			folded = append(folded, c)
			i++
			continue
		}
		rn, n := utf8.DecodeRune(key[i:])
		// K (the Kelvin sign) and ſ (long s) fold to ASCII letters.
		if up := unicode.ToUpper(unicode.ToLower(rn)); up < utf8.RuneSelf {
			folded = append(folded, byte(unicode.ToLower(up)))
			changed = true
		} else {
			folded = append(folded, key[i:i+n]...)
		}
		i += n
	}
	r.key = folded
	return folded, changed
}

// plainJSONString returns the content of the JSON string raw when it needs
// no unescaping and is valid UTF-8: what nearly every string of an answer
// is.
func plainJSONString(raw []byte) ([]byte, bool) {
	s := raw[1 : len(raw)-1]
	ascii := true
	for _, c := range s {
		if c == '\\' {
			return nil, false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if !ascii && !utf8.Valid(s) {
		return nil, false
	}
	return s, true
}

// mismatch is the error for a JSON value of the wrong kind, or the
// syntax error that made the kind unknown.
func (r *textReader) mismatch(kind jsontext.Kind, want string) error {
	raw, err := r.d.ReadValue()
	if err != nil {
		return err
	}
	return fmt.Errorf("cannot decode %s at %s: expected %s", describeJSONKind(jsonKind(raw)), pointerOrTop(r.d.StackPointer()), want)
}

// pointerOrTop names a place in the answer by its JSON pointer.
func pointerOrTop(p jsontext.Pointer) string {
	if p == "" {
		return "the top level"
	}
	return strconv.Quote(string(p))
}

// null reads a null when the next value is one.
func (r *textReader) null() (bool, error) {
	if r.d.PeekKind() != 'n' {
		return false, nil
	}
	_, err := r.d.ReadToken()
	return true, err
}

// bareID reads a JSON string, an unexpanded reference, when the next value
// is one.
func (r *textReader) bareID() (string, bool, error) {
	if r.d.PeekKind() != '"' {
		return "", false, nil
	}
	var id string
	err := decodeString(r, &id)
	return id, true, err
}

// decodeString decodes a string; a null leaves dst alone.
func decodeString[S ~string](r *textReader, dst *S) error {
	switch kind := r.d.PeekKind(); kind {
	case '"':
		raw, err := r.d.ReadValue()
		if err != nil {
			return err
		}
		if s, ok := plainJSONString(raw); ok {
			*dst = S(r.strings.makeString(s))
			return nil
		}
		// Escapes and invalid UTF-8, decoded as encoding/json decodes
		// them.
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		*dst = S(s)
		return nil
	case 'n':
		_, err := r.d.ReadToken()
		return err
	default:
		return r.mismatch(kind, "a string")
	}
}

// number returns the next value, which must be a number or null.
func (r *textReader) number() (jsontext.Value, bool, error) {
	switch kind := r.d.PeekKind(); kind {
	case '0':
		raw, err := r.d.ReadValue()
		return raw, err == nil, err
	case 'n':
		_, err := r.d.ReadToken()
		return nil, false, err
	default:
		return nil, false, r.mismatch(kind, "a number")
	}
}

// decodeInt64 decodes an integer; a null leaves dst alone.
func decodeInt64[I ~int64](r *textReader, dst *I) error {
	raw, ok, err := r.number()
	if !ok {
		return err
	}
	n, ok := smallInt(raw)
	if !ok {
		var err error
		if n, err = strconv.ParseInt(string(raw), 10, 64); err != nil {
			return fmt.Errorf("cannot decode the number %s at %s as an integer", raw, pointerOrTop(r.d.StackPointer()))
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

// decodeFloat64 decodes a number; a null leaves dst alone.
func decodeFloat64[F ~float64](r *textReader, dst *F) error {
	raw, ok, err := r.number()
	if !ok {
		return err
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		return fmt.Errorf("cannot decode the number %s at %s as a float64", raw, pointerOrTop(r.d.StackPointer()))
	}
	*dst = F(f)
	return nil
}

// decodeBool decodes true or false; a null leaves dst alone.
func decodeBool[B ~bool](r *textReader, dst *B) error {
	switch kind := r.d.PeekKind(); kind {
	case 't', 'f':
		_, err := r.d.ReadToken()
		*dst = kind == 't'
		return err
	case 'n':
		_, err := r.d.ReadToken()
		return err
	default:
		return r.mismatch(kind, "true or false")
	}
}

// decodeScalarPtr decodes a nullable scalar: a null sets dst to nil, and a
// value decodes into *dst, allocated when nil.
func decodeScalarPtr[T any](r *textReader, dst **T, decode func(*textReader, *T) error) error {
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

// decodeStringPtr decodes a nullable string.
func decodeStringPtr[S ~string](r *textReader, dst **S) error {
	return decodeScalarPtr(r, dst, decodeString[S])
}

// decodeInt64Ptr decodes a nullable integer.
func decodeInt64Ptr[I ~int64](r *textReader, dst **I) error {
	return decodeScalarPtr(r, dst, decodeInt64[I])
}

// decodeBoolPtr decodes a nullable boolean.
func decodeBoolPtr[B ~bool](r *textReader, dst **B) error {
	return decodeScalarPtr(r, dst, decodeBool[B])
}

// decodeFloat64Ptr decodes a nullable number.
func decodeFloat64Ptr[F ~float64](r *textReader, dst **F) error {
	return decodeScalarPtr(r, dst, decodeFloat64[F])
}

// decodePtr decodes a nullable object: a null sets dst to nil, and a value
// decodes into *dst, allocated when nil.
func decodePtr[T any, PT interface {
	*T
	valueDecoder
}](r *textReader, dst **T) error {
	if null, err := r.null(); null || err != nil {
		if null {
			*dst = nil
		}
		return err
	}
	if *dst == nil {
		*dst = new(T)
	}
	return PT(*dst).decodeValue(r)
}

// array decodes a JSON array: element decodes its i-th value. A null
// reports false, for the caller to set its slice to nil.
func (r *textReader) array(element func(i int) error) (bool, error) {
	switch kind := r.d.PeekKind(); kind {
	case 'n':
		_, err := r.d.ReadToken()
		return false, err
	case '[':
		if _, err := r.d.ReadToken(); err != nil {
			return false, err
		}
	default:
		return false, r.mismatch(kind, "an array")
	}
	for i := 0; r.d.PeekKind() != ']'; i++ {
		if err := element(i); err != nil {
			return false, err
		}
	}
	_, err := r.d.ReadToken()
	return true, err
}

// decodeSlice decodes a JSON array into *dst as encoding/json does: the
// slice is reused, its elements decoded into where they are, and an empty
// array makes an empty slice, not a nil one.
func decodeSlice[E any](r *textReader, dst *[]E, decode func(*textReader, *E) error) error {
	s := (*dst)[:0]
	ok, err := r.array(func(i int) error {
		if i < len(*dst) {
			s = (*dst)[:i+1]
		} else {
			var zero E
			s = append(s, zero)
		}
		return decode(r, &s[i])
	})
	if err != nil {
		return err
	}
	if !ok {
		*dst = nil
		return nil
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
	if r.d.PeekKind() != '{' {
		return r.mismatch(r.d.PeekKind(), "an object")
	}
	if *dst == nil {
		*dst = map[string]V{}
	}
	m := *dst
	return r.object(func(r *textReader, key []byte) (bool, error) {
		k := string(key)
		var v V
		if err := decode(r, &v); err != nil {
			return true, err
		}
		m[k] = v
		return true, nil
	})
}

// rawMessage keeps the next value as it is, as encoding/json does for a
// json.RawMessage: a null too, as the bytes "null".
func (r *textReader) rawMessage(dst *json.RawMessage) error {
	raw, err := r.d.ReadValue()
	if err != nil {
		return err
	}
	*dst = append((*dst)[:0], raw...)
	return nil
}

// unmarshal decodes the next value into dst with encoding/json: for the
// few field types the generated decoders leave to it.
func (r *textReader) unmarshal(dst any) error {
	raw, err := r.d.ReadValue()
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, dst)
}

// unmarshaler decodes the next value through u's own UnmarshalJSON, as
// encoding/json calls it: with the value's bytes, a null included.
func (r *textReader) unmarshaler(u json.Unmarshaler) error {
	raw, err := r.d.ReadValue()
	if err != nil {
		return err
	}
	return u.UnmarshalJSON(raw)
}

// newPageTarget returns an empty page to decode a list of T into: the
// Page itself, whose decoder reads every object in the one scan of the
// answer.
func newPageTarget[T any]() pageTarget[T] {
	return &Page[T]{}
}

// decodeValue implements valueDecoder.
func (p *Page[T]) decodeValue(r *textReader) error {
	return r.object(func(r *textReader, key []byte) (bool, error) {
		if string(key) == "data" {
			return true, decodeSlice(r, &p.Data, decodePageItem[T])
		}
		return p.ListMeta.decodeField(r, key)
	})
}

// decodePageItem decodes an object of a page. The objects of a list are
// always objects, never bare IDs, so an expandable type decodes its
// fields, as its fields type does on the encoding/json path; a null stays
// a nil, for the walk to refuse.
func decodePageItem[T any](r *textReader, dst **T) error {
	if null, err := r.null(); null || err != nil {
		if null {
			*dst = nil
		}
		return err
	}
	if *dst == nil {
		*dst = new(T)
	}
	switch d := any(*dst).(type) {
	case fieldsDecoder:
		return d.decodeFields(r)
	case valueDecoder:
		return d.decodeValue(r)
	}
	return r.unmarshal(*dst)
}
