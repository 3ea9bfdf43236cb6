package payske

import (
	"encoding/json"
	"unicode"
	"unicode/utf8"
)

// textReader walks the bytes of one answer that validJSON accepted, so
// it checks no syntax: it finds where each value ends. Separators carry
// nothing the walk needs once the JSON is known to be valid, so it skips
// ',' and ':' as it skips white space.
type textReader struct {
	buf []byte
	pos int
	// key holds an object's key while it is matched when it had to be
	// unescaped, folded its key folded to lower case.
	key, folded []byte
	// strings keeps short strings from one answer to the next (see
	// makeString).
	strings stringCache
}

// peek returns the first byte of the next value or delimiter: '{', '}',
// '[', ']', '"', 'n', 't', 'f', or the first of a number.
func (r *textReader) peek() byte {
	buf, i := r.buf, r.pos
	for i < len(buf) && separator[buf[i]] {
		i++
	}
	r.pos = i
	if i == len(buf) {
		return 0
	}
	return buf[i]
}

// separator marks the bytes peek skips: white space, ',' and ':'.
var separator = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, ',': true, ':': true}

// readValue returns the next value's bytes and moves past it.
func (r *textReader) readValue() []byte {
	r.peek()
	start := r.pos
	r.skipValue()
	return r.buf[start:r.pos]
}

// skipValue moves past the value at r.pos.
func (r *textReader) skipValue() {
	switch r.buf[r.pos] {
	case '"':
		r.skipString()
	case '{', '[':
		depth := 0
		for {
			switch r.buf[r.pos] {
			case '"':
				r.skipString()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			r.pos++
			if depth == 0 {
				return
			}
		}
	case 't', 'n':
		r.pos += len("true")
	case 'f':
		r.pos += len("false")
	default:
		for r.pos < len(r.buf) && isNumberByte(r.buf[r.pos]) {
			r.pos++
		}
	}
}

// isNumberByte reports whether c can be part of a JSON number.
func isNumberByte(c byte) bool {
	return '0' <= c && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// skipString moves past the string at r.pos and reports whether it holds
// an escape.
func (r *textReader) skipString() bool {
	// A byte at a time: the strings of an answer are short, shorter than
	// what bytes.IndexByte needs to pay for its start.
	buf, i := r.buf, r.pos+1
	escaped := false
	for {
		switch buf[i] {
		case '"':
			r.pos = i + 1
			return escaped
		case '\\':
			escaped = true
			i++
		}
		i++
	}
}

// readString returns the next value, a string, quotes included, and
// whether it holds an escape.
func (r *textReader) readString() ([]byte, bool) {
	start := r.pos
	escaped := r.skipString()
	return r.buf[start:r.pos], escaped
}

// null moves past a null when the next value is one.
func (r *textReader) null() bool {
	if r.peek() != 'n' {
		return false
	}
	r.pos += len("null")
	return true
}

// open moves past a null, reporting true, or past delim, which opens the
// object or array the caller expects; any other value is not decoded.
func (r *textReader) open(delim byte) (bool, error) {
	switch r.peek() {
	case 'n':
		r.pos += len("null")
		return true, nil
	case delim:
		r.pos++
		return false, nil
	}
	return false, errNotDecoded
}

// object decodes a JSON object by handing each key to field, which
// decodes the key's value and reports true, or reports false for a key it
// does not know. A key it does not know is tried once more folded to lower
// case (encoding/json matches names in any case), then skipped. A null
// changes nothing, as encoding/json leaves a struct alone for a null.
func (r *textReader) object(field func(r *textReader, key []byte) (bool, error)) error {
	if null, err := r.open('{'); null || err != nil {
		return err
	}
	for r.peek() != '}' {
		key := r.readKey()
		known, err := field(r, key)
		if err != nil {
			return err
		}
		if !known {
			if folded, ok := r.foldKey(key); ok {
				if known, err = field(r, folded); err != nil {
					return err
				}
			}
		}
		if !known {
			r.peek()
			r.skipValue()
		}
	}
	r.pos++
	return nil
}

// readKey returns an object's next key, unescaped. It stays valid until
// the next key is read.
func (r *textReader) readKey() []byte {
	raw, escaped := r.readString()
	if !escaped {
		return raw[1 : len(raw)-1]
	}
	var key string
	// The string is valid JSON: the error cannot happen.
	_ = json.Unmarshal(raw, &key)
	r.key = append(r.key[:0], key...)
	return r.key
}

// foldKey returns key folded to lower case the way encoding/json folds
// names, when that changes it: the decoders' keys are lower case, so a
// key that matches one of them in any case matches it folded.
func (r *textReader) foldKey(key []byte) ([]byte, bool) {
	if !hasUpperOrNonASCII(key) {
		// Most unknown keys: fields the SDK does not have.
		return nil, false
	}
	folded := r.folded[:0]
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
			folded = utf8.AppendRune(folded, unicode.ToLower(up))
			changed = true
		} else {
			folded = append(folded, key[i:i+n]...)
		}
		i += n
	}
	r.folded = folded
	return folded, changed
}

// hasUpperOrNonASCII reports whether key has a byte that folding may
// change.
func hasUpperOrNonASCII(key []byte) bool {
	for _, c := range key {
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
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
