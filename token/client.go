// Package token creates and retrieves Payske tokens: single-use references
// to card or bank account details (or to account, person or PII data) that
// can be attached to a customer or charged once.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	t, err := token.New(&payske.TokenParams{
//		Card: &payske.CardParams{
//			Number:   payske.String("4242424242424242"),
//			ExpMonth: payske.String("12"),
//			ExpYear:  payske.String("2030"),
//			CVC:      payske.String("123"),
//		},
//	})
//
// Tokens cannot be updated or listed. A Client binds a key and a backend,
// for programs that use several keys.
package token

import (
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/apicall"
)

// Client calls the tokens endpoints with its own backend and key.
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
func (c Client) String() string { return "token.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New creates a token (POST /v1/tokens) from the card, bank account or other
// details in params.
func New(params *payske.TokenParams) (*payske.Token, error) {
	return getC().New(params)
}

// New creates a token (POST /v1/tokens).
func (c Client) New(params *payske.TokenParams) (*payske.Token, error) {
	return apicall.Do[payske.Token](c.B, http.MethodPost, "/v1/tokens", c.Key, params)
}

// Get retrieves the token id (GET /v1/tokens/{token}). params may be nil;
// use it to expand fields.
func Get(id string, params *payske.TokenParams) (*payske.Token, error) {
	return getC().Get(id, params)
}

// Get retrieves the token id (GET /v1/tokens/{token}). Only the shared
// Params (expand, ...) of params are sent: card or bank details set by
// mistake never reach the URL.
func (c Client) Get(id string, params *payske.TokenParams) (*payske.Token, error) {
	var query payske.ParamsContainer
	if params != nil {
		query = paramsOnly{params}
	}
	return apicall.Do[payske.Token](c.B, http.MethodGet, "/v1/tokens/{token}", c.Key, query, id)
}

// paramsOnly sends only the shared Params of a TokenParams, for requests
// whose parameters go into the URL.
type paramsOnly struct{ p *payske.TokenParams }

// GetParams implements payske.ParamsContainer.
func (q paramsOnly) GetParams() *payske.Params { return &q.p.Params }

// AppendTo implements form.Appender.
func (q paramsOnly) AppendTo(values *form.Values, _ []string) { form.AppendTo(values, &q.p.Params) }

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
