package webhook

import (
	"errors"
	"fmt"

	"github.com/payske/payske-go"
)

// The verification errors. The errors returned by this package wrap one of
// them, with a message that says what exactly was wrong; test with
// errors.Is.
var (
	// ErrNotSigned means the Payske-Signature header is missing or empty:
	// the request was not sent by Payske, or a proxy dropped the header.
	ErrNotSigned = errors.New("webhook: no Payske-Signature header")

	// ErrInvalidHeader means the Payske-Signature header is present but
	// cannot be parsed: no t= timestamp, an entry without "=", a v1 value
	// that is not a hex HMAC-SHA256.
	ErrInvalidHeader = errors.New("webhook: invalid Payske-Signature header")

	// ErrNoValidSignature means no v1 signature of the header matches the
	// payload under the secret: the body was altered, the secret is not
	// this endpoint's, or the header carries no v1 entry at all.
	ErrNoValidSignature = errors.New("webhook: no valid v1 signature in the Payske-Signature header")

	// ErrTooOld means the signature is authentic but its timestamp is
	// further from the current time than the tolerance allows, in the past
	// (a replayed or long-delayed delivery) or in the future (a clock far
	// off).
	ErrTooOld = errors.New("webhook: Payske-Signature timestamp outside the tolerance")
)

// ErrEmptySecret means the endpoint's signing secret passed to NewHandler,
// ConstructEvent or ValidatePayload is empty: nothing can be verified
// without it. It usually means the variable or file the secret is read from
// is missing; test with errors.Is to tell that apart from a bad delivery.
var ErrEmptySecret = errors.New("webhook: the endpoint secret is empty")

// ErrAPIVersionMismatch means an authentic event was rendered in an API
// version other than payske.APIVersion, the one this SDK's types describe.
// The error returned is an *APIVersionMismatchError, which names both
// versions; test with errors.Is or errors.As.
var ErrAPIVersionMismatch = errors.New("webhook: the event's API version is not the one this SDK decodes")

// APIVersionMismatchError is the error ConstructEvent and the Handler
// return for an event whose api_version is not payske.APIVersion. The
// delivery is authentic: the fix is to set the webhook endpoint's API
// version to SDKAPIVersion, to upgrade the SDK, or to accept the event with
// ConstructEventOptions.IgnoreAPIVersionMismatch (WithIgnoreAPIVersionMismatch
// for a Handler).
type APIVersionMismatchError struct {
	// EventID is the ID of the refused event, for logging or for fetching
	// it again with event.Get.
	EventID string

	// EventAPIVersion is the api_version the event was rendered in.
	EventAPIVersion string

	// SDKAPIVersion is payske.APIVersion, the version this SDK decodes.
	SDKAPIVersion string
}

// Error says which event was refused and names both versions.
func (e *APIVersionMismatchError) Error() string {
	return fmt.Sprintf("webhook: event %s has API version %s, but this SDK (payske-go %s) decodes API version %s; "+
		"set the webhook endpoint's API version to %s, or accept the event with IgnoreAPIVersionMismatch",
		e.EventID, e.EventAPIVersion, payske.ClientVersion, e.SDKAPIVersion, e.SDKAPIVersion)
}

// Unwrap returns ErrAPIVersionMismatch, so that errors.Is matches it.
func (e *APIVersionMismatchError) Unwrap() error { return ErrAPIVersionMismatch }
