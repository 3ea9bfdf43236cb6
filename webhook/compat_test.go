package webhook_test

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/webhook"
)

// Code written against the older surface signs its test deliveries with
// ComputeSignature and builds the header itself.
func TestComputeSignatureBuildsAHeaderThatVerifies(t *testing.T) {
	payload := chargeEvent(t)
	now := time.Now()
	sig := webhook.ComputeSignature(now, payload, testSecret)
	header := fmt.Sprintf("t=%d,v1=%s", now.Unix(), hex.EncodeToString(sig))

	require.NoError(t, webhook.ValidatePayload(payload, header, testSecret))
	ev, err := webhook.ConstructEvent(payload, header, testSecret)
	require.NoError(t, err)
	assert.Equal(t, "evt_1Webhook", ev.ID)

	generated := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: now})
	assert.Equal(t, generated.Signature, sig, "the same signature as GenerateTestSignedPayload")
	assert.Equal(t, sig, webhook.ComputeSignature(time.Unix(now.Unix(), 999_999_999), payload, testSecret),
		"only whole seconds are signed")
	assert.NotEqual(t, sig, webhook.ComputeSignature(now.Add(time.Second), payload, testSecret))
	assert.NotEqual(t, sig, webhook.ComputeSignature(now, payload, otherSecret))
}

// The IgnoringTolerance forms accept a signature of any age, and still
// reject everything else ValidatePayload rejects.
func TestIgnoringToleranceSkipsOnlyTheAgeCheck(t *testing.T) {
	payload := chargeEvent(t)
	now := time.Now()
	sign := func(at time.Time, secret string) string {
		return webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: secret, Timestamp: at}).Header
	}
	tests := []struct {
		name   string
		body   []byte
		header string
		secret string
		want   error // nil: accepted when the age is ignored
	}{
		{"now", payload, sign(now, testSecret), testSecret, nil},
		{"an hour ago", payload, sign(now.Add(-time.Hour), testSecret), testSecret, nil},
		{"a year ago", payload, sign(now.AddDate(-1, 0, 0), testSecret), testSecret, nil},
		{"the Unix epoch", payload, sign(time.Unix(0, 0), testSecret), testSecret, nil},
		{"an hour ahead", payload, sign(now.Add(time.Hour), testSecret), testSecret, nil},
		{"old and signed with another secret", payload, sign(now.Add(-time.Hour), otherSecret), testSecret, webhook.ErrNoValidSignature},
		{"old and tampered", append(append([]byte(nil), payload...), ' '), sign(now.Add(-time.Hour), testSecret), testSecret, webhook.ErrNoValidSignature},
		{"no header", payload, "", testSecret, webhook.ErrNotSigned},
		{"garbled header", payload, "garbage", testSecret, webhook.ErrInvalidHeader},
		{"empty secret", payload, sign(now.Add(-time.Hour), testSecret), "", webhook.ErrEmptySecret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := webhook.ValidatePayloadIgnoringTolerance(tt.body, tt.header, tt.secret)
			ev, evErr := webhook.ConstructEventIgnoringTolerance(tt.body, tt.header, tt.secret)
			if tt.want != nil {
				assert.ErrorIs(t, err, tt.want)
				assert.ErrorIs(t, evErr, tt.want)
				assert.Zero(t, ev)
				return
			}
			require.NoError(t, err)
			require.NoError(t, evErr)
			assert.Equal(t, "evt_1Webhook", ev.ID)
		})
	}

	// The default forms refuse what is outside the window.
	old := sign(now.Add(-time.Hour), testSecret)
	assert.ErrorIs(t, webhook.ValidatePayload(payload, old, testSecret), webhook.ErrTooOld)
	_, err := webhook.ConstructEvent(payload, old, testSecret)
	assert.ErrorIs(t, err, webhook.ErrTooOld)
}

func TestConstructEventWithOptionsTolerance(t *testing.T) {
	payload := chargeEvent(t)
	tenMinutesAgo := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: time.Now().Add(-10 * time.Minute)}).Header
	oneMinuteAgo := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: time.Now().Add(-time.Minute)}).Header
	tests := []struct {
		name    string
		header  string
		opts    webhook.ConstructEventOptions
		wantErr error
		inMsg   string
	}{
		{"zero means DefaultTolerance, inside", oneMinuteAgo, webhook.ConstructEventOptions{}, nil, ""},
		{"zero means DefaultTolerance, outside", tenMinutesAgo, webhook.ConstructEventOptions{}, webhook.ErrTooOld, "tolerance is 5m0s"},
		{"wider", tenMinutesAgo, webhook.ConstructEventOptions{Tolerance: time.Hour}, nil, ""},
		{"narrower", oneMinuteAgo, webhook.ConstructEventOptions{Tolerance: 30 * time.Second}, webhook.ErrTooOld, "tolerance is 30s"},
		{"negative", oneMinuteAgo, webhook.ConstructEventOptions{Tolerance: -time.Nanosecond}, nil, "tolerance must be positive, got -1ns"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := webhook.ConstructEventWithOptions(payload, tt.header, testSecret, tt.opts)
			if tt.inMsg == "" {
				require.NoError(t, err)
				assert.Equal(t, "evt_1Webhook", ev.ID)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.inMsg)
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
			}
			assert.Zero(t, ev)
		})
	}
}

// A negative tolerance given to the WithTolerance forms is an error, never
// a way to skip the age check.
func TestANegativeToleranceIsNotIgnoringTolerance(t *testing.T) {
	payload := chargeEvent(t)
	old := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: payload, Secret: testSecret, Timestamp: time.Now().Add(-time.Hour)}).Header
	for _, d := range []time.Duration{-1, -time.Second, -time.Hour} {
		assert.ErrorContains(t, webhook.ValidatePayloadWithTolerance(payload, old, testSecret, d), "tolerance must be positive")
		_, err := webhook.ConstructEventWithTolerance(payload, old, testSecret, d)
		assert.ErrorContains(t, err, "tolerance must be positive")
	}
}

// eventOfVersion is chargeEvent rendered in API version v; "" leaves the
// api_version field out.
func eventOfVersion(t testing.TB, v string) []byte {
	t.Helper()
	const sdk = `"api_version":"` + payske.APIVersion + `",`
	payload := string(chargeEvent(t))
	require.Contains(t, payload, sdk)
	if v == "" {
		return []byte(strings.Replace(payload, sdk, "", 1))
	}
	return []byte(strings.Replace(payload, sdk, `"api_version":"`+v+`",`, 1))
}

// constructors are every way to construct an event by hand, each with and
// without the setting that accepts another API version where there is one.
var constructors = []struct {
	name           string
	ignoresVersion bool
	construct      func(payload []byte, header, secret string) (payske.Event, error)
}{
	{"ConstructEvent", false, webhook.ConstructEvent},
	{"ConstructEventWithTolerance", false, func(p []byte, h, s string) (payske.Event, error) {
		return webhook.ConstructEventWithTolerance(p, h, s, time.Hour)
	}},
	{"ConstructEventIgnoringTolerance", false, webhook.ConstructEventIgnoringTolerance},
	{"ConstructEventWithOptions", false, func(p []byte, h, s string) (payske.Event, error) {
		return webhook.ConstructEventWithOptions(p, h, s, webhook.ConstructEventOptions{})
	}},
	{"ConstructEventWithOptions/IgnoreAPIVersionMismatch", true, func(p []byte, h, s string) (payske.Event, error) {
		return webhook.ConstructEventWithOptions(p, h, s, webhook.ConstructEventOptions{IgnoreAPIVersionMismatch: true})
	}},
}

// apiVersionCases are the api_version values an event may carry.
var apiVersionCases = []struct {
	name     string
	version  string
	mismatch bool
}{
	{"the SDK's version", payske.APIVersion, false},
	{"no api_version", "", false},
	{"an older version", "2017-08-15", true},
	{"a newer version", "2024-06-20", true},
}

func TestConstructEventRefusesAnotherAPIVersion(t *testing.T) {
	for _, c := range constructors {
		for _, tt := range apiVersionCases {
			t.Run(c.name+"/"+tt.name, func(t *testing.T) {
				signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: eventOfVersion(t, tt.version), Secret: testSecret})
				ev, err := c.construct(signed.Payload, signed.Header, testSecret)
				if !tt.mismatch || c.ignoresVersion {
					require.NoError(t, err)
					assert.Equal(t, "evt_1Webhook", ev.ID)
					assert.Equal(t, tt.version, ev.APIVersion)
					ch, err := ev.Charge()
					require.NoError(t, err)
					assert.Equal(t, int64(100), ch.Amount)
					return
				}
				require.ErrorIs(t, err, webhook.ErrAPIVersionMismatch)
				var mismatch *webhook.APIVersionMismatchError
				require.ErrorAs(t, err, &mismatch)
				assert.Equal(t, webhook.APIVersionMismatchError{EventID: "evt_1Webhook", EventAPIVersion: tt.version, SDKAPIVersion: payske.APIVersion}, *mismatch)
				assert.Contains(t, err.Error(), "webhook: event evt_1Webhook has API version "+tt.version)
				assert.Contains(t, err.Error(), "decodes API version "+payske.APIVersion)
				for _, other := range []error{webhook.ErrNotSigned, webhook.ErrInvalidHeader, webhook.ErrNoValidSignature, webhook.ErrTooOld, webhook.ErrEmptySecret} {
					assert.NotErrorIs(t, err, other)
				}
				assert.Zero(t, ev)
			})
		}
	}
}

// The version is only looked at once the delivery is known to be
// authentic: a forged event of another version is a bad signature.
func TestAForgedEventOfAnotherVersionIsABadSignature(t *testing.T) {
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: eventOfVersion(t, "2017-08-15"), Secret: otherSecret})
	for _, c := range constructors {
		t.Run(c.name, func(t *testing.T) {
			_, err := c.construct(signed.Payload, signed.Header, testSecret)
			assert.ErrorIs(t, err, webhook.ErrNoValidSignature)
			assert.NotErrorIs(t, err, webhook.ErrAPIVersionMismatch)
		})
	}
}

func TestHandlerRefusesAnotherAPIVersion(t *testing.T) {
	for _, b := range builders {
		for _, ignore := range []bool{false, true} {
			for _, tt := range apiVersionCases {
				t.Run(fmt.Sprintf("%s/ignore=%v/%s", b.name, ignore, tt.name), func(t *testing.T) {
					var opts []webhook.HandlerOption
					if ignore {
						opts = append(opts, webhook.WithIgnoreAPIVersionMismatch())
					}
					rec := &recorded{}
					h := newTestHandler(t, b, rec, nil, opts...)
					signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: eventOfVersion(t, tt.version), Secret: testSecret})
					req := httptest.NewRequest(http.MethodPost, "/webhooks", bytes.NewReader(signed.Payload))
					req.Header.Set(webhook.SignatureHeader, signed.Header)
					w := httptest.NewRecorder()
					h.ServeHTTP(w, req)

					if !tt.mismatch || ignore {
						assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
						require.Len(t, rec.events, 1)
						assert.Equal(t, tt.version, rec.events[0].APIVersion)
						assert.Empty(t, rec.errs)
						return
					}
					// 400, so that Payske delivers it again once the
					// endpoint or the SDK is brought to one version.
					assert.Equal(t, http.StatusBadRequest, w.Code)
					assert.Contains(t, w.Body.String(), "has API version "+tt.version)
					assert.Contains(t, w.Body.String(), "decodes API version "+payske.APIVersion)
					assert.Empty(t, rec.events, "the callback must not run")
					require.Len(t, rec.errs, 1)
					var mismatch *webhook.APIVersionMismatchError
					require.ErrorAs(t, rec.errs[0], &mismatch)
					assert.Equal(t, tt.version, mismatch.EventAPIVersion)
					assert.ErrorIs(t, rec.errs[0], webhook.ErrAPIVersionMismatch)
				})
			}
		}
	}
}
