// Package client binds every Payske resource client to one API key and one
// backend, so that a program can use several keys side by side without
// touching payske.Key:
//
//	sc := client.New("sk_test_...", nil)
//	c, err := sc.Charges.New(&payske.ChargeParams{...})
//
// An API is safe for concurrent use.
package client

import (
	"context"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/bankaccount"
	"github.com/payske/payske-go/card"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/checkout/session"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/event"
	"github.com/payske/payske-go/paymentsource"
	"github.com/payske/payske-go/refund"
	"github.com/payske/payske-go/source"
	"github.com/payske/payske-go/token"
)

// API holds one client per resource, all with the same key and backend.
// Each field is its package's API interface: New fills it with that
// package's *Client, and a test can put a fake of one resource in its place
// while keeping the real clients for the others.
type API struct {
	// BankAccounts manages bank accounts on customers.
	BankAccounts bankaccount.API
	// Cards manages cards on customers.
	Cards card.API
	// Charges creates, captures and lists charges.
	Charges charge.API
	// CheckoutSessions creates and reads Checkout Sessions.
	CheckoutSessions session.API
	// Customers manages customers.
	Customers customer.API
	// Events reads events.
	Events event.API
	// PaymentSources attaches and manages any kind of customer source.
	PaymentSources paymentsource.API
	// Refunds creates and lists refunds.
	Refunds refund.API
	// Sources creates, reads and detaches source objects.
	Sources source.API
	// Tokens creates and reads card and bank account tokens.
	Tokens token.API

	// key and backend are what New was given, for RawRequest. An API built
	// as a struct literal (with fakes) has neither: RawRequest then uses
	// payske.Key and the global backend, like the package-level function.
	key     string
	backend payske.Backend
}

// New returns an API that uses key for every call and sends it through
// backends.API. When backends or backends.API is nil, each call goes through
// the global backend, looked up at the time of the call: payske.SetBackend
// reaches an API made before it as well as after.
func New(key string, backends *payske.Backends) *API {
	var b payske.Backend = globalBackend{}
	if backends != nil && backends.API != nil {
		b = backends.API
	}
	return &API{
		BankAccounts:     &bankaccount.Client{B: b, Key: key},
		Cards:            &card.Client{B: b, Key: key},
		Charges:          &charge.Client{B: b, Key: key},
		CheckoutSessions: &session.Client{B: b, Key: key},
		Customers:        &customer.Client{B: b, Key: key},
		Events:           &event.Client{B: b, Key: key},
		PaymentSources:   &paymentsource.Client{B: b, Key: key},
		Refunds:          &refund.Client{B: b, Key: key},
		Sources:          &source.Client{B: b, Key: key},
		Tokens:           &token.Client{B: b, Key: key},
		key:              key,
		backend:          b,
	}
}

// RawRequest calls an endpoint this version of the SDK does not model yet
// with the API's key and backend: see payske.RawRequest for the method, path
// and params it takes, and for what applies (retries, idempotency keys,
// middleware, typed errors). opts may be nil; a Key or Backend set in it
// takes precedence over the API's.
func (a *API) RawRequest(ctx context.Context, method, path string, params any, opts *payske.RawRequestOptions) (*payske.APIResponse, error) {
	var o payske.RawRequestOptions
	if opts != nil {
		o = *opts
	}
	if o.Key == "" {
		o.Key = a.key
	}
	if o.Backend == nil {
		o.Backend = a.backend
	}
	return payske.RawRequest(ctx, method, path, params, &o)
}

// String describes the API without its key, so that printing a client never
// leaks the secret.
func (a API) String() string { return "client.API{key: [redacted]}" }

// GoString is String for %#v, which would otherwise print the key field.
func (a API) GoString() string { return a.String() }
