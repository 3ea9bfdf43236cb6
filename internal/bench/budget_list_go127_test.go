//go:build go1.27

package bench

// perObjectListLimit is the list's budget against the per-object path on
// Go 1.27 and later, whose encoding/json runs on encoding/json/v2 and
// makes that baseline twice as fast as before: the list measures 0.53x to
// 0.59x of it there (CPU time, the median of a run). The limit leaves room
// for a shared CI machine's spread and catches the list falling back
// toward the per-object path.
const perObjectListLimit = 0.65
