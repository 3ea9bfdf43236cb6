package payske

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"time"

	"github.com/payske/payske-go/form"
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
	out := &http.Client{Timeout: 80 * time.Second}
	if c != nil {
		copied := *c
		out = &copied
	}
	out.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return out
}

// Call implements Backend for fixed paths.
func (b *httpBackend) Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error {
	return b.Do(&Request{Method: method, Route: path, Key: key, Params: params}, v)
}

// callOptions are the per-call settings read from Params or ListParams.
type callOptions struct {
	// origin names the struct the settings came from, for errors.
	origin         string
	ctx            context.Context
	headers        http.Header
	idempotencyKey *string
	account        *string
}

func optionsOf(req *Request) callOptions {
	o := callOptions{ctx: context.Background()}
	if p := paramsOf(req.Params); p != nil {
		if p.Context != nil {
			o.ctx = p.Context
		}
		o.origin, o.headers, o.idempotencyKey, o.account = "Params", p.Headers, p.IdempotencyKey, p.PayskeAccount
	}
	if lp := listParamsOf(req.ListParams); lp != nil {
		o.ctx = lp.context()
		o.origin, o.headers, o.account = "ListParams", lp.Headers, lp.PayskeAccount
	}
	return o
}

// paramsOf returns c's Params, treating a typed nil pointer (charge.Get(id,
// nil) passes one) like no params at all.
func paramsOf(c ParamsContainer) *Params {
	if c == nil || isNilPointer(c) {
		return nil
	}
	return c.GetParams()
}

func listParamsOf(c ListParamsContainer) *ListParams {
	if c == nil || isNilPointer(c) {
		return nil
	}
	return c.GetListParams()
}

func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// Do implements Backend: it sends req, retrying as the policy allows, and
// decodes a 2xx answer into v.
func (b *httpBackend) Do(req *Request, v LastResponseSetter) error {
	if b.urlErr != nil {
		return b.urlErr
	}
	if b.configErr != nil {
		return b.configErr
	}
	if req.Key == "" {
		return ErrNoAPIKey
	}
	if err := checkHeaderValue("the API key", req.Key); err != nil {
		return err
	}
	path, err := req.Path()
	if err != nil {
		return err
	}
	opts := optionsOf(req)
	if err := opts.checkHeaders(); err != nil {
		return err
	}

	values := req.Form
	if values == nil {
		values = &form.Values{}
		if !isNilPointer(req.Params) && req.Params != nil {
			form.AppendTo(values, req.Params)
		}
	}
	target := b.baseURL + path
	var body []byte
	if req.Method == http.MethodPost {
		body = []byte(values.Encode())
	} else if !values.Empty() {
		target += "?" + values.Encode()
	}

	var idempotencyKey string
	if opts.idempotencyKey != nil {
		idempotencyKey = *opts.idempotencyKey
	}
	if idempotencyKey == "" && req.Method == http.MethodPost {
		// One key for every attempt of this call: a retry of a request the
		// server already applied replays its answer instead of acting twice.
		// An empty key would send no header at all, and so is no key.
		idempotencyKey = newIdempotencyKey()
	}

	header := b.headers(req, opts, idempotencyKey)
	start := time.Now()
	for attempt := int64(0); ; attempt++ {
		if ctxErr := opts.ctx.Err(); ctxErr != nil {
			// Not every transport checks the context before sending.
			return b.fail(opts.ctx, req, attempt, start, contextError(ctxErr, attempt))
		}
		if err := b.waitTurn(opts.ctx, attempt); err != nil {
			return b.fail(opts.ctx, req, attempt, start, err)
		}
		info := RequestInfo{Method: req.Method, Route: req.Route, Attempt: int(attempt) + 1, IdempotencyKey: idempotencyKey}
		resp, err := b.send(opts.ctx, info, target, header, body)
		var raw []byte
		if err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300 {
			lr, decodeErr, readErr := decodeSuccess(resp, idempotencyKey, v, b.maxBody)
			if readErr == nil {
				if decodeErr != nil {
					return b.fail(opts.ctx, req, attempt, start, decodeErr)
				}
				b.logDone(opts.ctx, req, lr, attempt, start)
				return nil
			}
			// The answer was cut off: like a dropped connection, it may be
			// retried, and the same idempotency key replays it.
			resp, err = nil, fmt.Errorf("the %d answer was cut off: %w", resp.StatusCode, readErr)
		} else if err == nil {
			raw, err = readBody(resp, b.maxBody)
			resp.Body.Close()
			if err != nil {
				resp = nil
			}
		}
		if ctxErr := opts.ctx.Err(); ctxErr != nil {
			return b.fail(opts.ctx, req, attempt, start, contextError(ctxErr, attempt+1))
		}
		if !b.retry.shouldRetry(attempt, resp, err) {
			return b.fail(opts.ctx, req, attempt, start, failure(resp, raw, err))
		}
		wait, ok := b.retry.delay(attempt, resp)
		if !ok {
			return b.fail(opts.ctx, req, attempt, start, failure(resp, raw, err))
		}
		b.logger.LogAttrs(opts.ctx, slog.LevelWarn, "payske: retrying request",
			slog.String("method", req.Method), slog.String("route", req.Route),
			slog.Int64("attempt", attempt+1), slog.Duration("wait", wait),
			slog.String("reason", retryReason(resp, err)))
		if err := b.sleep(opts.ctx, wait); err != nil {
			return b.fail(opts.ctx, req, attempt, start, contextError(err, attempt+1))
		}
	}
}

// headers builds the request headers once for every attempt of a call.
func (b *httpBackend) headers(req *Request, opts callOptions, idempotencyKey string) http.Header {
	h := make(http.Header, 8+len(opts.headers))
	for k, vs := range opts.headers {
		if strings.EqualFold(k, "Authorization") {
			continue
		}
		h[http.CanonicalHeaderKey(k)] = append([]string(nil), vs...)
	}
	h.Set("Authorization", "Bearer "+req.Key)
	h.Set("Payske-Version", APIVersion)
	h.Set("User-Agent", userAgent)
	h.Set("Accept", "application/json")
	if req.Method == http.MethodPost {
		h.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if idempotencyKey != "" {
		h.Set("Idempotency-Key", idempotencyKey)
	}
	if opts.account != nil && *opts.account != "" {
		// An empty account means the platform's own, as in RawRequest: an
		// empty header would be a request for an account with no ID.
		h.Set("Payske-Account", *opts.account)
	}
	return h
}

// send makes one attempt through the middleware. The caller reads and
// closes the body.
func (b *httpBackend) send(ctx context.Context, info RequestInfo, target string, header http.Header, body []byte) (*http.Response, error) {
	var reader io.Reader
	if body != nil {
		// A fresh reader per attempt re-sends the body whole.
		reader = bytes.NewReader(body)
	}
	httpReq, err := http.NewRequestWithContext(withRequestInfo(ctx, info), info.Method, target, reader)
	if err != nil {
		return nil, err
	}
	httpReq.Header = header.Clone()
	return b.roundTrip(httpReq, info)
}

// errBodyTooLarge is wrapped by the error of an answer over the size limit.
var errBodyTooLarge = errors.New("answer too large")

// readBody reads a whole answer, up to limit bytes. Its buffer is sized
// from Content-Length when the server sent a plausible one, so a typical
// answer is read in one allocation.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	if resp.ContentLength > 0 && resp.ContentLength <= limit {
		// ReadFrom wants bytes.MinRead free before each read: with that
		// much beyond what was announced, it sees EOF without growing.
		buf.Grow(int(resp.ContentLength) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(&boundedReader{r: resp.Body, limit: limit}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// boundedReader fails with errBodyTooLarge past limit bytes, so that a
// broken or hostile server cannot exhaust memory.
type boundedReader struct {
	r     io.Reader
	n     int64
	limit int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	if b.n > b.limit {
		return n, fmt.Errorf("%w: more than %d bytes", errBodyTooLarge, b.limit)
	}
	return n, err
}

// logDone records a successful call at Debug level. The record carries the
// call's context, so that a handler can add the caller's trace to it.
func (b *httpBackend) logDone(ctx context.Context, req *Request, lr *APIResponse, attempt int64, start time.Time) {
	b.logger.LogAttrs(ctx, slog.LevelDebug, "payske: request done",
		slog.String("method", req.Method), slog.String("route", req.Route),
		slog.Int("status", lr.StatusCode), slog.String("request_id", lr.RequestID),
		slog.Int64("attempts", attempt+1), slog.Duration("elapsed", time.Since(start)))
}

// fail logs a call's final error, with the call's context, and returns it.
// What an *Error says of the answer (status, request ID, type, code) goes in
// attributes of its own, so that a log pipeline can count and alert on them
// without parsing the message.
func (b *httpBackend) fail(ctx context.Context, req *Request, attempt int64, start time.Time, err error) error {
	level := slog.LevelError
	attrs := []slog.Attr{
		slog.String("method", req.Method), slog.String("route", req.Route),
		slog.Int64("attempts", attempt+1), slog.Duration("elapsed", time.Since(start)),
	}
	var perr *Error
	if errors.As(err, &perr) {
		if perr.HTTPStatusCode >= 400 && perr.HTTPStatusCode < 500 {
			// A decline or a bad parameter is an answer for the caller to
			// handle, not an operational fault.
			level = slog.LevelInfo
		}
		if perr.HTTPStatusCode != 0 {
			attrs = append(attrs, slog.Int("status", perr.HTTPStatusCode))
		}
		if perr.RequestID != "" {
			attrs = append(attrs, slog.String("request_id", perr.RequestID))
		}
		attrs = append(attrs, slog.String("type", string(perr.Type)))
		if perr.Code != "" {
			attrs = append(attrs, slog.String("code", string(perr.Code)))
		}
	}
	attrs = append(attrs, slog.String("error", err.Error()))
	b.logger.LogAttrs(ctx, level, "payske: request failed", attrs...)
	return err
}

// failure turns the last attempt's outcome into the error the call returns.
func failure(resp *http.Response, raw []byte, err error) error {
	if errors.Is(err, errBodyTooLarge) {
		// Payske was reached: it is the answer that was refused.
		return newConnectionError("refused an oversized answer: "+err.Error(), err)
	}
	if err != nil {
		return newConnectionError("could not reach Payske: "+describeNetworkError(err), err)
	}
	return parseErrorBody(resp, raw)
}

// contextError reports a call ended by its context after attempts requests.
func contextError(err error, attempts int64) error {
	return newConnectionError(fmt.Sprintf("context done after %d attempt(s): %v", attempts, err), err)
}

func retryReason(resp *http.Response, err error) string {
	if err != nil {
		return describeNetworkError(err)
	}
	return resp.Status
}

// describeNetworkError is err's message without the query and the userinfo
// of the URL that net/http quotes: a query carries the call's params, and
// userinfo a password, neither of which belongs in logs or error messages.
func describeNetworkError(err error) string {
	var uerr *url.Error
	if !errors.As(err, &uerr) {
		return err.Error()
	}
	u, _, _ := strings.Cut(uerr.URL, "?")
	return fmt.Sprintf("%s %q: %v", uerr.Op, redactURL(u), uerr.Err)
}

// newIdempotencyKey returns a random version 4 UUID.
func newIdempotencyKey() string {
	var u [16]byte
	_, _ = rand.Read(u[:]) // crypto/rand.Read never fails on supported platforms
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	var out [36]byte
	hex.Encode(out[0:8], u[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], u[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], u[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], u[8:10])
	out[23] = '-'
	hex.Encode(out[24:], u[10:])
	return string(out[:])
}
