// Package apicall holds the one generic step every resource method shares:
// allocate the result, send the request through the backend, and hand back
// the decoded object or the error (never a half-filled object).
package apicall

import (
	"github.com/payske/payske-go"
	"github.com/payske/payske-go/form"
)

// Do sends method route (filled with pathValues) with params through b under
// key, and returns the decoded *T.
func Do[T any, PT interface {
	*T
	payske.LastResponseSetter
}](b payske.Backend, method, route, key string, params payske.ParamsContainer, pathValues ...string) (*T, error) {
	v := PT(new(T))
	err := b.Do(&payske.Request{Method: method, Route: route, PathValues: pathValues, Key: key, Params: params}, v)
	if err != nil {
		return nil, err
	}
	return v, nil
}

// SharedParams sends only the shared Params (expand, metadata, extra) of
// params, for a request whose other fields belong to another call: card or
// session details set by mistake never reach the URL. A nil params stays
// nil.
func SharedParams[P any, PP interface {
	*P
	payske.ParamsContainer
}](params PP) payske.ParamsContainer {
	if params == nil {
		return nil
	}
	return sharedParams{params.GetParams()}
}

// sharedParams is what SharedParams sends.
type sharedParams struct{ p *payske.Params }

// GetParams implements payske.ParamsContainer.
func (q sharedParams) GetParams() *payske.Params { return q.p }

// AppendTo implements form.Appender.
func (q sharedParams) AppendTo(values *form.Values, _ []string) { form.AppendTo(values, q.p) }

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

// ObjectFilter lists only the objects of one kind from a list of several
// (a customer's sources): it sends object=<object> first, then params as the
// caller wrote them, without changing them.
func ObjectFilter(object string, params payske.ListParamsContainer) payske.ListParamsContainer {
	return objectFilter{object: object, params: params}
}

// objectFilter is what ObjectFilter returns.
type objectFilter struct {
	object string
	params payske.ListParamsContainer
}

// GetListParams implements payske.ListParamsContainer.
func (f objectFilter) GetListParams() *payske.ListParams { return f.params.GetListParams() }

// AppendTo implements form.Appender.
func (f objectFilter) AppendTo(values *form.Values, _ []string) {
	values.Add("object", f.object)
	form.AppendTo(values, f.params)
}
