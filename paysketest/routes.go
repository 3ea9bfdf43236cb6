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

// endpoint is one operation of the API schema and the function serving
// it. The table of them, endpoints, is generated into routes_gen.go from
// the OpenAPI schema and the generator's config, so that an operation
// without a handler, or a handler without an operation, stops generation.
type endpoint struct {
	method string
	path   string
	handle func(*call) (obj, *apiError)
}

// routes is the route table, built from endpoints and the schema.
var routes = buildRoutes()

func buildRoutes() []route {
	out := make([]route, 0, len(endpoints))
	for _, e := range endpoints {
		pattern := e.method + " " + e.path
		spec := endpointParams[pattern]
		if spec == nil {
			panic("paysketest: the schema has no endpoint " + pattern)
		}
		out = append(out, route{method: e.method, segments: strings.Split(strings.Trim(e.path, "/"), "/"), spec: spec, handle: e.handle})
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
