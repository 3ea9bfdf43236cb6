// Package charge creates, reads, updates, captures and lists Payske charges.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	c, err := charge.New(&payske.ChargeParams{
//		Amount:   payske.Int64(2000),
//		Currency: payske.String(string(payske.CurrencyUSD)),
//		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
package charge

import (
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/apicall"
)

// Client calls the charges endpoints with its own backend and key.
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
func (c Client) String() string { return "charge.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New creates a charge (POST /v1/charges).
func New(params *payske.ChargeParams) (*payske.Charge, error) {
	return getC().New(params)
}

// New creates a charge (POST /v1/charges).
func (c Client) New(params *payske.ChargeParams) (*payske.Charge, error) {
	return apicall.Do[payske.Charge](c.B, http.MethodPost, "/v1/charges", c.Key, params)
}

// Get retrieves the charge id (GET /v1/charges/{charge}). params may be nil;
// use it to expand fields.
func Get(id string, params *payske.ChargeParams) (*payske.Charge, error) {
	return getC().Get(id, params)
}

// Get retrieves the charge id (GET /v1/charges/{charge}).
func (c Client) Get(id string, params *payske.ChargeParams) (*payske.Charge, error) {
	return apicall.Do[payske.Charge](c.B, http.MethodGet, "/v1/charges/{charge}", c.Key, params, id)
}

// Update changes the charge id (POST /v1/charges/{charge}); fields left nil
// in params are not changed.
func Update(id string, params *payske.ChargeParams) (*payske.Charge, error) {
	return getC().Update(id, params)
}

// Update changes the charge id (POST /v1/charges/{charge}).
func (c Client) Update(id string, params *payske.ChargeParams) (*payske.Charge, error) {
	return apicall.Do[payske.Charge](c.B, http.MethodPost, "/v1/charges/{charge}", c.Key, params, id)
}

// Capture captures the uncaptured charge id (POST
// /v1/charges/{charge}/capture), in full or, with params.Amount, in part.
func Capture(id string, params *payske.ChargeCaptureParams) (*payske.Charge, error) {
	return getC().Capture(id, params)
}

// Capture captures the uncaptured charge id (POST
// /v1/charges/{charge}/capture).
func (c Client) Capture(id string, params *payske.ChargeCaptureParams) (*payske.Charge, error) {
	return apicall.Do[payske.Charge](c.B, http.MethodPost, "/v1/charges/{charge}/capture", c.Key, params, id)
}

// List returns an iterator over the charges (GET /v1/charges), newest first,
// fetching page by page. params may be nil.
func List(params *payske.ChargeListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator over the charges (GET /v1/charges).
func (c Client) List(params *payske.ChargeListParams) *Iter {
	return &Iter{payske.NewIter(c.B, "/v1/charges", nil, c.Key, params, chargeID)}
}

// Iter iterates over a list of charges. Next, Err, Meta and All come from
// payske.Iter.
type Iter struct {
	*payske.Iter[payske.Charge]
}

// Charge returns the charge Next moved to.
func (i *Iter) Charge() *payske.Charge { return i.Current() }

func chargeID(c *payske.Charge) string { return c.ID }

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
