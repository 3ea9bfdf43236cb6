package payske

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"
)

// RateLimiter spaces a backend's attempts. Wait blocks until the next attempt
// may start, or returns an error (the context's, or the limiter's own) to
// give up the call. *rate.Limiter from golang.org/x/time/rate satisfies it,
// and so can a limiter shared by every replica of a service (one counter in
// Redis, say), which a per-process limit cannot be.
type RateLimiter interface {
	// Wait blocks until one more attempt may start. An error gives up the
	// call before the attempt; it should wrap ctx's error when ctx ended
	// the wait.
	Wait(ctx context.Context) error
}

// newLimiter returns the limiter a config asks for: its RateLimiter, the
// token bucket of MaxRequestsPerSecond, or nil for no limit. A nil pointer
// in RateLimiter counts as unset, rather than panicking in Wait.
func newLimiter(c BackendConfig) (RateLimiter, error) {
	if c.RateLimiter != nil && !isNilPointer(c.RateLimiter) {
		if c.MaxRequestsPerSecond != nil || c.MaxRequestBurst != nil {
			return nil, errors.New("payske: BackendConfig.RateLimiter and MaxRequestsPerSecond/MaxRequestBurst are both set; set one of them")
		}
		return c.RateLimiter, nil
	}
	tb, err := newTokenBucket(c.MaxRequestsPerSecond, c.MaxRequestBurst, time.Now, sleepContext)
	if tb == nil || err != nil {
		// A nil *tokenBucket in the interface would not compare equal to nil.
		return nil, err
	}
	return tb, nil
}

// waitTurn waits for the rate limiter, if there is one, before an attempt.
// When the wait fails, ctxErr is set if the call's context ended it (the
// context is done, or the limiter's error says it was cancelled or timed
// out), and refusal if the limiter gave up on its own, for example for a
// wait that would outlast the context's deadline.
func (b *httpBackend) waitTurn(ctx context.Context) (ctxErr, refusal error) {
	if b.limiter == nil {
		return nil, nil
	}
	err := b.limiter.Wait(ctx)
	switch {
	case err == nil:
		return nil, nil
	case ctx.Err() != nil, errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err, nil
	}
	return nil, err
}

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

// Wait takes one token, waiting for it while ctx allows, and so makes the
// bucket a RateLimiter. A nil bucket never waits. On an error (ctx's) the token is handed back when no later caller
// has reserved one since, so that a cancelled caller does not slow the
// others; otherwise it is forfeited, which only ever lowers the rate.
func (tb *tokenBucket) Wait(ctx context.Context) error {
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
