package payske

import (
	"reflect"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/internal/bench"
)

// TestAllocationOnlyCharge checks that the allocation_only benchmark of
// BenchmarkDecodeChargePage allocates what decoding the charge fixture
// does: the same pointers, slices and maps set, at the same places.
func TestAllocationOnlyCharge(t *testing.T) {
	decoded := new(Charge)
	require.NoError(t, decodeJSON(benchFixture(t, bench.ChargeFixture), decoded))
	require.Equal(t, allocatedPaths(decoded), allocatedPaths(allocateChargeLikeFixture()))
}

// allocatedPaths lists the paths of the non-nil pointers, slices and maps
// that v reaches, sorted: the shape of what v's memory is made of,
// strings aside.
func allocatedPaths(v any) []string {
	var paths []string
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				paths = append(paths, path)
				walk(v.Elem(), path)
			}
		case reflect.Slice:
			if !v.IsNil() {
				paths = append(paths, path+"[]")
				for i := range v.Len() {
					walk(v.Index(i), path+"[]")
				}
			}
		case reflect.Map:
			if !v.IsNil() {
				paths = append(paths, path+"{}")
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() {
					walk(v.Field(i), path+"."+f.Name)
				}
			}
		}
	}
	walk(reflect.ValueOf(v), "")
	slices.Sort(paths)
	return paths
}
