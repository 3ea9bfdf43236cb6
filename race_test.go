//go:build race

package payske

// raceEnabled is set when the tests run under the race detector, which
// slows decoding some tenfold.
const raceEnabled = true
