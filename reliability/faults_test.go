package reliability_test

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
)

// step is what a purpose-built server does with one request. release is
// closed when the test ends, so that a step that hangs never outlives it.
type step func(w http.ResponseWriter, r *http.Request, l *ledger, release <-chan struct{})

func dropBefore(w http.ResponseWriter, _ *http.Request, _ *ledger, _ <-chan struct{}) {
	dropConnection(w)
}

func dropAfter(w http.ResponseWriter, r *http.Request, l *ledger, _ <-chan struct{}) {
	l.apply(r)
	dropConnection(w)
}

// status answers code with a Payske error body and the given header pairs,
// without applying the request.
func status(code int, header ...string) step {
	return func(w http.ResponseWriter, _ *http.Request, _ *ledger, _ <-chan struct{}) {
		for i := 0; i+1 < len(header); i += 2 {
			w.Header().Set(header[i], header[i+1])
		}
		typ := "api_error"
		if code == http.StatusTooManyRequests {
			typ = "rate_limit_error"
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_, _ = io.WriteString(w, `{"error":{"type":"`+typ+`","message":"injected `+strconv.Itoa(code)+`"}}`)
	}
}

// slowAnswer applies the request, then answers nothing until the client
// gives up: the charge is made but the answer comes too late.
func slowAnswer(_ http.ResponseWriter, r *http.Request, l *ledger, release <-chan struct{}) {
	l.apply(r)
	select {
	case <-r.Context().Done():
	case <-release:
	}
}

// stallMidBody applies the request, sends half of its answer and stalls.
func stallMidBody(w http.ResponseWriter, r *http.Request, l *ledger, release <-chan struct{}) {
	body, _ := l.apply(r)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body[:len(body)/2])
	w.(http.Flusher).Flush()
	select {
	case <-r.Context().Done():
	case <-release:
	}
}

// redirectTo answers 307 to url, which would re-send the POST there.
func redirectTo(url *string) step {
	return func(w http.ResponseWriter, r *http.Request, _ *ledger, _ <-chan struct{}) {
		http.Redirect(w, r, *url+r.URL.Path, http.StatusTemporaryRedirect)
	}
}

// serverKind is how the test server is reached.
type serverKind int

const (
	plainHTTP    serverKind = iota
	tlsUntrusted            // TLS with a certificate the client does not trust
	tlsWrongHost            // a trusted certificate that does not name the host
	tlsTrusted              // the control: a trusted certificate for the host
	tlsToPlain              // an https URL answered in plain HTTP
)

// faultCase is one scenario of TestFaultSuite.
type faultCase struct {
	name    string
	kind    serverKind
	steps   []step // per request in order; then requests are served normally
	retries int64
	timeout time.Duration // http.Client.Timeout; 0 keeps the SDK's client

	wantErr      func(t *testing.T, err error) // nil: the call succeeds
	wantAttempts int
	wantRequests int // requests that reached the handler
	wantCharges  int // charges the server holds afterwards
	minGap       time.Duration
	// callerRetries: the caller set its own idempotency key and, after the
	// error, repeats the call with it; that must return the charge the
	// server made, not make a second one.
	callerRetries bool
}

// errAs returns a check that the call failed with an error that errors.As
// finds as a T, and whose message holds msg.
func errAs[T any](msg string) func(t *testing.T, err error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var target T
		require.ErrorAs(t, err, &target)
		assert.ErrorContains(t, err, msg)
	}
}

func statusErr(code int) func(t *testing.T, err error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var perr *payske.Error
		require.ErrorAs(t, err, &perr)
		assert.Equal(t, code, perr.HTTPStatusCode)
	}
}

// TestFaultSuite creates one charge per scenario against a server that
// fails on cue, and checks the call's result, the SDK's attempts, that
// every attempt and request carried one idempotency key, and what the
// server holds afterwards: one charge for a call that succeeded (the one it
// returned), none for a call that failed before the server acted.
func TestFaultSuite(t *testing.T) {
	evilURL := new(string)
	cases := []faultCase{
		{name: "dropped before acting, twice", steps: []step{dropBefore, dropBefore}, retries: 3,
			wantAttempts: 3, wantRequests: 3, wantCharges: 1},
		{name: "dropped after acting", steps: []step{dropAfter}, retries: 3,
			wantAttempts: 2, wantRequests: 2, wantCharges: 1},
		{name: "dropped after acting, no retries", steps: []step{dropAfter}, retries: 0,
			wantErr:      errAs[*payske.APIConnectionError]("could not reach Payske"),
			wantAttempts: 1, wantRequests: 1, wantCharges: 1, callerRetries: true},
		{name: "409 and 5xx burst", steps: []step{status(409), status(500), status(502), status(503)}, retries: 4,
			wantAttempts: 5, wantRequests: 5, wantCharges: 1},
		{name: "5xx burst longer than the retries", retries: 2,
			steps:        []step{status(503), status(503), status(503), status(503)},
			wantErr:      statusErr(503),
			wantAttempts: 3, wantRequests: 3, wantCharges: 0},
		{name: "429 with Retry-After: 1", steps: []step{status(429, "Retry-After", "1")}, retries: 3,
			wantAttempts: 2, wantRequests: 2, wantCharges: 1, minGap: time.Second},
		{name: "429 with Retry-After past the cap", steps: []step{status(429, "Retry-After", "3600")}, retries: 3,
			wantErr:      errAs[*payske.RateLimitError]("injected 429"),
			wantAttempts: 1, wantRequests: 1, wantCharges: 0},
		{name: "slow answer past the client timeout", steps: []step{slowAnswer}, retries: 3,
			timeout: time.Second, wantAttempts: 2, wantRequests: 2, wantCharges: 1},
		{name: "stall mid-body", steps: []step{stallMidBody}, retries: 3,
			timeout: time.Second, wantAttempts: 2, wantRequests: 2, wantCharges: 1},
		{name: "redirect elsewhere", steps: []step{redirectTo(evilURL)}, retries: 3,
			wantErr: statusErr(http.StatusTemporaryRedirect), wantAttempts: 1, wantRequests: 1},
		{name: "TLS, untrusted certificate", kind: tlsUntrusted, retries: 3,
			wantErr:      errAs[x509.UnknownAuthorityError]("certificate signed by unknown authority"),
			wantAttempts: 1},
		{name: "TLS, certificate for another host", kind: tlsWrongHost, retries: 3,
			wantErr: errAs[x509.HostnameError]("certificate is valid for"), wantAttempts: 1},
		{name: "TLS, https URL answered in plain HTTP", kind: tlsToPlain, retries: 3,
			wantErr: errAs[*payske.APIConnectionError]("HTTP response to HTTPS client"), wantAttempts: 1},
		{name: "TLS, trusted certificate (control)", kind: tlsTrusted, retries: 3,
			wantAttempts: 1, wantRequests: 1, wantCharges: 1},
	}

	// evil stands for another host a redirect points to: nothing may reach it.
	var evilHits atomic.Int64
	evil := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { evilHits.Add(1) }))
	defer evil.Close()
	*evilURL = evil.URL

	var calls, faults, attempts, duplicates, lost, failed int
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLedger()
			var served atomic.Int64 // faults actually injected
			release := make(chan struct{})
			handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				n := l.note(r)
				if n <= len(tc.steps) {
					served.Add(1)
					tc.steps[n-1](w, r, l, release)
					return
				}
				l.serveOK(w, r)
			})
			url, client := startServer(t, tc, handler)
			t.Cleanup(func() { close(release) }) // runs before the server's Close

			alog := &attemptLog{}
			c := charge.Client{B: newBackend(url, tc.retries, client, alog), Key: testKey}
			params := chargeParams("order-" + tc.name)
			if tc.callerRetries {
				params.SetIdempotencyKey("order-" + tc.name)
			}
			ch, err := c.New(params)

			requests, keys, charges := l.snapshot()
			tried := alog.all()
			calls++
			faults += int(served.Load())
			attempts += len(tried)
			if tc.wantErr == nil {
				require.NoError(t, err)
				require.Len(t, charges, 1)
				assert.Equal(t, charges[0], ch.ID, "the call returns the charge the server made")
				assert.Equal(t, "1234", strconv.FormatInt(ch.Amount, 10))
			} else {
				require.Error(t, err)
				failed++
				tc.wantErr(t, err)
				assert.NotContains(t, err.Error(), testKey, "an error never carries the key")
			}
			assert.Len(t, tried, tc.wantAttempts, "attempts the SDK made")
			assert.Equal(t, tc.wantRequests, requests, "requests that reached the server")
			assert.Len(t, charges, tc.wantCharges, "charges the server holds")

			// One idempotency key throughout: every attempt and every
			// request the server saw carried the same one.
			seen := map[string]bool{}
			for i, a := range tried {
				assert.Equal(t, i+1, a.info.Attempt)
				seen[a.header] = true
				seen[a.info.IdempotencyKey] = true
			}
			for _, k := range keys {
				seen[k] = true
			}
			assert.Len(t, seen, 1, "one idempotency key across attempts and requests")
			assert.NotContains(t, seen, "")

			if tc.minGap > 0 {
				require.Len(t, tried, 2)
				gap := tried[1].at.Sub(tried[0].at)
				assert.GreaterOrEqual(t, gap, tc.minGap, "Retry-After is honoured over the backoff")
			}
			if tc.callerRetries {
				again, againErr := c.New(params)
				require.NoError(t, againErr)
				_, _, charges = l.snapshot()
				require.Len(t, charges, 1, "the caller's retry replays, it does not charge again")
				assert.Equal(t, charges[0], again.ID)
				assert.Equal(t, "true", again.LastResponse.Header.Get("Idempotent-Replayed"))
			}
			if len(charges) > 1 {
				duplicates += len(charges) - 1
			}
			if err == nil && (len(charges) == 0 || charges[0] != ch.ID) {
				lost++
			}
			t.Logf("%-40s attempts=%d requests=%d faults=%d charges=%d err=%v",
				tc.name, len(tried), requests, served.Load(), len(charges), errSummary(err))
		})
	}
	assert.Zero(t, evilHits.Load(), "a redirect never takes the request elsewhere")
	t.Logf("fault suite: scenarios=%d calls=%d faults injected=%d attempts=%d failed as expected=%d duplicates=%d lost=%d",
		len(cases), calls, faults, attempts, failed, duplicates, lost)
	assert.Zero(t, duplicates)
	assert.Zero(t, lost)
}

// startServer starts the scenario's server and returns the URL the SDK is
// given and the HTTP client it uses (nil for the SDK's default).
func startServer(t *testing.T, tc faultCase, h http.Handler) (string, *http.Client) {
	srv := httptest.NewUnstartedServer(h)
	// Handshake failures are the point of some scenarios, not noise.
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	if tc.kind == plainHTTP || tc.kind == tlsToPlain {
		srv.Start()
	} else {
		srv.StartTLS()
	}
	t.Cleanup(srv.Close)

	var client *http.Client
	if tc.timeout > 0 {
		client = &http.Client{Timeout: tc.timeout, Transport: &http.Transport{}}
	}
	url := srv.URL
	switch tc.kind {
	case tlsToPlain:
		url = strings.Replace(url, "http://", "https://", 1)
	case tlsWrongHost, tlsTrusted:
		pool := x509.NewCertPool()
		pool.AddCert(srv.Certificate())
		client = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}}}
		if tc.kind == tlsWrongHost {
			// The test certificate names 127.0.0.1 and example.com, not
			// localhost, which the SDK accepts over https as loopback.
			url = strings.Replace(url, "127.0.0.1", "localhost", 1)
		}
	}
	return url, client
}

// errSummary is "-" for no error, or the error's first 90 characters.
func errSummary(err error) string {
	if err == nil {
		return "-"
	}
	s := err.Error()
	if len(s) > 90 {
		s = s[:90] + "..."
	}
	return s
}
