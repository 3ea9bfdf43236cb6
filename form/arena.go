package form

import "strings"

// arena hands out strings cut from a few large chunks instead of allocating
// each key and number separately: one AppendTo call typically allocates a
// single chunk for all its nested keys ("shipping[address][city]") and
// formatted numbers.
//
// It relies on strings.Builder only ever appending: a string already cut from
// the current chunk covers bytes that are never written again, and when a
// chunk is full a fresh one is started (the old chunk stays alive for as long
// as its strings do). An arena belongs to one call; it is never reused.
type arena struct {
	b strings.Builder
	// next is the size of the next chunk to allocate.
	next int
	// used counts the bytes handed out, to size the first chunk of later
	// calls for the same type.
	used int
}

const (
	minChunk = 64
	maxChunk = 16 << 10
)

// string returns a string holding a copy of p.
func (a *arena) string(p []byte) string {
	if len(p) == 0 {
		return ""
	}
	a.reserve(len(p))
	start := a.b.Len()
	a.b.Write(p)
	return a.b.String()[start:]
}

// child returns the key parent[name].
func (a *arena) child(parent []byte, name string) string {
	a.reserve(len(parent) + len(name) + 2)
	start := a.b.Len()
	a.b.Write(parent)
	a.b.WriteByte('[')
	a.b.WriteString(name)
	a.b.WriteByte(']')
	return a.b.String()[start:]
}

// reserve makes room for n more bytes in the current chunk.
func (a *arena) reserve(n int) {
	a.used += n
	if a.b.Cap()-a.b.Len() >= n {
		return
	}
	size := max(a.next, minChunk, n)
	a.b = strings.Builder{}
	a.b.Grow(size)
	a.next = min(2*size, maxChunk)
}
