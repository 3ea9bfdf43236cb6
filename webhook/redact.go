package webhook

import (
	"fmt"
	"time"

	"github.com/payske/payske-go/internal/redact"
)

// String describes the payload without its signing secret, so that a test
// that prints the payload it signed never prints the secret.
func (p UnsignedPayload) String() string {
	return "webhook.UnsignedPayload{" + p.fields() + "}"
}

// Format implements fmt.Formatter: every verb prints String, so that no
// verb prints the secret.
func (p UnsignedPayload) Format(f fmt.State, verb rune) { redact.Format(f, verb, p.String()) }

// String describes the signed payload without its signing secret. The
// header is shown: it is what goes on the wire.
func (p SignedPayload) String() string {
	return fmt.Sprintf("webhook.SignedPayload{%s, Header: %q}", p.fields(), p.Header)
}

// Format implements fmt.Formatter: every verb prints String, so that no
// verb prints the secret.
func (p SignedPayload) Format(f fmt.State, verb rune) { redact.Format(f, verb, p.String()) }

func (p UnsignedPayload) fields() string {
	return fmt.Sprintf("Payload: %d bytes, Secret: %s, Timestamp: %s, Scheme: %q",
		len(p.Payload), redact.Secret(p.Secret), p.Timestamp.Format(time.RFC3339), p.Scheme)
}
