package payske

import (
	"fmt"

	"github.com/payske/payske-go/internal/redact"
)

// String describes the request without its key, so that a custom Backend
// or a test that prints the Request it was handed never prints the API key.
// Params and ListParams show as their type only: they may hold card
// numbers.
func (r Request) String() string {
	key := "[none]"
	if r.Key != "" {
		key = "[redacted]"
	}
	return fmt.Sprintf("payske.Request{Method: %s, Route: %s, PathValues: %q, Key: %s, Params: %T, ListParams: %T}",
		r.Method, r.Route, r.PathValues, key, r.Params, r.ListParams)
}

// Format implements fmt.Formatter: every verb prints String, so that no
// verb prints the key.
func (r Request) Format(f fmt.State, verb rune) { redact.Format(f, verb, r.String()) }
