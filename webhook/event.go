package webhook

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/payske/payske-go"
)

// ConstructEvent verifies payload as ValidatePayload does and decodes it
// into an Event, the same way event.Get decodes one: Data.Object,
// Data.PreviousAttributes and Data.Raw are filled and the typed accessors
// (Data.TypedObject, Charge, Customer, ...) work. LastResponse is nil, as
// the event did not come from an API call.
//
// The event's api_version must be payske.APIVersion, the version this
// SDK's types describe: an event rendered in another version may carry
// fields under other names or shapes, which would decode into zero values
// without a word. Such an event is refused with an *APIVersionMismatchError
// (errors.Is(err, ErrAPIVersionMismatch)). An event with no api_version
// (older events, and hand-written test payloads) is accepted: it claims no
// other version. ConstructEventWithOptions can accept a mismatch.
func ConstructEvent(payload []byte, header, secret string) (payske.Event, error) {
	return constructEvent(payload, header, secret, constructOptions{tolerance: DefaultTolerance}, time.Now())
}

// ConstructEventWithTolerance is ConstructEvent with a tolerance of your
// choosing; it must be positive.
func ConstructEventWithTolerance(payload []byte, header, secret string, tolerance time.Duration) (payske.Event, error) {
	return constructEvent(payload, header, secret, constructOptions{tolerance: tolerance}, time.Now())
}

// ConstructEventIgnoringTolerance is ConstructEvent without the check of
// the signature's age (see ValidatePayloadIgnoringTolerance): a delivery
// signed at any time is accepted, so a captured one can be replayed. Use it
// only to re-read stored deliveries; live endpoints should use
// ConstructEvent, or ConstructEventWithOptions with a wider Tolerance.
func ConstructEventIgnoringTolerance(payload []byte, header, secret string) (payske.Event, error) {
	return constructEvent(payload, header, secret, constructOptions{ignoreTolerance: true}, time.Now())
}

// ConstructEventOptions are the settings of ConstructEventWithOptions.
type ConstructEventOptions struct {
	// Tolerance is how far from the current time the signature may be;
	// zero means DefaultTolerance. A negative tolerance is an error.
	Tolerance time.Duration

	// IgnoreAPIVersionMismatch accepts an event whose api_version is not
	// payske.APIVersion. Its fields are then decoded by name into this
	// SDK's types as they are, and fields that changed between the
	// versions come out empty or are dropped: read Data.Raw for those.
	IgnoreAPIVersionMismatch bool
}

// ConstructEventWithOptions is ConstructEvent with the tolerance and the
// API version check set by opts. It is the one form that covers every
// setting; ConstructEvent and ConstructEventWithTolerance are shorthands.
func ConstructEventWithOptions(payload []byte, header, secret string, opts ConstructEventOptions) (payske.Event, error) {
	tolerance := opts.Tolerance
	if tolerance == 0 {
		tolerance = DefaultTolerance
	}
	return constructEvent(payload, header, secret, constructOptions{
		tolerance:                tolerance,
		ignoreAPIVersionMismatch: opts.IgnoreAPIVersionMismatch,
	}, time.Now())
}

// constructOptions is what every ConstructEvent variant and the Handler
// decide: the tolerance or none at all, and whether an event of another
// API version is accepted.
type constructOptions struct {
	tolerance                time.Duration
	ignoreTolerance          bool
	ignoreAPIVersionMismatch bool
}

// constructEvent verifies against the clock reading now, decodes, then
// checks the event's API version.
func constructEvent(payload []byte, header, secret string, o constructOptions, now time.Time) (payske.Event, error) {
	var err error
	if o.ignoreTolerance {
		err = validate(payload, header, secret, 0, now, false)
	} else {
		err = validateAt(payload, header, secret, o.tolerance, now)
	}
	if err != nil {
		return payske.Event{}, err
	}
	var ev payske.Event
	if err := json.Unmarshal(payload, &ev); err != nil {
		return payske.Event{}, fmt.Errorf("webhook: the signed payload is not a Payske event: %w", err)
	}
	if !o.ignoreAPIVersionMismatch && ev.APIVersion != "" && ev.APIVersion != payske.APIVersion {
		return payske.Event{}, &APIVersionMismatchError{EventID: ev.ID, EventAPIVersion: ev.APIVersion, SDKAPIVersion: payske.APIVersion}
	}
	return ev, nil
}
