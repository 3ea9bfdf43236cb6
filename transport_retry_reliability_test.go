package payske

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestRetryableNetworkErrors(t *testing.T) {
	wrap := func(err error) error {
		return &url.Error{Op: "Post", URL: "https://api.payske.com/v1/charges", Err: err}
	}
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"connection reset", wrap(errors.New("read: connection reset by peer")), true},
		// http.Client.Timeout bounds one attempt; the caller's context is
		// checked apart, before this is asked.
		{"attempt timed out", wrap(fmt.Errorf("awaiting headers: %w", context.DeadlineExceeded)), true},
		{"body read timed out", fmt.Errorf("the 200 answer was cut off: %w", context.DeadlineExceeded), true},
		{"cancelled", wrap(context.Canceled), false},
		{"answer too large", fmt.Errorf("cut off: %w", errBodyTooLarge), false},
		{"untrusted certificate", wrap(&tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}), false},
		{"certificate for another host", wrap(x509.HostnameError{Host: "api.payske.com"}), false},
		{"expired certificate", wrap(x509.CertificateInvalidError{Reason: x509.Expired}), false},
		{"plain HTTP on https", wrap(http.ErrSchemeMismatch), false},
		{"not TLS at all", wrap(tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, retryableNetworkError(tt.err))
		})
	}
}

func TestBackendConfigBoundsRetriesAndAnswers(t *testing.T) {
	d := func(v time.Duration) *time.Duration { return &v }
	tests := []struct {
		name             string
		cfg              BackendConfig
		wantMin, wantMax time.Duration
		wantBody         int64
	}{
		{"defaults", BackendConfig{}, 500 * time.Millisecond, 8 * time.Second, maxBodyBytes},
		{"tiny backoff", BackendConfig{MinRetryDelay: d(time.Millisecond)}, time.Millisecond, 16 * time.Millisecond, maxBodyBytes},
		{"no backoff", BackendConfig{MinRetryDelay: d(-time.Second)}, 0, 0, maxBodyBytes},
		{"smaller answers", BackendConfig{MaxResponseBytes: Int64(1 << 10)}, 500 * time.Millisecond, 8 * time.Second, 1 << 10},
		{"a limit of zero keeps the default", BackendConfig{MaxResponseBytes: Int64(0)}, 500 * time.Millisecond, 8 * time.Second, maxBodyBytes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newHTTPBackend(tt.cfg)
			assert.Equal(t, tt.wantMin, b.retry.minDelay)
			assert.Equal(t, tt.wantMax, b.retry.maxDelay)
			assert.Equal(t, tt.wantBody, b.maxBody)
			for attempt := range int64(8) {
				wait, ok := b.retry.delay(attempt, nil)
				assert.True(t, ok)
				assert.LessOrEqual(t, wait, tt.wantMax)
			}
		})
	}
}
