package webhook

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// SignatureHeader is the name of the HTTP header Payske signs deliveries
// with.
const SignatureHeader = "Payske-Signature"

// signatureScheme is the only scheme this package verifies; entries of other
// schemes are skipped so that Payske can add schemes without breaking
// receivers.
const signatureScheme = "v1"

// signatureHeader is a parsed Payske-Signature header.
type signatureHeader struct {
	// timestamp is the t= value exactly as sent; it is what was signed.
	timestamp string
	unix      int64
	// signatures holds the decoded v1 values, in header order.
	signatures [][]byte
}

// parseHeader parses "t=<unix>,v1=<hex>[,v1=<hex>...]", where entries of
// other schemes may appear anywhere. Parsing is strict about what this
// package relies on (one canonical t, well-formed v1 values) so that a
// garbled header is reported as such rather than as a wrong signature.
func parseHeader(header string) (signatureHeader, error) {
	var h signatureHeader
	if strings.TrimSpace(header) == "" {
		return h, ErrNotSigned
	}
	seenTimestamp := false
	for i, entry := range strings.Split(header, ",") {
		key, value, ok := strings.Cut(strings.TrimSpace(entry), "=")
		if !ok || key == "" {
			return h, fmt.Errorf("%w: entry %d is not of the form key=value", ErrInvalidHeader, i+1)
		}
		switch key {
		case "t":
			if seenTimestamp {
				return h, fmt.Errorf("%w: more than one t= timestamp", ErrInvalidHeader)
			}
			unix, err := parseUnix(value)
			if err != nil {
				return h, fmt.Errorf("%w: t=%.24q is not a Unix time in seconds", ErrInvalidHeader, value)
			}
			seenTimestamp = true
			h.timestamp, h.unix = value, unix
		case signatureScheme:
			sig, err := hex.DecodeString(value)
			if err != nil || len(sig) != signatureSize {
				return h, fmt.Errorf("%w: entry %d: v1 must be %d hex digits (an HMAC-SHA256)", ErrInvalidHeader, i+1, 2*signatureSize)
			}
			h.signatures = append(h.signatures, sig)
		}
	}
	if !seenTimestamp {
		return h, fmt.Errorf("%w: no t= timestamp", ErrInvalidHeader)
	}
	return h, nil
}

// parseUnix accepts only canonical non-negative decimal seconds ("0" or no
// leading zero, no sign), so that the text that was signed and the number
// that is checked against the clock cannot differ.
func parseUnix(s string) (int64, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') || strings.TrimLeft(s, "0123456789") != "" {
		return 0, strconv.ErrSyntax
	}
	return strconv.ParseInt(s, 10, 64)
}
