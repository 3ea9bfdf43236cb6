package form

import "reflect"

// newAppenderEncoder calls AppendTo of a type whose method set has it. Nil
// pointers are skipped: their method could dereference them.
func newAppenderEncoder(t reflect.Type) encoderFunc {
	isPtr := t.Kind() == reflect.Pointer
	guards := promotionGuards(t)
	return func(st *encodeState, v reflect.Value) {
		if isPtr && v.IsNil() {
			return
		}
		if !v.CanInterface() {
			return // reached through an unexported embedded field
		}
		if promotedFromNil(v, guards) {
			return
		}
		v.Interface().(Appender).AppendTo(st.values, st.keyParts())
	}
}

// newAddrAppenderEncoder calls AppendTo of a type that has it only on its
// pointer. A value that cannot be addressed (a struct passed by value, a
// map element) is copied first.
func newAddrAppenderEncoder(t reflect.Type) encoderFunc {
	guards := promotionGuards(t)
	return func(st *encodeState, v reflect.Value) {
		if !v.CanInterface() {
			return
		}
		if promotedFromNil(v, guards) {
			return
		}
		if v.CanAddr() {
			v = v.Addr()
		} else {
			p := reflect.New(t)
			p.Elem().Set(v)
			v = p
		}
		v.Interface().(Appender).AppendTo(st.values, st.keyParts())
	}
}

// promotionGuards returns the paths to the embedded pointer and interface
// fields of t (or of *t's struct) that may have given t its AppendTo method
// by promotion. Calling a method promoted through a nil embedded pointer or
// interface panics, so AppendTo is not called while one of them is nil.
// (A struct that declares its own AppendTo and also embeds an Appender is
// skipped too while that field is nil: reflection cannot tell declared and
// promoted methods apart.)
func promotionGuards(t reflect.Type) [][]int {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var guards [][]int
	var walk func(t reflect.Type, index []int, depth int)
	walk = func(t reflect.Type, index []int, depth int) {
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			if !sf.Anonymous {
				continue
			}
			idx := append(index[:len(index):len(index)], i)
			switch sf.Type.Kind() {
			case reflect.Pointer, reflect.Interface:
				if isAppender(sf.Type) {
					guards = append(guards, idx)
				}
			case reflect.Struct:
				// The depth bound only matters for absurd types; Go rejects
				// a struct that embeds itself by value.
				if depth < 16 {
					walk(sf.Type, idx, depth+1)
				}
			}
		}
	}
	walk(t, nil, 0)
	return guards
}

// promotedFromNil reports whether one of the guarded embedded fields of v
// (a struct, or a pointer to one) is nil.
func promotedFromNil(v reflect.Value, guards [][]int) bool {
	if len(guards) == 0 {
		return false
	}
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	for _, g := range guards {
		// The path runs through embedded structs held by value, so it
		// always exists.
		if f, ok := fieldByIndex(v, g); ok && f.IsNil() {
			return true
		}
	}
	return false
}
