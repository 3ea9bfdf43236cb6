// Package session creates, reads and lists Checkout Sessions, and lists the
// line items of a session.
//
// A Checkout Session is one attempt of a customer to pay on a Payske-hosted
// page: create it on your server, send the customer to its URL, and fulfil
// the order once it completes. The package-level functions use payske.Key
// and the global backend:
//
//	payske.Key = "sk_test_..."
//	s, err := session.New(&payske.CheckoutSessionParams{
//		SuccessURL: payske.String("https://example.com/success"),
//		CancelURL:  payske.String("https://example.com/cancel"),
//		LineItems: []*payske.CheckoutSessionLineItemParams{
//			{Price: payske.String("price_H5ggYwtDq4fbrJ"), Quantity: payske.Int64(2)},
//		},
//		Mode: payske.String(string(payske.CheckoutSessionModePayment)),
//	})
//	// redirect the customer to s.URL
//
// A Client binds a key and a backend, for programs that use several keys.
package session

import (
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/apicall"
)

const (
	sessionsRoute  = "/v1/checkout/sessions"
	sessionRoute   = "/v1/checkout/sessions/{session}"
	lineItemsRoute = "/v1/checkout/sessions/{session}/line_items"
)

// Client calls the Checkout Sessions endpoints with its own backend and key.
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
func (c Client) String() string { return "session.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New creates a Checkout Session (POST /v1/checkout/sessions).
func New(params *payske.CheckoutSessionParams) (*payske.CheckoutSession, error) {
	return getC().New(params)
}

// New creates a Checkout Session (POST /v1/checkout/sessions).
func (c Client) New(params *payske.CheckoutSessionParams) (*payske.CheckoutSession, error) {
	return apicall.Do[payske.CheckoutSession](c.B, http.MethodPost, sessionsRoute, c.Key, params)
}

// Get retrieves the Checkout Session id (GET /v1/checkout/sessions/{session}).
// params may be nil; use it to expand fields, for example "line_items".
func Get(id string, params *payske.CheckoutSessionParams) (*payske.CheckoutSession, error) {
	return getC().Get(id, params)
}

// Get retrieves the Checkout Session id (GET
// /v1/checkout/sessions/{session}). Only the shared Params (expand, ...) are
// sent: creation fields set in params never reach the query.
func (c Client) Get(id string, params *payske.CheckoutSessionParams) (*payske.CheckoutSession, error) {
	var p payske.ParamsContainer
	if params != nil {
		p = paramsOnly{params}
	}
	return apicall.Do[payske.CheckoutSession](c.B, http.MethodGet, sessionRoute, c.Key, p, id)
}

// List returns an iterator over the Checkout Sessions (GET
// /v1/checkout/sessions), newest first, fetching page by page. params may be
// nil.
func List(params *payske.CheckoutSessionListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator over the Checkout Sessions (GET
// /v1/checkout/sessions).
func (c Client) List(params *payske.CheckoutSessionListParams) *Iter {
	return &Iter{payske.NewIter(c.B, sessionsRoute, nil, c.Key, params, sessionID)}
}

// ListLineItems returns an iterator over the line items of the session
// params.ID (GET /v1/checkout/sessions/{session}/line_items), fetching page
// by page. Without params.ID the iterator stops at once with an error that
// wraps payske.ErrInvalidID, before any request.
func ListLineItems(params *payske.CheckoutSessionListLineItemParams) *LineItemIter {
	return getC().ListLineItems(params)
}

// ListLineItems returns an iterator over the line items of the session
// params.ID (GET /v1/checkout/sessions/{session}/line_items).
func (c Client) ListLineItems(params *payske.CheckoutSessionListLineItemParams) *LineItemIter {
	if params == nil || params.ID == nil || *params.ID == "" {
		failing := failingBackend{errMissingSessionID}
		return &LineItemIter{payske.NewIter(failing, lineItemsRoute, nil, c.Key, nil, lineItemID)}
	}
	return &LineItemIter{payske.NewIter(c.B, lineItemsRoute, []string{*params.ID}, c.Key, params, lineItemID)}
}

// Iter iterates over a list of Checkout Sessions. Next, Err, Meta and All
// come from payske.Iter.
type Iter struct {
	*payske.Iter[payske.CheckoutSession]
}

// CheckoutSession returns the session Next moved to.
func (i *Iter) CheckoutSession() *payske.CheckoutSession { return i.Current() }

// LineItemIter iterates over the line items of a Checkout Session. Next,
// Err, Meta and All come from payske.Iter.
type LineItemIter struct {
	*payske.Iter[payske.LineItem]
}

// LineItem returns the line item Next moved to.
func (i *LineItemIter) LineItem() *payske.LineItem { return i.Current() }

func sessionID(s *payske.CheckoutSession) string { return s.ID }

func lineItemID(li *payske.LineItem) string { return li.ID }

// paramsOnly sends only the shared Params (expand, metadata, extra) of a
// CheckoutSessionParams, for requests that take no other parameter.
type paramsOnly struct{ p *payske.CheckoutSessionParams }

// GetParams implements payske.ParamsContainer.
func (q paramsOnly) GetParams() *payske.Params { return &q.p.Params }

// AppendTo implements form.Appender.
func (q paramsOnly) AppendTo(values *form.Values, _ []string) { form.AppendTo(values, &q.p.Params) }

// errMissingSessionID is what ListLineItems reports when params do not name
// the session. It wraps payske.ErrInvalidID: the session ID is part of the
// URL.
var errMissingSessionID = missingIDError{}

type missingIDError struct{}

// Error names the call and the missing field.
func (missingIDError) Error() string {
	return "payske: session.ListLineItems: params.ID is required (the Checkout Session whose line items to list)"
}

// Unwrap lets errors.Is match payske.ErrInvalidID.
func (missingIDError) Unwrap() error { return payske.ErrInvalidID }

// failingBackend answers every request with err, without sending it: an
// iterator built on it reports err from its first Next.
type failingBackend struct{ err error }

// Call implements payske.Backend.
func (b failingBackend) Call(string, string, string, payske.ParamsContainer, payske.LastResponseSetter) error {
	return b.err
}

// Do implements payske.Backend.
func (b failingBackend) Do(*payske.Request, payske.LastResponseSetter) error { return b.err }

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
