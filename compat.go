package payske

import (
	"fmt"
	"net/url"
	"strings"
)

// NewIdempotencyKey returns a new random idempotency key: a version 4 UUID,
// the same kind of key the backend puts on every POST that has none, so
// that its retries replay rather than repeat the request.
//
// A key of your own is needed only to make a request safe to send again
// after the process restarts or the call returned an error: keep it with
// the work it belongs to and pass it each time as Params.IdempotencyKey.
// A key derived from that work ("order-42-charge") serves as well.
func NewIdempotencyKey() string {
	return newIdempotencyKey()
}

// ParseID reports whether data, the JSON of an expandable field, is a bare
// ID (a JSON string, as the field is sent when it is not expanded) and
// returns the ID. An expanded object, null or invalid JSON gives false.
//
// The expandable types of this package decode either form themselves
// (Charge.Customer is a *Customer with only ID set, or the whole object), so
// that ParseID is only needed in UnmarshalJSON methods of your own types.
func ParseID(data []byte) (string, bool) {
	id, ok, err := expandedID(data)
	if !ok || err != nil {
		return "", false
	}
	return id, true
}

// FormatURLPath returns format with each %s replaced by the next param,
// path-escaped as one segment (url.PathEscape: "/" becomes %2F, a space
// %20), so that an ID cannot change the path it is put in:
// FormatURLPath("/v1/customers/%s/sources/%s", cusID, cardID). %% is a
// literal %. Use it to build the path of RawRequest. A param that is
// empty, "." or ".." is written as it is: it cannot be escaped into a
// segment that servers would not resolve to another path, and RawRequest
// refuses the path it makes.
//
// FormatURLPath panics when format has another verb or when the number of
// %s and of params differ: the format is a constant of the program, and a
// path built from a wrong one would reach the wrong endpoint.
func FormatURLPath(format string, params ...string) string {
	var b strings.Builder
	b.Grow(len(format) + 16*len(params))
	n := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+1 == len(format) {
			panic(fmt.Sprintf("payske: FormatURLPath: format %q ends with a lone %%; write %%%% for a literal %%", format))
		}
		i++
		switch format[i] {
		case '%':
			b.WriteByte('%')
		case 's':
			if n >= len(params) {
				panic(fmt.Sprintf("payske: FormatURLPath: format %q has more %%s than the %d params given", format, len(params)))
			}
			b.WriteString(url.PathEscape(params[n]))
			n++
		default:
			panic(fmt.Sprintf("payske: FormatURLPath: format %q has the verb %%%c; only %%s (an escaped param) and %%%% are allowed", format, format[i]))
		}
	}
	if n != len(params) {
		panic(fmt.Sprintf("payske: FormatURLPath: format %q has %d %%s, but %d params were given", format, n, len(params)))
	}
	return b.String()
}
