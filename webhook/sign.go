package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"strconv"
	"time"
)

// signatureSize is the length of an HMAC-SHA256 in bytes.
const signatureSize = sha256.Size

// computeSignature returns the HMAC-SHA256 of "<timestamp>.<payload>" under
// secret, which is what a v1 entry carries in hex.
func computeSignature(timestamp string, payload []byte, secret string) []byte {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(timestamp))
	mac.Write([]byte("."))
	mac.Write(payload)
	return mac.Sum(nil)
}

// ComputeSignature returns the v1 signature of payload signed at t under
// secret: the HMAC-SHA256 of "<Unix seconds of t>.<payload>", as raw bytes
// (a Payske-Signature header carries it hex-encoded). Only whole seconds of
// t are signed.
//
// It is kept for code that builds signed deliveries by hand;
// GenerateTestSignedPayload does the same and also writes the header, and
// is the preferred form in tests.
func ComputeSignature(t time.Time, payload []byte, secret string) []byte {
	return computeSignature(strconv.FormatInt(t.Unix(), 10), payload, secret)
}
