package payske

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/payske/payske-go/form"
)

// ErrInvalidID is wrapped by the error a call returns, before any request is
// made, when an ID that goes into the URL path is empty, "." or "..".
var ErrInvalidID = errors.New("invalid ID")

// ErrInsecureURL is wrapped by the error every call returns when the
// backend's URL would send the API key over plain http to a host that is not
// loopback.
var ErrInsecureURL = errors.New("insecure base URL")

// Request is one API call as a resource package describes it to a Backend.
type Request struct {
	// Method is the HTTP method: GET, POST or DELETE.
	Method string

	// Route is the path template, for example "/v1/charges/{charge}". It is
	// what logs (and metrics) see, so that they are not keyed by IDs.
	Route string

	// PathValues fill the template's {placeholders}, in order. Each is
	// escaped so that no ID can leave its path segment.
	PathValues []string

	// Key is the API key; empty means ErrNoAPIKey.
	Key string

	// Context, when set, is the call's context: its deadline, cancellation
	// and values govern every attempt. The context-first Client sets it. A
	// Params or ListParams Context set as well must be the same context:
	// two different ones would be two deadlines, so the backend refuses the
	// request before any attempt. When nil, the params' Context applies
	// (context.Background() when that is nil too).
	Context context.Context

	// Params are the params of a call (may be nil). Their fields are form
	// encoded into the body (POST) or the query (GET, DELETE), and their
	// Context, headers, idempotency key and account steer the call.
	//
	// A request sets Params or ListParams, not both: with both set, which
	// one's Context and headers apply would be a guess, so the backend
	// refuses the request before any attempt. A nil pointer of a params
	// type counts as unset.
	Params ParamsContainer

	// ListParams are the params of a list page (may be nil). They steer
	// the call and are encoded like Params.
	ListParams ListParamsContainer

	// Form, when set, is sent instead of the encoding of Params or
	// ListParams, which still steer the call. List iterators use it to move
	// the cursor without touching the caller's params.
	Form *form.Values
}

// Path returns the route with its placeholders filled by the escaped path
// values, or an error wrapping ErrInvalidID naming the placeholder.
func (r *Request) Path() (string, error) {
	return fillRoute(r.Route, r.PathValues)
}

// fillRoute replaces each {name} of route with the next value, path-escaped.
func fillRoute(route string, values []string) (string, error) {
	return joinRoute("", route, values)
}

// joinRoute is prefix followed by route filled as fillRoute fills it, built
// in one allocation: a call's URL is its base URL and its path.
func joinRoute(prefix, route string, values []string) (string, error) {
	if !strings.Contains(route, "{") {
		if len(values) != 0 {
			return "", fmt.Errorf("payske: route %s takes no IDs, got %d", route, len(values))
		}
		if prefix == "" {
			return route, nil
		}
		return prefix + route, nil
	}
	var b strings.Builder
	b.Grow(len(prefix) + len(route) + 32)
	b.WriteString(prefix)
	rest := route
	for i := 0; ; i++ {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			if i != len(values) {
				return "", fmt.Errorf("payske: route %s takes %d IDs, got %d", route, i, len(values))
			}
			b.WriteString(rest)
			return b.String(), nil
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return "", fmt.Errorf("payske: route %s has an unclosed placeholder", route)
		}
		name := rest[open+1 : open+end]
		if i >= len(values) {
			return "", fmt.Errorf("payske: route %s takes more IDs than the %d given", route, len(values))
		}
		v := values[i]
		switch v {
		case "":
			return "", fmt.Errorf("payske: %s ID is empty: %w", name, ErrInvalidID)
		case ".", "..":
			return "", fmt.Errorf("payske: %s ID %q would change the path: %w", name, v, ErrInvalidID)
		}
		b.WriteString(rest[:open])
		b.WriteString(url.PathEscape(v))
		rest = rest[open+end+1:]
	}
}
