// Package source creates, reads and updates Payske source objects
// (src_...), and detaches them from customers.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	s, err := source.New(&payske.SourceObjectParams{
//		Type:     payske.String(string(payske.SourceTypeACHCreditTransfer)),
//		Currency: payske.String(string(payske.CurrencyUSD)),
//		Owner:    &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")},
//	})
//
// Attach a source to a customer with paymentsource.New. A Client binds a
// key and a backend, for programs that use several keys.
package source

import (
	"errors"
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/apicall"
)

// Client calls the sources endpoints with its own backend and key.
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
func (c Client) String() string { return "source.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New creates a source (POST /v1/sources).
func New(params *payske.SourceObjectParams) (*payske.Source, error) {
	return getC().New(params)
}

// New creates a source (POST /v1/sources).
func (c Client) New(params *payske.SourceObjectParams) (*payske.Source, error) {
	return apicall.Do[payske.Source](c.B, http.MethodPost, "/v1/sources", c.Key, params)
}

// Get retrieves the source id (GET /v1/sources/{source}). params may be
// nil; set its ClientSecret to read a source with a publishable key.
func Get(id string, params *payske.SourceObjectParams) (*payske.Source, error) {
	return getC().Get(id, params)
}

// Get retrieves the source id (GET /v1/sources/{source}).
func (c Client) Get(id string, params *payske.SourceObjectParams) (*payske.Source, error) {
	return apicall.Do[payske.Source](c.B, http.MethodGet, "/v1/sources/{source}", c.Key, params, id)
}

// Update changes the source id (POST /v1/sources/{source}); fields left nil
// in params are not changed.
func Update(id string, params *payske.SourceObjectParams) (*payske.Source, error) {
	return getC().Update(id, params)
}

// Update changes the source id (POST /v1/sources/{source}).
func (c Client) Update(id string, params *payske.SourceObjectParams) (*payske.Source, error) {
	return apicall.Do[payske.Source](c.B, http.MethodPost, "/v1/sources/{source}", c.Key, params, id)
}

// Detach detaches the source id from the customer params.Customer (DELETE
// /v1/customers/{customer}/sources/{id}) and returns it, now consumed: it
// can no longer be charged. params.Customer is required.
func Detach(id string, params *payske.SourceObjectDetachParams) (*payske.Source, error) {
	return getC().Detach(id, params)
}

// Detach detaches the source id from the customer params.Customer (DELETE
// /v1/customers/{customer}/sources/{id}).
func (c Client) Detach(id string, params *payske.SourceObjectDetachParams) (*payske.Source, error) {
	if params == nil || params.Customer == nil {
		return nil, errDetachNeedsCustomer
	}
	return apicall.Do[payske.Source](c.B, http.MethodDelete, "/v1/customers/{customer}/sources/{id}", c.Key, params, *params.Customer, id)
}

// errDetachNeedsCustomer is returned before any request: the customer is
// part of the detach URL.
var errDetachNeedsCustomer = errors.New("payske: source.Detach: params.Customer is required (the customer the source is attached to)")

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
