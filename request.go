package payske

import (
	"errors"
	"fmt"
	"net"
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

	// Params are the call's params (may be nil). Their fields are form
	// encoded into the body (POST) or the query (GET, DELETE), and their
	// Context, headers, idempotency key and account steer the call.
	Params ParamsContainer

	// ListParams are the params of a list page. They steer the call like
	// Params; the encoded values come from Form.
	ListParams ListParamsContainer

	// Form, when set, is sent instead of the encoding of Params. List
	// iterators use it to move the cursor without touching the caller's
	// params.
	Form *form.Values
}

// Path returns the route with its placeholders filled by the escaped path
// values, or an error wrapping ErrInvalidID naming the placeholder.
func (r *Request) Path() (string, error) {
	return fillRoute(r.Route, r.PathValues)
}

// fillRoute replaces each {name} of route with the next value, path-escaped.
func fillRoute(route string, values []string) (string, error) {
	if !strings.Contains(route, "{") {
		if len(values) != 0 {
			return "", fmt.Errorf("payske: route %s takes no IDs, got %d", route, len(values))
		}
		return route, nil
	}
	var b strings.Builder
	b.Grow(len(route) + 32)
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

// checkBaseURL parses raw and refuses plain http unless the host is
// loopback: the API key travels in a header and must not cross a network in
// clear text. Its errors show raw without its userinfo, which may hold a
// password.
func checkBaseURL(raw string) (*url.URL, error) {
	shown := redactURL(raw)
	u, err := url.Parse(strings.TrimRight(raw, "/"))
	if err != nil {
		if shown != raw {
			// The parser's message quotes the piece of the URL it could
			// not read, which may be the password.
			return nil, fmt.Errorf("payske: BackendConfig.URL %q is not a valid URL", shown)
		}
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err // without the URL, already quoted
		}
		return nil, fmt.Errorf("payske: BackendConfig.URL %q is not a valid URL: %w", shown, err)
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !isLoopback(u.Hostname()) {
			return nil, fmt.Errorf("payske: BackendConfig.URL %q uses plain http to a host that is not loopback; use https: %w", shown, ErrInsecureURL)
		}
	default:
		return nil, fmt.Errorf("payske: BackendConfig.URL %q must start with https://: %w", shown, ErrInsecureURL)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("payske: BackendConfig.URL %q has no host", shown)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("payske: BackendConfig.URL %q must not carry a query or fragment", shown)
	}
	return u, nil
}

// redactURL returns raw with its userinfo, if any, replaced by "xxxxx", for
// errors and logs. The whole userinfo goes, not only the password
// (url.URL.Redacted keeps the user name): an API key given as the user name
// of basic auth is a secret too. When raw does not parse as a URL with an
// authority, everything before its last '@' after the scheme goes, since
// what precedes an '@' may be a password.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err == nil && u.Opaque == "" {
		if u.User == nil {
			return raw
		}
		u.User = url.User("xxxxx")
		return u.String()
	}
	at := strings.LastIndexByte(raw, '@')
	if at < 0 {
		return raw
	}
	start := 0
	if i := strings.Index(raw[:at], "://"); i >= 0 {
		start = i + len("://")
	}
	return raw[:start] + "xxxxx" + raw[at:]
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
