package paysketest

import (
	"net/url"
	"strings"
)

// route is one endpoint: its pattern, exactly as the schema names it (so
// that its parameters are found there), and its handler.
type route struct {
	method   string
	segments []string
	spec     *paramSpec
	handle   func(*call) (obj, *apiError)
}

// handlers maps every endpoint of the API to the function serving it.
var handlers = map[string]func(*call) (obj, *apiError){
	"POST /v1/charges":                                  createCharge,
	"GET /v1/charges/{charge}":                          retrieveCharge,
	"POST /v1/charges/{charge}":                         updateCharge,
	"POST /v1/charges/{charge}/capture":                 captureCharge,
	"GET /v1/charges":                                   listCharges,
	"POST /v1/customers":                                createCustomer,
	"GET /v1/customers/{customer}":                      retrieveCustomer,
	"POST /v1/customers/{customer}":                     updateCustomer,
	"DELETE /v1/customers/{customer}":                   deleteCustomer,
	"GET /v1/customers":                                 listCustomers,
	"POST /v1/refunds":                                  createRefund,
	"GET /v1/refunds/{refund}":                          retrieveRefund,
	"POST /v1/refunds/{refund}":                         updateRefund,
	"GET /v1/refunds":                                   listRefunds,
	"POST /v1/tokens":                                   createToken,
	"GET /v1/tokens/{token}":                            retrieveToken,
	"POST /v1/sources":                                  createSource,
	"GET /v1/sources/{source}":                          retrieveSource,
	"POST /v1/sources/{source}":                         updateSource,
	"POST /v1/customers/{customer}/sources":             createCustomerSource,
	"DELETE /v1/customers/{customer}/sources/{id}":      deleteCustomerSource,
	"GET /v1/customers/{customer}/sources/{id}":         retrieveCustomerSource,
	"POST /v1/customers/{customer}/sources/{id}":        updateCustomerSource,
	"POST /v1/customers/{customer}/sources/{id}/verify": verifyCustomerSource,
	"GET /v1/customers/{customer}/sources":              listCustomerSources,
	"POST /v1/checkout/sessions":                        createSession,
	"GET /v1/checkout/sessions/{session}":               retrieveSession,
	"GET /v1/checkout/sessions":                         listSessions,
	"GET /v1/checkout/sessions/{session}/line_items":    listLineItems,
	"GET /v1/events/{id}":                               retrieveEvent,
	"GET /v1/events":                                    listEvents,
}

// routes is the route table, built from handlers and the schema.
var routes = buildRoutes()

func buildRoutes() []route {
	out := make([]route, 0, len(handlers))
	for pattern, h := range handlers {
		method, path, _ := strings.Cut(pattern, " ")
		spec := parsedSchema.endpoints[pattern]
		if spec == nil {
			panic("paysketest: the schema has no endpoint " + pattern)
		}
		out = append(out, route{method: method, segments: strings.Split(strings.Trim(path, "/"), "/"), spec: spec, handle: h})
	}
	return out
}

// matchRoute finds the route for method and the escaped path (as the
// client sent it) and the values of its {placeholders}. The path is split
// on its literal slashes before any unescaping, so that an ID holding an
// escaped slash (%2F) stays one segment and names a resource of its route
// rather than reaching another route. A path that is not exactly a route
// (an empty segment, a trailing slash, an extra segment, a dot segment, a
// literal spelt with escapes) matches nothing.
func matchRoute(method, escapedPath string) (*route, map[string]string) {
	rest, ok := strings.CutPrefix(escapedPath, "/")
	if !ok {
		return nil, nil
	}
	segs := strings.Split(rest, "/")
	for _, s := range segs {
		if s == "" || s == "." || s == ".." {
			return nil, nil
		}
	}
	for i := range routes {
		r := &routes[i]
		if r.method != method || len(r.segments) != len(segs) {
			continue
		}
		if values, ok := r.match(segs); ok {
			return r, values
		}
	}
	return nil, nil
}

// match compares the escaped segments of a path with the route's: literal
// segments must be equal as sent, and each placeholder takes its segment
// unescaped, which must not be a dot segment either.
func (r *route) match(segs []string) (map[string]string, bool) {
	for j, s := range r.segments {
		if !strings.HasPrefix(s, "{") && s != segs[j] {
			return nil, false
		}
	}
	values := map[string]string{}
	for j, s := range r.segments {
		if !strings.HasPrefix(s, "{") {
			continue
		}
		v, err := url.PathUnescape(segs[j])
		if err != nil || v == "" || v == "." || v == ".." {
			return nil, false
		}
		values[strings.Trim(s, "{}")] = v
	}
	return values, true
}
