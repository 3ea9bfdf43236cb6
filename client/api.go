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
)

// The API struct, New and Init are generated into api_gen.go, one field per
// resource package; what is particular to client.API stays here.

// backendOf is the backend New and Init send every call through:
// backends.API, or else the global backend, looked up at the time of each
// call rather than once here.
func backendOf(backends *payske.Backends) payske.Backend {
	if backends != nil && backends.API != nil {
		return backends.API
	}
	return globalBackend{}
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
