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
func ConstructEvent(payload []byte, header, secret string) (payske.Event, error) {
	return ConstructEventWithTolerance(payload, header, secret, DefaultTolerance)
}

// ConstructEventWithTolerance is ConstructEvent with a tolerance of your
// choosing; it must be positive.
func ConstructEventWithTolerance(payload []byte, header, secret string, tolerance time.Duration) (payske.Event, error) {
	return constructEventAt(payload, header, secret, tolerance, time.Now())
}

// constructEventAt verifies against the clock reading now, then decodes.
func constructEventAt(payload []byte, header, secret string, tolerance time.Duration, now time.Time) (payske.Event, error) {
	if err := validateAt(payload, header, secret, tolerance, now); err != nil {
		return payske.Event{}, err
	}
	var ev payske.Event
	if err := json.Unmarshal(payload, &ev); err != nil {
		return payske.Event{}, fmt.Errorf("webhook: the signed payload is not a Payske event: %w", err)
	}
	return ev, nil
}
