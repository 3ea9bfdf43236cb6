package payske

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newConfiguredTestServer is newTestServer with the other settings of cfg
// (middleware, rate limit, retries); its backoff sleeps are recorded.
func newConfiguredTestServer(t *testing.T, cfg BackendConfig, answers ...func(w http.ResponseWriter)) (*recorder, *httpBackend, *sleepRecorder) {
	t.Helper()
	rec := &recorder{answers: answers}
	srv := httptest.NewServer(rec)
	t.Cleanup(srv.Close)
	cfg.URL = String(srv.URL)
	cfg.HTTPClient = &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	cfg.Logger = DiscardLogger
	b := newHTTPBackend(cfg)
	s := &sleepRecorder{}
	b.sleep = s.sleep
	return rec, b, s
}

// attemptLog is a middleware that records each attempt it sees.
type attemptLog struct {
	mu       sync.Mutex
	infos    []RequestInfo
	fromCtx  []RequestInfo
	paths    []string
	idemKeys []string
}

func (l *attemptLog) middleware(next RoundTripFunc) RoundTripFunc {
	return func(req *http.Request, info RequestInfo) (*http.Response, error) {
		ctxInfo, _ := RequestInfoFromContext(req.Context())
		l.mu.Lock()
		l.infos = append(l.infos, info)
		l.fromCtx = append(l.fromCtx, ctxInfo)
		l.paths = append(l.paths, req.URL.EscapedPath())
		l.idemKeys = append(l.idemKeys, req.Header.Get("Idempotency-Key"))
		l.mu.Unlock()
		return next(req, info)
	}
}

func TestMiddlewareSeesEveryAttemptWithItsNumberAndOneIdempotencyKey(t *testing.T) {
	var log attemptLog
	rec, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{log.middleware}},
		jsonAnswer(500, `{"error":{"type":"api_error"}}`),
		jsonAnswer(503, `{"error":{"type":"api_error"}}`),
		jsonAnswer(200, `{"id":"ch_1"}`))

	err := b.Do(&Request{Method: http.MethodPost, Route: "/v1/charges/{charge}/capture", PathValues: []string{"ch_1"}, Key: testKey}, &testObject{})
	require.NoError(t, err)

	require.Len(t, rec.requests(), 3)
	require.Len(t, log.infos, 3)
	for i, info := range log.infos {
		assert.Equal(t, i+1, info.Attempt)
		assert.Equal(t, i > 0, info.IsRetry())
		assert.Equal(t, http.MethodPost, info.Method)
		assert.Equal(t, "/v1/charges/{charge}/capture", info.Route)
		assert.Equal(t, "/v1/charges/ch_1/capture", log.paths[i])
		assert.Equal(t, info, log.fromCtx[i], "the context carries the same info")
		assert.NotEmpty(t, info.IdempotencyKey)
		assert.Equal(t, log.infos[0].IdempotencyKey, info.IdempotencyKey)
		assert.Equal(t, info.IdempotencyKey, log.idemKeys[i])
		assert.Equal(t, info.IdempotencyKey, rec.requests()[i].Header.Get("Idempotency-Key"))
	}
}

func TestMiddlewareRunsInOrderFirstOutermost(t *testing.T) {
	var (
		mu    sync.Mutex
		trace []string
	)
	named := func(name string) Middleware {
		return func(next RoundTripFunc) RoundTripFunc {
			return func(req *http.Request, info RequestInfo) (*http.Response, error) {
				mu.Lock()
				trace = append(trace, name+" in")
				mu.Unlock()
				req.Header.Add("X-Order", name)
				resp, err := next(req, info)
				mu.Lock()
				trace = append(trace, name+" out")
				mu.Unlock()
				return resp, err
			}
		}
	}
	rec, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{named("a"), named("b"), named("c")}},
		jsonAnswer(200, `{"id":"ch_1"}`))

	require.NoError(t, b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{}))
	assert.Equal(t, []string{"a in", "b in", "c in", "c out", "b out", "a out"}, trace)
	assert.Equal(t, []string{"a", "b", "c"}, rec.requests()[0].Header.Values("X-Order"), "changes a middleware makes reach the wire")
}

func TestMiddlewareHeaderChangesDoNotLeakIntoTheNextAttempt(t *testing.T) {
	addHeader := func(next RoundTripFunc) RoundTripFunc {
		return func(req *http.Request, info RequestInfo) (*http.Response, error) {
			req.Header.Add("X-Attempt", fmt.Sprint(info.Attempt))
			return next(req, info)
		}
	}
	rec, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{addHeader}},
		jsonAnswer(500, `{}`), jsonAnswer(200, `{}`))

	require.NoError(t, b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{}))
	reqs := rec.requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, []string{"1"}, reqs[0].Header.Values("X-Attempt"))
	assert.Equal(t, []string{"2"}, reqs[1].Header.Values("X-Attempt"))
}

var errBlocked = errors.New("circuit open")

// answering is a middleware that answers every attempt itself.
func answering(calls *int, resp func() (*http.Response, error)) Middleware {
	return func(RoundTripFunc) RoundTripFunc {
		return func(*http.Request, RequestInfo) (*http.Response, error) {
			*calls++
			return resp()
		}
	}
}

func TestMiddlewareAnswersFlowThroughRetriesAndErrorMapping(t *testing.T) {
	cases := []struct {
		name      string
		answer    func() (*http.Response, error)
		wantCalls int
		check     func(t *testing.T, err error)
	}{
		{
			name:      "an error is a retried connection error that wraps it",
			answer:    func() (*http.Response, error) { return nil, errBlocked },
			wantCalls: 3,
			check: func(t *testing.T, err error) {
				require.ErrorIs(t, err, errBlocked)
				var connErr *APIConnectionError
				require.ErrorAs(t, err, &connErr)
			},
		},
		{
			name: "a made-up 402 is a CardError, not retried",
			answer: func() (*http.Response, error) {
				return &http.Response{StatusCode: 402, Header: http.Header{"Request-Id": {"req_mw"}},
					Body: io.NopCloser(strings.NewReader(`{"error":{"type":"card_error","code":"card_declined","message":"declined by middleware"}}`))}, nil
			},
			wantCalls: 1,
			check: func(t *testing.T, err error) {
				var cardErr *CardError
				require.ErrorAs(t, err, &cardErr)
				var e *Error
				require.ErrorAs(t, err, &e)
				assert.Equal(t, "req_mw", e.RequestID)
				assert.Equal(t, 402, e.HTTPStatusCode)
			},
		},
		{
			name: "a made-up 503 without body or headers is retried",
			answer: func() (*http.Response, error) {
				return &http.Response{StatusCode: 503}, nil
			},
			wantCalls: 3,
			check: func(t *testing.T, err error) {
				var apiErr *APIError
				require.ErrorAs(t, err, &apiErr)
			},
		},
		{
			name:      "neither response nor error is an error, not a panic",
			answer:    func() (*http.Response, error) { return nil, nil },
			wantCalls: 3,
			check: func(t *testing.T, err error) {
				require.ErrorIs(t, err, errNoAnswer)
			},
		},
		{
			name: "a response beside an error counts as the error",
			answer: func() (*http.Response, error) {
				return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader(`{}`))}, errBlocked
			},
			wantCalls: 3,
			check: func(t *testing.T, err error) {
				require.ErrorIs(t, err, errBlocked)
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			rec, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{answering(&calls, tc.answer)}},
				jsonAnswer(200, `{}`))
			err := b.Call(http.MethodPost, "/v1/charges", testKey, nil, &testObject{})
			require.Error(t, err)
			tc.check(t, err)
			assert.Equal(t, tc.wantCalls, calls)
			assert.Empty(t, rec.requests(), "the middleware answered; nothing reached the server")
		})
	}
}

func TestInvalidMiddlewareIsReportedByEveryCall(t *testing.T) {
	pass := func(next RoundTripFunc) RoundTripFunc { return next }
	cases := []struct {
		name string
		mws  []Middleware
		want string
	}{
		{"nil entry", []Middleware{pass, nil}, "BackendConfig.Middleware[1] is nil"},
		{"nil result", []Middleware{func(RoundTripFunc) RoundTripFunc { return nil }, pass}, "BackendConfig.Middleware[0] returned a nil RoundTripFunc"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: tc.mws}, jsonAnswer(200, `{}`))
			err := b.Call(http.MethodGet, "/v1/charges", testKey, nil, &testObject{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Empty(t, rec.requests())
		})
	}
}

// A plain http.RoundTripper reads the attempt from the request's context.
type infoReadingTransport struct {
	next  http.RoundTripper
	infos []RequestInfo
}

func (t *infoReadingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	info, ok := RequestInfoFromContext(req.Context())
	if !ok {
		return nil, errors.New("no RequestInfo in the context")
	}
	t.infos = append(t.infos, info)
	return t.next.RoundTrip(req)
}

func TestRequestInfoReachesAnHTTPRoundTripper(t *testing.T) {
	rec := &recorder{answers: []func(http.ResponseWriter){jsonAnswer(200, `{"id":"cus_1"}`)}}
	srv := httptest.NewServer(rec)
	t.Cleanup(srv.Close)
	transport := &infoReadingTransport{next: http.DefaultTransport}
	b := newHTTPBackend(BackendConfig{URL: String(srv.URL), HTTPClient: &http.Client{Transport: transport}, Logger: DiscardLogger})

	require.NoError(t, b.Do(&Request{Method: http.MethodDelete, Route: "/v1/customers/{customer}", PathValues: []string{"cus_1"}, Key: testKey}, &testObject{}))
	assert.Equal(t, []RequestInfo{{Method: http.MethodDelete, Route: "/v1/customers/{customer}", Attempt: 1}}, transport.infos)

	_, ok := RequestInfoFromContext(context.Background())
	assert.False(t, ok, "other contexts carry no info")
}

func TestRequestInfoHoldsNoKey(t *testing.T) {
	var log attemptLog
	_, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{log.middleware}}, jsonAnswer(200, `{}`))
	require.NoError(t, b.Call(http.MethodPost, "/v1/charges", testKey, nil, &testObject{}))
	require.Len(t, log.infos, 1)
	assert.NotContains(t, fmt.Sprintf("%#v", log.infos[0]), testKey)
}

// span is a stand-in for a tracing library's span, kept in the context the
// way OpenTelemetry keeps its own, to check what the package documentation
// promises an OpenTelemetry user.
type span struct {
	name    string
	parent  *span
	attempt int
}

type spanKey struct{}

func spanFrom(ctx context.Context) *span {
	s, _ := ctx.Value(spanKey{}).(*span)
	return s
}

// spanTransport checks, below the middleware, that the request's context is
// the one the tracing middleware derived.
type spanTransport struct {
	next http.RoundTripper

	mu    sync.Mutex
	spans []*span
	infos []RequestInfo
}

func (t *spanTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	info, _ := RequestInfoFromContext(req.Context())
	t.mu.Lock()
	t.spans = append(t.spans, spanFrom(req.Context()))
	t.infos = append(t.infos, info)
	t.mu.Unlock()
	return t.next.RoundTrip(req)
}

// The tracing pattern of the package documentation: a middleware starts a
// span per attempt from req.Context(), which is the call's params.Context,
// injects it into a header and passes req.WithContext on. Each attempt's
// span must be a child of the caller's span, reach the transport, and leave
// the attempt's RequestInfo readable there.
func TestMiddlewareSpansPerAttemptNestUnderTheCallersSpan(t *testing.T) {
	var (
		mu      sync.Mutex
		started []*span
	)
	tracing := func(next RoundTripFunc) RoundTripFunc {
		return func(req *http.Request, info RequestInfo) (*http.Response, error) {
			s := &span{name: info.Method + " " + info.Route, parent: spanFrom(req.Context()), attempt: info.Attempt}
			mu.Lock()
			started = append(started, s)
			mu.Unlock()
			ctx := context.WithValue(req.Context(), spanKey{}, s)
			req.Header.Set("Traceparent", fmt.Sprintf("%s/%d", s.name, s.attempt))
			return next(req.WithContext(ctx), info)
		}
	}
	rec := &recorder{answers: []func(http.ResponseWriter){
		jsonAnswer(503, `{"error":{"type":"api_error"}}`), jsonAnswer(200, `{"id":"ch_1"}`),
	}}
	srv := httptest.NewServer(rec)
	t.Cleanup(srv.Close)
	transport := &spanTransport{next: &http.Transport{DisableKeepAlives: true}}
	b := newHTTPBackend(BackendConfig{URL: String(srv.URL), HTTPClient: &http.Client{Transport: transport},
		Logger: DiscardLogger, Middleware: []Middleware{tracing}})
	b.sleep = (&sleepRecorder{}).sleep

	checkout := &span{name: "checkout"}
	ctx := context.WithValue(context.Background(), spanKey{}, checkout)
	err := b.Do(&Request{Method: http.MethodGet, Route: "/v1/charges/{charge}", PathValues: []string{"ch_1"}, Key: testKey,
		Params: &Params{Context: ctx}}, &testObject{})
	require.NoError(t, err)

	require.Len(t, started, 2, "one span per attempt")
	require.Len(t, transport.spans, 2)
	for i, s := range started {
		assert.Equal(t, "GET /v1/charges/{charge}", s.name)
		assert.Equal(t, i+1, s.attempt)
		assert.Same(t, checkout, s.parent, "attempt %d is a child of the caller's span", i+1)
		assert.Same(t, s, transport.spans[i], "the derived context reaches the transport")
		assert.Equal(t, i+1, transport.infos[i].Attempt, "RequestInfo survives the derived context")
		assert.Equal(t, fmt.Sprintf("GET /v1/charges/{charge}/%d", i+1), rec.requests()[i].Header.Get("Traceparent"))
	}
}

func TestMiddlewareAddingToOneHeaderLeavesTheOthersAlone(t *testing.T) {
	var before, after http.Header
	addToEvery := func(next RoundTripFunc) RoundTripFunc {
		return func(req *http.Request, info RequestInfo) (*http.Response, error) {
			before = req.Header.Clone()
			for name := range before {
				req.Header.Add(name, "added")
			}
			after = req.Header.Clone()
			return next(req, info)
		}
	}
	_, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{addToEvery}},
		jsonAnswer(200, `{}`))
	params := &Params{IdempotencyKey: String("idem_1"), PayskeAccount: String("acct_1"),
		Headers: http.Header{"X-One": {"1"}, "X-Two": {"2", "two"}}}

	require.NoError(t, b.Call(http.MethodPost, "/v1/charges", testKey, params, &testObject{}))
	require.Len(t, before, 9, "the SDK's seven headers (no app info) and the caller's two")
	for name, values := range before {
		assert.Equal(t, append(values, "added"), after[name], name)
	}
}
