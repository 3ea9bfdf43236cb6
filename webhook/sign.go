package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
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
