package webhook

import (
	"crypto/hmac"
	"fmt"
	"time"
)

// DefaultTolerance is how far from the current time, in either direction, a
// signature's timestamp may be for ValidatePayload and ConstructEvent.
const DefaultTolerance = 300 * time.Second

// ValidatePayload checks that header, the Payske-Signature header of a
// delivery, holds a v1 signature of payload under secret, made within
// DefaultTolerance of now. payload must be the raw request body exactly as
// received: re-encoded JSON does not verify.
func ValidatePayload(payload []byte, header, secret string) error {
	return ValidatePayloadWithTolerance(payload, header, secret, DefaultTolerance)
}

// ValidatePayloadWithTolerance is ValidatePayload with a tolerance of your
// choosing; it must be positive.
func ValidatePayloadWithTolerance(payload []byte, header, secret string, tolerance time.Duration) error {
	return validateAt(payload, header, secret, tolerance, time.Now())
}

// ValidatePayloadIgnoringTolerance is ValidatePayload without the check of
// the signature's age: a delivery signed at any time verifies, so a
// captured one can be replayed. It exists for code that re-verifies stored
// deliveries long after they arrived; an endpoint receiving live
// deliveries should use ValidatePayload, or ValidatePayloadWithTolerance
// for a wider window.
func ValidatePayloadIgnoringTolerance(payload []byte, header, secret string) error {
	return validate(payload, header, secret, 0, time.Time{}, false)
}

// validateAt verifies against the clock reading now, so that Handler and
// the tests can supply their own clock.
func validateAt(payload []byte, header, secret string, tolerance time.Duration, now time.Time) error {
	// An empty secret is reported first, as the more basic mistake.
	if secret != "" && tolerance <= 0 {
		return fmt.Errorf("webhook: tolerance must be positive, got %v", tolerance)
	}
	return validate(payload, header, secret, tolerance, now, true)
}

// validate verifies the signature and, when checkAge is set, that it was
// made within tolerance of now; the caller has checked that tolerance is
// then positive.
func validate(payload []byte, header, secret string, tolerance time.Duration, now time.Time, checkAge bool) error {
	if secret == "" {
		return fmt.Errorf("%w; pass the endpoint's signing secret", ErrEmptySecret)
	}
	h, err := parseHeader(header)
	if err != nil {
		return err
	}
	if len(h.signatures) == 0 {
		return fmt.Errorf("%w: the header has no v1 entry (other schemes are not accepted)", ErrNoValidSignature)
	}
	expected := computeSignature(h.timestamp, payload, secret)
	if !anyEqual(h.signatures, expected) {
		return fmt.Errorf("%w: none of the %d v1 signatures matches the payload under this secret (check the secret and that the body is passed unmodified)", ErrNoValidSignature, len(h.signatures))
	}
	if !checkAge {
		return nil
	}
	// The clock is checked only once the header is known to be authentic,
	// so that ErrTooOld always means "Payske signed this, but not now".
	signedAt := time.Unix(h.unix, 0)
	switch age := now.Sub(signedAt); {
	case age > tolerance:
		return fmt.Errorf("%w: signed %v ago, tolerance is %v", ErrTooOld, age.Truncate(time.Second), tolerance)
	case age < -tolerance:
		return fmt.Errorf("%w: signed %v in the future, tolerance is %v", ErrTooOld, (-age).Truncate(time.Second), tolerance)
	}
	return nil
}

// anyEqual reports whether one of sigs equals expected. Every candidate is
// compared in constant time, so the time taken reveals nothing about how
// close a forged signature came.
func anyEqual(sigs [][]byte, expected []byte) bool {
	found := false
	for _, sig := range sigs {
		if hmac.Equal(sig, expected) {
			found = true
		}
	}
	return found
}
