//go:build !race

package bench

// listWalkSize is how many objects TestListOverHTTPHoldsOnePage lists.
const listWalkSize = 100_000
