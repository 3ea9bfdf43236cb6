package payske

// String returns a pointer to v, for optional string params.
func String(v string) *string { return &v }

// StringValue returns the value s points to, or "" when s is nil.
func StringValue(s *string) string { return valueOf(s) }

// Int64 returns a pointer to v, for optional integer params.
func Int64(v int64) *int64 { return &v }

// Int64Value returns the value i points to, or 0 when i is nil.
func Int64Value(i *int64) int64 { return valueOf(i) }

// Int64Slice returns a slice of pointers to the given values.
func Int64Slice(v []int64) []*int64 { return pointersTo(v) }

// Bool returns a pointer to v, for optional boolean params.
func Bool(v bool) *bool { return &v }

// BoolValue returns the value b points to, or false when b is nil.
func BoolValue(b *bool) bool { return valueOf(b) }

// Float64 returns a pointer to v, for optional decimal params.
func Float64(v float64) *float64 { return &v }

// Float64Value returns the value f points to, or 0 when f is nil.
func Float64Value(f *float64) float64 { return valueOf(f) }

// StringSlice returns a slice of pointers to the given strings, for params
// such as Expand or PaymentMethodTypes.
func StringSlice(v []string) []*string { return pointersTo(v) }

// valueOf returns the value p points to, or the zero value when p is nil.
func valueOf[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// pointersTo returns a pointer to each element of v, in order. The pointers
// point into v itself, as they always have: no copy is made.
func pointersTo[T any](v []T) []*T {
	out := make([]*T, len(v))
	for i := range v {
		out[i] = &v[i]
	}
	return out
}
