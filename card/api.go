package card

import "github.com/payske/payske-go"

// API is the customer cards endpoints as an interface, satisfied by Client.
// Code that takes an API instead of a Client can be tested with a fake.
//
// A fake's List can return a list built from a slice:
//
//	return &card.Iter{Iter: payske.NewSliceIter([]*payske.Card{...}, nil)}
type API interface {
	// New attaches a card to params.Customer (POST
	// /v1/customers/{customer}/sources).
	New(params *payske.CardParams) (*payske.Card, error)
	// Get retrieves the card id of params.Customer (GET
	// /v1/customers/{customer}/sources/{id}). Only the shared Params (expand,
	// ...) are sent: card details set by mistake never reach the URL.
	Get(id string, params *payske.CardParams) (*payske.Card, error)
	// Update changes the card id of params.Customer (POST
	// /v1/customers/{customer}/sources/{id}).
	Update(id string, params *payske.CardParams) (*payske.Card, error)
	// Del removes the card id from params.Customer (DELETE
	// /v1/customers/{customer}/sources/{id}). Only the shared Params are sent.
	Del(id string, params *payske.CardParams) (*payske.Card, error)
	// List returns an iterator over the cards of params.Customer (GET
	// /v1/customers/{customer}/sources?object=card).
	List(params *payske.CardListParams) *Iter
}

var _ API = (*Client)(nil)
