package form

import (
	"reflect"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

// The encoders cached per type (cache.go) cannot know the key a struct will
// be encoded under: the same struct may sit at shipping[address] or at
// line_items[3][address]. So they build each nested key at run time, copying
// it into the arena.
//
// A params struct passed to AppendTo, though, is always at the top, and so
// is everything reached from it through struct fields alone. Its root
// encoder is built with those keys worked out in advance
// ("shipping[address][city]"), as are the first keys of its lists of
// scalars ("expand[0]"); only keys below a map, an interface or a list of
// structs are built at run time. Root encoders are cached per type too.

// rootEncoder is the cached encoding of a type passed to AppendTo, plus
// size hints learned from earlier calls, which let AppendTo allocate its
// pairs and key arena once instead of growing them step by step.
type rootEncoder struct {
	fn encoderFunc

	pairs atomic.Int32 // most pairs one value of this type has produced
	bytes atomic.Int32 // most arena bytes one value of this type has used
}

// Hints are capped so that one unusually large value (a thousand line items)
// does not make every later call over-allocate.
const (
	maxPairsHint = 256
	maxBytesHint = maxChunk
)

var roots sync.Map // reflect.Type → *rootEncoder

// rootEncoderFor returns the cached root encoder of t.
func rootEncoderFor(t reflect.Type) *rootEncoder {
	if re, ok := roots.Load(t); ok {
		return re.(*rootEncoder)
	}
	// Two goroutines may both build it; they build the same thing.
	re, _ := roots.LoadOrStore(t, &rootEncoder{fn: newRootEncoder(t)})
	return re.(*rootEncoder)
}

// learn records the sizes one call produced, so later calls can presize.
func (re *rootEncoder) learn(pairs, bytes int) {
	raise(&re.pairs, min(pairs, maxPairsHint))
	raise(&re.bytes, min(bytes, maxBytesHint))
}

// raise stores n in h if it is larger. Losing a race only loses a hint.
func raise(h *atomic.Int32, n int) {
	if cur := h.Load(); int32(n) > cur {
		h.CompareAndSwap(cur, int32(n))
	}
}

// newRootEncoder builds the encoder of t at the top level: pointers are
// followed (as derefTop does) to a struct, which gets static keys.
//
// Only structs, maps and Appenders are encoded at the top: they give their
// pairs names. A bare slice would only produce keys such as "[0]".
func newRootEncoder(t reflect.Type) encoderFunc {
	switch base := derefTop(t); {
	case base.Kind() == reflect.Struct, base.Kind() == reflect.Map, isAppender(base):
	default:
		return encodeNothing
	}
	if t.Kind() == reflect.Pointer && derefTop(t) != t {
		elem := newRootEncoder(t.Elem())
		return func(st *encodeState, v reflect.Value) {
			if v.IsNil() {
				return
			}
			elem(st, v.Elem())
		}
	}
	if t.Kind() == reflect.Struct && !isAppender(t) {
		return newStaticStructEncoder(t, "", map[reflect.Type]bool{t: true})
	}
	return encoderFor(t)
}

const (
	// maxStaticDepth bounds how many nested structs get static keys;
	// deeper ones build their keys at run time like any other.
	maxStaticDepth = 8
	// staticIndexes is how many list keys ("expand[0]" ...) are prepared.
	staticIndexes = 8
)

// newStaticStructEncoder builds the encoder of struct type t encoded under
// the fixed key prefix ("" at the top). onChain holds the structs on the way
// here: a recursive type gets static keys on its first level only.
func newStaticStructEncoder(t reflect.Type, prefix string, onChain map[reflect.Type]bool) encoderFunc {
	fields := slices.Clone(structFields(t))
	for i := range fields {
		f := &fields[i]
		key := prefix
		if !f.inline {
			key = childKey(prefix, f.name)
			f.key = key
		}
		if key == "" {
			continue // inline at the top: nothing to precompute
		}
		ft := f.typ
		switch {
		case isAppender(ft):
		case ft.Kind() == reflect.Struct && !onChain[ft] && len(onChain) < maxStaticDepth:
			onChain[ft] = true
			f.enc = newStaticStructEncoder(ft, key, onChain)
			delete(onChain, ft)
		case (ft.Kind() == reflect.Slice || ft.Kind() == reflect.Array) && isScalarList(ft):
			f.enc = newStaticListEncoder(ft, key)
		}
	}
	return func(st *encodeState, v reflect.Value) {
		encodeFields(st, v, fields)
	}
}

// isScalarList reports whether t holds scalars or pointers to scalars (and
// not something encoding itself).
func isScalarList(t reflect.Type) bool {
	e := t.Elem()
	if e.Kind() == reflect.Pointer && !isAppender(e) {
		e = e.Elem()
	}
	return scalarKindOf(e.Kind()) != notScalar && !isAppender(e)
}

// newStaticListEncoder is the slice or array encoder with the keys of its
// first elements prepared.
func newStaticListEncoder(t reflect.Type, key string) encoderFunc {
	keys := make([]string, staticIndexes)
	for i := range keys {
		keys[i] = key + "[" + strconv.Itoa(i) + "]"
	}
	return newListEncoder(t, keys)
}

// childKey returns the key of name below prefix.
func childKey(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "[" + name + "]"
}
