package form

import (
	"net/url"
	"strings"
	"sync"
)

// Values is an ordered list of form key/value pairs. Unlike url.Values it
// keeps insertion order, so that one params struct always encodes to the same
// bytes and requests are reproducible.
type Values struct {
	pairs []pair
}

type pair struct {
	key, value string
}

// Add appends the pair key=value.
func (v *Values) Add(key, value string) {
	v.pairs = append(v.pairs, pair{key, value})
}

// Set replaces the values of key with the single value val. The pair takes
// the position of key's first pair, so that the order of the other keys is
// kept; later pairs of key are removed. When key has no pair, Set appends
// key=val as Add does. Set scans every pair: it is meant for adjusting an
// encoded request, not for building one.
func (v *Values) Set(key, val string) {
	found := false
	out := v.pairs[:0]
	for _, p := range v.pairs {
		if p.key != key {
			out = append(out, p)
			continue
		}
		if !found {
			found = true
			out = append(out, pair{key, val})
		}
	}
	if !found {
		v.Add(key, val)
		return
	}
	clear(v.pairs[len(out):]) // drop the references the removed pairs held
	v.pairs = out
}

// Len reports how many pairs v holds.
func (v *Values) Len() int { return len(v.pairs) }

// Empty reports whether v holds no pairs.
func (v *Values) Empty() bool { return len(v.pairs) == 0 }

// Get returns the values added under key, in order.
func (v *Values) Get(key string) []string {
	var out []string
	for _, p := range v.pairs {
		if p.key == key {
			out = append(out, p.value)
		}
	}
	return out
}

// Encode returns the pairs as application/x-www-form-urlencoded text, keys
// and values escaped as url.QueryEscape does, in insertion order.
//
// The text is built in a pooled buffer and copied out once, so that Encode
// costs one allocation however many pairs there are, instead of one per
// escaped key and value.
func (v *Values) Encode() string {
	if len(v.pairs) == 0 {
		return ""
	}
	bp := encodeBufPool.Get().(*[]byte)
	buf := (*bp)[:0]
	for i, p := range v.pairs {
		if i > 0 {
			buf = append(buf, '&')
		}
		buf = appendEscaped(buf, p.key)
		buf = append(buf, '=')
		buf = appendEscaped(buf, p.value)
	}
	s := string(buf)
	if cap(buf) <= maxPooledEncodeBuf {
		*bp = buf
		encodeBufPool.Put(bp)
	}
	return s
}

// encodeBufPool holds *[]byte buffers for Encode. Buffers that grew past
// maxPooledEncodeBuf (a huge request) are left to the garbage collector.
var encodeBufPool = sync.Pool{New: func() interface{} {
	b := make([]byte, 0, 1024)
	return &b
}}

const maxPooledEncodeBuf = 64 << 10

// ToValues returns the pairs as url.Values (losing the order across keys).
func (v *Values) ToValues() url.Values {
	out := make(url.Values, len(v.pairs))
	for _, p := range v.pairs {
		out[p.key] = append(out[p.key], p.value)
	}
	return out
}

// FormatKey joins key parts in Payske's bracket style: ["a", "b", "0"]
// becomes "a[b][0]".
func FormatKey(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0] // the common Appender case; no copy needed
	}
	n := len(parts[0])
	for _, p := range parts[1:] {
		n += len(p) + 2
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(parts[0])
	for _, p := range parts[1:] {
		b.WriteByte('[')
		b.WriteString(p)
		b.WriteByte(']')
	}
	return b.String()
}

// Range calls fn for every pair, in insertion order.
func (v *Values) Range(fn func(key, value string)) {
	for _, p := range v.pairs {
		fn(p.key, p.value)
	}
}
