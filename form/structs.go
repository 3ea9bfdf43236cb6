package form

import "reflect"

// newStructEncoder builds the encoder of struct type t for any key path;
// static.go builds the ones whose key path is known in advance.
func newStructEncoder(t reflect.Type) encoderFunc {
	fields := structFields(t)
	return func(st *encodeState, v reflect.Value) {
		encodeFields(st, v, fields)
	}
}

// encodeFields encodes the fields of the struct v.
func encodeFields(st *encodeState, v reflect.Value, fields []field) {
	for i := range fields {
		f := &fields[i]
		var fv reflect.Value
		if len(f.index) == 1 {
			fv = v.Field(f.first)
		} else {
			var ok bool
			if fv, ok = fieldByIndex(v, f.index); !ok {
				continue
			}
		}
		if f.omitZero && isZeroScalar(fv) {
			continue
		}
		if f.skipNil {
			if fv.IsNil() {
				continue
			}
			if f.deref {
				fv = fv.Elem()
			}
		}
		if f.leaf != notScalar {
			st.emitLeaf(f, fv)
			continue
		}
		if f.inline {
			f.enc(st, fv)
			continue
		}
		m := st.pushName(f.name)
		if f.key != "" {
			st.keyStr, st.keyOK = f.key, true
		}
		f.enc(st, fv)
		st.pop(m)
	}
}

// emitLeaf adds the scalar field f of the current struct: what pushName,
// the scalar's encoder and pop would add, with less bookkeeping for the
// most common kind of field.
func (st *encodeState) emitLeaf(f *field, v reflect.Value) {
	key := f.key
	if key == "" {
		if len(st.path) == 0 {
			key = f.name
		} else {
			key = st.arena.child(st.key, f.name)
		}
	}
	st.values.pairs = append(st.values.pairs, pair{key, st.format(f.leaf, v)})
}

// isZeroScalar reports whether the scalar v is zero. Unlike
// reflect.Value.IsZero it counts -0.0 as zero: it compares equal to 0.
func isZeroScalar(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	}
	return false
}

// fieldByIndex is reflect.Value.FieldByIndex without the panic: a field
// promoted through a nil embedded pointer does not exist, and reports false.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}
