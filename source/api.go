package source

import "github.com/payske/payske-go"

// API is the sources endpoints as an interface, satisfied by Client. Code
// that takes an API instead of a Client can be tested with a fake.
type API interface {
	// New creates a source (POST /v1/sources).
	New(params *payske.SourceObjectParams) (*payske.Source, error)
	// Get retrieves the source id (GET /v1/sources/{source}).
	Get(id string, params *payske.SourceObjectParams) (*payske.Source, error)
	// Update changes the source id (POST /v1/sources/{source}).
	Update(id string, params *payske.SourceObjectParams) (*payske.Source, error)
	// Detach detaches the source id from the customer params.Customer (DELETE
	// /v1/customers/{customer}/sources/{id}).
	Detach(id string, params *payske.SourceObjectDetachParams) (*payske.Source, error)
}

var _ API = (*Client)(nil)
