package payske

import (
	"context"
	"errors"
	"fmt"

	"github.com/payske/payske-go/form"
)

// ErrPathMismatch is wrapped by the error a Client method returns, before
// any request, when its params name a different object than its ID argument
// (params.Customer of a card call, say): the call would act on one object
// while the params speak of another.
var ErrPathMismatch = errors.New("params name another object than the ID argument")

// backendOr returns b, or the global API backend, looked up now, when b is
// nil: a zero service (or a Client made without a backend) follows
// SetBackend.
func backendOr(b Backend) Backend {
	if b == nil {
		return GetBackend(APIBackend)
	}
	return b
}

// callResource sends one call of a context-first service and decodes the
// answer into a new *T; on an error it returns no half-filled object.
func callResource[T any, PT interface {
	*T
	LastResponseSetter
}](ctx context.Context, b Backend, method, route, key string, params ParamsContainer, pathValues ...string) (*T, error) {
	v := PT(new(T))
	r := &requestWithIDs{Request: Request{Context: ctx, Method: method, Route: route, Key: key, Params: params}}
	r.PathValues = r.keep(pathValues)
	if err := backendOr(b).Do(&r.Request, v); err != nil {
		return nil, err
	}
	return v, nil
}

// requestWithIDs is a Request and room for the path values of the routes
// the services call, in one allocation.
type requestWithIDs struct {
	Request
	ids [2]string
}

// keep returns a copy of pathValues in r's own room when it fits (nil when
// there are none, as a call without IDs passes). The backend gets a copy,
// never the caller's slice, so that the variadic slice of a service
// method's call stays on its stack.
func (r *requestWithIDs) keep(pathValues []string) []string {
	switch n := len(pathValues); {
	case n == 0:
		return nil
	case n <= len(r.ids):
		copy(r.ids[:], pathValues)
		return r.ids[:n:n]
	default:
		return append([]string(nil), pathValues...)
	}
}

// listResource returns the page-walking iterator of one list call of a
// context-first service: every page is fetched under ctx, or, when ctx is
// nil, under the params' Context as it is at that page.
func listResource[T any](ctx context.Context, b Backend, route string, pathValues []string, key string, params ListParamsContainer, idOf func(*T) string) *Iter[T] {
	it := NewIter(backendOr(b), route, pathValues, key, params, idOf)
	it.base.Context = ctx
	return it
}

// failedIter returns an iterator whose walk ends at once with err, before
// any request.
func failedIter[T any](err error) *Iter[T] {
	return &Iter[T]{pager: pager[*T, *Page[T]]{err: err, done: true}}
}

// checkPathField returns an error wrapping ErrPathMismatch when a params
// field that names an object in the URL (field, as in "Customer") is set to
// another value than the call's ID argument. A nil or empty field is fine:
// the argument says it.
func checkPathField(call, field string, value *string, arg string) error {
	if value == nil || *value == "" || *value == arg {
		return nil
	}
	return fmt.Errorf("payske: %s: %w: params.%s is %q but the ID argument is %q; leave params.%s nil", call, ErrPathMismatch, field, *value, arg, field)
}

// onlySharedParams sends only the shared Params (expand, metadata, extra)
// of params, for a call whose other fields belong to another call: card or
// account details set by mistake on a Get never reach the URL. A nil
// params stays nil.
func onlySharedParams(params ParamsContainer) ParamsContainer {
	p := paramsOf(params)
	if p == nil {
		return nil
	}
	return sharedParams{p}
}

// sharedParams is what onlySharedParams sends.
type sharedParams struct{ p *Params }

// GetParams implements ParamsContainer.
func (q sharedParams) GetParams() *Params { return q.p }

// AppendTo implements form.Appender.
func (q sharedParams) AppendTo(values *form.Values, _ []string) { form.AppendTo(values, q.p) }

// objectFilter lists only the objects of one kind from a list of several (a
// customer's sources): it sends object=<object> first, then the caller's
// params as written, without changing them.
type objectFilter struct {
	object string
	params ListParamsContainer
}

// filterObjects returns params with object=object sent first.
func filterObjects(object string, params ListParamsContainer) ListParamsContainer {
	return objectFilter{object: object, params: params}
}

// GetListParams implements ListParamsContainer.
func (f objectFilter) GetListParams() *ListParams { return listParamsOf(f.params) }

// AppendTo implements form.Appender.
func (f objectFilter) AppendTo(values *form.Values, _ []string) {
	values.Add("object", f.object)
	if isSet(f.params) {
		form.AppendTo(values, f.params)
	}
}
