package paysketest

import (
	"math/rand/v2"
	"sync"
	"sync/atomic"
)

// Faults makes a share of requests fail the way networks and servers do, to
// test a program's resilience. Rate is the share of requests (0 to 1) that
// fail; Seed makes the sequence of failures reproducible: the n-th request
// the server receives fails, and how, the same way on every run with the
// same seed. The failures are mixed evenly between four kinds:
//
//   - a 500 api_error answer, before anything is applied;
//   - a 503 api_error answer, before anything is applied;
//   - a connection dropped before the request is applied;
//   - a connection dropped after the request was applied: the state changed
//     but the client saw no answer. Retrying with the same Idempotency-Key
//     (as the SDK does) replays the answer instead of acting twice.
type Faults struct {
	// Rate is the share of requests that fail, from 0 (none) to 1 (all).
	Rate float64
	// Seed picks the reproducible sequence of failures.
	Seed int64
}

// faultKind is what happens to one request.
type faultKind int

const (
	faultNone faultKind = iota
	fault500
	fault503
	faultDropBefore
	faultLostAfter
)

// Stats counts what the server saw, for tests to report.
type Stats struct {
	// Requests is every request received, faulted or not.
	Requests int64
	// Replays is the requests answered from the idempotency store.
	Replays int64
	// Faults500 and Faults503 are the injected error answers.
	Faults500, Faults503 int64
	// DroppedBefore is the connections closed before applying the request.
	DroppedBefore int64
	// LostAfter is the connections closed after applying the request.
	LostAfter int64
}

// faultInjector draws the fate of each request from a seeded generator.
type faultInjector struct {
	mu   sync.Mutex
	rate float64
	rng  *rand.Rand
}

func (f *faultInjector) set(cfg Faults) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rate = cfg.Rate
	f.rng = rand.New(rand.NewPCG(uint64(cfg.Seed), 0x9e3779b97f4a7c15))
}

func (f *faultInjector) draw() faultKind {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.rng == nil || f.rate <= 0 {
		return faultNone
	}
	if f.rng.Float64() >= f.rate {
		return faultNone
	}
	return faultKind(1 + f.rng.IntN(4))
}

// counters are the live Stats.
type counters struct {
	requests, replays, f500, f503, dropped, lost atomic.Int64
}

func (c *counters) snapshot() Stats {
	return Stats{
		Requests: c.requests.Load(), Replays: c.replays.Load(),
		Faults500: c.f500.Load(), Faults503: c.f503.Load(),
		DroppedBefore: c.dropped.Load(), LostAfter: c.lost.Load(),
	}
}
