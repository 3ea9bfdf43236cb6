//go:build !go1.27

package bench

// perObjectListLimit is the list's budget against the per-object path
// before Go 1.27, where the list measures 0.24x to 0.27x of it (CPU time,
// the median of a run).
const perObjectListLimit = 0.45
