// Package customer creates, reads, updates, deletes and lists Payske
// customers.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	c, err := customer.New(&payske.CustomerParams{
//		Email:  payske.String("jenny.rosen@example.com"),
//		Source: &payske.SourceParams{Token: payske.String("tok_visa")},
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
// The customer's cards and bank accounts are managed by the paymentsource,
// card and bankaccount packages.
package customer

import (
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/apicall"
)

// Client calls the customers endpoints with its own backend and key.
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
func (c Client) String() string { return "customer.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New creates a customer (POST /v1/customers). params may be nil: a
// customer needs no field.
func New(params *payske.CustomerParams) (*payske.Customer, error) {
	return getC().New(params)
}

// New creates a customer (POST /v1/customers).
func (c Client) New(params *payske.CustomerParams) (*payske.Customer, error) {
	return apicall.Do[payske.Customer](c.B, http.MethodPost, "/v1/customers", c.Key, params)
}

// Get retrieves the customer id (GET /v1/customers/{customer}). params may
// be nil; use it to expand fields. A deleted customer is returned with
// Deleted set.
func Get(id string, params *payske.CustomerParams) (*payske.Customer, error) {
	return getC().Get(id, params)
}

// Get retrieves the customer id (GET /v1/customers/{customer}).
func (c Client) Get(id string, params *payske.CustomerParams) (*payske.Customer, error) {
	return apicall.Do[payske.Customer](c.B, http.MethodGet, "/v1/customers/{customer}", c.Key, params, id)
}

// Update changes the customer id (POST /v1/customers/{customer}); fields
// left nil in params are not changed.
func Update(id string, params *payske.CustomerParams) (*payske.Customer, error) {
	return getC().Update(id, params)
}

// Update changes the customer id (POST /v1/customers/{customer}).
func (c Client) Update(id string, params *payske.CustomerParams) (*payske.Customer, error) {
	return apicall.Do[payske.Customer](c.B, http.MethodPost, "/v1/customers/{customer}", c.Key, params, id)
}

// Del deletes the customer id for good (DELETE /v1/customers/{customer})
// and cancels its subscriptions. It returns the deleted customer: only ID,
// Object and Deleted (true) are set. params may be nil; it carries only
// per-call options such as a context.
func Del(id string, params *payske.CustomerParams) (*payske.Customer, error) {
	return getC().Del(id, params)
}

// Del deletes the customer id (DELETE /v1/customers/{customer}).
func (c Client) Del(id string, params *payske.CustomerParams) (*payske.Customer, error) {
	return apicall.Do[payske.Customer](c.B, http.MethodDelete, "/v1/customers/{customer}", c.Key, params, id)
}

// List returns an iterator over the customers (GET /v1/customers), newest
// first, fetching page by page. params may be nil.
func List(params *payske.CustomerListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator over the customers (GET /v1/customers).
func (c Client) List(params *payske.CustomerListParams) *Iter {
	return &Iter{payske.NewIter(c.B, "/v1/customers", nil, c.Key, params, customerID)}
}

// Iter iterates over a list of customers. Next, Err, Meta and All come from
// payske.Iter.
type Iter struct {
	*payske.Iter[payske.Customer]
}

// Customer returns the customer Next moved to.
func (i *Iter) Customer() *payske.Customer { return i.Current() }

func customerID(c *payske.Customer) string { return c.ID }

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
