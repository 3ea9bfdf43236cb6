package form

import (
	"reflect"
	"slices"
)

// A non-nil empty slice, array or map is sent as "key=": that is how Payske
// is told to clear a list or all metadata. Nil ones are not sent.

func newSliceEncoder(t reflect.Type) encoderFunc {
	return newListEncoder(t, nil)
}

func newArrayEncoder(t reflect.Type) encoderFunc {
	return newListEncoder(t, nil)
}

// newListEncoder encodes a slice or array element by element, under the key
// path plus the index. keys, when given, holds the full keys of the first
// elements, prepared in advance (static.go).
func newListEncoder(t reflect.Type, keys []string) encoderFunc {
	elem := encoderFor(t.Elem())
	isSlice := t.Kind() == reflect.Slice
	return func(st *encodeState, v reflect.Value) {
		if isSlice && v.IsNil() {
			return
		}
		if len(st.path) == 0 {
			return // a list with no name (form:"*" at the top): keys "[0]"
		}
		n := v.Len()
		if n == 0 {
			st.emit("")
			return
		}
		for i := 0; i < n; i++ {
			m := st.pushIndex(i)
			if i < len(keys) {
				st.keyStr, st.keyOK = keys[i], true
			}
			elem(st, v.Index(i))
			st.pop(m)
		}
	}
}

var mapStringStringType = reflect.TypeOf(map[string]string(nil))

// newMapEncoder encodes a map with string keys in sorted key order, so that
// one map always encodes to the same bytes.
func newMapEncoder(t reflect.Type) encoderFunc {
	if t == mapStringStringType {
		return encodeStringMap
	}
	elem := encoderFor(t.Elem())
	keyType := t.Key()
	return func(st *encodeState, v reflect.Value) {
		if !mapHasEntries(st, v) {
			return
		}
		// One settable key value serves for collecting and for looking up
		// every entry, instead of a reflect.Value allocated per key.
		kv := reflect.New(keyType).Elem()
		start := len(st.mapKeys)
		it := v.MapRange()
		for it.Next() {
			kv.SetIterKey(it)
			st.mapKeys = append(st.mapKeys, kv.String())
		}
		end := len(st.mapKeys)
		slices.Sort(st.mapKeys[start:end])
		for i := start; i < end; i++ {
			// Index st.mapKeys afresh each time: a nested map may have
			// grown (and moved) it, though it popped its own keys.
			k := st.mapKeys[i]
			kv.SetString(k)
			m := st.pushName(k)
			elem(st, v.MapIndex(kv))
			st.pop(m)
		}
		st.mapKeys = st.mapKeys[:start]
	}
}

// mapHasEntries reports whether the map v has entries to encode. A nil map
// is not sent, an empty one is sent as "key=" here, and one of an
// unexported field cannot be read.
func mapHasEntries(st *encodeState, v reflect.Value) bool {
	switch {
	case v.IsNil():
		return false
	case v.Len() == 0:
		st.emit("")
		return false
	}
	return v.CanInterface()
}

// encodeStringMap is newMapEncoder for map[string]string (metadata, the
// common case), reading the map directly instead of through reflection.
func encodeStringMap(st *encodeState, v reflect.Value) {
	if !mapHasEntries(st, v) {
		return
	}
	m := v.Interface().(map[string]string)
	start := len(st.mapKeys)
	for k := range m {
		st.mapKeys = append(st.mapKeys, k)
	}
	keys := st.mapKeys[start:]
	slices.Sort(keys)
	for _, k := range keys {
		mk := st.pushName(k)
		st.emit(m[k])
		st.pop(mk)
	}
	st.mapKeys = st.mapKeys[:start]
}
