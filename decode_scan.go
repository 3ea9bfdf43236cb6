package payske

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// textReader walks the bytes of one answer and checks them as it goes:
// whatever is not JSON that encoding/json accepts (a syntax error, invalid
// UTF-8, a nesting deeper than encoding/json's limit) stops the walk with
// errNotDecoded, for encoding/json to decode the answer and report it.
// The syntax is checked in the same pass that decodes, rather than in a
// pass of its own before it: that second reading of every byte cost a
// fifth of the time of decoding a page.
type textReader struct {
	buf []byte
	pos int
	// size is len(buf), kept apart so that peek's test of the next byte is
	// cheap enough for the compiler to inline peek.
	size int
	// depth is how many objects and arrays the walk is inside.
	depth int
	// key holds an object's key while it is matched when it had to be
	// unescaped, folded its key folded to lower case, and text a string
	// value being unescaped.
	key, folded, text []byte
	// strings keeps strings from one answer to the next (see makeString).
	strings stringCache
}

// maxDepth is how deep encoding/json lets objects and arrays nest.
const maxDepth = 10000

// reset makes r walk raw from its start.
func (r *textReader) reset(raw []byte) {
	r.buf, r.pos, r.size, r.depth = raw, 0, len(raw), 0
}

// peek skips white space and returns the next byte: the first of a value,
// a delimiter, or 0 at the end of the answer (a 0 byte is never valid
// there either). Most tokens follow the one before with no white space
// between them: that case is inlined where peek is called.
func (r *textReader) peek() byte {
	if r.pos < r.size && r.buf[r.pos] > ' ' {
		return r.buf[r.pos]
	}
	return r.skipSpace()
}

// skipSpace is peek's loop over white space.
func (r *textReader) skipSpace() byte {
	buf, i := r.buf, r.pos
	for i < len(buf) {
		switch c := buf[i]; {
		case c > ' ':
			r.pos = i
			return c
		case c == ' ' && i+8 <= len(buf):
			// A run of spaces, the indentation of a line, is skipped a
			// word at a time: to its first other byte, or by eight.
			if x := binary.LittleEndian.Uint64(buf[i:]) ^ eightSpaces; x != 0 {
				i += bits.TrailingZeros64(x) / 8
			} else {
				i += 8
			}
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		default:
			r.pos = i
			return c
		}
	}
	r.pos = i
	return 0
}

// eightSpaces is eight ' ' bytes read as one little-endian word.
const eightSpaces = 0x2020202020202020

// end checks that nothing but white space follows the answer's value.
func (r *textReader) end() error {
	if r.peek(); r.pos != len(r.buf) {
		return errNotDecoded
	}
	return nil
}

// literal moves past lit (true, false or null), which the next bytes must
// spell.
func (r *textReader) literal(lit string) error {
	if end := r.pos + len(lit); end > len(r.buf) || string(r.buf[r.pos:end]) != lit {
		return errNotDecoded
	}
	r.pos += len(lit)
	return nil
}

// readLiteral moves past the true, false or null at r.pos, whose first
// byte is c.
func (r *textReader) readLiteral(c byte) error {
	switch c {
	case 't':
		return r.literal("true")
	case 'f':
		return r.literal("false")
	}
	return r.literal("null")
}

// null moves past a null when the next value is one.
func (r *textReader) null() (bool, error) {
	if r.peek() != 'n' {
		return false, nil
	}
	return true, r.literal("null")
}

// open moves past a null, reporting true, or past delim, which opens the
// object or array the caller expects; any other value is not decoded.
func (r *textReader) open(delim byte) (bool, error) {
	switch r.peek() {
	case 'n':
		return true, r.literal("null")
	case delim:
		return false, r.enter()
	}
	return false, errNotDecoded
}

// enter moves past the '{' or '[' that opens an object or array.
func (r *textReader) enter() error {
	if r.depth++; r.depth > maxDepth {
		return errNotDecoded
	}
	r.pos++
	return nil
}

// next moves past what follows a member of an object or an element of an
// array, and reports whether another one follows: a ',' does, the
// closing delimiter does not.
func (r *textReader) next(closing byte) (bool, error) {
	switch r.peek() {
	case ',':
		r.pos++
		return true, nil
	case closing:
		r.pos++
		r.depth--
		return false, nil
	}
	return false, errNotDecoded
}

// closed moves past the closing delimiter of an empty object or array
// when it comes next.
func (r *textReader) closed(closing byte) bool {
	if r.peek() != closing {
		return false
	}
	r.pos++
	r.depth--
	return true
}

// readValue returns the next value's bytes and moves past it.
func (r *textReader) readValue() ([]byte, error) {
	r.peek()
	start := r.pos
	err := r.skipValue()
	return r.buf[start:r.pos], err
}

// skipValue moves past the next value.
func (r *textReader) skipValue() error {
	switch c := r.peek(); c {
	case '"':
		_, err := r.skipString()
		return err
	case '{':
		return r.skipContainer('}')
	case '[':
		return r.skipContainer(']')
	case 't', 'f', 'n':
		return r.readLiteral(c)
	default:
		if c == '-' || '0' <= c && c <= '9' {
			_, err := r.readNumber()
			return err
		}
	}
	return errNotDecoded
}

// skipContainer moves past the object or array at r.pos, which closing
// ('}' or ']') ends.
func (r *textReader) skipContainer(closing byte) error {
	if err := r.enter(); err != nil || r.closed(closing) {
		return err
	}
	for more := true; more; {
		if closing == '}' {
			if _, err := r.readKey(); err != nil {
				return err
			}
		}
		if err := r.skipValue(); err != nil {
			return err
		}
		var err error
		if more, err = r.next(closing); err != nil {
			return err
		}
	}
	return nil
}

// readNumber returns the number at r.pos, which must be one as JSON
// spells it: an optional minus, an integer part without leading zeros, an
// optional fraction and an optional exponent.
func (r *textReader) readNumber() ([]byte, error) {
	buf, start := r.buf, r.pos
	i := start
	if i < len(buf) && buf[i] == '-' {
		i++
	}
	switch {
	case i < len(buf) && buf[i] == '0':
		i++
	case i < len(buf) && '1' <= buf[i] && buf[i] <= '9':
		i = digits(buf, i+1)
	default:
		return nil, errNotDecoded
	}
	if i < len(buf) && buf[i] == '.' {
		if i = digits(buf, i+1); buf[i-1] == '.' {
			return nil, errNotDecoded
		}
	}
	if i < len(buf) && (buf[i] == 'e' || buf[i] == 'E') {
		i++
		if i < len(buf) && (buf[i] == '+' || buf[i] == '-') {
			i++
		}
		from := i
		if i = digits(buf, i); i == from {
			return nil, errNotDecoded
		}
	}
	r.pos = i
	return buf[start:i], nil
}

// digits returns the index of the first byte from i on that is not a
// decimal digit.
func digits(buf []byte, i int) int {
	for i < len(buf) && '0' <= buf[i] && buf[i] <= '9' {
		i++
	}
	return i
}

// skipString moves past the string at r.pos, checking its escapes and its
// UTF-8, and reports whether it holds an escape.
func (r *textReader) skipString() (bool, error) {
	buf, i := r.buf, r.pos+1
	escaped := false
	for {
		// Eight bytes at a time, to the first that needs a look; a byte
		// at a time near the end.
		if i+8 <= len(buf) {
			m := specialBytes(binary.LittleEndian.Uint64(buf[i:]))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		} else {
			for i < len(buf) && plainStringByte[buf[i]] {
				i++
			}
			if i == len(buf) {
				return false, errNotDecoded
			}
		}
		switch c := buf[i]; {
		case c == '"':
			r.pos = i + 1
			return escaped, nil
		case c == '\\':
			n := escapeLen(buf[i:])
			if n == 0 {
				return false, errNotDecoded
			}
			escaped = true
			i += n
		case c < ' ':
			// Control characters must be escaped.
			return false, errNotDecoded
		default:
			rn, n := utf8.DecodeRune(buf[i:])
			if rn == utf8.RuneError && n == 1 {
				// encoding/json decodes invalid UTF-8, replacing it:
				// it decodes such an answer.
				return false, errNotDecoded
			}
			i += n
		}
	}
}

// specialBytes tests the eight bytes of w (little-endian) together for
// those that do not stand for themselves in a JSON string (see
// plainStringByte): a quote or a backslash, a byte below ' ', a
// non-ASCII one. It returns 0 when there is none, and otherwise a mask
// whose lowest set bit is the high bit of the first of them (bits above
// it may be set for bytes that are not).
func specialBytes(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// Each term flags, from the lowest byte up, exactly the first byte
	// that is 0 (hasZero), below ' ', or non-ASCII; a borrow may flag
	// bytes after it, which the first one makes irrelevant.
	hasZero := func(x uint64) uint64 { return (x - ones) & ^x & highs }
	return hasZero(w^(ones*'"')) | hasZero(w^(ones*'\\')) | (w-ones*' ')&^w&highs | w&highs
}

// plainStringByte marks the bytes that stand for themselves in a JSON
// string: ASCII from ' ' up, but the quote and the backslash.
var plainStringByte = func() (t [256]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// escapeLen returns the length of the escape sequence that esc starts
// with, or 0 when it is not one.
func escapeLen(esc []byte) int {
	if len(esc) < 2 {
		return 0
	}
	switch esc[1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
		if len(esc) < 6 {
			return 0
		}
		for _, h := range esc[2:6] {
			if !isHexDigit(h) {
				return 0
			}
		}
		return 6
	}
	return 0
}

// isHexDigit reports whether c is a hexadecimal digit, in either case.
func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// readString returns the string at r.pos, quotes included, and whether it
// holds an escape.
func (r *textReader) readString() ([]byte, bool, error) {
	start := r.pos
	escaped, err := r.skipString()
	return r.buf[start:r.pos], escaped, err
}

// object decodes a JSON object by handing each key to field, which
// decodes the key's value and reports true, or reports false for a key it
// does not know. A key it does not know is tried once more folded to lower
// case (encoding/json matches names in any case), then skipped. A null
// changes nothing, as encoding/json leaves a struct alone for a null.
func (r *textReader) object(field func(r *textReader, key []byte) (bool, error)) error {
	if null, err := r.open('{'); null || err != nil || r.closed('}') {
		return err
	}
	for more := true; more; {
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
				if known, err = field(r, folded); err != nil {
					return err
				}
			}
		}
		if !known {
			if err := r.skipValue(); err != nil {
				return err
			}
		}
		if more, err = r.next('}'); err != nil {
			return err
		}
	}
	return nil
}

// readKey returns an object's next key, unescaped, and moves past the ':'
// after it. The key stays valid until the next key is read.
func (r *textReader) readKey() ([]byte, error) {
	if r.peek() != '"' {
		return nil, errNotDecoded
	}
	raw, escaped, err := r.readString()
	if err != nil {
		return nil, err
	}
	if r.peek() != ':' {
		return nil, errNotDecoded
	}
	// The one space an indented answer puts after the colon is skipped
	// here, so the value's peek finds its first byte at once.
	if r.pos++; r.pos+1 < len(r.buf) && r.buf[r.pos] == ' ' && r.buf[r.pos+1] > ' ' {
		r.pos++
	}
	if !escaped {
		return raw[1 : len(raw)-1], nil
	}
	r.key = unquote(r.key[:0], raw)
	return r.key, nil
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

// stringCache holds strings by a hash of their bytes, so that the values
// answers repeat (an "object", a currency, a status, a card brand, the URL
// of a list) are allocated once, not once an answer: encoding/json keeps
// such a cache too.
type stringCache [256]string

// maxCachedString is the length of the longest string kept: longer ones
// are text (a description) more often than a value that repeats.
const maxCachedString = 256

// makeString returns b as a string, from the cache when it is there.
func (c *stringCache) makeString(b []byte) string {
	if len(b) < 2 || len(b) > maxCachedString {
		// One byte strings cost nothing: the runtime has them all.
		return string(b)
	}
	e := &c[stringHash(b)%uint32(len(c))]
	if *e == string(b) {
		return *e
	}
	*e = string(b)
	return *e
}

// stringHash hashes the first and the last eight bytes of b (fewer when
// b is shorter), so that a long string costs no more to look up than a
// short one. Strings that differ only in their middle share a slot, each
// taking it from the other.
func stringHash(b []byte) uint32 {
	var lo, hi uint64
	if len(b) >= 8 {
		lo, hi = binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[len(b)-8:])
	} else {
		for i, x := range b {
			lo |= uint64(x) << (8 * i)
		}
		hi = uint64(len(b))
	}
	h := (lo ^ hi*0x9e3779b97f4a7c15) * 0xff51afd7ed558ccd
	return uint32(h >> 32)
}
