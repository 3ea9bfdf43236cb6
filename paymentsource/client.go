// Package paymentsource attaches payment sources to Payske customers and
// reads, updates, verifies, deletes and lists them, whatever their kind:
// cards, bank accounts and source objects alike. Every call names the
// customer in its params.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	s, err := paymentsource.New(&payske.CustomerSourceParams{
//		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
//		Source:   &payske.SourceParams{Token: payske.String("src_1JxB9F2eZvKYlo2CkP36Z4dl")},
//	})
//	// s.Type is payske.PaymentSourceTypeSource and s.SourceObject is set.
//
// The card and bankaccount packages do the same for one kind, with typed
// results. A Client binds a key and a backend, for programs that use
// several keys.
package paymentsource

import (
	"fmt"
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/apicall"
)

// Client calls the customer sources endpoints with its own backend and key.
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
func (c Client) String() string { return "paymentsource.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New attaches a source, card or bank account to the customer
// params.Customer (POST /v1/customers/{customer}/sources) and returns it.
func New(params *payske.CustomerSourceParams) (*payske.PaymentSource, error) {
	return getC().New(params)
}

// New attaches a payment source to the customer params.Customer (POST
// /v1/customers/{customer}/sources).
func (c Client) New(params *payske.CustomerSourceParams) (*payske.PaymentSource, error) {
	if params == nil || params.Customer == nil {
		return nil, missingCustomer("New")
	}
	return apicall.Do[payske.PaymentSource](c.B, http.MethodPost, "/v1/customers/{customer}/sources", c.Key, params, *params.Customer)
}

// Get retrieves the payment source id of the customer params.Customer (GET
// /v1/customers/{customer}/sources/{id}).
func Get(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error) {
	return getC().Get(id, params)
}

// Get retrieves the payment source id of the customer params.Customer (GET
// /v1/customers/{customer}/sources/{id}).
func (c Client) Get(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error) {
	if params == nil || params.Customer == nil {
		return nil, missingCustomer("Get")
	}
	return apicall.Do[payske.PaymentSource](c.B, http.MethodGet, "/v1/customers/{customer}/sources/{id}", c.Key, params, *params.Customer, id)
}

// Update changes the payment source id of the customer params.Customer
// (POST /v1/customers/{customer}/sources/{id}); see CustomerSourceParams for
// the fields each kind of source takes.
func Update(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error) {
	return getC().Update(id, params)
}

// Update changes the payment source id of the customer params.Customer
// (POST /v1/customers/{customer}/sources/{id}).
func (c Client) Update(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error) {
	if params == nil || params.Customer == nil {
		return nil, missingCustomer("Update")
	}
	return apicall.Do[payske.PaymentSource](c.B, http.MethodPost, "/v1/customers/{customer}/sources/{id}", c.Key, params, *params.Customer, id)
}

// Del removes the payment source id from the customer params.Customer
// (DELETE /v1/customers/{customer}/sources/{id}). A card or bank account is
// deleted: the result has only ID, Type and Deleted set. A source object is
// detached instead and comes back whole, consumed.
func Del(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error) {
	return getC().Del(id, params)
}

// Del removes the payment source id from the customer params.Customer
// (DELETE /v1/customers/{customer}/sources/{id}).
func (c Client) Del(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error) {
	if params == nil || params.Customer == nil {
		return nil, missingCustomer("Del")
	}
	return apicall.Do[payske.PaymentSource](c.B, http.MethodDelete, "/v1/customers/{customer}/sources/{id}", c.Key, params, *params.Customer, id)
}

// Verify verifies the bank account id of the customer params.Customer with
// the amounts of the two micro-deposits Payske sent to it (POST
// /v1/customers/{customer}/sources/{id}/verify).
func Verify(id string, params *payske.PaymentSourceVerifyParams) (*payske.PaymentSource, error) {
	return getC().Verify(id, params)
}

// Verify verifies the bank account id of the customer params.Customer
// (POST /v1/customers/{customer}/sources/{id}/verify).
func (c Client) Verify(id string, params *payske.PaymentSourceVerifyParams) (*payske.PaymentSource, error) {
	if params == nil || params.Customer == nil {
		return nil, missingCustomer("Verify")
	}
	return apicall.Do[payske.PaymentSource](c.B, http.MethodPost, "/v1/customers/{customer}/sources/{id}/verify", c.Key, params, *params.Customer, id)
}

// List returns an iterator over the payment sources of the customer
// params.Customer (GET /v1/customers/{customer}/sources), fetching page by
// page; params.Object keeps one kind. Without params.Customer the iterator
// stops at once with an error, before any request.
func List(params *payske.PaymentSourceListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator over the payment sources of the customer
// params.Customer (GET /v1/customers/{customer}/sources).
func (c Client) List(params *payske.PaymentSourceListParams) *Iter {
	const route = "/v1/customers/{customer}/sources"
	if params == nil || params.Customer == nil {
		return &Iter{payske.NewIter(failingBackend{missingCustomer("List")}, route, nil, c.Key, params, paymentSourceID)}
	}
	return &Iter{payske.NewIter(c.B, route, []string{*params.Customer}, c.Key, params, paymentSourceID)}
}

// Iter iterates over a list of payment sources. Next, Err, Meta and All come
// from payske.Iter.
type Iter struct {
	*payske.Iter[payske.PaymentSource]
}

// PaymentSource returns the payment source Next moved to.
func (i *Iter) PaymentSource() *payske.PaymentSource { return i.Current() }

func paymentSourceID(s *payske.PaymentSource) string { return s.ID }

// missingCustomer is the error of a call made without params.Customer,
// which every customer sources URL needs.
func missingCustomer(method string) error {
	return fmt.Errorf("payske: paymentsource.%s: params.Customer is required (the customer the source belongs to)", method)
}

// failingBackend answers every request with err, without sending anything.
// List uses it so that a list that cannot be built fails through the
// iterator's Err, like any other list error.
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
