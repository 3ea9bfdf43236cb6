package payske

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"reflect"
)

// RequestInfo describes one HTTP attempt of an API call. Middleware receives
// it with the request, and RequestInfoFromContext reads it from the
// request's context, so that code written as an http.RoundTripper (set on
// BackendConfig.HTTPClient) can read it too.
//
// It holds nothing secret: the API key is only in the request's
// Authorization header.
type RequestInfo struct {
	// Method is the HTTP method: GET, POST or DELETE.
	Method string

	// Route is the path template, for example "/v1/charges/{charge}", not
	// the path with IDs filled in, so that metrics and spans keyed by it
	// stay few. For RawRequest it is the path as given.
	Route string

	// Attempt is the number of this attempt, 1 for the first; each retry
	// of the same call counts up.
	Attempt int

	// IdempotencyKey is the Idempotency-Key every attempt of the call
	// carries (empty for a GET or DELETE without one).
	IdempotencyKey string
}

// IsRetry reports whether the attempt repeats an earlier one of the same
// call.
func (i RequestInfo) IsRetry() bool { return i.Attempt > 1 }

// RoundTripFunc sends one HTTP attempt and returns its answer, with the
// contract of http.RoundTripper: an error means no usable answer, and the
// caller reads and closes the body of a response.
type RoundTripFunc func(req *http.Request, info RequestInfo) (*http.Response, error)

// Middleware wraps the sending of every HTTP attempt, retries included, so
// that it can time, log, trace or alter it. It is set on
// BackendConfig.Middleware; the first one listed is the outermost. The
// client-side rate limit (BackendConfig.MaxRequestsPerSecond) waits before
// the middleware runs, so a latency it measures is the server's and the
// network's, not time spent queueing.
//
// A middleware sees the request as it goes on the wire, Authorization
// header (and so the API key) included: never log req.Header whole.
//
// An attempt is one call of the http.Client. Below it, net/http may resend
// an idempotent request (a GET, or one with an Idempotency-Key) once on its
// own when a reused connection breaks before any answer; that resend is
// part of the same attempt.
//
// What a middleware returns is treated like what the HTTP client returns: a
// response goes through the usual retry decision and error mapping (a 402
// it makes up becomes a *CardError), and an error is a network failure,
// retried unless it wraps context.Canceled or the call's context is done, and
// returned as an *Error of type api_connection_error that wraps it, so
// errors.Is finds it. A middleware may answer without calling next.
//
// See the package documentation for an OpenTelemetry span per attempt.
type Middleware func(next RoundTripFunc) RoundTripFunc

type requestInfoKey struct{}

// RequestInfoFromContext returns the RequestInfo of the attempt whose
// request carries ctx (req.Context() in a middleware or an
// http.RoundTripper), and false for any other context.
func RequestInfoFromContext(ctx context.Context) (RequestInfo, bool) {
	info, ok := ctx.Value(requestInfoKey{}).(RequestInfo)
	return info, ok
}

// withRequestInfo returns ctx carrying info, as context.WithValue would,
// in one allocation instead of two: WithValue would also box info into an
// interface for every attempt, whether or not anything reads it.
func withRequestInfo(ctx context.Context, info RequestInfo) context.Context {
	return &requestInfoCtx{Context: ctx, info: info}
}

// requestInfoCtx is the context of an attempt's request: its parent's
// deadline, cancellation and values, and the attempt's RequestInfo.
type requestInfoCtx struct {
	context.Context
	info RequestInfo
}

// Value returns the attempt's RequestInfo for requestInfoKey, and the
// parent's value of any other key.
func (c *requestInfoCtx) Value(key any) any {
	if _, ok := key.(requestInfoKey); ok {
		return c.info
	}
	return c.Context.Value(key)
}

// String describes the context as context.WithValue's String would.
func (c *requestInfoCtx) String() string {
	parent := reflect.TypeOf(c.Context).String()
	if s, ok := c.Context.(fmt.Stringer); ok {
		parent = s.String()
	}
	return parent + ".WithValue(payske.requestInfoKey, payske.RequestInfo)"
}

// errNoAnswer is returned for a middleware that gave neither a response nor
// an error.
var errNoAnswer = errors.New("a middleware returned neither a response nor an error")

// chainMiddleware builds the function every attempt goes through: the
// middleware in order around client.Do. A nil middleware, or one that
// returns a nil RoundTripFunc, is a configuration error every call reports.
func chainMiddleware(mws []Middleware, client *http.Client) (RoundTripFunc, error) {
	rt := RoundTripFunc(func(req *http.Request, _ RequestInfo) (*http.Response, error) {
		return client.Do(req)
	})
	for i := len(mws) - 1; i >= 0; i-- {
		if mws[i] == nil {
			return nil, fmt.Errorf("payske: BackendConfig.Middleware[%d] is nil", i)
		}
		if rt = mws[i](rt); rt == nil {
			return nil, fmt.Errorf("payske: BackendConfig.Middleware[%d] returned a nil RoundTripFunc", i)
		}
	}
	if len(mws) == 0 {
		return rt, nil
	}
	return guardAnswer(rt), nil
}

// guardAnswer holds what middleware returns to http.Client's contract, so
// that the retry loop never meets a nil body or a response beside an error.
func guardAnswer(rt RoundTripFunc) RoundTripFunc {
	return func(req *http.Request, info RequestInfo) (*http.Response, error) {
		resp, err := rt(req, info)
		switch {
		case err != nil:
			if resp != nil && resp.Body != nil {
				resp.Body.Close()
			}
			return nil, err
		case resp == nil:
			return nil, errNoAnswer
		case resp.Body == nil:
			resp.Body = http.NoBody
		}
		if resp.Header == nil {
			resp.Header = http.Header{}
		}
		return resp, nil
	}
}
