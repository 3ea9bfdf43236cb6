package form

import (
	"reflect"
	"sync"
)

// encoders maps reflect.Type to its encoderFunc, built from the type's
// fields and tags on first use.
var encoders sync.Map

// encoderFor returns the cached encoder of t, building it on first use.
//
// A recursive type (type Node struct{ Next *Node }) needs its own encoder
// while that encoder is being built. Like encoding/json, a placeholder that
// waits for the real encoder is stored first, so the recursion finds it and
// stops; the placeholder only ever runs after the build finished.
func encoderFor(t reflect.Type) encoderFunc {
	if fn, ok := encoders.Load(t); ok {
		return fn.(encoderFunc)
	}
	var (
		wg    sync.WaitGroup
		built encoderFunc
	)
	wg.Add(1)
	placeholder := encoderFunc(func(st *encodeState, v reflect.Value) {
		wg.Wait()
		built(st, v)
	})
	if fn, loaded := encoders.LoadOrStore(t, placeholder); loaded {
		return fn.(encoderFunc)
	}
	built = newEncoder(t)
	wg.Done()
	encoders.Store(t, built)
	return built
}

var appenderType = reflect.TypeOf((*Appender)(nil)).Elem()

// newEncoder builds the encoder of t. Appenders come first: a type that
// encodes itself is never taken apart by reflection.
func newEncoder(t reflect.Type) encoderFunc {
	if t.Kind() != reflect.Interface {
		// An interface type is dispatched on its dynamic value instead, so
		// that a typed nil pointer inside it is skipped before any method
		// is called.
		if t.Implements(appenderType) {
			return newAppenderEncoder(t)
		}
		if t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(appenderType) {
			return newAddrAppenderEncoder(t)
		}
	}
	if k := scalarKindOf(t.Kind()); k != notScalar {
		return newScalarEncoder(k)
	}
	switch t.Kind() {
	case reflect.Pointer:
		return newPtrEncoder(t)
	case reflect.Interface:
		return encodeInterface
	case reflect.Struct:
		return newStructEncoder(t)
	case reflect.Slice:
		return newSliceEncoder(t)
	case reflect.Array:
		return newArrayEncoder(t)
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			return newUnsupportedEncoder(t)
		}
		return newMapEncoder(t)
	default:
		// Chan, Func, Complex64/128, UnsafePointer: nothing to send
		// (a panic under Strict).
		return newUnsupportedEncoder(t)
	}
}

// isAppender reports whether t or *t encodes itself.
func isAppender(t reflect.Type) bool {
	return t.Implements(appenderType) ||
		(t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(appenderType))
}
