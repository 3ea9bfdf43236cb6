package webhook

import (
	"bytes"
	"encoding/hex"
	"errors"
	"strconv"
	"testing"
	"time"
)

func hexSignature(timestamp string, payload []byte, secret string) string {
	return hex.EncodeToString(computeSignature(timestamp, payload, secret))
}

// FuzzParseHeader feeds arbitrary headers to the parser and the verifier:
// neither may panic, every failure wraps one of the sentinels, and what
// parses is well-formed.
func FuzzParseHeader(f *testing.F) {
	sig := hexSignature("1700000000", []byte("{}"), "whsec_x")
	for _, seed := range []string{
		"", "t=1700000000,v1=" + sig, "t=1700000000,v1=" + sig + ",v1=" + sig + ",v0=ab",
		"v1=" + sig, "t=,v1=", "t=1,t=2", "=", ",", "t=1,v1=zz", "t=-1,v1=" + sig, " t=1 , v1=" + sig + " ",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, header string) {
		h, err := parseHeader(header)
		if err != nil {
			if !errors.Is(err, ErrNotSigned) && !errors.Is(err, ErrInvalidHeader) {
				t.Fatalf("parseHeader(%q) = %v, wraps no sentinel", header, err)
			}
		} else {
			if strconv.FormatInt(h.unix, 10) != h.timestamp || h.unix < 0 {
				t.Fatalf("parseHeader(%q): timestamp %q parsed as %d", header, h.timestamp, h.unix)
			}
			for _, s := range h.signatures {
				if len(s) != signatureSize {
					t.Fatalf("parseHeader(%q): signature of %d bytes", header, len(s))
				}
			}
		}
		err = validateAt([]byte("{}"), header, "whsec_x", DefaultTolerance, time.Unix(1_700_000_000, 0))
		if err != nil && !errors.Is(err, ErrNotSigned) && !errors.Is(err, ErrInvalidHeader) &&
			!errors.Is(err, ErrNoValidSignature) && !errors.Is(err, ErrTooOld) {
			t.Fatalf("validateAt(%q) = %v, wraps no sentinel", header, err)
		}
	})
}

// FuzzSignedPayloadRoundTrip checks that what GenerateTestSignedPayload
// produces parses back to its own timestamp and signature and verifies at
// that time, and that any change to the body breaks it.
func FuzzSignedPayloadRoundTrip(f *testing.F) {
	f.Add([]byte(`{"id":"evt_1"}`), "whsec_x", int64(1_700_000_000))
	f.Add([]byte{}, "s", int64(0))
	f.Add([]byte("t=1,v1=,\x00"), "whsec_\xff", int64(1<<62))
	f.Fuzz(func(t *testing.T, payload []byte, secret string, unix int64) {
		if secret == "" || unix < 0 {
			t.Skip("the helper signs these, but the verifier refuses them by design")
		}
		signed := GenerateTestSignedPayload(&UnsignedPayload{Payload: payload, Secret: secret, Timestamp: time.Unix(unix, 0)})
		h, err := parseHeader(signed.Header)
		if err != nil {
			t.Fatalf("parseHeader(%q): %v", signed.Header, err)
		}
		if h.unix != unix || len(h.signatures) != 1 || !bytes.Equal(h.signatures[0], signed.Signature) {
			t.Fatalf("parseHeader(%q) = %+v, want t=%d and the helper's signature", signed.Header, h, unix)
		}
		at := time.Unix(unix, 0)
		if err := validateAt(payload, signed.Header, secret, DefaultTolerance, at); err != nil {
			t.Fatalf("helper output does not verify: %v", err)
		}
		altered := append(append([]byte(nil), payload...), ' ')
		if err := validateAt(altered, signed.Header, secret, DefaultTolerance, at); !errors.Is(err, ErrNoValidSignature) {
			t.Fatalf("altered body: err = %v, want ErrNoValidSignature", err)
		}
	})
}
