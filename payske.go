package payske

import (
	"log/slog"
	"net/http"
	"sync"
	"time"
)

const (
	// APIVersion is the Payske API version this SDK is written against; it
	// is sent as the Payske-Version header of every request.
	APIVersion = "2018-05-21"

	// APIURL is the default base URL of the Payske API.
	APIURL = "https://api.payske.com"

	// ClientVersion is the version of this SDK, sent in the User-Agent.
	ClientVersion = "0.1.0"

	// DefaultMaxNetworkRetries is how many times a failed request is retried
	// when BackendConfig.MaxNetworkRetries is nil.
	DefaultMaxNetworkRetries int64 = 2
)

// Key is the API key used by the package-level functions of the resource
// packages (charge.New, ...). Set it once at start-up, before any call;
// use client.New to work with several keys at once.
var Key string

// SupportedBackend names a kind of backend in the registry.
type SupportedBackend string

// APIBackend is the backend that serves the Payske API.
const APIBackend SupportedBackend = "api"

// Backend is what every resource call goes through. The HTTP backend returned
// by GetBackend is the real one; tests and tools can provide their own.
type Backend interface {
	// Call sends a request to a fixed path (no IDs to escape) and decodes
	// the answer into v.
	Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error

	// Do sends req, whose Route is a path template filled from PathValues,
	// and decodes the answer into v. Resource packages and list iterators
	// use it so the template travels with the request.
	Do(req *Request, v LastResponseSetter) error
}

// BackendConfig configures the HTTP backend. Nil fields take their default.
type BackendConfig struct {
	// URL is the base URL, APIURL by default. It must be https unless its
	// host is loopback (127.0.0.0/8, ::1, localhost), so that a key is never
	// sent in clear text over a network.
	URL *string

	// HTTPClient sends the requests. The default has an 80 s timeout and
	// a transport shared by every backend built without one: a clone of
	// http.DefaultTransport (HTTP/2, proxy from the environment, dial
	// timeouts) that keeps up to 100 idle connections to the API, not 2,
	// so that concurrent calls reuse their connections. For a transport
	// of your own, clone http.DefaultTransport (or set ForceAttemptHTTP2:
	// a Transport with its own dialer or TLS config otherwise speaks only
	// HTTP/1.1) and size MaxIdleConnsPerHost for the calls you run at
	// once; a client whose Transport is nil uses http.DefaultTransport.
	// The backend uses a copy of the client (same Transport, Jar and
	// Timeout) that never follows redirects, whatever its CheckRedirect
	// says, so that the key and the body cannot be re-sent to another
	// address; a redirect ends the call with an *Error naming it. The
	// client given here is not modified.
	HTTPClient *http.Client

	// MaxNetworkRetries is how many times a retryable failure is retried
	// (DefaultMaxNetworkRetries when nil; 0 disables retries).
	MaxNetworkRetries *int64

	// Logger receives one record per failed call: at Info level when
	// Payske answered 4xx (a decline, a bad parameter: an answer for the
	// caller to handle), at Error level otherwise (5xx, network failure,
	// unreadable answer). The record's attributes are method, route,
	// attempts, elapsed, status, request_id, type and code (those the
	// failure has) and error. A call refused before any request (no key,
	// invalid base URL or header) is not logged: its error says it all.
	// Each retry is a Warn record, and each successful call a Debug one.
	// The default logs Error records to stderr; use DiscardLogger for
	// silence. API keys, request bodies and card numbers are never logged.
	Logger *slog.Logger

	// Middleware wraps every HTTP attempt, retries included; the first is
	// the outermost. See Middleware.
	Middleware []Middleware

	// MaxRequestsPerSecond, when set, limits how fast the backend starts
	// attempts (retries included), across every goroutine that uses it: a
	// token bucket holding MaxRequestBurst tokens, refilled at this rate. A
	// call waiting for a token gives up when its context is done. Nil means
	// no limit.
	MaxRequestsPerSecond *float64

	// MaxRequestBurst is how many attempts may start at once before
	// MaxRequestsPerSecond spaces them (1 when nil). It needs
	// MaxRequestsPerSecond.
	MaxRequestBurst *int64

	// RateLimiter, when set, is waited on before every attempt (retries
	// included), instead of MaxRequestsPerSecond's token bucket: use it for
	// a limit shared beyond this process, or for golang.org/x/time/rate's
	// *rate.Limiter. Setting both is an error every call returns. An error
	// from Wait ends the call with an *Error of type api_connection_error
	// wrapping it.
	RateLimiter RateLimiter

	// MinRetryDelay is the first step of the backoff between attempts
	// (500 ms when nil): each retry doubles the step, up to 16 times this
	// value, and waits between half and all of it. A Retry-After from the
	// server takes precedence. Lower it for latency-bound callers or tests;
	// zero or less retries without waiting.
	MinRetryDelay *time.Duration

	// MaxResponseBytes bounds how much of an answer is read (32 MiB when
	// nil, far above any real answer): a larger or endless answer ends the
	// call with an error, without a retry, instead of exhausting memory.
	MaxResponseBytes *int64
}

// Backends holds the backends a client.API uses.
type Backends struct {
	// API sends the calls to api.payske.com (or BackendConfig.URL); nil
	// means the global backend at the time of each call.
	API Backend
}

// NewBackends returns Backends whose API backend sends requests with
// httpClient (the default client when nil).
func NewBackends(httpClient *http.Client) *Backends {
	return &Backends{API: GetBackendWithConfig(APIBackend, &BackendConfig{HTTPClient: httpClient})}
}

var registry struct {
	sync.RWMutex
	api Backend
}

// GetBackend returns the backend of the given kind, creating the default
// HTTP backend on first use. Safe for concurrent use.
func GetBackend(t SupportedBackend) Backend {
	registry.RLock()
	b := registry.api
	registry.RUnlock()
	if b != nil {
		return b
	}
	registry.Lock()
	defer registry.Unlock()
	if registry.api == nil {
		registry.api = GetBackendWithConfig(t, nil)
	}
	return registry.api
}

// SetBackend replaces the backend of the given kind used by the package-level
// functions. Safe for concurrent use; calls already running keep the backend
// they started with.
func SetBackend(t SupportedBackend, b Backend) {
	registry.Lock()
	registry.api = b
	registry.Unlock()
}

// GetBackendWithConfig returns a new HTTP backend configured by config (which
// it reads but never modifies; nil means all defaults). An invalid URL is
// reported by every call made through the backend.
func GetBackendWithConfig(t SupportedBackend, config *BackendConfig) Backend {
	var c BackendConfig
	if config != nil {
		c = *config
	}
	return newHTTPBackend(c)
}
