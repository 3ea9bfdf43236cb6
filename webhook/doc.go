// Package webhook verifies that an event delivered to your endpoint really
// came from Payske, and decodes it.
//
// Payske signs every delivery with the Payske-Signature header:
//
//	Payske-Signature: t=1700000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
//
// where t is the Unix time of the signature and each v1 is the hex
// HMAC-SHA256 of "<t>.<raw body>" under the endpoint's signing secret.
// While a secret is being rotated the header carries one v1 entry per
// secret, so either secret verifies. Entries of other schemes (v0, ...) are
// ignored.
//
// Verify the raw body, byte for byte as received, before acting on it:
//
//	ev, err := webhook.ConstructEvent(body, r.Header.Get("Payske-Signature"), secret)
//	if err != nil {
//		http.Error(w, err.Error(), http.StatusBadRequest)
//		return
//	}
//	switch ev.Type {
//	case payske.EventTypeChargeSucceeded:
//		c, err := ev.Charge()
//		...
//	}
//
// or let Handler do the reading, limiting, verifying and answering:
//
//	http.Handle("/webhooks/payske", webhook.Handler(secret, func(ctx context.Context, ev payske.Event) error {
//		...
//	}))
//
// A signature is only accepted within a tolerance (DefaultTolerance) of the
// current time, in the past or the future, so a captured delivery cannot be
// replayed later. The errors wrap ErrNotSigned, ErrInvalidHeader,
// ErrNoValidSignature or ErrTooOld for errors.Is; none of them ever contains
// the secret or the signature it produces.
//
// GenerateTestSignedPayload signs payloads the way Payske does, for tests
// of your own handlers.
package webhook
