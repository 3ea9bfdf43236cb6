package payske_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/client"
)

// countingLimiter lets every attempt through and counts them, or refuses
// with err.
type countingLimiter struct {
	waits atomic.Int64
	err   error
}

func (l *countingLimiter) Wait(context.Context) error {
	l.waits.Add(1)
	return l.err
}

// limitedClient returns a client whose backend uses cfg against a server
// that answers status codes in turn (200 once they run out), and the
// number of requests the server saw.
func limitedClient(t *testing.T, cfg payske.BackendConfig, statuses ...int) (*client.API, *atomic.Int64) {
	t.Helper()
	var requests atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := requests.Add(1)
		w.Header().Set("Content-Type", "application/json")
		if int(n) <= len(statuses) {
			w.WriteHeader(statuses[n-1])
			_, _ = w.Write([]byte(`{"error":{"type":"api_error","message":"boom"}}`))
			return
		}
		_, _ = w.Write([]byte(`{"id":"ch_1","object":"charge","amount":100}`))
	}))
	t.Cleanup(srv.Close)
	cfg.URL = payske.String(srv.URL)
	cfg.Logger = payske.DiscardLogger
	noWait := time.Duration(0)
	cfg.MinRetryDelay = &noWait
	return client.New("sk_test_limiter", &payske.Backends{API: payske.GetBackendWithConfig(payske.APIBackend, &cfg)}), &requests
}

func TestRateLimiterIsWaitedOnBeforeEveryAttempt(t *testing.T) {
	lim := &countingLimiter{}
	sc, requests := limitedClient(t, payske.BackendConfig{RateLimiter: lim}, http.StatusInternalServerError)

	c, err := sc.Charges.Get("ch_1", nil)
	require.NoError(t, err)
	assert.Equal(t, "ch_1", c.ID)
	assert.Equal(t, int64(2), requests.Load(), "the 500 was retried")
	assert.Equal(t, int64(2), lim.waits.Load(), "one Wait per attempt, the retry included")
}

func TestRateLimiterErrorsEndTheCall(t *testing.T) {
	refusal := errors.New("quota exhausted")
	cases := []struct {
		name    string
		err     error
		wantIs  error
		wantMsg string
	}{
		{"the limiter's own refusal", refusal, refusal, "the rate limiter refused attempt 1: quota exhausted"},
		{"a context error", context.Canceled, context.Canceled, "context done after 0 attempt(s)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lim := &countingLimiter{err: tc.err}
			sc, requests := limitedClient(t, payske.BackendConfig{RateLimiter: lim})
			_, err := sc.Charges.Get("ch_1", nil)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.wantIs)
			var perr *payske.Error
			require.ErrorAs(t, err, &perr)
			assert.Equal(t, payske.ErrorTypeAPIConnection, perr.Type)
			assert.Contains(t, err.Error(), tc.wantMsg)
			assert.Zero(t, requests.Load(), "no request without the limiter's consent")
			assert.Equal(t, int64(1), lim.waits.Load(), "a refusal is not retried")
		})
	}
}

// golang.org/x/time/rate's Limiter plugs in as it is: a wait that would
// outlast the call's deadline fails at once, before any request.
func TestRateLimiterAcceptsXTimeRate(t *testing.T) {
	lim := rate.NewLimiter(rate.Every(time.Hour), 1)
	sc, requests := limitedClient(t, payske.BackendConfig{RateLimiter: lim})

	_, err := sc.Charges.Get("ch_1", nil)
	require.NoError(t, err, "the burst lets the first call through")

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	params := &payske.ChargeParams{}
	params.Context = ctx
	start := time.Now()
	_, err = sc.Charges.Get("ch_1", params)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the rate limiter refused attempt 1")
	assert.Less(t, time.Since(start), 10*time.Second, "the call did not wait for the deadline")
	assert.Equal(t, int64(1), requests.Load())
}

func TestRateLimiterConfiguration(t *testing.T) {
	t.Run("with MaxRequestsPerSecond too", func(t *testing.T) {
		sc, requests := limitedClient(t, payske.BackendConfig{
			RateLimiter: &countingLimiter{}, MaxRequestsPerSecond: payske.Float64(5),
		})
		_, err := sc.Charges.Get("ch_1", nil)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "BackendConfig.RateLimiter and MaxRequestsPerSecond/MaxRequestBurst are both set")
		assert.Zero(t, requests.Load())
	})
	t.Run("a nil *rate.Limiter means no limit", func(t *testing.T) {
		var lim *rate.Limiter
		sc, requests := limitedClient(t, payske.BackendConfig{RateLimiter: lim})
		_, err := sc.Charges.Get("ch_1", nil)
		require.NoError(t, err)
		assert.Equal(t, int64(1), requests.Load())
	})
}

// The package-level functions take the limiter from the global backend.
func TestRateLimiterOnTheGlobalBackend(t *testing.T) {
	lim := &countingLimiter{}
	sc, _ := limitedClient(t, payske.BackendConfig{RateLimiter: lim})
	prevBackend, prevKey := payske.GetBackend(payske.APIBackend), payske.Key
	t.Cleanup(func() { payske.SetBackend(payske.APIBackend, prevBackend); payske.Key = prevKey })
	payske.SetBackend(payske.APIBackend, sc.Charges.(*charge.Client).B)
	payske.Key = "sk_test_limiter"

	_, err := charge.Get("ch_1", nil)
	require.NoError(t, err)
	assert.Equal(t, int64(1), lim.waits.Load())
}
