package webhook_test

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/event"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/webhook"
)

func TestConstructEventAcceptsAnAuthenticEventAndTypesIt(t *testing.T) {
	payload := chargeEvent(t)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret})

	ev, err := webhook.ConstructEvent(signed.Payload, signed.Header, testSecret)
	require.NoError(t, err)
	assert.Equal(t, "evt_1Webhook", ev.ID)
	assert.Equal(t, payske.EventTypeChargeUpdated, ev.Type)
	require.NotNil(t, ev.Data)
	assert.Equal(t, "ch_3JwPVP2eZvKYlo2C1TaDkcSv", ev.Data.Object["id"])
	assert.Equal(t, map[string]interface{}{"description": "old"}, ev.Data.PreviousAttributes)

	var fromRaw payske.Charge
	require.NoError(t, json.Unmarshal(ev.Data.Raw, &fromRaw))
	assert.Equal(t, "ch_3JwPVP2eZvKYlo2C1TaDkcSv", fromRaw.ID)
	assert.Equal(t, int64(100), fromRaw.Amount)

	typed, err := ev.Data.TypedObject()
	require.NoError(t, err)
	c, ok := typed.(*payske.Charge)
	require.True(t, ok, "TypedObject returned %T, want *payske.Charge", typed)
	assert.Equal(t, fromRaw, *c)

	viaGetter, err := ev.Charge()
	require.NoError(t, err)
	assert.Equal(t, fromRaw, *viaGetter)
}

// The event a webhook delivers must be the one event.Get would return for
// the same JSON, apart from the HTTP response it came with.
func TestConstructEventDecodesLikeTheEventPackage(t *testing.T) {
	payload := chargeEvent(t)
	m := mocktest.New(t)
	m.Respond(http.MethodGet, "/v1/events/evt_1Webhook", 200, payload)
	fromAPI, err := event.Client{B: m.Backend, Key: mocktest.Key}.Get("evt_1Webhook", nil)
	require.NoError(t, err)
	fromAPI.LastResponse = nil

	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret})
	ev, err := webhook.ConstructEvent(signed.Payload, signed.Header, testSecret)
	require.NoError(t, err)
	assert.Equal(t, *fromAPI, ev)
}

func TestVerificationRejects(t *testing.T) {
	payload := chargeEvent(t)
	now := time.Now()
	sign := func(p []byte, secret string, at time.Time, scheme string) string {
		return webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: p, Secret: secret, Timestamp: at, Scheme: scheme}).Header
	}
	good := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: now})
	goodSig := hex.EncodeToString(good.Signature)
	tampered := []byte(strings.Replace(string(payload), `"amount": 100`, `"amount": 999`, 1))
	require.NotEqual(t, payload, tampered)
	ts := strings.TrimPrefix(strings.Split(good.Header, ",")[0], "t=")

	tests := []struct {
		name    string
		payload []byte
		header  string
		secret  string
		want    error
		inMsg   string
	}{
		{"tampered body", tampered, good.Header, testSecret, webhook.ErrNoValidSignature, "none of the 1 v1 signatures"},
		{"wrong secret", payload, good.Header, otherSecret, webhook.ErrNoValidSignature, "none of the 1 v1 signatures"},
		{"old timestamp", payload, sign(payload, testSecret, now.Add(-10*time.Minute), ""), testSecret, webhook.ErrTooOld, "ago, tolerance is 5m0s"},
		{"future timestamp", payload, sign(payload, testSecret, now.Add(10*time.Minute), ""), testSecret, webhook.ErrTooOld, "in the future, tolerance is 5m0s"},
		{"missing header", payload, "", testSecret, webhook.ErrNotSigned, ""},
		{"blank header", payload, "  ", testSecret, webhook.ErrNotSigned, ""},
		{"garbled header", payload, "garbage", testSecret, webhook.ErrInvalidHeader, "entry 1 is not of the form key=value"},
		{"no timestamp", payload, "v1=" + goodSig, testSecret, webhook.ErrInvalidHeader, "no t= timestamp"},
		{"timestamp not a number", payload, "t=soon,v1=" + goodSig, testSecret, webhook.ErrInvalidHeader, `t="soon" is not a Unix time`},
		{"signed timestamp", payload, "t=+" + ts + ",v1=" + goodSig, testSecret, webhook.ErrInvalidHeader, "is not a Unix time"},
		{"zero-padded timestamp", payload, "t=0" + ts + ",v1=" + goodSig, testSecret, webhook.ErrInvalidHeader, "is not a Unix time"},
		{"two timestamps", payload, good.Header + ",t=" + ts, testSecret, webhook.ErrInvalidHeader, "more than one t="},
		{"v1 not hex", payload, "t=" + ts + ",v1=xyz", testSecret, webhook.ErrInvalidHeader, "entry 2: v1 must be 64 hex digits"},
		{"v1 truncated", payload, "t=" + ts + ",v1=" + goodSig[:62], testSecret, webhook.ErrInvalidHeader, "v1 must be 64 hex digits"},
		{"empty entry", payload, good.Header + ",", testSecret, webhook.ErrInvalidHeader, "entry 3"},
		{"v0 only", payload, sign(payload, testSecret, now, "v0"), testSecret, webhook.ErrNoValidSignature, "no v1 entry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectedUnderSecret := hex.EncodeToString(webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: tt.payload, Secret: tt.secret, Timestamp: now}).Signature)
			check := func(t *testing.T, err error) {
				t.Helper()
				require.Error(t, err)
				assert.ErrorIs(t, err, tt.want)
				for _, other := range []error{webhook.ErrNotSigned, webhook.ErrInvalidHeader, webhook.ErrNoValidSignature, webhook.ErrTooOld} {
					if other != tt.want {
						assert.False(t, errors.Is(err, other), "error also matches %v", other)
					}
				}
				assert.Contains(t, err.Error(), tt.inMsg)
				assert.NotContains(t, err.Error(), tt.secret)
				assert.NotContains(t, err.Error(), expectedUnderSecret, "the error must not reveal the signature it expected")
			}
			t.Run("ValidatePayload", func(t *testing.T) {
				check(t, webhook.ValidatePayload(tt.payload, tt.header, tt.secret))
			})
			t.Run("ConstructEvent", func(t *testing.T) {
				ev, err := webhook.ConstructEvent(tt.payload, tt.header, tt.secret)
				check(t, err)
				assert.Zero(t, ev)
			})
		})
	}
}

func TestRotationHeaderIsAcceptedWithEitherSecret(t *testing.T) {
	payload := chargeEvent(t)
	now := time.Now()
	previous := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: otherSecret, Timestamp: now})
	current := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: now})
	// As Payske sends it during a rotation: one t, a v1 per secret, and an
	// entry of a scheme this package does not know, which must be skipped.
	header := previous.Header + ",v0=00ff,v1=" + hex.EncodeToString(current.Signature)

	for _, secret := range []string{otherSecret, testSecret} {
		t.Run(secret, func(t *testing.T) {
			require.NoError(t, webhook.ValidatePayload(payload, header, secret))
			ev, err := webhook.ConstructEvent(payload, header, secret)
			require.NoError(t, err)
			assert.Equal(t, "evt_1Webhook", ev.ID)
		})
	}
	err := webhook.ValidatePayload(payload, header, "whsec_test_unrelated")
	assert.ErrorIs(t, err, webhook.ErrNoValidSignature)
	assert.Contains(t, err.Error(), "none of the 2 v1 signatures")
}

func TestWithToleranceWidensAndNarrowsTheWindow(t *testing.T) {
	payload := chargeEvent(t)
	tenMinutesAgo := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: time.Now().Add(-10 * time.Minute)})

	require.NoError(t, webhook.ValidatePayloadWithTolerance(payload, tenMinutesAgo.Header, testSecret, time.Hour))
	ev, err := webhook.ConstructEventWithTolerance(payload, tenMinutesAgo.Header, testSecret, time.Hour)
	require.NoError(t, err)
	assert.Equal(t, "evt_1Webhook", ev.ID)

	assert.ErrorIs(t, webhook.ValidatePayloadWithTolerance(payload, tenMinutesAgo.Header, testSecret, time.Minute), webhook.ErrTooOld)
	_, err = webhook.ConstructEventWithTolerance(payload, tenMinutesAgo.Header, testSecret, time.Minute)
	assert.ErrorIs(t, err, webhook.ErrTooOld)
}

func TestBadArgumentsAreNamed(t *testing.T) {
	payload := chargeEvent(t)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret})
	tests := []struct {
		name      string
		secret    string
		tolerance time.Duration
		inMsg     string
	}{
		{"empty secret", "", webhook.DefaultTolerance, "secret is empty"},
		{"zero tolerance", testSecret, 0, "tolerance must be positive, got 0s"},
		{"negative tolerance", testSecret, -time.Second, "tolerance must be positive, got -1s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := webhook.ValidatePayloadWithTolerance(payload, signed.Header, tt.secret, tt.tolerance)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.inMsg)
			_, err = webhook.ConstructEventWithTolerance(payload, signed.Header, tt.secret, tt.tolerance)
			assert.ErrorContains(t, err, tt.inMsg)
		})
	}
}

// An empty secret is a configuration mistake, which a caller tells apart
// from a forged delivery with errors.Is.
func TestAnEmptySecretIsErrEmptySecret(t *testing.T) {
	payload := chargeEvent(t)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret})
	err := webhook.ValidatePayload(payload, signed.Header, "")
	assert.ErrorIs(t, err, webhook.ErrEmptySecret)
	assert.NotErrorIs(t, err, webhook.ErrNoValidSignature)
	_, err = webhook.ConstructEvent(payload, signed.Header, "")
	assert.ErrorIs(t, err, webhook.ErrEmptySecret)
}

func TestConstructEventRejectsASignedPayloadThatIsNotAnEvent(t *testing.T) {
	payload := []byte(`{"id": "evt_1", "data": [`)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret})
	require.NoError(t, webhook.ValidatePayload(payload, signed.Header, testSecret), "the signature itself is fine")
	_, err := webhook.ConstructEvent(payload, signed.Header, testSecret)
	assert.ErrorContains(t, err, "webhook: the signed payload is not a Payske event")
}
