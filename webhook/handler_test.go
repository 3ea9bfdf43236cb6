package webhook_test

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
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

func newTestHandler(rec *recorded, callbackErr error, opts ...webhook.HandlerOption) http.Handler {
	opts = append(opts, webhook.WithErrorHandler(func(_ *http.Request, err error) { rec.errs = append(rec.errs, err) }))
	return webhook.Handler(testSecret, func(_ context.Context, ev payske.Event) error {
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
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &recorded{}
			h := newTestHandler(rec, tt.callbackErr, tt.opts...)
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

func TestHandlerAnswers400WhenTheBodyCannotBeRead(t *testing.T) {
	rec := &recorded{}
	req := httptest.NewRequest(http.MethodPost, "/webhooks", iotest.ErrReader(errors.New("connection reset")))
	req.Header.Set(webhook.SignatureHeader, "t=1,v1=00")
	w := httptest.NewRecorder()
	newTestHandler(rec, nil).ServeHTTP(w, req)
	assert.Equal(t, http.StatusBadRequest, w.Code)
	assert.Contains(t, w.Body.String(), "reading the body: connection reset")
	assert.Empty(t, rec.events)
}

type ctxKey struct{}

func TestHandlerPassesTheRequestContext(t *testing.T) {
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: chargeEvent(t), Secret: testSecret})
	var got any
	h := webhook.Handler(testSecret, func(ctx context.Context, _ payske.Event) error {
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
}

func TestHandlerRejectsAMisconfiguration(t *testing.T) {
	ok := func(context.Context, payske.Event) error { return nil }
	tests := []struct {
		name   string
		secret string
		handle func(context.Context, payske.Event) error
		opts   []webhook.HandlerOption
		panic  string
	}{
		{"empty secret", "", ok, nil, "secret is empty"},
		{"nil callback", testSecret, nil, nil, "handle is nil"},
		{"zero tolerance", testSecret, ok, []webhook.HandlerOption{webhook.WithTolerance(0)}, "WithTolerance must be positive"},
		{"zero body limit", testSecret, ok, []webhook.HandlerOption{webhook.WithMaxBodyBytes(0)}, "WithMaxBodyBytes must be positive"},
		{"nil clock", testSecret, ok, []webhook.HandlerOption{webhook.WithClock(nil)}, "WithClock is nil"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				require.NotNil(t, r, "Handler must panic")
				assert.True(t, strings.Contains(r.(string), tt.panic), "panic %q, want it to mention %q", r, tt.panic)
			}()
			webhook.Handler(tt.secret, tt.handle, tt.opts...)
		})
	}
}
