package payske

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// maxBodyBytes bounds how much of an answer is read, so that a broken or
// hostile server cannot exhaust memory. The largest real answers (a page of
// 100 expanded objects) are far below it.
const maxBodyBytes = 32 << 20

var userAgent = "Payske/v1 GoBindings/" + ClientVersion

// httpBackend is the Backend that talks to the Payske API over HTTP. It is
// immutable after construction and safe for concurrent use.
type httpBackend struct {
	baseURL string
	urlErr  error
	client  *http.Client
	retry   retryPolicy
	logger  *slog.Logger
	maxBody int64 // BackendConfig.MaxResponseBytes, or maxBodyBytes

	// roundTrip sends one attempt: the middleware around client.Do.
	roundTrip RoundTripFunc
	// limiter is the client-side rate limit: BackendConfig.RateLimiter, or
	// the token bucket of MaxRequestsPerSecond; nil when there is none.
	limiter RateLimiter
	// configErr is an invalid middleware or rate limit setting, reported
	// by every call.
	configErr error

	// sleep waits between attempts; tests replace it to observe backoff
	// without waiting.
	sleep func(ctx context.Context, d time.Duration) error
}

func newHTTPBackend(c BackendConfig) *httpBackend {
	b := &httpBackend{
		logger:  c.Logger,
		sleep:   sleepContext,
		maxBody: maxBodyBytes,
		retry:   defaultRetryPolicy(DefaultMaxNetworkRetries),
	}
	raw := APIURL
	if c.URL != nil {
		raw = *c.URL
	}
	if u, err := checkBaseURL(raw); err != nil {
		b.urlErr = err
	} else {
		b.baseURL = u.String()
	}
	b.client = noRedirects(c.HTTPClient)
	if b.logger == nil {
		b.logger = defaultLogger()
	}
	if c.MaxNetworkRetries != nil {
		n := *c.MaxNetworkRetries
		if n < 0 {
			n = 0
		}
		b.retry.maxRetries = n
	}
	if c.MaxResponseBytes != nil && *c.MaxResponseBytes > 0 {
		b.maxBody = *c.MaxResponseBytes
	}
	if c.MinRetryDelay != nil {
		b.retry.minDelay = max(*c.MinRetryDelay, 0)
		b.retry.maxDelay = saturatingMul(b.retry.minDelay, 16)
	}
	b.roundTrip, b.configErr = chainMiddleware(c.Middleware, b.client)
	if b.configErr == nil {
		b.limiter, b.configErr = newLimiter(c)
	}
	return b
}

// noRedirects returns a client that sends like c (the default client when
// c is nil) but never follows a redirect. The API never redirects; following
// one would re-send the body (card numbers included) and, on the same host
// or after a downgrade to plain http, the key somewhere unexpected, past the
// https-only check of the base URL. c itself is left as it is: the caller
// may use it for other requests.
func noRedirects(c *http.Client) *http.Client {
	var out *http.Client
	if c != nil {
		copied := *c
		out = &copied
	} else {
		out = &http.Client{Timeout: 80 * time.Second, Transport: defaultTransport()}
	}
	out.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return out
}

// defaultIdleConnsPerHost is how many idle connections the default
// transport keeps to the API host. http.DefaultTransport keeps 2: when more
// than 2 calls run at once over HTTP/1.1 (a proxy or server without HTTP/2,
// a plain-http mock), every connection beyond 2 is closed as its answer is
// read and the next call pays a new TCP and TLS handshake. 100 covers the
// concurrency of a busy service (a worker pool, a server's handlers each
// making a call) without a limit to tune; it bounds only idle connections,
// never open ones, and each idle connection is closed after the
// IdleConnTimeout inherited from http.DefaultTransport (90 s), so the pool
// costs nothing once the load is gone. Over HTTP/2 calls share one
// connection and the pool rarely holds more than one.
const defaultIdleConnsPerHost = 100

// sharedTransport is the default transport, made once so that every
// backend built without BackendConfig.HTTPClient shares one connection
// pool: connections to the API are reused across backends and clients.
var sharedTransport struct {
	once      sync.Once
	transport *http.Transport
}

// defaultTransport is the transport of the default client: the shared
// clone of http.DefaultTransport, or nil (http.DefaultTransport at each
// request, as for any client without a Transport) when a program has
// replaced http.DefaultTransport with something that cannot be cloned,
// such as a test's mock: the calls then go through that replacement.
func defaultTransport() http.RoundTripper {
	base, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return nil
	}
	sharedTransport.once.Do(func() {
		// Cloning http.DefaultTransport keeps what it sets: HTTP/2
		// (ForceAttemptHTTP2), the proxy from the environment, the dial,
		// TLS handshake and idle timeouts. A bare &http.Transport{} with a
		// DialContext or TLSClientConfig would silently fall back to
		// HTTP/1.1.
		t := base.Clone()
		t.MaxIdleConns = defaultIdleConnsPerHost
		t.MaxIdleConnsPerHost = defaultIdleConnsPerHost
		sharedTransport.transport = t
	})
	return sharedTransport.transport
}

// Call implements Backend for fixed paths.
func (b *httpBackend) Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error {
	return b.Do(&Request{Method: method, Route: path, Key: key, Params: params}, v)
}

// Do implements Backend. A call goes one way: newCall builds the request
// once (transport_call.go), attempt sends it with retries and reads the
// last answer (transport_attempts.go), and settle turns that outcome into v
// or the *Error (transport_outcome.go).
func (b *httpBackend) Do(req *Request, v LastResponseSetter) error {
	c, err := b.newCall(req)
	if err != nil {
		return err
	}
	start := time.Now()
	out := b.attempt(&c)
	if err := settle(out, c.idempotencyKey, v); err != nil {
		b.logFailure(&c, out.attempts, start, err)
		return err
	}
	b.logDone(&c, out, start)
	return nil
}
