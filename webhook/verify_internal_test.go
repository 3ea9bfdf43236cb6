package webhook

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The window is inclusive at both ends and symmetric around the clock.
func TestToleranceBoundaries(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	payload := []byte(`{"id":"evt_1","object":"event"}`)
	tests := []struct {
		name      string
		offset    time.Duration
		tolerance time.Duration
		want      error
	}{
		{"now", 0, DefaultTolerance, nil},
		{"exactly the tolerance ago", -300 * time.Second, DefaultTolerance, nil},
		{"a second beyond, past", -301 * time.Second, DefaultTolerance, ErrTooOld},
		{"exactly the tolerance ahead", 300 * time.Second, DefaultTolerance, nil},
		{"a second beyond, future", 301 * time.Second, DefaultTolerance, ErrTooOld},
		{"custom tolerance, inside", -10 * time.Second, 10 * time.Second, nil},
		{"custom tolerance, outside", -11 * time.Second, 10 * time.Second, ErrTooOld},
		{"custom tolerance, future outside", 11 * time.Second, 10 * time.Second, ErrTooOld},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			signed := GenerateTestSignedPayload(&UnsignedPayload{Payload: payload, Secret: "whsec_x", Timestamp: now.Add(tt.offset)})
			err := validateAt(payload, signed.Header, "whsec_x", tt.tolerance, now)
			if tt.want == nil {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, tt.want)
			}
		})
	}
}

// A timestamp at the edge of int64 must not overflow into the window.
func TestExtremeTimestampsAreOutsideTheWindow(t *testing.T) {
	payload := []byte(`{}`)
	for _, ts := range []string{"0", "9223372036854775807"} {
		header := "t=" + ts + ",v1=" + hexSignature(ts, payload, "whsec_x")
		assert.ErrorIs(t, validateAt(payload, header, "whsec_x", DefaultTolerance, time.Unix(1_700_000_000, 0)), ErrTooOld, ts)
	}
	assert.ErrorIs(t, validateAt(payload, "t=9223372036854775808,v1=00", "whsec_x", DefaultTolerance, time.Now()), ErrInvalidHeader)
}
