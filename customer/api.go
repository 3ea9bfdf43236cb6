package customer

import "github.com/payske/payske-go"

// API is the customers endpoints as an interface, satisfied by Client. Code
// that takes an API instead of a Client can be tested with a fake.
//
// A fake's List can return a list built from a slice:
//
//	return &customer.Iter{Iter: payske.NewSliceIter([]*payske.Customer{...}, nil)}
type API interface {
	// New creates a customer (POST /v1/customers).
	New(params *payske.CustomerParams) (*payske.Customer, error)
	// Get retrieves the customer id (GET /v1/customers/{customer}).
	Get(id string, params *payske.CustomerParams) (*payske.Customer, error)
	// Update changes the customer id (POST /v1/customers/{customer}).
	Update(id string, params *payske.CustomerParams) (*payske.Customer, error)
	// Del deletes the customer id (DELETE /v1/customers/{customer}).
	Del(id string, params *payske.CustomerParams) (*payske.Customer, error)
	// List returns an iterator over the customers (GET /v1/customers).
	List(params *payske.CustomerListParams) *Iter
}

var _ API = (*Client)(nil)
