package form

import (
	"reflect"
	"slices"
	"strconv"
)

// encoderFunc encodes v, whose type it was built for, under the current key
// path of st.
type encoderFunc func(st *encodeState, v reflect.Value)

// appendTo encodes i into values with the cached root encoder of its type.
func appendTo(values *Values, i interface{}) {
	if values == nil || i == nil {
		return
	}
	v := reflect.ValueOf(i)
	re := rootEncoderFor(v.Type())

	if hint := int(re.pairs.Load()); hint > 0 {
		values.pairs = slices.Grow(values.pairs, hint)
	}
	st := newState(values, int(re.bytes.Load()))
	before := len(values.pairs)
	re.fn(st, v)
	re.learn(len(values.pairs)-before, st.arena.used)
	st.free()
}

// derefTop follows the pointers AppendTo follows: up to an Appender, and at
// most 64 of them, which stops at type P *P, a pointer to itself forever.
func derefTop(t reflect.Type) reflect.Type {
	for n := 0; t.Kind() == reflect.Pointer && !isAppender(t) && n < 64; n++ {
		t = t.Elem()
	}
	return t
}

func encodeNothing(*encodeState, reflect.Value) {}

// scalarKind groups the reflect kinds that format the same way.
type scalarKind uint8

const (
	notScalar scalarKind = iota
	stringScalar
	boolScalar
	intScalar
	uintScalar
	float32Scalar
	float64Scalar
)

func scalarKindOf(k reflect.Kind) scalarKind {
	switch k {
	case reflect.String:
		return stringScalar
	case reflect.Bool:
		return boolScalar
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intScalar
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintScalar
	case reflect.Float32:
		return float32Scalar
	case reflect.Float64:
		return float64Scalar
	}
	return notScalar
}

func newScalarEncoder(k scalarKind) encoderFunc {
	return func(st *encodeState, v reflect.Value) {
		if len(st.key) == 0 {
			return // see emit
		}
		st.emit(st.format(k, v))
	}
}

// format returns the wire form of the scalar v of kind class k. Numbers are
// written into the arena.
//
// Floats are written in plain decimal, never with an exponent (1e+21 would
// not parse as an amount on the server). NaN and infinities have no decimal
// form; they are sent as strconv writes them ("NaN", "+Inf", "-Inf") and
// left for the server to reject.
func (st *encodeState) format(k scalarKind, v reflect.Value) string {
	switch k {
	case stringScalar:
		return v.String()
	case boolScalar:
		if v.Bool() {
			return "true"
		}
		return "false"
	case intScalar:
		st.scratch = strconv.AppendInt(st.scratch[:0], v.Int(), 10)
	case uintScalar:
		st.scratch = strconv.AppendUint(st.scratch[:0], v.Uint(), 10)
	case float32Scalar:
		st.scratch = strconv.AppendFloat(st.scratch[:0], v.Float(), 'f', -1, 32)
	case float64Scalar:
		st.scratch = strconv.AppendFloat(st.scratch[:0], v.Float(), 'f', -1, 64)
	default:
		return ""
	}
	return st.arena.string(st.scratch)
}

func newPtrEncoder(t reflect.Type) encoderFunc {
	elem := encoderFor(t.Elem())
	return func(st *encodeState, v reflect.Value) {
		if v.IsNil() {
			return
		}
		elem(st, v.Elem())
	}
}

// encodeInterface encodes the dynamic value by its own type.
func encodeInterface(st *encodeState, v reflect.Value) {
	if v.IsNil() {
		return
	}
	e := v.Elem()
	encoderFor(e.Type())(st, e)
}
