package paymentsource

import "github.com/payske/payske-go"

// API is the customer sources endpoints as an interface, satisfied by
// Client. Code that takes an API instead of a Client can be tested with a
// fake.
//
// A fake's List can return a list built from a slice:
//
//	return &paymentsource.Iter{Iter: payske.NewSliceIter([]*payske.PaymentSource{...}, nil)}
type API interface {
	// New attaches a payment source to the customer params.Customer (POST
	// /v1/customers/{customer}/sources).
	New(params *payske.CustomerSourceParams) (*payske.PaymentSource, error)
	// Get retrieves the payment source id of the customer params.Customer (GET
	// /v1/customers/{customer}/sources/{id}).
	Get(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error)
	// Update changes the payment source id of the customer params.Customer
	// (POST /v1/customers/{customer}/sources/{id}).
	Update(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error)
	// Del removes the payment source id from the customer params.Customer
	// (DELETE /v1/customers/{customer}/sources/{id}).
	Del(id string, params *payske.CustomerSourceParams) (*payske.PaymentSource, error)
	// Verify verifies the bank account id of the customer params.Customer
	// (POST /v1/customers/{customer}/sources/{id}/verify).
	Verify(id string, params *payske.PaymentSourceVerifyParams) (*payske.PaymentSource, error)
	// List returns an iterator over the payment sources of the customer
	// params.Customer (GET /v1/customers/{customer}/sources).
	List(params *payske.PaymentSourceListParams) *Iter
}

var _ API = (*Client)(nil)
