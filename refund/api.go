package refund

import "github.com/payske/payske-go"

// API is the refunds endpoints as an interface, satisfied by Client. Code
// that takes an API instead of a Client can be tested with a fake.
//
// A fake's List can return a list built from a slice:
//
//	return &refund.Iter{Iter: payske.NewSliceIter([]*payske.Refund{...}, nil)}
type API interface {
	// New refunds a charge or payment intent (POST /v1/refunds).
	New(params *payske.RefundParams) (*payske.Refund, error)
	// Get retrieves the refund id (GET /v1/refunds/{refund}).
	Get(id string, params *payske.RefundParams) (*payske.Refund, error)
	// Update changes the metadata of the refund id (POST
	// /v1/refunds/{refund}).
	Update(id string, params *payske.RefundParams) (*payske.Refund, error)
	// List returns an iterator over the refunds (GET /v1/refunds).
	List(params *payske.RefundListParams) *Iter
}

var _ API = (*Client)(nil)
