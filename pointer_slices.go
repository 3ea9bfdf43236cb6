package payske

// Float64Slice returns a slice of pointers to the given values, as
// Int64Slice does for integers. The pointers point into v.
func Float64Slice(v []float64) []*float64 {
	out := make([]*float64, len(v))
	for i := range v {
		out[i] = &v[i]
	}
	return out
}

// BoolSlice returns a slice of pointers to the given values, as Int64Slice
// does for integers. The pointers point into v.
func BoolSlice(v []bool) []*bool {
	out := make([]*bool, len(v))
	for i := range v {
		out[i] = &v[i]
	}
	return out
}
