package paysketest

import (
	"net/http"
	"testing"
	"time"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
)

// NewBackend returns an SDK backend that sends every request through rt, for
// tests that answer requests themselves, such as with an
// httpmock.MockTransport, instead of running a Server. Requests go to the
// default base URL, payske.APIURL, so responders are registered on
// "https://api.payske.com/v1/...". A nil rt means http.DefaultTransport at
// the time of each request, which httpmock.Activate replaces.
//
// The backend keeps the SDK's retries, so a test sees a 500 followed by a
// 200 succeed, but never waits between attempts, and it logs nothing. A
// Retry-After header in a mocked answer is still obeyed: leave it out to
// keep a test fast.
func NewBackend(rt http.RoundTripper) payske.Backend {
	return NewBackendWithConfig(rt, payske.BackendConfig{})
}

// NewBackendWithConfig is NewBackend with the other settings of cfg
// (retries, middleware, rate limit). Its HTTP client always sends through
// rt and its URL is always payske.APIURL; MinRetryDelay is zero and Logger
// is payske.DiscardLogger unless cfg sets them.
func NewBackendWithConfig(rt http.RoundTripper, cfg payske.BackendConfig) payske.Backend {
	cfg.URL = nil
	cfg.HTTPClient = &http.Client{
		Transport: rt,
		// Like the default client, never follow a redirect: the API sends
		// none, and following one would hide it from the test.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	if cfg.MinRetryDelay == nil {
		noWait := time.Duration(0)
		cfg.MinRetryDelay = &noWait
	}
	if cfg.Logger == nil {
		cfg.Logger = payske.DiscardLogger
	}
	return payske.GetBackendWithConfig(payske.APIBackend, &cfg)
}

// NewTransportClient returns a client bound to TestKey whose calls go
// through NewBackend(rt), for code under test that takes a *client.API.
func NewTransportClient(rt http.RoundTripper) *client.API {
	return client.New(TestKey, &payske.Backends{API: NewBackend(rt)})
}

// NewTransportPayskeClient is NewTransportClient for the context-first
// client: a *payske.Client bound to TestKey whose calls go through
// NewBackend(rt).
func NewTransportPayskeClient(rt http.RoundTripper) *payske.Client {
	return payske.NewClient(TestKey, payske.WithBackend(NewBackend(rt)))
}

// UseBackend points the package-level functions (charge.New, charge.List,
// ...) at NewBackend(rt) with payske.Key set to TestKey, and puts the
// previous backend and key back when tb's test ends. They are process-wide
// settings: a test that calls UseBackend must not run in parallel with
// others that use them.
func UseBackend(tb testing.TB, rt http.RoundTripper) {
	tb.Helper()
	prevBackend, prevKey := payske.GetBackend(payske.APIBackend), payske.Key
	payske.SetBackend(payske.APIBackend, NewBackend(rt))
	payske.Key = TestKey
	tb.Cleanup(func() {
		payske.SetBackend(payske.APIBackend, prevBackend)
		payske.Key = prevKey
	})
}
