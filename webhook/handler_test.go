package webhook_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/webhook"
)

// recorded is what a Handler saw during one request.
type recorded struct {
	events []payske.Event
	errs   []error
}

// builder makes a handler the way a program does, with Handler or with
// NewHandler; every behaviour test runs against both, as they must answer
// alike.
type builder struct {
	name  string
	build func(t *testing.T, secret string, handle func(context.Context, payske.Event) error, opts ...webhook.HandlerOption) http.Handler
}

var builders = []builder{
	{"Handler", func(_ *testing.T, secret string, handle func(context.Context, payske.Event) error, opts ...webhook.HandlerOption) http.Handler {
		return webhook.Handler(secret, handle, opts...)
	}},
	{"NewHandler", func(t *testing.T, secret string, handle func(context.Context, payske.Event) error, opts ...webhook.HandlerOption) http.Handler {
		h, err := webhook.NewHandler(secret, handle, opts...)
		require.NoError(t, err)
		require.NotNil(t, h)
		return h
	}},
}

func newTestHandler(t *testing.T, b builder, rec *recorded, callbackErr error, opts ...webhook.HandlerOption) http.Handler {
	opts = append(opts, webhook.WithErrorHandler(func(_ *http.Request, err error) { rec.errs = append(rec.errs, err) }))
	return b.build(t, testSecret, func(_ context.Context, ev payske.Event) error {
		rec.events = append(rec.events, ev)
		return callbackErr
	}, opts...)
}

func TestHandlerAnswers(t *testing.T) {
	payload := chargeEvent(t)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret})
	wrongSecret := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: otherSecret})
	stale := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: time.Now().Add(-time.Hour)})
	exactLimit := int64(len(payload))
	callbackFailure := errors.New("database is down at db-internal-7:5432")

	tests := []struct {
		name        string
		method      string
		body        []byte
		header      string
		callbackErr error
		opts        []webhook.HandlerOption
		wantStatus  int
		wantBody    string
		wantEvent   bool
		wantErr     error // what the error handler receives, nil for none
	}{
		{"authentic event", http.MethodPost, payload, signed.Header, nil, nil, http.StatusOK, "", true, nil},
		{"body exactly at the limit", http.MethodPost, payload, signed.Header, nil, []webhook.HandlerOption{webhook.WithMaxBodyBytes(exactLimit)}, http.StatusOK, "", true, nil},
		{"callback fails", http.MethodPost, payload, signed.Header, callbackFailure, nil, http.StatusInternalServerError, "webhook: the event handler failed", true, callbackFailure},
		{"wrong secret", http.MethodPost, payload, wrongSecret.Header, nil, nil, http.StatusBadRequest, "no valid v1 signature", false, webhook.ErrNoValidSignature},
		{"tampered body", http.MethodPost, append(append([]byte(nil), payload...), ' '), signed.Header, nil, nil, http.StatusBadRequest, "no valid v1 signature", false, webhook.ErrNoValidSignature},
		{"no signature header", http.MethodPost, payload, "", nil, nil, http.StatusBadRequest, "no Payske-Signature header", false, webhook.ErrNotSigned},
		{"garbled header", http.MethodPost, payload, "nonsense", nil, nil, http.StatusBadRequest, "invalid Payske-Signature header", false, webhook.ErrInvalidHeader},
		{"stale signature", http.MethodPost, payload, stale.Header, nil, nil, http.StatusBadRequest, "outside the tolerance", false, webhook.ErrTooOld},
		{"stale signature, wider tolerance", http.MethodPost, payload, stale.Header, nil, []webhook.HandlerOption{webhook.WithTolerance(2 * time.Hour)}, http.StatusOK, "", true, nil},
		{"stale signature, clock of its time", http.MethodPost, payload, stale.Header, nil, []webhook.HandlerOption{webhook.WithClock(func() time.Time { return stale.Timestamp })}, http.StatusOK, "", true, nil},
		{"body over the limit", http.MethodPost, payload, signed.Header, nil, []webhook.HandlerOption{webhook.WithMaxBodyBytes(exactLimit - 1)}, http.StatusRequestEntityTooLarge, "larger than", false, nil},
		{"GET", http.MethodGet, nil, signed.Header, nil, nil, http.StatusMethodNotAllowed, "method GET not allowed", false, nil},
		{"PUT", http.MethodPut, payload, signed.Header, nil, nil, http.StatusMethodNotAllowed, "method PUT not allowed", false, nil},
	}
	for _, b := range builders {
		for _, tt := range tests {
			t.Run(b.name+"/"+tt.name, func(t *testing.T) {
				rec := &recorded{}
				h := newTestHandler(t, b, rec, tt.callbackErr, tt.opts...)
				req := httptest.NewRequest(tt.method, "/webhooks", bytes.NewReader(tt.body))
				if tt.header != "" {
					req.Header.Set(webhook.SignatureHeader, tt.header)
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)

				assert.Equal(t, tt.wantStatus, w.Code)
				assert.Contains(t, w.Body.String(), tt.wantBody)
				assert.NotContains(t, w.Body.String(), testSecret)
				assert.NotContains(t, w.Body.String(), "db-internal-7", "the callback's error stays on the server")
				if tt.wantEvent {
					require.Len(t, rec.events, 1)
					assert.Equal(t, "evt_1Webhook", rec.events[0].ID)
				} else {
					assert.Empty(t, rec.events, "the callback must not run")
				}
				if tt.wantStatus < 300 {
					assert.Empty(t, rec.errs)
				} else {
					require.Len(t, rec.errs, 1, "the error handler hears of every failure")
					if tt.wantErr != nil {
						assert.ErrorIs(t, rec.errs[0], tt.wantErr)
					}
				}
				if tt.wantStatus == http.StatusMethodNotAllowed {
					assert.Equal(t, http.MethodPost, w.Header().Get("Allow"))
				}
			})
		}
	}
}

func TestHandlerAnswers400WhenTheBodyCannotBeRead(t *testing.T) {
	for _, b := range builders {
		t.Run(b.name, func(t *testing.T) {
			rec := &recorded{}
			req := httptest.NewRequest(http.MethodPost, "/webhooks", iotest.ErrReader(errors.New("connection reset")))
			req.Header.Set(webhook.SignatureHeader, "t=1,v1=00")
			w := httptest.NewRecorder()
			newTestHandler(t, b, rec, nil).ServeHTTP(w, req)
			assert.Equal(t, http.StatusBadRequest, w.Code)
			assert.Contains(t, w.Body.String(), "reading the body: connection reset")
			assert.Empty(t, rec.events)
		})
	}
}

type ctxKey struct{}

func TestHandlerPassesTheRequestContext(t *testing.T) {
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: chargeEvent(t), Secret: testSecret})
	for _, b := range builders {
		t.Run(b.name, func(t *testing.T) {
			var got any
			h := b.build(t, testSecret, func(ctx context.Context, _ payske.Event) error {
				got = ctx.Value(ctxKey{})
				return nil
			})
			req := httptest.NewRequest(http.MethodPost, "/webhooks", bytes.NewReader(signed.Payload))
			req = req.WithContext(context.WithValue(req.Context(), ctxKey{}, "request-scoped"))
			req.Header.Set(webhook.SignatureHeader, signed.Header)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			require.Equal(t, http.StatusOK, w.Code)
			assert.Equal(t, "request-scoped", got)
		})
	}
}

// misconfigurations are the mistakes of a program, not of a request, that
// Handler panics on and NewHandler returns as an error.
var misconfigurations = []struct {
	name   string
	secret string
	handle func(context.Context, payske.Event) error
	opts   []webhook.HandlerOption
	inMsg  string
	is     error // a sentinel the error wraps, nil for none
}{
	{"empty secret", "", acceptAll, nil, "the endpoint secret is empty: pass the endpoint's signing secret as secret", webhook.ErrEmptySecret},
	{"nil callback", testSecret, nil, nil, "handle is nil", nil},
	{"zero tolerance", testSecret, acceptAll, []webhook.HandlerOption{webhook.WithTolerance(0)}, "WithTolerance must be positive, got 0s", nil},
	{"zero body limit", testSecret, acceptAll, []webhook.HandlerOption{webhook.WithMaxBodyBytes(0)}, "WithMaxBodyBytes must be positive, got 0", nil},
	{"nil clock", testSecret, acceptAll, []webhook.HandlerOption{webhook.WithClock(nil)}, "WithClock is nil", nil},
	{"nil option", testSecret, acceptAll, []webhook.HandlerOption{nil}, "an option is nil", nil},
}

func acceptAll(context.Context, payske.Event) error { return nil }

func TestHandlerPanicsOnAMisconfiguration(t *testing.T) {
	for _, tt := range misconfigurations {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				require.NotNil(t, r, "Handler must panic")
				msg, ok := r.(string)
				require.True(t, ok, "Handler panics with a message, got %T", r)
				assert.True(t, strings.HasPrefix(msg, "webhook.Handler: "), msg)
				assert.Contains(t, msg, tt.inMsg)
			}()
			webhook.Handler(tt.secret, tt.handle, tt.opts...)
		})
	}
}

func TestNewHandlerReturnsAMisconfigurationAsAnError(t *testing.T) {
	for _, tt := range misconfigurations {
		t.Run(tt.name, func(t *testing.T) {
			var (
				h   http.Handler
				err error
			)
			require.NotPanics(t, func() { h, err = webhook.NewHandler(tt.secret, tt.handle, tt.opts...) })
			require.Error(t, err)
			assert.Nil(t, h)
			assert.True(t, strings.HasPrefix(err.Error(), "webhook: "), err.Error())
			assert.Contains(t, err.Error(), tt.inMsg)
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			} else {
				assert.NotErrorIs(t, err, webhook.ErrEmptySecret)
			}
		})
	}
}

// The usual way to configure an endpoint reads the secret from the
// environment; a variable left unset is an error the program can report.
func TestNewHandlerWithASecretMissingFromTheEnvironment(t *testing.T) {
	t.Setenv("PAYSKE_WEBHOOK_SECRET", "")
	h, err := webhook.NewHandler(os.Getenv("PAYSKE_WEBHOOK_SECRET"), acceptAll)
	require.ErrorIs(t, err, webhook.ErrEmptySecret)
	assert.Nil(t, h)
	assert.EqualError(t, err, "webhook: the endpoint secret is empty: pass the endpoint's signing secret as secret; "+
		"when it is read with os.Getenv, the variable is unset or empty")
}
