package payske

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testKey = "sk_test_backendtestkey0000000000"

// testObject is a minimal resource for exercising the backend.
type testObject struct {
	APIResource
	ID     string `json:"id"`
	Amount int64  `json:"amount"`
}

type testParams struct {
	Params `form:"*"`
	Amount *int64  `form:"amount"`
	Number *string `form:"number"`
}

// recorded is one request as a test server saw it.
type recorded struct {
	Method string
	Path   string
	Query  string
	Header http.Header
	Body   string
}

// recorder is an httptest handler that records every request and answers
// with the scripted responses in turn (the last one repeats).
type recorder struct {
	mu      sync.Mutex
	reqs    []recorded
	answers []func(w http.ResponseWriter)
}

func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	r.reqs = append(r.reqs, recorded{req.Method, req.URL.EscapedPath(), req.URL.RawQuery, req.Header.Clone(), string(body)})
	n := len(r.reqs)
	answer := r.answers[min(n, len(r.answers))-1]
	r.mu.Unlock()
	answer(w)
}

func (r *recorder) requests() []recorded {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]recorded(nil), r.reqs...)
}

func jsonAnswer(status int, body string, headers ...string) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		for i := 0; i+1 < len(headers); i += 2 {
			w.Header().Set(headers[i], headers[i+1])
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Request-Id", "req_test123")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

// dropConnection closes the TCP connection without answering.
func dropConnection(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		_ = conn.Close()
	}
}

// sleepRecorder replaces the backoff sleep so tests see the waits without
// waiting.
type sleepRecorder struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (s *sleepRecorder) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

// newTestServer starts a server answering with answers, and a backend
// pointing at it whose sleeps are recorded.
func newTestServer(t *testing.T, answers ...func(w http.ResponseWriter)) (*recorder, *httpBackend, *sleepRecorder) {
	t.Helper()
	rec := &recorder{answers: answers}
	srv := httptest.NewServer(rec)
	t.Cleanup(srv.Close)
	b := newHTTPBackend(BackendConfig{
		URL:        String(srv.URL),
		HTTPClient: &http.Client{Transport: &http.Transport{DisableKeepAlives: true}},
		Logger:     DiscardLogger,
	})
	s := &sleepRecorder{}
	b.sleep = s.sleep
	return rec, b, s
}

var uuidV4 = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestPostSendsEveryHeaderAndTheBody(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"obj_1","amount":5}`))
	p := &testParams{Amount: Int64(5)}
	p.SetPayskeAccount("acct_123")
	p.Headers = http.Header{"X-Custom": {"yes"}, "Authorization": {"Bearer sk_test_other"}}
	out := &testObject{}

	require.NoError(t, b.Do(&Request{Method: http.MethodPost, Route: "/v1/things", Key: testKey, Params: p}, out))

	reqs := rec.requests()
	require.Len(t, reqs, 1)
	h := reqs[0].Header
	assert.Equal(t, "POST", reqs[0].Method)
	assert.Equal(t, "/v1/things", reqs[0].Path)
	assert.Equal(t, "Bearer "+testKey, h.Get("Authorization"), "params headers cannot replace the key")
	assert.Equal(t, APIVersion, h.Get("Payske-Version"))
	assert.Equal(t, "Payske/v1 GoBindings/"+ClientVersion, h.Get("User-Agent"))
	assert.Equal(t, "application/x-www-form-urlencoded", h.Get("Content-Type"))
	assert.Regexp(t, uuidV4, h.Get("Idempotency-Key"))
	assert.Equal(t, "acct_123", h.Get("Payske-Account"))
	assert.Equal(t, "yes", h.Get("X-Custom"))
	assert.Equal(t, "amount=5", reqs[0].Body)

	assert.Equal(t, "obj_1", out.ID)
	assert.Equal(t, int64(5), out.Amount)
	require.NotNil(t, out.LastResponse)
	assert.Equal(t, 200, out.LastResponse.StatusCode)
	assert.Equal(t, "200 OK", out.LastResponse.Status)
	assert.Equal(t, "req_test123", out.LastResponse.RequestID)
	assert.Equal(t, h.Get("Idempotency-Key"), out.LastResponse.IdempotencyKey)
	assert.JSONEq(t, `{"id":"obj_1","amount":5}`, string(out.LastResponse.RawJSON))
}

func TestPostWithoutParamsStillSendsContentTypeAndIdempotencyKey(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"obj_1"}`))
	var nilParams *testParams
	require.NoError(t, b.Do(&Request{Method: http.MethodPost, Route: "/v1/things/{thing}/capture", PathValues: []string{"obj_1"}, Key: testKey, Params: nilParams}, &testObject{}))
	reqs := rec.requests()
	require.Len(t, reqs, 1)
	assert.Equal(t, "application/x-www-form-urlencoded", reqs[0].Header.Get("Content-Type"))
	assert.Regexp(t, uuidV4, reqs[0].Header.Get("Idempotency-Key"))
	assert.Equal(t, "", reqs[0].Body)
}

func TestEachCallGetsItsOwnIdempotencyKeyUnlessTheCallerSetsOne(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
	for range 2 {
		require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, nil, &testObject{}))
	}
	p := &testParams{}
	p.SetIdempotencyKey("order-42")
	require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, p, &testObject{}))

	reqs := rec.requests()
	require.Len(t, reqs, 3)
	assert.NotEqual(t, reqs[0].Header.Get("Idempotency-Key"), reqs[1].Header.Get("Idempotency-Key"))
	assert.Equal(t, "order-42", reqs[2].Header.Get("Idempotency-Key"))
}

func TestGetSendsParamsAsQueryWithoutBodyHeaders(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
	p := &testParams{}
	p.AddExpand("customer")
	require.NoError(t, b.Do(&Request{Method: http.MethodGet, Route: "/v1/things/{thing}", PathValues: []string{"obj_1"}, Key: testKey, Params: p}, &testObject{}))
	reqs := rec.requests()
	require.Len(t, reqs, 1)
	assert.Equal(t, "/v1/things/obj_1", reqs[0].Path)
	assert.Equal(t, "expand%5B0%5D=customer", reqs[0].Query)
	assert.Empty(t, reqs[0].Header.Get("Content-Type"))
	assert.Empty(t, reqs[0].Header.Get("Idempotency-Key"))
	assert.Empty(t, reqs[0].Body)
}

func TestMissingKeyFailsBeforeAnyRequest(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
	err := b.Call(http.MethodGet, "/v1/things", "", nil, &testObject{})
	require.ErrorIs(t, err, ErrNoAPIKey)
	assert.Contains(t, err.Error(), "no API key")
	assert.Empty(t, rec.requests())
}

func TestBaseURLMustBeHTTPSUnlessLoopback(t *testing.T) {
	cases := []struct {
		url string
		ok  bool
	}{
		{"https://api.payske.com", true},
		{"https://api.payske.com/", true},
		{"http://127.0.0.1:12111", true},
		{"http://127.8.9.10", true},
		{"http://localhost:8080", true},
		{"http://[::1]:8080", true},
		{"http://api.payske.com", false},
		{"http://10.0.0.1", false},
		{"http://localhost.example.com", false},
		{"ftp://api.payske.com", false},
		{"api.payske.com", false},
	}
	for _, tc := range cases {
		t.Run(tc.url, func(t *testing.T) {
			b := newHTTPBackend(BackendConfig{URL: String(tc.url), Logger: DiscardLogger})
			if tc.ok {
				assert.NoError(t, b.urlErr)
				return
			}
			err := b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{})
			require.ErrorIs(t, err, ErrInsecureURL)
			assert.NotContains(t, err.Error(), testKey)
		})
	}
}

// TestBaseURLPasswordNeverReachesErrorsOrLogs: a base URL may carry
// userinfo (a proxy's password, or a key as the user name); neither the
// error of a refused URL, nor a network error that quotes the URL, nor a
// log record or a printed backend shows it.
func TestBaseURLPasswordNeverReachesErrorsOrLogs(t *testing.T) {
	const secret = "pw_SECRET"
	cases := []struct {
		url   string
		shown string // what the error shows of the URL
		leaks []string
	}{
		{"http://user:pw_SECRET@api.payske.com", `"http://xxxxx@api.payske.com"`, []string{secret}},
		{"ftp://user:pw_SECRET@api.payske.com", `"ftp://xxxxx@api.payske.com"`, []string{secret}},
		{"https://user:pw_SECRET@api.payske.com/?live=1", `"https://xxxxx@api.payske.com/?live=1"`, []string{secret}},
		{"https://user:pw_SECRET@api.payske.com#x", `"https://xxxxx@api.payske.com#x"`, []string{secret}},
		{"https://user:pw_SECRET@", `"https://xxxxx@"`, []string{secret}},
		{"user:pw_SECRET@api.payske.com", `"xxxxx@api.payske.com"`, []string{secret}},
		{"https://user:pw SECRET@api.payske.com", `"https://xxxxx@api.payske.com"`, []string{"SECRET"}},
		{"https://user:pw_SEC/RET@api.payske.com", `"https://xxxxx@api.payske.com"`, []string{"pw_SEC", "RET@"}},
		{"http://pw_SECRET@api.payske.com", `"http://xxxxx@api.payske.com"`, []string{secret}},
	}
	for _, tc := range cases {
		t.Run(tc.url, func(t *testing.T) {
			var logs bytes.Buffer
			b := newHTTPBackend(BackendConfig{URL: String(tc.url), Logger: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
			err := b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), "payske: BackendConfig.URL "+tc.shown)
			for _, out := range []string{err.Error(), fmt.Sprintf("%+v", err), logs.String(), fmt.Sprintf("%+v", b), fmt.Sprintf("%#v", b), fmt.Sprintf("%d", b)} {
				for _, leak := range tc.leaks {
					assert.NotContains(t, out, leak)
				}
			}
		})
	}

	t.Run("network error", func(t *testing.T) {
		rec := &recorder{answers: []func(http.ResponseWriter){dropConnection}}
		srv := httptest.NewServer(rec)
		t.Cleanup(srv.Close)
		var logs bytes.Buffer
		withPassword := strings.Replace(srv.URL, "http://", "http://user:"+secret+"@", 1)
		b := newHTTPBackend(BackendConfig{URL: String(withPassword), Logger: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
		b.sleep = (&sleepRecorder{}).sleep
		err := b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{})
		var connErr *APIConnectionError
		require.ErrorAs(t, err, &connErr)
		assert.Len(t, rec.requests(), 3)
		assert.Contains(t, err.Error(), strings.Replace(srv.URL, "http://", "http://xxxxx@", 1)+"/v1/things")
		assert.Contains(t, logs.String(), "retrying request")
		for _, out := range []string{err.Error(), logs.String(), fmt.Sprintf("%v", b), fmt.Sprintf("%s", b)} {
			assert.NotContains(t, out, secret)
		}
	})
}

func TestRedactURL(t *testing.T) {
	cases := map[string]string{
		"https://api.payske.com/v1":         "https://api.payske.com/v1",
		"https://u:p@api.payske.com/v1?q=1": "https://xxxxx@api.payske.com/v1?q=1",
		"https://sk_live_x@api.payske.com":  "https://xxxxx@api.payske.com",
		"u:p@api.payske.com":                "xxxxx@api.payske.com",
		"https://u:p%zz@api.payske.com":     "https://xxxxx@api.payske.com",
		"https://api.payske.com/a@b":        "https://api.payske.com/a@b",
		"":                                  "",
		"/v1/charges":                       "/v1/charges",
	}
	for in, want := range cases {
		assert.Equal(t, want, redactURL(in), in)
	}
}

func TestIDsAreEscapedIntoTheirPathSegment(t *testing.T) {
	cases := []struct {
		id   string
		path string
	}{
		{"ch_123", "/v1/things/ch_123"},
		{"a/b", "/v1/things/a%2Fb"},
		{"../../v1/customers", "/v1/things/..%2F..%2Fv1%2Fcustomers"},
		{"x?expand=y", "/v1/things/x%3Fexpand=y"},
		{"x#frag", "/v1/things/x%23frag"},
		{"a b", "/v1/things/a%20b"},
	}
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
			require.NoError(t, b.Do(&Request{Method: http.MethodGet, Route: "/v1/things/{thing}", PathValues: []string{tc.id}, Key: testKey}, &testObject{}))
			reqs := rec.requests()
			require.Len(t, reqs, 1)
			assert.Equal(t, tc.path, reqs[0].Path)
			assert.Empty(t, reqs[0].Query)
		})
	}
}

func TestInvalidIDsAreRefusedNamingThePlaceholder(t *testing.T) {
	for _, id := range []string{"", ".", ".."} {
		rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
		err := b.Do(&Request{Method: http.MethodGet, Route: "/v1/customers/{customer}/sources/{id}", PathValues: []string{"cus_1", id}, Key: testKey}, &testObject{})
		require.ErrorIs(t, err, ErrInvalidID, "id %q", id)
		assert.Contains(t, err.Error(), "id ID")
		assert.Empty(t, rec.requests())
	}
	_, err := fillRoute("/v1/things/{thing}", nil)
	assert.ErrorContains(t, err, "takes more IDs")
	_, err = fillRoute("/v1/things/{thing}", []string{"a", "b"})
	assert.ErrorContains(t, err, "takes 1 IDs, got 2")
}

func TestRetryableStatusesAreRetriedWithOneIdempotencyKey(t *testing.T) {
	for _, status := range []int{500, 502, 503, 409, 429} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			rec, b, sleeps := newTestServer(t,
				jsonAnswer(status, `{"error":{"type":"api_error","message":"try again"}}`),
				jsonAnswer(status, `{"error":{"type":"api_error","message":"try again"}}`),
				jsonAnswer(200, `{"id":"obj_1","amount":7}`))
			out := &testObject{}
			require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, &testParams{Amount: Int64(7)}, out))
			assert.Equal(t, "obj_1", out.ID)

			reqs := rec.requests()
			require.Len(t, reqs, 3)
			key := reqs[0].Header.Get("Idempotency-Key")
			assert.Regexp(t, uuidV4, key)
			for _, r := range reqs {
				assert.Equal(t, key, r.Header.Get("Idempotency-Key"))
				assert.Equal(t, "amount=7", r.Body, "the body is re-sent whole")
			}
			assert.Len(t, sleeps.waits, 2)
			assert.Equal(t, key, out.LastResponse.IdempotencyKey)
		})
	}
}

func TestRetriesStopAtMaxNetworkRetries(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(503, `{"error":{"type":"api_error","message":"down"}}`))
	err := b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{})
	var perr *Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, 503, perr.HTTPStatusCode)
	assert.Len(t, rec.requests(), 3, "one attempt and DefaultMaxNetworkRetries retries")

	rec, b, _ = newTestServer(t, jsonAnswer(503, `{}`))
	b.retry.maxRetries = 0
	require.Error(t, b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{}))
	assert.Len(t, rec.requests(), 1)
}

func TestMaxNetworkRetriesConfig(t *testing.T) {
	assert.Equal(t, DefaultMaxNetworkRetries, newHTTPBackend(BackendConfig{}).retry.maxRetries)
	assert.Equal(t, int64(5), newHTTPBackend(BackendConfig{MaxNetworkRetries: Int64(5)}).retry.maxRetries)
	assert.Equal(t, int64(0), newHTTPBackend(BackendConfig{MaxNetworkRetries: Int64(-3)}).retry.maxRetries)
}

func TestNonRetryableAnswersAreNotRetried(t *testing.T) {
	cases := []struct {
		name    string
		status  int
		headers []string
	}{
		{"400", 400, nil},
		{"401", 401, nil},
		{"402", 402, nil},
		{"404", 404, nil},
		{"500 with Payske-Should-Retry false", 500, []string{"Payske-Should-Retry", "false"}},
		{"429 with Payske-Should-Retry false", 429, []string{"Payske-Should-Retry", "false"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec, b, sleeps := newTestServer(t, jsonAnswer(tc.status, `{"error":{"type":"invalid_request_error","message":"no"}}`, tc.headers...))
			err := b.Call(http.MethodPost, "/v1/things", testKey, nil, &testObject{})
			require.Error(t, err)
			assert.Len(t, rec.requests(), 1)
			assert.Empty(t, sleeps.waits)
		})
	}
}

func TestPayskeShouldRetryTrueRetriesA400(t *testing.T) {
	rec, b, _ := newTestServer(t,
		jsonAnswer(400, `{"error":{"type":"invalid_request_error","message":"lock"}}`, "Payske-Should-Retry", "true"),
		jsonAnswer(200, `{"id":"obj_1"}`))
	require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, nil, &testObject{}))
	assert.Len(t, rec.requests(), 2)
}

func TestDroppedConnectionsAreRetriedWithOneIdempotencyKey(t *testing.T) {
	rec, b, _ := newTestServer(t, dropConnection, dropConnection, jsonAnswer(200, `{"id":"obj_1"}`))
	out := &testObject{}
	require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, &testParams{Amount: Int64(1)}, out))
	reqs := rec.requests()
	require.Len(t, reqs, 3)
	assert.Equal(t, reqs[0].Header.Get("Idempotency-Key"), reqs[2].Header.Get("Idempotency-Key"))
	assert.Equal(t, "obj_1", out.ID)
}

// TestEmptyIdempotencyKeyStillGetsOneKeyForEveryAttempt: an empty key sends
// no header, so a POST retried after a dropped connection could act twice;
// the SDK generates one instead, as it does when none is set.
func TestEmptyIdempotencyKeyStillGetsOneKeyForEveryAttempt(t *testing.T) {
	rec, b, _ := newTestServer(t, dropConnection, jsonAnswer(200, `{"id":"obj_1"}`))
	p := &testParams{Amount: Int64(1)}
	p.SetIdempotencyKey("")
	require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, p, &testObject{}))
	reqs := rec.requests()
	require.Len(t, reqs, 2)
	key := reqs[0].Header.Get("Idempotency-Key")
	assert.Regexp(t, uuidV4, key)
	assert.Equal(t, key, reqs[1].Header.Get("Idempotency-Key"))
}

// An empty account means the platform's own, as it does for RawRequest:
// no Payske-Account header at all rather than an empty one.
func TestEmptyPayskeAccountSendsNoHeader(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"obj_1"}`), jsonAnswer(200, `{"id":"obj_2"}`))
	p := &testParams{}
	p.SetPayskeAccount("")
	require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, p, &testObject{}))
	p.SetPayskeAccount("acct_1")
	require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, p, &testObject{}))
	reqs := rec.requests()
	require.Len(t, reqs, 2)
	assert.NotContains(t, reqs[0].Header, "Payske-Account")
	assert.Equal(t, "acct_1", reqs[1].Header.Get("Payske-Account"))
}

func TestConnectionFailureIsAnAPIConnectionError(t *testing.T) {
	rec, b, _ := newTestServer(t, dropConnection)
	err := b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{})
	var perr *Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, ErrorTypeAPIConnection, perr.Type)
	var connErr *APIConnectionError
	require.ErrorAs(t, err, &connErr)
	assert.Error(t, connErr.Err)
	assert.Len(t, rec.requests(), 3)
	assert.Contains(t, err.Error(), "payske: connection error")
}

func TestCutBodyIsRetriedAndNeverHalfDecoded(t *testing.T) {
	cut := func(w http.ResponseWriter) {
		// Promise more than is sent, then close: the client sees an
		// unexpected EOF while reading the body.
		w.Header().Set("Content-Length", "100")
		w.WriteHeader(200)
		_, _ = io.WriteString(w, `{"id":"obj_1","amo`)
	}
	rec, b, _ := newTestServer(t, cut, jsonAnswer(200, `{"id":"obj_2","amount":3}`))
	out := &testObject{}
	require.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, nil, out))
	assert.Equal(t, testObject{ID: "obj_2", Amount: 3}, testObject{ID: out.ID, Amount: out.Amount})
	reqs := rec.requests()
	require.Len(t, reqs, 2)
	assert.Equal(t, reqs[0].Header.Get("Idempotency-Key"), reqs[1].Header.Get("Idempotency-Key"))

	// Out of retries, the cut answer is a connection error and leaves the
	// target empty, even when what arrived was a complete prefix.
	cutAfterID := func(w http.ResponseWriter) {
		w.Header().Set("Content-Length", "100")
		w.WriteHeader(200)
		_, _ = io.WriteString(w, `{"id":"obj_1","amount":5}`)
	}
	_, b, _ = newTestServer(t, cutAfterID)
	b.retry.maxRetries = 0
	out = &testObject{}
	err := b.Call(http.MethodPost, "/v1/things", testKey, nil, out)
	var connErr *APIConnectionError
	require.ErrorAs(t, err, &connErr)
	require.ErrorIs(t, err, io.ErrUnexpectedEOF)
	assert.Contains(t, err.Error(), "the 200 answer was cut off")
	assert.Equal(t, &testObject{}, out)
}

func TestInvalidJSONIn2xxIsAnError(t *testing.T) {
	for name, body := range map[string]string{
		"truncated": `{"id":"obj_1","amount":`,
		"garbage":   `<html>oops</html>`,
		"trailing":  `{"id":"obj_1"} {"id":"obj_2"}`,
		"empty":     ``,
		// encoding/json fills id before it meets the bad amount: the
		// backend must not hand that half-decoded value back.
		"wrong type": `{"id":"obj_1","amount":"twelve"}`,
	} {
		t.Run(name, func(t *testing.T) {
			rec, b, _ := newTestServer(t, jsonAnswer(200, body))
			out := &testObject{}
			err := b.Call(http.MethodGet, "/v1/things", testKey, nil, out)
			var apiErr *APIError
			require.ErrorAs(t, err, &apiErr)
			assert.Contains(t, err.Error(), "not valid JSON")
			assert.Equal(t, &testObject{}, out, "nothing of the answer is left in the target")
			assert.Len(t, rec.requests(), 1, "a complete but invalid answer is not retried")
		})
	}
}

func TestOversizedBodyIsRefused(t *testing.T) {
	const limit = 1 << 10
	big := func(w http.ResponseWriter) {
		w.WriteHeader(200)
		_, _ = w.Write(bytes.Repeat([]byte(" "), 4*limit))
	}
	for _, target := range []LastResponseSetter{&testObject{}, nil} {
		rec, b, _ := newTestServer(t, big)
		b.maxBody = limit
		err := b.Call(http.MethodGet, "/v1/things", testKey, nil, target)
		require.ErrorIs(t, err, errBodyTooLarge)
		assert.Len(t, rec.requests(), 1, "the same request would get the same answer: not retried")
	}

	// An answer of exactly the limit is read.
	_, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"x"}`+strings.Repeat(" ", limit-10)))
	b.maxBody = limit
	require.NoError(t, b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{}))
	assert.Equal(t, int64(maxBodyBytes), newHTTPBackend(BackendConfig{}).maxBody)
}

func TestRetryAfterIsHonouredAndBounded(t *testing.T) {
	rec, b, sleeps := newTestServer(t,
		jsonAnswer(429, `{"error":{"type":"invalid_request_error","code":"rate_limit","message":"slow down"}}`, "Retry-After", "3"),
		jsonAnswer(200, `{}`))
	require.NoError(t, b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{}))
	assert.Equal(t, []time.Duration{3 * time.Second}, sleeps.waits)
	assert.Len(t, rec.requests(), 2)

	// A wait longer than the SDK accepts ends the call at once with the
	// rate-limit error rather than stalling the caller.
	rec, b, sleeps = newTestServer(t,
		jsonAnswer(429, `{"error":{"type":"invalid_request_error","code":"rate_limit","message":"slow down"}}`, "Retry-After", "3600"),
		jsonAnswer(200, `{}`))
	err := b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{})
	var rl *RateLimitError
	require.ErrorAs(t, err, &rl)
	assert.Empty(t, sleeps.waits)
	assert.Len(t, rec.requests(), 1)
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"0", 0, true},
		{"7", 7 * time.Second, true},
		{"-1", 0, false},
		{"soon", 0, false},
		{"99999999999", time.Hour, true},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0, true},
	}
	for _, tc := range cases {
		got, ok := parseRetryAfter(tc.in, now)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestBackoffGrowsWithJitterAndIsCapped(t *testing.T) {
	p := defaultRetryPolicy(10)
	for attempt := int64(0); attempt < 10; attempt++ {
		step := min(p.minDelay<<attempt, p.maxDelay)
		for range 50 {
			d, ok := p.delay(attempt, nil)
			require.True(t, ok)
			assert.GreaterOrEqual(t, d, step/2, "attempt %d", attempt)
			assert.LessOrEqual(t, d, step, "attempt %d", attempt)
		}
	}
	d, ok := p.delay(62, nil)
	require.True(t, ok)
	assert.LessOrEqual(t, d, p.maxDelay)
}

// doneContext is a context the test ends by hand, with the error it
// chooses, so that no test waits for a real deadline.
type doneContext struct {
	context.Context
	done chan struct{}
	once sync.Once
	err  error
}

func newDoneContext() *doneContext {
	return &doneContext{Context: context.Background(), done: make(chan struct{})}
}

func (c *doneContext) end(err error) {
	c.once.Do(func() { c.err = err; close(c.done) })
}

func (c *doneContext) Done() <-chan struct{} { return c.done }

func (c *doneContext) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}

func TestContextEndingDuringBackoffReturnsPromptly(t *testing.T) {
	for _, cause := range []error{context.Canceled, context.DeadlineExceeded} {
		t.Run(cause.Error(), func(t *testing.T) {
			rec, b, _ := newTestServer(t, jsonAnswer(503, `{"error":{"type":"api_error","message":"down"}}`, "Retry-After", "25"))
			waiting := make(chan time.Duration, 1)
			b.sleep = func(ctx context.Context, d time.Duration) error {
				waiting <- d
				return sleepContext(ctx, d) // the real wait, cut short below
			}
			ctx := newDoneContext()
			p := &testParams{}
			p.Context = ctx
			done := make(chan error, 1)
			go func() { done <- b.Call(http.MethodPost, "/v1/things", testKey, p, &testObject{}) }()

			assert.Equal(t, 25*time.Second, <-waiting, "the backend is in its 25 s backoff")
			ctx.end(cause)
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the call did not return when its context ended")
			}
			require.ErrorIs(t, err, cause)
			var perr *Error
			require.ErrorAs(t, err, &perr)
			assert.Equal(t, ErrorTypeAPIConnection, perr.Type)
			assert.Len(t, rec.requests(), 1, "no attempt after the context ended")
		})
	}
}

func TestContextBoundsTheWholeCall(t *testing.T) {
	// The context ends while the backoff timer fires: the next attempt is
	// not sent.
	rec, b, _ := newTestServer(t, jsonAnswer(503, `{}`))
	ctx := newDoneContext()
	b.sleep = func(context.Context, time.Duration) error {
		ctx.end(context.DeadlineExceeded)
		return nil
	}
	p := &testParams{}
	p.Context = ctx
	err := b.Call(http.MethodGet, "/v1/things", testKey, p, &testObject{})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Len(t, rec.requests(), 1)

	// A context already done sends nothing.
	rec, b, _ = newTestServer(t, jsonAnswer(200, `{}`))
	ctx = newDoneContext()
	ctx.end(context.Canceled)
	p.Context = ctx
	require.ErrorIs(t, b.Call(http.MethodPost, "/v1/things", testKey, p, &testObject{}), context.Canceled)
	assert.Empty(t, rec.requests())
}

func TestSleepContext(t *testing.T) {
	ctx := newDoneContext()
	assert.NoError(t, sleepContext(ctx, 0))
	ctx.end(context.Canceled)
	assert.ErrorIs(t, sleepContext(ctx, time.Hour), context.Canceled)
	assert.ErrorIs(t, sleepContext(ctx, 0), context.Canceled)
}

func TestNonJSONErrorBodiesStillGiveAnError(t *testing.T) {
	cases := []struct {
		name, body, want string
		status           int
		as               any
	}{
		{"html from a proxy", "<html><body>Bad Gateway</body></html>", `"<html><body>Bad Gateway</body></html>"`, 502, new(*APIError)},
		{"empty", "", "(empty body)", 500, new(*APIError)},
		{"truncated", `{"error":{"type":"card_er`, `"{\"error\":{\"type\":\"card_er"`, 402, new(*CardError)},
		{"long", strings.Repeat("x", 1000), `"` + strings.Repeat("x", 200) + `"...`, 400, new(*InvalidRequestError)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, b, _ := newTestServer(t, jsonAnswer(tc.status, tc.body))
			b.retry.maxRetries = 0
			err := b.Call(http.MethodGet, "/v1/things", testKey, nil, &testObject{})
			var perr *Error
			require.ErrorAs(t, err, &perr)
			assert.Equal(t, tc.status, perr.HTTPStatusCode)
			assert.Equal(t, "req_test123", perr.RequestID)
			assert.Contains(t, perr.Msg, tc.want)
			assert.ErrorAs(t, err, tc.as)
		})
	}
}

// countingTransport is a caller's own transport: it counts the requests
// it sends, so a test sees that the backend kept it.
type countingTransport struct{ n atomic.Int64 }

func (c *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(req)
}

// TestRedirectIsNotFollowedAndSaysSo: no client stops at a redirect on its
// own (a caller's client follows a 307 or 308 with the body, and keeps the
// key on a downgrade to plain http on the same host), so the backend stops
// every one of them, without changing the caller's client, and the error
// names the redirect rather than calling it a malformed error body.
func TestRedirectIsNotFollowedAndSaysSo(t *testing.T) {
	followAll := func(*http.Request, []*http.Request) error { return nil }
	passThrough := func(calls *atomic.Int64) Middleware {
		return func(next RoundTripFunc) RoundTripFunc {
			return func(req *http.Request, info RequestInfo) (*http.Response, error) {
				calls.Add(1)
				return next(req, info)
			}
		}
	}
	cases := []struct {
		name       string
		client     func() *http.Client
		middleware bool
	}{
		{"default client", func() *http.Client { return nil }, false},
		{"caller's client", func() *http.Client { return &http.Client{Transport: &countingTransport{}, Timeout: time.Minute} }, false},
		{"caller's client that follows every redirect", func() *http.Client {
			return &http.Client{Transport: &countingTransport{}, CheckRedirect: followAll}
		}, false},
		{"caller's client behind middleware", func() *http.Client { return &http.Client{Transport: &countingTransport{}} }, true},
	}
	for _, status := range []int{http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		for _, tc := range cases {
			t.Run(fmt.Sprintf("%d/%s", status, tc.name), func(t *testing.T) {
				var elsewhere atomic.Int64
				other := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { elsewhere.Add(1) }))
				t.Cleanup(other.Close)
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					http.Redirect(w, r, other.URL+"/v1/charges", status)
				}))
				t.Cleanup(srv.Close)
				client := tc.client()
				var before http.Client
				if client != nil {
					before = *client
				}
				var middlewareCalls atomic.Int64
				cfg := BackendConfig{URL: String(srv.URL), HTTPClient: client, Logger: DiscardLogger, MaxNetworkRetries: Int64(0)}
				if tc.middleware {
					cfg.Middleware = []Middleware{passThrough(&middlewareCalls)}
				}
				b := newHTTPBackend(cfg)

				err := b.Call(http.MethodPost, "/v1/charges", testKey, &testParams{Number: String("4242424242424242")}, &testObject{})
				var perr *Error
				require.ErrorAs(t, err, &perr)
				assert.Equal(t, status, perr.HTTPStatusCode)
				assert.Contains(t, err.Error(), "redirect, which the SDK does not follow")
				assert.Contains(t, perr.Msg, strconv.Quote(other.URL+"/v1/charges"))
				assert.Zero(t, elsewhere.Load(), "nothing reached the redirect's target")
				if client == nil {
					return
				}
				assert.Equal(t, int64(1), client.Transport.(*countingTransport).n.Load(), "the caller's transport sent the request")
				assert.Equal(t, before.Timeout, client.Timeout)
				assert.Equal(t, before.CheckRedirect == nil, client.CheckRedirect == nil, "the caller's client is not modified")
				if tc.middleware {
					assert.Equal(t, int64(1), middlewareCalls.Load())
				}
			})
		}
	}
}

func TestErrorBodiesMapToTypedErrors(t *testing.T) {
	cases := []struct {
		status int
		body   string
		want   any
		typ    ErrorType
	}{
		{402, `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","charge":"ch_1","message":"Your card has insufficient funds."}}`, new(*CardError), ErrorTypeCard},
		{400, `{"error":{"type":"invalid_request_error","param":"amount","message":"Missing required param: amount."}}`, new(*InvalidRequestError), ErrorTypeInvalidRequest},
		{404, `{"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such charge"}}`, new(*InvalidRequestError), ErrorTypeInvalidRequest},
		{401, `{"error":{"type":"invalid_request_error","message":"Invalid API Key provided"}}`, new(*AuthenticationError), ErrorTypeInvalidRequest},
		{401, `{"error":{"type":"authentication_error","message":"bad key"}}`, new(*AuthenticationError), ErrorTypeAuthentication},
		{403, `{"error":{"type":"invalid_request_error","message":"not allowed"}}`, new(*PermissionError), ErrorTypeInvalidRequest},
		{429, `{"error":{"type":"invalid_request_error","code":"rate_limit","message":"slow"}}`, new(*RateLimitError), ErrorTypeInvalidRequest},
		{400, `{"error":{"type":"idempotency_error","message":"Keys for idempotent requests can only be used with the same parameters"}}`, new(*IdempotencyError), ErrorTypeIdempotency},
		{500, `{"error":{"type":"api_error","message":"boom"}}`, new(*APIError), ErrorTypeAPI},
		{400, `{"error":{"type":"validation_error","message":"odd"}}`, new(*InvalidRequestError), "validation_error"},
		{500, `{"error":{"message":"no type"}}`, new(*APIError), ErrorTypeAPI},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%d %s", tc.status, tc.typ), func(t *testing.T) {
			_, b, _ := newTestServer(t, jsonAnswer(tc.status, tc.body))
			b.retry.maxRetries = 0
			err := b.Call(http.MethodPost, "/v1/things", testKey, nil, &testObject{})
			perr, ok := err.(*Error)
			require.True(t, ok, "the error is a *payske.Error itself, as the reference's type assertion needs")
			assert.Equal(t, tc.typ, perr.Type)
			assert.ErrorAs(t, err, tc.want)
			assert.NotContains(t, err.Error(), "{", "Error() is a sentence, not JSON")
		})
	}
}

func TestCardErrorCarriesDeclineCodeAndCharge(t *testing.T) {
	_, b, _ := newTestServer(t, jsonAnswer(402, `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","charge":"ch_1","param":"","doc_url":"https://payske.com/docs/error-codes/card-declined","message":"Your card has insufficient funds."}}`))
	err := b.Call(http.MethodPost, "/v1/charges", testKey, nil, &testObject{})
	var perr *Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, ErrorCodeCardDeclined, perr.Code)
	assert.Equal(t, DeclineCodeInsufficientFunds, perr.DeclineCode)
	assert.Equal(t, "ch_1", perr.ChargeID)
	assert.Equal(t, "https://payske.com/docs/error-codes/card-declined", perr.DocURL)
	var cardErr *CardError
	require.ErrorAs(t, err, &cardErr)
	assert.Equal(t, DeclineCodeInsufficientFunds, cardErr.DeclineCode)
	assert.Equal(t, perr.Error(), cardErr.Error())
	assert.Equal(t,
		"payske: card error (HTTP 402, request req_test123): Your card has insufficient funds. [code card_declined, decline code insufficient_funds]",
		err.Error())
}

func TestErrorSentences(t *testing.T) {
	e := &Error{Type: ErrorTypeInvalidRequest, HTTPStatusCode: 400, Msg: "Missing required param: amount.", Param: "amount"}
	assert.Equal(t, "payske: invalid request error (HTTP 400): Missing required param: amount. [param amount]", e.Error())
	assert.Equal(t, "payske: error", (&Error{}).Error())
	conn := newConnectionError("could not reach Payske: connection refused", errors.New("connection refused"))
	assert.Equal(t, "payske: connection error: could not reach Payske: connection refused", conn.Error())
}

func TestLogsNeverContainTheKeyOrTheBody(t *testing.T) {
	var logs bytes.Buffer
	rec := &recorder{answers: []func(http.ResponseWriter){
		jsonAnswer(500, `{"error":{"type":"api_error","message":"boom"}}`),
		jsonAnswer(402, `{"error":{"type":"card_error","code":"card_declined","message":"Your card was declined."}}`),
	}}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	b := newHTTPBackend(BackendConfig{
		URL:    String(srv.URL),
		Logger: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	})
	b.sleep = (&sleepRecorder{}).sleep
	err := b.Call(http.MethodPost, "/v1/charges", testKey, &testParams{Number: String("4242424242424242")}, &testObject{})
	require.Error(t, err)
	assert.NotContains(t, logs.String(), testKey)
	assert.NotContains(t, logs.String(), "4242424242424242")
	assert.NotContains(t, err.Error(), testKey)
	assert.Contains(t, logs.String(), `"route":"/v1/charges"`)
	assert.Contains(t, logs.String(), "retrying request")
	assert.Contains(t, logs.String(), "request failed")

	// net/http quotes the whole URL in a transport error; the query (the
	// params of a GET) is cut from it before it reaches a log or an error.
	logs.Reset()
	rec = &recorder{answers: []func(http.ResponseWriter){dropConnection}}
	srv2 := httptest.NewServer(rec)
	defer srv2.Close()
	b.baseURL = srv2.URL
	err = b.Call(http.MethodGet, "/v1/tokens", testKey, &testParams{Number: String("4000056655665556")}, &testObject{})
	var connErr *APIConnectionError
	require.ErrorAs(t, err, &connErr)
	assert.Len(t, rec.requests(), 3)
	assert.Contains(t, rec.requests()[0].Query, "4000056655665556", "the number did go out in the query")
	assert.Contains(t, logs.String(), "retrying request")
	assert.Contains(t, err.Error(), "/v1/tokens")
	for _, out := range []string{logs.String(), err.Error()} {
		assert.NotContains(t, out, "4000056655665556")
		assert.NotContains(t, out, testKey)
	}
}

// TestFailedCallRecordCarriesTheAnswer: the one record of a failed call is
// at Info for a 4xx (an answer for the caller) and at Error otherwise, and
// carries the status, request ID, error type and code as attributes of
// their own, not only inside the message.
func TestFailedCallRecordCarriesTheAnswer(t *testing.T) {
	cases := []struct {
		name   string
		answer func(http.ResponseWriter)
		level  string
		attrs  map[string]any // JSON values; nil means absent
	}{
		{"card decline", jsonAnswer(402, `{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"Your card was declined."}}`),
			"INFO", map[string]any{"status": 402.0, "request_id": "req_test123", "type": "card_error", "code": "card_declined"}},
		{"server error", jsonAnswer(500, `{"error":{"type":"api_error","message":"boom"}}`),
			"ERROR", map[string]any{"status": 500.0, "request_id": "req_test123", "type": "api_error", "code": nil}},
		{"network failure", dropConnection,
			"ERROR", map[string]any{"status": nil, "request_id": nil, "type": "api_connection_error", "code": nil}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{answers: []func(http.ResponseWriter){tc.answer}}
			srv := httptest.NewServer(rec)
			t.Cleanup(srv.Close)
			var logs bytes.Buffer
			b := newHTTPBackend(BackendConfig{URL: String(srv.URL), MaxNetworkRetries: Int64(0),
				Logger: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
			require.Error(t, b.Call(http.MethodPost, "/v1/charges", testKey, nil, &testObject{}))

			var record map[string]any
			require.NoError(t, json.Unmarshal(logs.Bytes(), &record), "one JSON record: %s", logs.String())
			assert.Equal(t, "payske: request failed", record["msg"])
			assert.Equal(t, tc.level, record["level"])
			assert.Equal(t, "/v1/charges", record["route"])
			assert.Equal(t, 1.0, record["attempts"])
			assert.NotEmpty(t, record["error"])
			for k, want := range tc.attrs {
				got, ok := record[k]
				if want == nil {
					assert.False(t, ok, "%s: %v", k, got)
					continue
				}
				assert.Equal(t, want, got, k)
			}
		})
	}
}

func TestDefaultLoggerIsQuietBelowError(t *testing.T) {
	l := defaultLogger()
	assert.False(t, l.Enabled(context.Background(), slog.LevelWarn))
	assert.True(t, l.Enabled(context.Background(), slog.LevelError))
	assert.False(t, DiscardLogger.Enabled(context.Background(), slog.LevelError))
	h := slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: LevelNull})
	assert.False(t, h.Enabled(context.Background(), slog.LevelError))
}

func TestGetBackendWithConfigDoesNotWriteIntoTheConfig(t *testing.T) {
	client := &http.Client{}
	full := BackendConfig{URL: String("https://example.test/"), HTTPClient: client, MaxNetworkRetries: Int64(-1), Logger: DiscardLogger}
	cfg := full
	hb := GetBackendWithConfig(APIBackend, &cfg).(*httpBackend)
	assert.Equal(t, full, cfg)
	assert.Equal(t, "https://example.test/", *cfg.URL)
	assert.Equal(t, int64(-1), *cfg.MaxNetworkRetries)
	assert.Same(t, client, cfg.HTTPClient)
	assert.Nil(t, client.CheckRedirect, "the caller's client is not modified")
	assert.Equal(t, "https://example.test", hb.baseURL)
	assert.Equal(t, int64(0), hb.retry.maxRetries)

	cfg = BackendConfig{}
	b := GetBackendWithConfig(APIBackend, &cfg)
	assert.Equal(t, BackendConfig{}, cfg, "defaults are not written back")
	hb = b.(*httpBackend)
	assert.Equal(t, APIURL, hb.baseURL)
	assert.Equal(t, DefaultMaxNetworkRetries, hb.retry.maxRetries)
	assert.NotNil(t, hb.client.CheckRedirect, "the default client does not follow redirects")
}

func TestBackendRegistryIsSafeForConcurrentUse(t *testing.T) {
	orig := GetBackend(APIBackend)
	t.Cleanup(func() { SetBackend(APIBackend, orig) })
	custom := GetBackendWithConfig(APIBackend, &BackendConfig{Logger: DiscardLogger})
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				SetBackend(APIBackend, custom)
			} else {
				assert.NotNil(t, GetBackend(APIBackend))
			}
		}()
	}
	wg.Wait()
	SetBackend(APIBackend, custom)
	assert.Same(t, custom, GetBackend(APIBackend))
}

// TestOneBackendServesConcurrentCalls runs calls side by side on one backend
// (under -race): each gets its own answer and its own idempotency key.
func TestOneBackendServesConcurrentCalls(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		w.Header().Set("Request-Id", "req_"+r.PostForm.Get("amount"))
		_, _ = fmt.Fprintf(w, `{"id":%q,"amount":%s}`, r.Header.Get("Idempotency-Key"), r.PostForm.Get("amount"))
	}))
	defer srv.Close()
	b := GetBackendWithConfig(APIBackend, &BackendConfig{URL: String(srv.URL), Logger: DiscardLogger})
	const n = 20
	outs := make([]*testObject, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i] = &testObject{}
			assert.NoError(t, b.Call(http.MethodPost, "/v1/things", testKey, &testParams{Amount: Int64(int64(i))}, outs[i]))
		}()
	}
	wg.Wait()
	keys := map[string]bool{}
	for i, out := range outs {
		assert.Equal(t, int64(i), out.Amount)
		assert.Equal(t, fmt.Sprintf("req_%d", i), out.LastResponse.RequestID)
		assert.Equal(t, out.ID, out.LastResponse.IdempotencyKey)
		keys[out.ID] = true
	}
	assert.Len(t, keys, n, "every call has its own idempotency key")
}

func TestDecodeIntoNilTargetIsAllowed(t *testing.T) {
	_, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"x"}`))
	require.NoError(t, b.Call(http.MethodDelete, "/v1/things", testKey, nil, nil))
}

func TestErrorJSONShape(t *testing.T) {
	// *Error marshals as a plain object users can log or forward.
	e := &Error{Type: ErrorTypeCard, Code: ErrorCodeCardDeclined, Msg: "declined", HTTPStatusCode: 402}
	raw, err := json.Marshal(e)
	require.NoError(t, err)
	assert.JSONEq(t, `{"type":"card_error","code":"card_declined","message":"declined","status":402}`, string(raw))
}

// traceKey stands for the key under which a tracing library keeps its span
// in a context.
type traceKey struct{}

// contextRecorder is a slog handler that keeps the trace value of the
// context of every record it handles.
type contextRecorder struct {
	mu     sync.Mutex
	traces []any
}

func (h *contextRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (h *contextRecorder) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *contextRecorder) WithGroup(string) slog.Handler            { return h }
func (h *contextRecorder) Handle(ctx context.Context, _ slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.traces = append(h.traces, ctx.Value(traceKey{}))
	return nil
}

// TestLogRecordsCarryTheCallsContext: a handler that adds trace IDs to log
// lines finds the caller's context on the records of a call, whether it
// succeeded, was retried or failed.
func TestLogRecordsCarryTheCallsContext(t *testing.T) {
	_, b, _ := newTestServer(t,
		jsonAnswer(http.StatusServiceUnavailable, `{"error":{"type":"api_error","message":"busy"}}`),
		jsonAnswer(http.StatusOK, `{"id":"ch_1","amount":100}`),
		jsonAnswer(http.StatusBadRequest, `{"error":{"type":"invalid_request_error","message":"no"}}`))
	h := &contextRecorder{}
	b.logger = slog.New(h)
	b.retry.maxRetries = 1

	p := &testParams{}
	p.Context = context.WithValue(context.Background(), traceKey{}, "trace-1")
	require.NoError(t, b.Call(http.MethodPost, "/v1/charges", testKey, p, &testObject{}))
	require.Error(t, b.Call(http.MethodPost, "/v1/charges", testKey, p, &testObject{}))

	h.mu.Lock()
	defer h.mu.Unlock()
	require.Len(t, h.traces, 3, "retrying, done, failed")
	for i, trace := range h.traces {
		assert.Equal(t, "trace-1", trace, "record %d", i)
	}
}
