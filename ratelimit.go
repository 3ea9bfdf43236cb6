package payske

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"
)

// tokenBucket is the client-side rate limit of a backend: at most burst
// attempts at once, then one every interval, shared by every goroutine
// using the backend. It is kept as the theoretical arrival time of the next
// attempt (GCRA), in whole nanoseconds since origin, so that the bound
// "admitted by t <= burst + t/interval" holds exactly, without float drift.
type tokenBucket struct {
	interval time.Duration // 1/rate, rounded up
	tau      time.Duration // (burst-1) * interval: how far ahead of tat an attempt may start

	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	mu     sync.Mutex
	origin time.Time
	tat    time.Duration // theoretical arrival time of the next attempt, since origin
}

// newTokenBucket checks the configured rate and burst (nil burst means 1)
// and returns the bucket, or nil when rate is nil (no limit).
func newTokenBucket(rate *float64, burst *int64, now func() time.Time, sleep func(context.Context, time.Duration) error) (*tokenBucket, error) {
	if rate == nil {
		if burst != nil {
			return nil, fmt.Errorf("payske: BackendConfig.MaxRequestBurst is set without MaxRequestsPerSecond")
		}
		return nil, nil
	}
	r := *rate
	if math.IsNaN(r) || math.IsInf(r, 0) || r <= 0 {
		return nil, fmt.Errorf("payske: BackendConfig.MaxRequestsPerSecond is %v; it must be a positive, finite number (nil for no limit)", r)
	}
	ns := math.Ceil(float64(time.Second) / r)
	if ns >= math.MaxInt64 {
		return nil, fmt.Errorf("payske: BackendConfig.MaxRequestsPerSecond is %v, too small: one request would wait more than 290 years", r)
	}
	interval := max(time.Duration(ns), 1)
	b := int64(1)
	if burst != nil {
		b = *burst
	}
	if b < 1 {
		return nil, fmt.Errorf("payske: BackendConfig.MaxRequestBurst is %d; it must be at least 1", b)
	}
	if b-1 > math.MaxInt64/int64(interval) {
		return nil, fmt.Errorf("payske: BackendConfig.MaxRequestBurst is %d, too large for MaxRequestsPerSecond %v", b, r)
	}
	return &tokenBucket{
		interval: interval,
		tau:      time.Duration(b-1) * interval,
		now:      now,
		sleep:    sleep,
		origin:   now(),
	}, nil
}

// wait takes one token, waiting for it while ctx allows. A nil bucket never
// waits. On an error (ctx's) the token is handed back when no later caller
// has reserved one since, so that a cancelled caller does not slow the
// others; otherwise it is forfeited, which only ever lowers the rate.
func (tb *tokenBucket) wait(ctx context.Context) error {
	if tb == nil {
		return nil
	}
	tb.mu.Lock()
	now := tb.now().Sub(tb.origin)
	start := max(now, tb.tat-tb.tau)
	tb.tat = max(tb.tat, now) + tb.interval
	reserved := tb.tat
	tb.mu.Unlock()

	if start <= now {
		return nil
	}
	err := tb.sleep(ctx, start-now)
	if err == nil {
		return nil
	}
	tb.mu.Lock()
	if tb.tat == reserved {
		tb.tat -= tb.interval
	}
	tb.mu.Unlock()
	return err
}
