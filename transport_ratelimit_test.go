package payske

import (
	"context"
	"io"
	"math"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeClock is a clock that moves only when the test advances it. Sleepers
// block until the clock reaches their deadline or their context ends, and
// the test can wait until a number of them are blocked, so that it never
// sleeps itself.
type fakeClock struct {
	mu       sync.Mutex
	changed  *sync.Cond // broadcast when sleepers or active change
	now      time.Time
	sleepers []*fakeSleeper
	active   int // goroutines taking part that have not finished
}

type fakeSleeper struct {
	at   time.Time
	wake chan struct{}
}

func newFakeClock() *fakeClock {
	c := &fakeClock{now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	c.changed = sync.NewCond(&c.mu)
	return c
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	s := &fakeSleeper{at: c.now.Add(d), wake: make(chan struct{})}
	c.sleepers = append(c.sleepers, s)
	c.changed.Broadcast()
	c.mu.Unlock()
	select {
	case <-s.wake:
		return nil
	case <-ctx.Done():
		c.mu.Lock()
		if i := slices.Index(c.sleepers, s); i >= 0 {
			c.sleepers = slices.Delete(c.sleepers, i, i+1)
		}
		c.changed.Broadcast()
		c.mu.Unlock()
		return ctx.Err()
	}
}

// waitSleepers blocks until n goroutines are sleeping.
func (c *fakeClock) waitSleepers(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.sleepers) < n {
		c.changed.Wait()
	}
}

// join and leave count the goroutines runUntilDone waits for.
func (c *fakeClock) join(n int) {
	c.mu.Lock()
	c.active += n
	c.mu.Unlock()
}

func (c *fakeClock) leave() {
	c.mu.Lock()
	c.active--
	c.changed.Broadcast()
	c.mu.Unlock()
}

// runUntilDone advances the clock whenever every active goroutine is
// asleep, to the earliest deadline, waking the sleepers due, until none is
// active.
func (c *fakeClock) runUntilDone() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		for c.active > 0 && len(c.sleepers) < c.active {
			c.changed.Wait()
		}
		if c.active == 0 {
			return
		}
		next := slices.MinFunc(c.sleepers, func(a, b *fakeSleeper) int { return a.at.Compare(b.at) })
		c.now = next.at
		c.sleepers = slices.DeleteFunc(c.sleepers, func(s *fakeSleeper) bool {
			if s.at.After(c.now) {
				return false
			}
			close(s.wake)
			return true
		})
	}
}

// limitedBackend returns a backend on an in-memory transport whose rate
// limit runs on clk; the transport records the clock's time of every
// request it receives.
func limitedBackend(t *testing.T, rate float64, burst int64, clk *fakeClock, status ...int) (*httpBackend, func() []time.Time) {
	t.Helper()
	var (
		mu    sync.Mutex
		times []time.Time
	)
	transport := roundTripperFunc(func(req *http.Request) (*http.Response, error) {
		mu.Lock()
		n := len(times)
		times = append(times, clk.Now())
		mu.Unlock()
		code := 200
		if len(status) > 0 {
			code = status[min(n, len(status)-1)]
		}
		return &http.Response{StatusCode: code, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(`{"id":"x"}`)), Request: req}, nil
	})
	b := newHTTPBackend(BackendConfig{
		HTTPClient:           &http.Client{Transport: transport},
		Logger:               DiscardLogger,
		MaxRequestsPerSecond: Float64(rate),
		MaxRequestBurst:      Int64(burst),
	})
	require.NoError(t, b.configErr)
	bucket, err := newTokenBucket(Float64(rate), Int64(burst), clk.Now, clk.Sleep)
	require.NoError(t, err)
	b.limiter = bucket
	b.sleep = func(ctx context.Context, _ time.Duration) error { return ctx.Err() }
	return b, func() []time.Time {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(times)
	}
}

type roundTripperFunc func(*http.Request) (*http.Response, error)

func (f roundTripperFunc) RoundTrip(req *http.Request) (*http.Response, error) { return f(req) }

func TestRateLimitBoundsRequestsFromManyGoroutines(t *testing.T) {
	const (
		goroutines = 50
		perG       = 6
		rate       = 20.0
		burst      = 5
	)
	clk := newFakeClock()
	start := clk.Now()
	b, times := limitedBackend(t, rate, burst, clk)

	errs := make(chan error, goroutines*perG)
	clk.join(goroutines)
	for range goroutines {
		go func() {
			defer clk.leave()
			for range perG {
				errs <- b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{})
			}
		}()
	}
	clk.runUntilDone()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}

	admitted := times()
	require.Len(t, admitted, goroutines*perG)
	slices.SortFunc(admitted, time.Time.Compare)
	for i, at := range admitted {
		elapsed := at.Sub(start).Seconds()
		// i+1 requests were admitted by at.
		assert.LessOrEqual(t, float64(i+1), burst+rate*elapsed+1e-9, "request %d admitted at %v", i+1, at.Sub(start))
	}
	// The limit does not throttle more than it must: the last request
	// starts as soon as the bucket allows.
	wantLast := time.Duration(math.Ceil(float64(goroutines*perG-burst)/rate*1e9)) * time.Nanosecond
	assert.Equal(t, wantLast, admitted[len(admitted)-1].Sub(start))
	assert.Equal(t, admitted[burst-1], start, "a full bucket admits burst requests at once")
}

func TestRateLimitTakesATokenForEveryRetry(t *testing.T) {
	clk := newFakeClock()
	start := clk.Now()
	b, times := limitedBackend(t, 2, 1, clk, 500, 503, 200)

	done := make(chan error, 1)
	clk.join(1)
	go func() {
		defer clk.leave()
		done <- b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{})
	}()
	clk.runUntilDone()
	require.NoError(t, <-done)
	assert.Equal(t, []time.Time{start, start.Add(500 * time.Millisecond), start.Add(time.Second)}, times())
}

func TestRateLimitWaitEndsPromptlyWithTheContext(t *testing.T) {
	clk := newFakeClock()
	b, times := limitedBackend(t, 1, 1, clk)
	require.NoError(t, b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{}), "the first token is free")

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- b.Call(http.MethodGet, "/v1/charges", testKey, &Params{Context: ctx}, &testObject{})
	}()
	clk.waitSleepers(1)
	cancel()
	err := <-done // the clock never moved: only the cancellation can end the wait

	require.ErrorIs(t, err, context.Canceled)
	var connErr *APIConnectionError
	require.ErrorAs(t, err, &connErr)
	assert.Len(t, times(), 1, "the cancelled call sent nothing")

	// The token the cancelled call reserved was handed back: the next call
	// waits one interval from the start, not two.
	clk.join(1)
	go func() {
		defer clk.leave()
		done <- b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{})
	}()
	clk.runUntilDone()
	require.NoError(t, <-done)
	require.Len(t, times(), 2)
	assert.Equal(t, time.Second, times()[1].Sub(times()[0]))
}

func TestRateLimitDeadlineWhileWaiting(t *testing.T) {
	clk := newFakeClock()
	b, times := limitedBackend(t, 1, 1, clk)
	require.NoError(t, b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{}))

	ctx := newDoneContext()
	done := make(chan error, 1)
	go func() { done <- b.Call(http.MethodGet, "/v1/charges", testKey, &Params{Context: ctx}, &testObject{}) }()
	clk.waitSleepers(1)
	ctx.end(context.DeadlineExceeded)
	err := <-done
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "context done after 0 attempt(s)")
	assert.Len(t, times(), 1)
}

func TestTokenBucketForfeitsACancelledTokenOthersQueuedBehind(t *testing.T) {
	clk := newFakeClock()
	tb, err := newTokenBucket(Float64(1), nil, clk.Now, clk.Sleep)
	require.NoError(t, err)
	require.NoError(t, tb.Wait(context.Background()))

	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan error, 1)
	go func() { first <- tb.Wait(ctx) }()
	clk.waitSleepers(1)
	second := make(chan error, 1)
	go func() { second <- tb.Wait(context.Background()) }()
	clk.waitSleepers(2)
	cancel()
	require.ErrorIs(t, <-first, context.Canceled)

	// The second waiter keeps its slot at 2 s, and the cancelled slot at
	// 1 s is not handed to a newcomer, which would start two requests
	// within one interval.
	tb.mu.Lock()
	tat := tb.tat
	tb.mu.Unlock()
	assert.Equal(t, 3*time.Second, tat)
	clk.join(1)
	go func() {
		defer clk.leave()
		assert.NoError(t, <-second)
	}()
	clk.runUntilDone()
	assert.Equal(t, 2*time.Second, clk.Now().Sub(tb.origin))
}

func TestRateLimitConfigIsChecked(t *testing.T) {
	cases := []struct {
		name  string
		rate  *float64
		burst *int64
		want  string
	}{
		{"zero rate", Float64(0), nil, "MaxRequestsPerSecond is 0; it must be a positive, finite number"},
		{"negative rate", Float64(-5), nil, "MaxRequestsPerSecond is -5"},
		{"NaN rate", Float64(math.NaN()), nil, "MaxRequestsPerSecond is NaN"},
		{"infinite rate", Float64(math.Inf(1)), nil, "MaxRequestsPerSecond is +Inf"},
		{"tiny rate", Float64(1e-12), nil, "too small"},
		{"zero burst", Float64(10), Int64(0), "MaxRequestBurst is 0; it must be at least 1"},
		{"huge burst", Float64(1e-8), Int64(math.MaxInt64), "too large"},
		{"burst without rate", nil, Int64(3), "MaxRequestBurst is set without MaxRequestsPerSecond"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := newHTTPBackend(BackendConfig{MaxRequestsPerSecond: tc.rate, MaxRequestBurst: tc.burst, Logger: DiscardLogger})
			err := b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	b := newHTTPBackend(BackendConfig{MaxRequestsPerSecond: Float64(1e9 * 10)})
	require.NoError(t, b.configErr)
	assert.Equal(t, time.Nanosecond, b.limiter.(*tokenBucket).interval, "a rate above 1e9/s still spaces by at least 1 ns")
	assert.Nil(t, newHTTPBackend(BackendConfig{}).limiter, "no limit unless asked")
}

func TestNilTokenBucketNeverWaits(t *testing.T) {
	var tb *tokenBucket
	assert.NoError(t, tb.Wait(context.Background()))
}
