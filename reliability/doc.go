// Package reliability holds the SDK's fault, concurrency and bounds suites,
// run with go test -race -v ./reliability/. It has no code of its own: the
// tests drive the public API against paysketest servers with seeded faults
// and against purpose-built httptest servers that misbehave on cue, and
// print what they counted (calls, faults injected, attempts, duplicates,
// results lost).
package reliability
