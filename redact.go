package payske

import (
	"fmt"
	"maps"
	"slices"

	"github.com/payske/payske-go/internal/redact"
)

// String describes the request without its key, so that a custom Backend
// or a test that prints the Request it was handed never prints the API key.
// Params and ListParams show as their type only: they may hold card
// numbers.
func (r Request) String() string {
	return fmt.Sprintf("payske.Request{Method: %s, Route: %s, PathValues: %q, Key: %s, Params: %T, ListParams: %T}",
		r.Method, r.Route, r.PathValues, redact.Secret(r.Key), r.Params, r.ListParams)
}

// Format implements fmt.Formatter: every verb prints String, so that no
// verb prints the key.
func (r Request) Format(f fmt.State, verb rune) { redact.Format(f, verb, r.String()) }

// String describes the options without the key, so that logging the
// options of a RawRequest never prints the API key. Headers show by name
// only: their values may be credentials of their own.
func (o RawRequestOptions) String() string {
	return fmt.Sprintf("payske.RawRequestOptions{Key: %s, Backend: %T, IdempotencyKey: %q, PayskeAccount: %q, Headers: %q}",
		redact.Secret(o.Key), o.Backend, o.IdempotencyKey, o.PayskeAccount, slices.Sorted(maps.Keys(o.Headers)))
}

// Format implements fmt.Formatter: every verb prints String, so that no
// verb (%d included, which String alone does not cover) prints the key.
func (o RawRequestOptions) Format(f fmt.State, verb rune) { redact.Format(f, verb, o.String()) }

// String describes the backend by its base URL, without the URL's userinfo,
// so that printing a Backend never prints a password the URL holds.
func (b *httpBackend) String() string {
	return fmt.Sprintf("payske.Backend{URL: %s}", redactURL(b.baseURL))
}

// Format implements fmt.Formatter: every verb prints String, so that no
// verb prints the base URL's userinfo.
func (b *httpBackend) Format(f fmt.State, verb rune) { redact.Format(f, verb, b.String()) }
