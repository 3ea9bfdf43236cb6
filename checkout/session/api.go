package session

import "github.com/payske/payske-go"

// API is the Checkout Sessions endpoints as an interface, satisfied by
// Client. Code that takes an API instead of a Client can be tested with a
// fake.
//
// A fake's List and ListLineItems can return lists built from slices:
//
//	return &session.Iter{Iter: payske.NewSliceIter([]*payske.CheckoutSession{...}, nil)}
//	return &session.LineItemIter{Iter: payske.NewSliceIter([]*payske.LineItem{...}, nil)}
type API interface {
	// New creates a Checkout Session (POST /v1/checkout/sessions).
	New(params *payske.CheckoutSessionParams) (*payske.CheckoutSession, error)
	// Get retrieves the Checkout Session id (GET
	// /v1/checkout/sessions/{session}). Only the shared Params (expand, ...) are
	// sent: creation fields set in params never reach the query.
	Get(id string, params *payske.CheckoutSessionParams) (*payske.CheckoutSession, error)
	// List returns an iterator over the Checkout Sessions (GET
	// /v1/checkout/sessions).
	List(params *payske.CheckoutSessionListParams) *Iter
	// ListLineItems returns an iterator over the line items of the session
	// params.ID (GET /v1/checkout/sessions/{session}/line_items).
	ListLineItems(params *payske.CheckoutSessionListLineItemParams) *LineItemIter
}

var _ API = (*Client)(nil)
