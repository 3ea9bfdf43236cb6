// Package event reads Payske events: what happened in the account over the
// last 30 days, the same objects webhooks deliver.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	params := &payske.EventListParams{Type: payske.String(string(payske.EventTypeChargeSucceeded))}
//	i := event.List(params)
//	for i.Next() {
//		e := i.Event()
//		c, err := e.Charge()
//		...
//	}
//	if err := i.Err(); err != nil { ... }
//
// A Client binds a key and a backend, for programs that use several keys.
package event

import (
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/apicall"
)

// Client calls the events endpoints with its own backend and key.
type Client struct {
	// B sends the requests, for example payske.GetBackend(payske.APIBackend)
	// or a backend made with payske.GetBackendWithConfig. It must not be nil.
	B payske.Backend
	// Key is the secret API key every request is made with; it is never
	// printed (see String).
	Key string
}

// String describes c without its key, so that printing a client (with %v,
// %+v or %s) never shows the secret.
func (c Client) String() string { return "event.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// Get retrieves the event id (GET /v1/events/{id}), for example one named
// by a webhook, to confirm it came from Payske. params may be nil.
func Get(id string, params *payske.EventParams) (*payske.Event, error) {
	return getC().Get(id, params)
}

// Get retrieves the event id (GET /v1/events/{id}).
func (c Client) Get(id string, params *payske.EventParams) (*payske.Event, error) {
	return apicall.Do[payske.Event](c.B, http.MethodGet, "/v1/events/{event}", c.Key, params, id)
}

// List returns an iterator over the events of the last 30 days (GET
// /v1/events), newest first, fetching page by page. params may be nil.
func List(params *payske.EventListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator over the events (GET /v1/events).
func (c Client) List(params *payske.EventListParams) *Iter {
	return &Iter{payske.NewIter(c.B, "/v1/events", nil, c.Key, params, eventID)}
}

// Iter iterates over a list of events. Next, Err, Meta and All come from
// payske.Iter.
type Iter struct {
	*payske.Iter[payske.Event]
}

// Event returns the event Next moved to.
func (i *Iter) Event() *payske.Event { return i.Current() }

func eventID(e *payske.Event) string { return e.ID }

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
