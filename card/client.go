// Package card creates, reads, updates, deletes and lists the cards stored
// on a Payske customer (the customer's sources of object card).
//
// Every call names the customer in params.Customer; it builds the URL and is
// never sent. The package-level functions use payske.Key and the global
// backend:
//
//	payske.Key = "sk_test_..."
//	c, err := card.New(&payske.CardParams{
//		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
//		Token:    payske.String("tok_amex"),
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
package card

import (
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/apicall"
)

const (
	sourcesRoute = "/v1/customers/{customer}/sources"
	sourceRoute  = "/v1/customers/{customer}/sources/{id}"
)

// Client calls the card endpoints with its own backend and key.
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
func (c Client) String() string { return "card.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New attaches a card to params.Customer (POST
// /v1/customers/{customer}/sources), from the token in params.Token.
func New(params *payske.CardParams) (*payske.Card, error) {
	return getC().New(params)
}

// New attaches a card to params.Customer (POST
// /v1/customers/{customer}/sources).
func (c Client) New(params *payske.CardParams) (*payske.Card, error) {
	if err := checkCustomer("New", params); err != nil {
		return nil, err
	}
	return apicall.Do[payske.Card](c.B, http.MethodPost, sourcesRoute, c.Key, params, *params.Customer)
}

// Get retrieves the card id of params.Customer (GET
// /v1/customers/{customer}/sources/{id}).
func Get(id string, params *payske.CardParams) (*payske.Card, error) {
	return getC().Get(id, params)
}

// Get retrieves the card id of params.Customer (GET
// /v1/customers/{customer}/sources/{id}). Only the shared Params (expand,
// ...) are sent: card details set by mistake never reach the URL.
func (c Client) Get(id string, params *payske.CardParams) (*payske.Card, error) {
	if err := checkCustomer("Get", params); err != nil {
		return nil, err
	}
	return apicall.Do[payske.Card](c.B, http.MethodGet, sourceRoute, c.Key, paramsOnly{params}, *params.Customer, id)
}

// Update changes the card id of params.Customer (POST
// /v1/customers/{customer}/sources/{id}): its name, address, expiry and
// metadata. Fields left nil are not changed.
func Update(id string, params *payske.CardParams) (*payske.Card, error) {
	return getC().Update(id, params)
}

// Update changes the card id of params.Customer (POST
// /v1/customers/{customer}/sources/{id}).
func (c Client) Update(id string, params *payske.CardParams) (*payske.Card, error) {
	if err := checkCustomer("Update", params); err != nil {
		return nil, err
	}
	return apicall.Do[payske.Card](c.B, http.MethodPost, sourceRoute, c.Key, params, *params.Customer, id)
}

// Del removes the card id from params.Customer (DELETE
// /v1/customers/{customer}/sources/{id}). The answer has only ID, Object
// and Deleted set.
func Del(id string, params *payske.CardParams) (*payske.Card, error) {
	return getC().Del(id, params)
}

// Del removes the card id from params.Customer (DELETE
// /v1/customers/{customer}/sources/{id}). Only the shared Params are sent.
func (c Client) Del(id string, params *payske.CardParams) (*payske.Card, error) {
	if err := checkCustomer("Del", params); err != nil {
		return nil, err
	}
	return apicall.Do[payske.Card](c.B, http.MethodDelete, sourceRoute, c.Key, paramsOnly{params}, *params.Customer, id)
}

// List returns an iterator over the cards of params.Customer (GET
// /v1/customers/{customer}/sources?object=card), fetching page by page.
// Without a customer the iterator stops at once with an error, before any
// request.
func List(params *payske.CardListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator over the cards of params.Customer (GET
// /v1/customers/{customer}/sources?object=card).
func (c Client) List(params *payske.CardListParams) *Iter {
	if params == nil || params.Customer == nil || *params.Customer == "" {
		return &Iter{payske.NewIter[payske.Card](failingBackend{missingCustomerError{"List"}}, sourcesRoute, nil, c.Key, nil, cardID)}
	}
	query := &listParams{Object: "card", CardListParams: params}
	return &Iter{payske.NewIter(c.B, sourcesRoute, []string{*params.Customer}, c.Key, query, cardID)}
}

// Iter iterates over a list of cards. Next, Err, Meta and All come from
// payske.Iter.
type Iter struct {
	*payske.Iter[payske.Card]
}

// Card returns the card Next moved to.
func (i *Iter) Card() *payske.Card { return i.Current() }

func cardID(c *payske.Card) string { return c.ID }

// listParams restricts the customer's sources to cards without touching the
// caller's params: object=card first, then the caller's list params.
type listParams struct {
	Object string `form:"object"`
	*payske.CardListParams
}

// paramsOnly sends only the shared Params (expand, metadata, extra) of a
// CardParams, for requests whose parameters go into the URL.
type paramsOnly struct{ p *payske.CardParams }

// GetParams implements payske.ParamsContainer.
func (q paramsOnly) GetParams() *payske.Params { return &q.p.Params }

// AppendTo implements form.Appender.
func (q paramsOnly) AppendTo(values *form.Values, _ []string) { form.AppendTo(values, &q.p.Params) }

// missingCustomerError is returned, before any request, by a call whose
// params do not name the customer. It wraps payske.ErrInvalidID: the
// customer ID is a part of the URL.
type missingCustomerError struct{ method string }

func (e missingCustomerError) Error() string {
	return "payske: card." + e.method + ": params.Customer is required (the customer the card belongs to)"
}

func (e missingCustomerError) Unwrap() error { return payske.ErrInvalidID }

func checkCustomer(method string, params *payske.CardParams) error {
	if params == nil || params.Customer == nil || *params.Customer == "" {
		return missingCustomerError{method}
	}
	return nil
}

// failingBackend answers every request with err, without sending it: an
// iterator built on it reports err from its first Next.
type failingBackend struct{ err error }

func (b failingBackend) Call(string, string, string, payske.ParamsContainer, payske.LastResponseSetter) error {
	return b.err
}

func (b failingBackend) Do(*payske.Request, payske.LastResponseSetter) error { return b.err }

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
