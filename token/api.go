package token

import "github.com/payske/payske-go"

// API is the tokens endpoints as an interface, satisfied by Client. Code
// that takes an API instead of a Client can be tested with a fake.
type API interface {
	// New creates a token (POST /v1/tokens).
	New(params *payske.TokenParams) (*payske.Token, error)
	// Get retrieves the token id (GET /v1/tokens/{token}). Only the shared
	// Params (expand, ...) of params are sent: card or bank details set by
	// mistake never reach the URL.
	Get(id string, params *payske.TokenParams) (*payske.Token, error)
}

var _ API = (*Client)(nil)
