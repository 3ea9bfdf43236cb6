//go:build race

package bench

// listWalkSize is how many objects TestListOverHTTPHoldsOnePage lists:
// fewer under the race detector, which slows each page several times over.
const listWalkSize = 20_000
