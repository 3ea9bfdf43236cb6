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
// NewHandler builds the whole endpoint: it reads the body within a limit,
// verifies it, decodes the event, calls your function and answers Payske.
// It returns an error, wrapping ErrEmptySecret, when the secret is empty,
// as it is when the environment variable it is read from is not set:
//
//	h, err := webhook.NewHandler(os.Getenv("PAYSKE_WEBHOOK_SECRET"), func(ctx context.Context, ev payske.Event) error {
//		switch ev.Type {
//		case payske.EventTypeChargeSucceeded:
//			c, err := ev.Charge()
//			...
//		}
//		return nil
//	})
//	if err != nil {
//		log.Fatal(err) // or run without the endpoint
//	}
//	http.Handle("/webhooks/payske", h)
//
// Handler is the same with a panic in place of the error, for a secret
// the program knows is set.
//
// To verify by hand, pass the raw body, byte for byte as received, before
// acting on it:
//
//	ev, err := webhook.ConstructEvent(body, r.Header.Get("Payske-Signature"), secret)
//	if err != nil {
//		http.Error(w, err.Error(), http.StatusBadRequest)
//		return
//	}
//	// ev is authentic: act on it, then answer 2xx.
//
// A signature is only accepted within a tolerance (DefaultTolerance) of the
// current time, in the past or the future, so a captured delivery cannot be
// replayed later. The errors wrap ErrNotSigned, ErrInvalidHeader,
// ErrNoValidSignature, ErrTooOld, ErrAPIVersionMismatch or ErrEmptySecret
// for errors.Is; none of
// them ever contains the secret or the signature it produces.
//
// Every event also carries the API version it was rendered in
// (api_version). This SDK's types describe payske.APIVersion; an event of
// another version may name or shape fields differently, and would decode
// into zero values without a word. ConstructEvent, its variants and the
// handler therefore refuse such an event with an *APIVersionMismatchError
// (errors.Is(err, ErrAPIVersionMismatch)) that names both versions; the
// handler answers it 400, so Payske delivers it again once the endpoint's
// API version or the SDK is changed. An event without api_version (events
// from before versioning, hand-written test payloads) claims no other
// version and is accepted. To accept every version, reading what changed
// from Data.Raw:
//
//	ev, err := webhook.ConstructEventWithOptions(body, header, secret, webhook.ConstructEventOptions{
//		IgnoreAPIVersionMismatch: true,
//	})
//
// or pass WithIgnoreAPIVersionMismatch to NewHandler.
//
// GenerateTestSignedPayload signs payloads the way Payske does, for tests
// of your own handlers. ComputeSignature, ValidatePayloadIgnoringTolerance
// and ConstructEventIgnoringTolerance remain for code written against the
// older surface; ConstructEventIgnoringTolerance accepts a replayed
// delivery and has no place in a live endpoint.
package webhook
