package payske

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"reflect"

	"github.com/payske/payske-go/form"
)

// errParamsAndListParams is returned, before any attempt, for a Request
// that sets both Params and ListParams.
var errParamsAndListParams = errors.New("payske: Request sets both Params and ListParams; set Params for a call or ListParams for a list page, not both")

// ErrTwoContexts is wrapped by the error a call returns, before any request,
// when it is given a context (as the first argument of a Client method, or
// in Request.Context) and its params carry a different Context: which
// deadline should win would be a guess. Leave the params' Context nil.
var ErrTwoContexts = errors.New("two different contexts for one call")

// callOptions are the per-call settings of a request, read once from its
// Params or ListParams.
type callOptions struct {
	// origin names the struct the settings came from, for errors.
	origin         string
	ctx            context.Context
	headers        http.Header
	idempotencyKey *string
	account        *string
	// params is what the request encodes when it has no Form: its Params
	// or its ListParams container, or nil.
	params any
}

// optionsOf reads the per-call settings of req. A request carries the
// params of a call or of a list page, never both: each has its own Context
// and headers, and picking one silently would drop the other's.
func optionsOf(req *Request) (callOptions, error) {
	o := callOptions{ctx: context.Background()}
	var paramsCtx context.Context
	hasParams, hasList := isSet(req.Params), isSet(req.ListParams)
	switch {
	case hasParams && hasList:
		return o, errParamsAndListParams
	case hasParams:
		o.params = req.Params
		if p := req.Params.GetParams(); p != nil {
			paramsCtx = p.Context
			o.origin, o.headers, o.idempotencyKey, o.account = "Params", p.Headers, p.IdempotencyKey, p.PayskeAccount
		}
	case hasList:
		o.params = req.ListParams
		if lp := req.ListParams.GetListParams(); lp != nil {
			paramsCtx = lp.Context
			o.origin, o.headers, o.account = "ListParams", lp.Headers, lp.PayskeAccount
		}
	}
	ctx, err := callContext(req.Context, paramsCtx, o.origin)
	o.ctx = ctx
	return o, err
}

// callContext picks the one context of a call: the request's own when it
// has one, else the params' Context, else context.Background(). A request
// context and a different params Context are refused rather than merged.
func callContext(requestCtx, paramsCtx context.Context, origin string) (context.Context, error) {
	switch {
	case requestCtx == nil && paramsCtx == nil:
		return context.Background(), nil
	case requestCtx == nil:
		return paramsCtx, nil
	case paramsCtx == nil || sameContext(requestCtx, paramsCtx):
		return requestCtx, nil
	}
	return requestCtx, fmt.Errorf("payske: %w: the call's ctx argument and %s.Context differ; pass the context only as the first argument and leave %s.Context nil", ErrTwoContexts, origin, origin)
}

// sameContext reports whether a and b are the same context. A context type
// that cannot be compared (a struct holding a slice, say) would make == panic;
// such contexts count as different.
func sameContext(a, b context.Context) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}

// values returns what the call sends as its body or query: the request's
// Form when it has one, or the encoding of its params; nil when it has
// neither, so that a call without params allocates no empty form.
func (o callOptions) values(req *Request) *form.Values {
	if req.Form != nil {
		return req.Form
	}
	if o.params == nil {
		return nil
	}
	values := &form.Values{}
	form.AppendTo(values, o.params)
	return values
}

// paramsOf returns c's Params, treating a typed nil pointer (charge.Get(id,
// nil) passes one) like no params at all.
func paramsOf(c ParamsContainer) *Params {
	if c == nil || isNilPointer(c) {
		return nil
	}
	return c.GetParams()
}

// listParamsOf returns c's ListParams, treating a typed nil pointer like no
// params at all.
func listParamsOf(c ListParamsContainer) *ListParams {
	if c == nil || isNilPointer(c) {
		return nil
	}
	return c.GetListParams()
}

// isSet reports whether v holds params: neither nil nor a typed nil pointer.
func isSet(v any) bool { return v != nil && !isNilPointer(v) }

func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}
