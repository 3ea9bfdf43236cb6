package webhook

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/payske/payske-go"
)

// DefaultMaxBodyBytes is the largest request body NewHandler reads unless
// WithMaxBodyBytes says otherwise. Events are a few kilobytes; the limit only
// has to stop a client from making the server buffer without end.
const DefaultMaxBodyBytes int64 = 1 << 20

// HandlerOption configures NewHandler and Handler.
type HandlerOption func(*handlerConfig)

type handlerConfig struct {
	tolerance                time.Duration
	maxBodyBytes             int64
	now                      func() time.Time
	onError                  func(*http.Request, error)
	ignoreAPIVersionMismatch bool
}

// WithTolerance sets how far from the current time a signature may be
// (DefaultTolerance by default). It must be positive.
func WithTolerance(d time.Duration) HandlerOption {
	return func(c *handlerConfig) { c.tolerance = d }
}

// WithMaxBodyBytes sets the largest body read (DefaultMaxBodyBytes by
// default); a larger one is answered with 413. It must be positive.
func WithMaxBodyBytes(n int64) HandlerOption {
	return func(c *handlerConfig) { c.maxBodyBytes = n }
}

// WithClock sets the clock signatures are checked against (time.Now by
// default), for tests that replay a recorded delivery.
func WithClock(now func() time.Time) HandlerOption {
	return func(c *handlerConfig) { c.now = now }
}

// WithIgnoreAPIVersionMismatch makes the handler accept events whose
// api_version is not payske.APIVersion, as
// ConstructEventOptions.IgnoreAPIVersionMismatch does for ConstructEvent.
// Without it such an event is answered 400 with the *APIVersionMismatchError
// (which the error handler receives), and Payske delivers it again later:
// upgrading the SDK or changing the endpoint's API version in the meantime
// loses no event.
func WithIgnoreAPIVersionMismatch() HandlerOption {
	return func(c *handlerConfig) { c.ignoreAPIVersionMismatch = true }
}

// WithErrorHandler sets a function called with every request that is not
// answered 2xx and the reason, for logging: the reason is a verification
// error (wrapping ErrNotSigned, ...), a body read error, or the error the
// callback returned. Neither contains the secret.
func WithErrorHandler(f func(r *http.Request, err error)) HandlerOption {
	return func(c *handlerConfig) { c.onError = f }
}

// NewHandler returns an http.Handler for a webhook endpoint: it accepts
// POST only (405 otherwise), reads the body up to a limit (413 beyond),
// verifies the Payske-Signature header against secret (400 when it fails,
// with the reason as a plain-text body), refuses an event of another API
// version as ConstructEvent does (400, unless WithIgnoreAPIVersionMismatch),
// and calls handle with the decoded
// event and the request's context. It answers 200 when handle returns nil
// and 500 when it returns an error, so that Payske delivers the event again
// later; handle should therefore be idempotent, keyed on the event ID.
//
// NewHandler returns an error, and no handler, when secret is empty (the
// error wraps ErrEmptySecret), handle is nil, or an option is out of range.
// The secret usually comes from the environment, where it can be missing at
// run time; the error lets the program say so and stop, or run without the
// endpoint, instead of panicking.
func NewHandler(secret string, handle func(ctx context.Context, ev payske.Event) error, opts ...HandlerOption) (http.Handler, error) {
	if secret == "" {
		return nil, fmt.Errorf("%w: pass the endpoint's signing secret as secret; when it is read with os.Getenv, the variable is unset or empty", ErrEmptySecret)
	}
	if handle == nil {
		return nil, errors.New("webhook: handle is nil; pass the function that processes each event")
	}
	cfg := handlerConfig{tolerance: DefaultTolerance, maxBodyBytes: DefaultMaxBodyBytes, now: time.Now}
	for _, opt := range opts {
		if opt == nil {
			return nil, errors.New("webhook: an option is nil; pass options made by WithTolerance, WithMaxBodyBytes, WithClock, WithErrorHandler or WithIgnoreAPIVersionMismatch")
		}
		opt(&cfg)
	}
	switch {
	case cfg.tolerance <= 0:
		return nil, fmt.Errorf("webhook: WithTolerance must be positive, got %v", cfg.tolerance)
	case cfg.maxBodyBytes <= 0:
		return nil, fmt.Errorf("webhook: WithMaxBodyBytes must be positive, got %d", cfg.maxBodyBytes)
	case cfg.now == nil:
		return nil, errors.New("webhook: WithClock is nil; pass a function that returns the current time, such as time.Now")
	}
	return &handler{secret: secret, handle: handle, cfg: cfg}, nil
}

// Handler is NewHandler for a configuration known to be right: it panics
// where NewHandler returns an error (an empty secret, a nil handle, an
// option out of range). Prefer NewHandler when the secret comes from the
// environment or a configuration file, so that a missing one is an error
// the program handles rather than a panic.
func Handler(secret string, handle func(ctx context.Context, ev payske.Event) error, opts ...HandlerOption) http.Handler {
	h, err := NewHandler(secret, handle, opts...)
	if err != nil {
		panic("webhook.Handler: " + strings.TrimPrefix(err.Error(), "webhook: "))
	}
	return h
}

type handler struct {
	secret string
	handle func(context.Context, payske.Event) error
	cfg    handlerConfig
}

// ServeHTTP implements http.Handler.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		h.fail(w, r, http.StatusMethodNotAllowed, errors.New("webhook: method "+r.Method+" not allowed; Payske delivers with POST"))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.maxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			h.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Errorf("webhook: the body is larger than %d bytes, the limit set by WithMaxBodyBytes", tooLarge.Limit))
			return
		}
		h.fail(w, r, http.StatusBadRequest, errors.New("webhook: reading the body: "+err.Error()))
		return
	}
	ev, err := constructEvent(body, r.Header.Get(SignatureHeader), h.secret, constructOptions{
		tolerance:                h.cfg.tolerance,
		ignoreAPIVersionMismatch: h.cfg.ignoreAPIVersionMismatch,
	}, h.cfg.now())
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, err)
		return
	}
	if err := h.handle(r.Context(), ev); err != nil {
		h.report(r, err)
		// The callback's error may describe the user's internals; the
		// sender only needs to know to retry.
		http.Error(w, "webhook: the event handler failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// fail answers status with err's message, which by construction names what
// was wrong with the request and never the secret.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	h.report(r, err)
	http.Error(w, err.Error(), status)
}

func (h *handler) report(r *http.Request, err error) {
	if h.cfg.onError != nil {
		h.cfg.onError(r, err)
	}
}
