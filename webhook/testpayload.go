package webhook

import (
	"encoding/hex"
	"strconv"
	"time"
)

// UnsignedPayload describes a delivery to sign with
// GenerateTestSignedPayload.
type UnsignedPayload struct {
	// Payload is the request body, typically an event's JSON.
	Payload []byte

	// Secret is the endpoint signing secret to sign with.
	Secret string

	// Timestamp is the time of the signature; the zero value means now.
	// Only whole seconds are signed.
	Timestamp time.Time

	// Scheme is the header entry's key, "v1" when empty. Set another (such
	// as "v0") to produce a header that must be rejected.
	Scheme string
}

// SignedPayload is an UnsignedPayload with its defaults filled in and its
// signature.
type SignedPayload struct {
	UnsignedPayload

	// Signature is the HMAC-SHA256 of "<t>.<Payload>" under Secret.
	Signature []byte

	// Header is the value to send as the Payske-Signature header.
	Header string
}

// GenerateTestSignedPayload signs p the way Payske signs a delivery, for
// tests of code that receives webhooks: send the returned Payload as the
// body and Header as the Payske-Signature header. It signs with whatever
// Secret holds; ValidatePayload rejects an empty secret.
func GenerateTestSignedPayload(p *UnsignedPayload) *SignedPayload {
	signed := &SignedPayload{UnsignedPayload: *p}
	if signed.Timestamp.IsZero() {
		signed.Timestamp = time.Now()
	}
	signed.Timestamp = time.Unix(signed.Timestamp.Unix(), 0)
	if signed.Scheme == "" {
		signed.Scheme = signatureScheme
	}
	t := strconv.FormatInt(signed.Timestamp.Unix(), 10)
	signed.Signature = computeSignature(t, signed.Payload, signed.Secret)
	signed.Header = "t=" + t + "," + signed.Scheme + "=" + hex.EncodeToString(signed.Signature)
	return signed
}
