// Package apicall holds the one generic step every resource method shares:
// allocate the result, send the request through the backend, and hand back
// the decoded object or the error (never a half-filled object).
package apicall

import (
	"context"

	"github.com/payske/payske-go"
)

// Context returns the Context of params: the context a package-level call
// runs under, context.Background() when params or its Context is nil.
func Context[P any, PP interface {
	*P
	payske.ParamsContainer
}](params PP) context.Context {
	if params == nil {
		return context.Background()
	}
	return orBackground(params.GetParams().Context)
}

// EachPage is the context a package-level list passes to its service's
// ListIter: none, so that each page runs under the params' Context as it is
// when the page is fetched, as these iterators always have.
var EachPage context.Context

// orBackground returns ctx, or context.Background() when ctx is nil.
func orBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

// Field reads a params field that fills a URL placeholder (the customer of
// a customer's card, the session whose line items to list) and is never
// sent as a parameter.
type Field[P any] struct {
	// Package names the resource package in the error, as in
	// "payske: card.New: ...".
	Package string
	// Name is the Go name of the field, as in "params.Customer".
	Name string
	// Why says what the field names, in the error's parentheses.
	Why string
	// Get returns the field of params (never nil).
	Get func(params *P) *string
}

// From returns the field's value in params, or, when params is nil or the
// field is nil or empty, a MissingFieldError naming the call method.
func (f Field[P]) From(params *P, method string) (string, error) {
	if params != nil {
		if v := f.Get(params); v != nil && *v != "" {
			return *v, nil
		}
	}
	return "", MissingFieldError{Call: f.Package + "." + method, Field: f.Name, Why: f.Why}
}

// MissingFieldError is returned, before any request, by a call whose params
// do not set a field that goes into the URL. It wraps payske.ErrInvalidID:
// the field stands for an ID in the path.
type MissingFieldError struct {
	// Call is the package and function, as in "card.New".
	Call string
	// Field is the Go name of the params field.
	Field string
	// Why says what the field names.
	Why string
}

// Error names the call and the missing field, and says what it is for.
func (e MissingFieldError) Error() string {
	return "payske: " + e.Call + ": params." + e.Field + " is required (" + e.Why + ")"
}

// Unwrap lets errors.Is match payske.ErrInvalidID.
func (e MissingFieldError) Unwrap() error { return payske.ErrInvalidID }

// FailingIter returns an iterator whose first Next stops with err, without
// any request: a list that cannot be built fails through the iterator's
// Err, like any other list error.
func FailingIter[T any](route, key string, err error) *payske.Iter[T] {
	return payske.NewIter[T](failingBackend{err}, route, nil, key, nil, nil)
}

// failingBackend answers every request with err, without sending it.
type failingBackend struct{ err error }

// Call implements payske.Backend.
func (b failingBackend) Call(string, string, string, payske.ParamsContainer, payske.LastResponseSetter) error {
	return b.err
}

// Do implements payske.Backend.
func (b failingBackend) Do(*payske.Request, payske.LastResponseSetter) error { return b.err }
