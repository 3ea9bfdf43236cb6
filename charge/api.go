package charge

import "github.com/payske/payske-go"

// API is the charges endpoints as an interface, satisfied by Client. Code
// that takes an API instead of a Client can be tested with a fake.
//
// A fake's List can return a list built from a slice:
//
//	return &charge.Iter{Iter: payske.NewSliceIter([]*payske.Charge{...}, nil)}
type API interface {
	// New creates a charge (POST /v1/charges).
	New(params *payske.ChargeParams) (*payske.Charge, error)
	// Get retrieves the charge id (GET /v1/charges/{charge}).
	Get(id string, params *payske.ChargeParams) (*payske.Charge, error)
	// Update changes the charge id (POST /v1/charges/{charge}).
	Update(id string, params *payske.ChargeParams) (*payske.Charge, error)
	// Capture captures the uncaptured charge id (POST
	// /v1/charges/{charge}/capture).
	Capture(id string, params *payske.ChargeCaptureParams) (*payske.Charge, error)
	// List returns an iterator over the charges (GET /v1/charges).
	List(params *payske.ChargeListParams) *Iter
}

var _ API = (*Client)(nil)
