// Package bench holds the SDK's performance benchmarks and the check of its
// budgets (BENCHMARKS.md), each SDK operation next to the floor it is
// measured against: github.com/google/go-querystring for form encoding,
// encoding/json into plain structs for decoding, and hand-written net/http
// exchanges for whole calls. It has no code of its own outside this comment: everything is in
// _test.go files, kept out of the root package so that its mirror types,
// fixtures servers and floors do not crowd the tests of the code they
// measure.
//
// Sub-benchmarks follow one convention that scripts/bench.sh and
// internal/benchchart rely on: BenchmarkOp/sdk is the SDK and its sibling
// (BenchmarkOp/nethttp, /encoding_json, /go_querystring) is the floor.
//
// Run them with
//
//	go test -run '^$' -bench . -benchmem -count 10 ./internal/bench | benchstat -
//
// and the budgets with
//
//	PAYSKE_BENCH_BUDGETS=1 go test -run TestBudgets -count 1 -v ./internal/bench
//
// BENCHMARKS.md at the module root has the figures.
package bench
