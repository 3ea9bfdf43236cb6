package webhook_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/webhook"
)

// The helper's header is checked against an HMAC computed here, not by the
// package, so that a mistake shared by signer and verifier cannot hide.
func TestGenerateTestSignedPayloadSignsLikePayske(t *testing.T) {
	payload := []byte(`{"id":"evt_1","object":"event"}`)
	at := time.Unix(1_700_000_000, 987_000_000)
	mac := hmac.New(sha256.New, []byte(testSecret))
	mac.Write([]byte("1700000000." + string(payload)))
	want := mac.Sum(nil)

	tests := []struct {
		name       string
		scheme     string
		wantScheme string
	}{
		{"default scheme", "", "v1"},
		{"explicit v1", "v1", "v1"},
		{"other scheme", "v0", "v0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: at, Scheme: tt.scheme}
			signed := webhook.GenerateTestSignedPayload(in)
			assert.Equal(t, "t=1700000000,"+tt.wantScheme+"="+hex.EncodeToString(want), signed.Header)
			assert.Equal(t, want, signed.Signature)
			assert.Equal(t, payload, signed.Payload)
			assert.Equal(t, testSecret, signed.Secret)
			assert.Equal(t, tt.wantScheme, signed.Scheme)
			assert.True(t, signed.Timestamp.Equal(time.Unix(1_700_000_000, 0)), "only whole seconds are signed: %v", signed.Timestamp)
			assert.Equal(t, tt.scheme, in.Scheme, "the input is not modified")
		})
	}
}

func TestGenerateTestSignedPayloadOutputVerifies(t *testing.T) {
	payload := chargeEvent(t)
	before := time.Now().Truncate(time.Second)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret})
	assert.False(t, signed.Timestamp.Before(before), "a zero Timestamp means now")
	assert.False(t, signed.Timestamp.After(time.Now()))

	require.NoError(t, webhook.ValidatePayload(signed.Payload, signed.Header, signed.Secret))
	ev, err := webhook.ConstructEvent(signed.Payload, signed.Header, signed.Secret)
	require.NoError(t, err)
	assert.Equal(t, "evt_1Webhook", ev.ID)
}
