package payske

import (
	"math"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBackoffNeverOverflows: whatever MinRetryDelay says, every attempt's
// wait is between half and all of its step, min(MinRetryDelay·2^attempt,
// 16·MinRetryDelay) computed exactly, and positive when a wait is asked
// for: no panic, no wrapped product that retries at once.
func TestBackoffNeverOverflows(t *testing.T) {
	maxInt := big.NewInt(math.MaxInt64)
	for _, minDelay := range []time.Duration{
		math.MaxInt64, math.MaxInt64 / 2, 1 << 60, 3 << 58, 1 << 59, math.MaxInt64 / 16,
		time.Hour, 1, 0, -1, math.MinInt64,
	} {
		t.Run(minDelay.String(), func(t *testing.T) {
			b := newHTTPBackend(BackendConfig{MinRetryDelay: &minDelay})
			lo := big.NewInt(int64(max(minDelay, 0)))
			hi := new(big.Int).Mul(lo, big.NewInt(16))
			if hi.Cmp(maxInt) > 0 {
				hi = maxInt
			}
			assert.Equal(t, hi.Int64(), int64(b.retry.maxDelay), "the cap saturates")
			for attempt := range int64(71) {
				step := new(big.Int).Lsh(lo, uint(attempt))
				if step.Cmp(hi) > 0 {
					step = hi
				}
				want := time.Duration(step.Int64())
				for range 20 {
					var d time.Duration
					var ok bool
					require.NotPanics(t, func() { d, ok = b.retry.delay(attempt, nil) }, "attempt %d", attempt)
					require.True(t, ok)
					require.GreaterOrEqual(t, d, want/2, "attempt %d", attempt)
					require.LessOrEqual(t, d, want, "attempt %d", attempt)
					if minDelay > 1 {
						require.Positive(t, d, "attempt %d", attempt)
					}
				}
			}
		})
	}
}

// TestHugeBackoffConfigRetriesWithWaits runs a call that is retried under
// extreme settings: every retry waits a positive time, as configured, and
// nothing panics.
func TestHugeBackoffConfigRetriesWithWaits(t *testing.T) {
	for _, minDelay := range []time.Duration{math.MaxInt64, 1 << 60} {
		t.Run(minDelay.String(), func(t *testing.T) {
			down := jsonAnswer(503, `{"error":{"type":"api_error","message":"down"}}`)
			rec, b, sleeps := newTestServer(t, down, down, down, jsonAnswer(200, `{"id":"obj_1"}`))
			cfg := BackendConfig{MinRetryDelay: &minDelay, MaxNetworkRetries: Int64(math.MaxInt64)}
			b.retry = newHTTPBackend(cfg).retry
			require.NoError(t, b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{}))
			assert.Len(t, rec.requests(), 4)
			require.Len(t, sleeps.waits, 3)
			for i, w := range sleeps.waits {
				assert.GreaterOrEqual(t, w, minDelay/2, "wait %d", i)
				assert.LessOrEqual(t, w, b.retry.maxDelay, "wait %d", i)
			}
		})
	}
}

// TestRetryAfterDecidesTheWait: a Retry-After within the cap is the wait;
// one beyond it, however written (seconds too many for an int64, a date
// centuries ahead), ends the retries; one that is not a wait at all
// (negative, garbage) is ignored in favour of the backoff.
func TestRetryAfterDecidesTheWait(t *testing.T) {
	p := defaultRetryPolicy(2)
	backoff := time.Duration(-1) // any wait of the first backoff step
	cases := []struct {
		name  string
		value string
		retry bool
		wait  time.Duration
	}{
		{"seconds", "3", true, 3 * time.Second},
		{"zero", "0", true, 0},
		{"the cap", "30", true, 30 * time.Second},
		{"over the cap", "31", false, 0},
		{"an hour", "3600", false, 0},
		{"the largest int64", "9223372036854775807", false, 0},
		{"more than an int64", "99999999999999999999", false, 0},
		{"more than an int64 with a sign", "+99999999999999999999", false, 0},
		{"a far future date", "Fri, 31 Dec 9999 23:59:59 GMT", false, 0},
		{"a past date", "Wed, 21 Oct 2015 07:28:00 GMT", true, 0},
		{"absent", "", true, backoff},
		{"negative", "-1", true, backoff},
		{"very negative", "-99999999999999999999", true, backoff},
		{"a fraction", "1.5", true, backoff},
		{"an exponent", "1e9", true, backoff},
		{"garbage", "soon", true, backoff},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp := &http.Response{StatusCode: http.StatusTooManyRequests, Header: http.Header{}}
			if tc.value != "" {
				resp.Header.Set("Retry-After", tc.value)
			}
			wait, retry := p.delay(0, resp)
			assert.Equal(t, tc.retry, retry)
			if tc.wait == backoff {
				assert.GreaterOrEqual(t, wait, p.minDelay/2)
				assert.LessOrEqual(t, wait, p.minDelay)
				return
			}
			assert.Equal(t, tc.wait, wait)
		})
	}

	// A date ahead, within the cap, is waited for; the header has whole
	// seconds, so the wait may be up to one second short.
	resp := &http.Response{Header: http.Header{"Retry-After": {time.Now().Add(10 * time.Second).UTC().Format(http.TimeFormat)}}}
	wait, retry := p.delay(0, resp)
	assert.True(t, retry)
	assert.InDelta(t, float64(10*time.Second), float64(wait), float64(1100*time.Millisecond))
}

// TestOverlongRetryAfterEndsTheCall: an answer asking for a wait longer
// than an int64 of seconds ends the call with its own error, at once.
func TestOverlongRetryAfterEndsTheCall(t *testing.T) {
	rec, b, sleeps := newTestServer(t,
		jsonAnswer(429, `{"error":{"type":"invalid_request_error","code":"rate_limit","message":"slow down"}}`, "Retry-After", "99999999999999999999"),
		jsonAnswer(200, `{}`))
	err := b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{})
	var rl *RateLimitError
	require.ErrorAs(t, err, &rl)
	assert.Empty(t, sleeps.waits)
	assert.Len(t, rec.requests(), 1)
}
