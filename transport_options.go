package payske

import (
	"context"
	"errors"
	"net/http"
	"reflect"

	"github.com/payske/payske-go/form"
)

// errParamsAndListParams is returned, before any attempt, for a Request
// that sets both Params and ListParams.
var errParamsAndListParams = errors.New("payske: Request sets both Params and ListParams; set Params for a call or ListParams for a list page, not both")

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
	hasParams, hasList := isSet(req.Params), isSet(req.ListParams)
	switch {
	case hasParams && hasList:
		return o, errParamsAndListParams
	case hasParams:
		o.params = req.Params
		if p := req.Params.GetParams(); p != nil {
			if p.Context != nil {
				o.ctx = p.Context
			}
			o.origin, o.headers, o.idempotencyKey, o.account = "Params", p.Headers, p.IdempotencyKey, p.PayskeAccount
		}
	case hasList:
		o.params = req.ListParams
		if lp := req.ListParams.GetListParams(); lp != nil {
			o.ctx = lp.context()
			o.origin, o.headers, o.account = "ListParams", lp.Headers, lp.PayskeAccount
		}
	}
	return o, nil
}

// values returns what the call sends as its body or query: the request's
// Form when it has one, or the encoding of its params.
func (o callOptions) values(req *Request) *form.Values {
	if req.Form != nil {
		return req.Form
	}
	values := &form.Values{}
	if o.params != nil {
		form.AppendTo(values, o.params)
	}
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
