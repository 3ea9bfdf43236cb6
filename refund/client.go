// Package refund creates, reads, updates and lists Payske refunds.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	r, err := refund.New(&payske.RefundParams{
//		Charge: payske.String("ch_..."),
//		Amount: payske.Int64(500),
//		Reason: payske.String(string(payske.RefundReasonRequestedByCustomer)),
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
package refund

import (
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/apicall"
)

// Client calls the refunds endpoints with its own backend and key.
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
func (c Client) String() string { return "refund.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New refunds a charge or payment intent, in full or in part (POST
// /v1/refunds).
func New(params *payske.RefundParams) (*payske.Refund, error) {
	return getC().New(params)
}

// New refunds a charge or payment intent (POST /v1/refunds).
func (c Client) New(params *payske.RefundParams) (*payske.Refund, error) {
	return apicall.Do[payske.Refund](c.B, http.MethodPost, "/v1/refunds", c.Key, params)
}

// Get retrieves the refund id (GET /v1/refunds/{refund}). params may be
// nil; use it to expand fields.
func Get(id string, params *payske.RefundParams) (*payske.Refund, error) {
	return getC().Get(id, params)
}

// Get retrieves the refund id (GET /v1/refunds/{refund}).
func (c Client) Get(id string, params *payske.RefundParams) (*payske.Refund, error) {
	return apicall.Do[payske.Refund](c.B, http.MethodGet, "/v1/refunds/{refund}", c.Key, params, id)
}

// Update changes the metadata of the refund id (POST
// /v1/refunds/{refund}); the API accepts nothing else.
func Update(id string, params *payske.RefundParams) (*payske.Refund, error) {
	return getC().Update(id, params)
}

// Update changes the metadata of the refund id (POST
// /v1/refunds/{refund}).
func (c Client) Update(id string, params *payske.RefundParams) (*payske.Refund, error) {
	return apicall.Do[payske.Refund](c.B, http.MethodPost, "/v1/refunds/{refund}", c.Key, params, id)
}

// List returns an iterator over the refunds (GET /v1/refunds), newest
// first, fetching page by page. params may be nil; set params.Charge to
// list one charge's refunds.
func List(params *payske.RefundListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator over the refunds (GET /v1/refunds).
func (c Client) List(params *payske.RefundListParams) *Iter {
	return &Iter{payske.NewIter(c.B, "/v1/refunds", nil, c.Key, params, refundID)}
}

// Iter iterates over a list of refunds. Next, Err, Meta and All come from
// payske.Iter.
type Iter struct {
	*payske.Iter[payske.Refund]
}

// Refund returns the refund Next moved to.
func (i *Iter) Refund() *payske.Refund { return i.Current() }

func refundID(r *payske.Refund) string { return r.ID }

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
