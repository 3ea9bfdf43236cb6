package form

import (
	"strconv"
	"sync"
)

// encodeState carries one AppendTo call: where pairs go, the key path of the
// value being encoded, and the arena that call's keys and numbers are
// written into. States are pooled so that the scratch slices are reused
// across calls; nothing a caller can see points into them.
type encodeState struct {
	values *Values

	// key is the current key path in wire form, e.g. "shipping[address]".
	key []byte
	// keyStr is key as a string while keyOK holds. Top-level names are
	// known statically, so most top-level pairs never copy their key.
	keyStr string
	keyOK  bool

	// path is the key path as parts, turned into []string only when an
	// Appender needs it (rare), so that slice indexes cost nothing here.
	path []pathPart

	arena arena

	// scratch is a reusable buffer for formatting numbers.
	scratch []byte
	// mapKeys is a stack of sorted map keys; nested maps use the part
	// above their parent's keys.
	mapKeys []string
}

// pathPart is one key part: a name, or a slice index when index >= 0.
type pathPart struct {
	name  string
	index int
}

// keyMark is what push saved and pop restores.
type keyMark struct {
	n   int
	str string
	ok  bool
}

var statePool = sync.Pool{New: func() interface{} { return new(encodeState) }}

// maxPooledScratch bounds the scratch kept in a pooled state, so that one
// huge params struct does not pin memory for the life of the process.
const maxPooledScratch = 4 << 10

func newState(values *Values, arenaHint int) *encodeState {
	st := statePool.Get().(*encodeState)
	st.values = values
	st.arena.next = arenaHint
	return st
}

// free returns st to the pool.
func (st *encodeState) free() {
	if st.reset() {
		statePool.Put(st)
	}
}

// reset clears st for the next call and reports whether it is small enough
// to keep.
func (st *encodeState) reset() bool {
	st.values = nil
	st.key = st.key[:0]
	st.keyStr, st.keyOK = "", false
	// Drop references to the caller's strings and to the arena chunk: the
	// Values that was filled owns those now.
	clear(st.path[:cap(st.path)])
	st.path = st.path[:0]
	clear(st.mapKeys[:cap(st.mapKeys)])
	st.mapKeys = st.mapKeys[:0]
	st.arena = arena{}
	return cap(st.key) <= maxPooledScratch && cap(st.scratch) <= maxPooledScratch &&
		cap(st.path) <= maxPooledScratch && cap(st.mapKeys) <= maxPooledScratch
}

// pushName descends into the key part name: "name" at the top level,
// "parent[name]" below it.
func (st *encodeState) pushName(name string) keyMark {
	m := keyMark{len(st.key), st.keyStr, st.keyOK}
	if len(st.path) == 0 {
		st.key = append(st.key, name...)
		st.keyStr, st.keyOK = name, true
	} else {
		st.key = append(st.key, '[')
		st.key = append(st.key, name...)
		st.key = append(st.key, ']')
		st.keyOK = false
	}
	st.path = append(st.path, pathPart{name: name, index: -1})
	return m
}

// pushIndex descends into slice element i: "parent[i]".
func (st *encodeState) pushIndex(i int) keyMark {
	m := keyMark{len(st.key), st.keyStr, st.keyOK}
	st.key = append(st.key, '[')
	st.key = strconv.AppendInt(st.key, int64(i), 10)
	st.key = append(st.key, ']')
	st.keyOK = false
	st.path = append(st.path, pathPart{index: i})
	return m
}

// pop undoes the push that returned m.
func (st *encodeState) pop(m keyMark) {
	st.key = st.key[:m.n]
	st.keyStr, st.keyOK = m.str, m.ok
	st.path = st.path[:len(st.path)-1]
}

// keyString returns the current key, copying it into the arena at most once
// per key.
func (st *encodeState) keyString() string {
	if !st.keyOK {
		st.keyStr = st.arena.string(st.key)
		st.keyOK = true
	}
	return st.keyStr
}

// emit adds value under the current key. A value with no key (a scalar
// passed to AppendTo, or reached through form:"*" at the top level) has no
// name on the wire and is dropped.
func (st *encodeState) emit(value string) {
	if len(st.key) == 0 {
		return
	}
	st.values.pairs = append(st.values.pairs, pair{st.keyString(), value})
}

// keyParts returns the current key path for an Appender. Its capacity equals
// its length, so an Appender that appends to it gets a copy and never
// writes into anything the encoder still uses.
func (st *encodeState) keyParts() []string {
	if len(st.path) == 0 {
		return nil
	}
	parts := make([]string, len(st.path))
	for i, p := range st.path {
		if p.index >= 0 {
			parts[i] = strconv.Itoa(p.index)
		} else {
			parts[i] = p.name
		}
	}
	return parts
}
