package event

import "github.com/payske/payske-go"

// API is the events endpoints as an interface, satisfied by Client. Code
// that takes an API instead of a Client can be tested with a fake.
//
// A fake's List can return a list built from a slice:
//
//	return &event.Iter{Iter: payske.NewSliceIter([]*payske.Event{...}, nil)}
type API interface {
	// Get retrieves the event id (GET /v1/events/{id}).
	Get(id string, params *payske.EventParams) (*payske.Event, error)
	// List returns an iterator over the events (GET /v1/events).
	List(params *payske.EventListParams) *Iter
}

var _ API = (*Client)(nil)
