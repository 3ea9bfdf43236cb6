package payske

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strings"

	"github.com/payske/payske-go/form"
)

// RawRequestOptions steer a RawRequest. The zero value (or nil) uses
// payske.Key and the global backend.
type RawRequestOptions struct {
	// Key is the API key; payske.Key when empty.
	Key string

	// Backend sends the request; GetBackend(APIBackend) when nil.
	Backend Backend

	// IdempotencyKey is sent as the Idempotency-Key header. When empty, a
	// POST gets a random key, reused by its retries.
	IdempotencyKey string

	// PayskeAccount is sent as the Payske-Account header, to act on behalf
	// of a connected account.
	PayskeAccount string

	// Headers are added to the request. Authorization cannot be replaced
	// through them.
	Headers http.Header
}

// RawRequest calls an endpoint this version of the SDK does not model yet,
// through the same backend as every other call: authentication, the API
// version, retries, idempotency keys, the rate limit and middleware apply,
// and a non-2xx answer is an *Error with its typed Err (*CardError, ...).
//
// method is GET, POST or DELETE. path starts with /v1/ and is sent as
// given: escape IDs in it yourself (url.PathEscape); it carries no query,
// and it is also the route middleware sees. params is encoded as the body
// of a POST or the query of a GET or DELETE; it may be nil, url.Values
// (sent in key order), *form.Values (sent in its order), or a params struct
// (or pointer to one) tagged for the form package, such as
// *payske.ChargeParams. The per-call options come from ctx and opts, not
// from a params struct's Params. A key, idempotency key, account or header
// that HTTP cannot carry (a line break, say) fails before any request with
// an error wrapping ErrInvalidHeader.
//
// The answer's status, headers, request ID and body are in the returned
// APIResponse; APIResponse.Decode unmarshals the body.
func RawRequest(ctx context.Context, method, path string, params any, opts *RawRequestOptions) (*APIResponse, error) {
	if ctx == nil {
		return nil, errors.New("payske: RawRequest: ctx is nil; pass context.Background() for no deadline")
	}
	m, err := rawMethod(method)
	if err != nil {
		return nil, err
	}
	if err := checkRawPath(path); err != nil {
		return nil, err
	}
	values, err := rawValues(params)
	if err != nil {
		return nil, err
	}
	var o RawRequestOptions
	if opts != nil {
		o = *opts
	}
	if err := checkHeaderValue("RawRequestOptions.Key", o.Key); err != nil {
		return nil, err
	}
	rawOpts := callOptions{origin: "RawRequestOptions", headers: o.Headers, idempotencyKey: &o.IdempotencyKey, account: &o.PayskeAccount}
	if err := rawOpts.checkHeaders(); err != nil {
		return nil, err
	}
	if o.Key == "" {
		o.Key = Key
	}
	if o.Backend == nil {
		o.Backend = GetBackend(APIBackend)
	}
	p := &Params{Context: ctx, Headers: o.Headers}
	if o.IdempotencyKey != "" {
		p.IdempotencyKey = &o.IdempotencyKey
	}
	if o.PayskeAccount != "" {
		p.PayskeAccount = &o.PayskeAccount
	}
	var result rawResult
	err = o.Backend.Do(&Request{Method: m, Route: path, Key: o.Key, Params: p, Form: values}, &result)
	if err != nil {
		return nil, err
	}
	if result.resp == nil {
		return nil, fmt.Errorf("payske: RawRequest: the backend (%T) returned no response", o.Backend)
	}
	return result.resp, nil
}

// Decode unmarshals the raw JSON body into v. When v has a LastResponse
// (every resource type does), it is set to r.
func (r *APIResponse) Decode(v any) error {
	if r == nil {
		return errors.New("payske: APIResponse.Decode on a nil response")
	}
	if err := json.Unmarshal(r.RawJSON, v); err != nil {
		return fmt.Errorf("payske: decoding the %d answer (request %s) into %T: %w", r.StatusCode, r.RequestID, v, err)
	}
	if s, ok := v.(LastResponseSetter); ok {
		s.SetLastResponse(r)
	}
	return nil
}

// rawResult keeps the response of a RawRequest. The backend still checks
// that a 2xx body is one valid JSON value; its bytes are in RawJSON.
type rawResult struct{ resp *APIResponse }

func (r *rawResult) SetLastResponse(resp *APIResponse) { r.resp = resp }

func (r *rawResult) UnmarshalJSON([]byte) error { return nil }

func rawMethod(method string) (string, error) {
	switch m := strings.ToUpper(method); m {
	case http.MethodGet, http.MethodPost, http.MethodDelete:
		return m, nil
	}
	return "", fmt.Errorf("payske: RawRequest: method %q is not supported; use GET, POST or DELETE", method)
}

// checkRawPath refuses what would not reach the endpoint the caller named:
// a path outside /v1/, one with a query or fragment, a dot segment (which
// servers resolve to another path), braces (which would read as route
// placeholders) or characters that are not valid in a URL path.
func checkRawPath(path string) error {
	if !strings.HasPrefix(path, "/v1/") || len(path) == len("/v1/") {
		return fmt.Errorf("payske: RawRequest: path %q must start with /v1/ and name an endpoint, for example /v1/charges", path)
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		return fmt.Errorf("payske: RawRequest: path %q must not contain %q; pass query parameters as params", path, path[i])
	}
	if i := strings.IndexAny(path, "{}"); i >= 0 {
		return fmt.Errorf("payske: RawRequest: path %q contains %q; escape IDs with url.PathEscape", path, path[i])
	}
	for _, r := range path {
		if r <= ' ' || r == 0x7f {
			return fmt.Errorf("payske: RawRequest: path %q contains a space or control character; escape IDs with url.PathEscape", path)
		}
	}
	for _, seg := range strings.Split(path, "/")[1:] {
		switch seg {
		case "":
			return fmt.Errorf("payske: RawRequest: path %q has an empty segment", path)
		case ".", "..":
			return fmt.Errorf("payske: RawRequest: path %q has a %q segment, which would change the path", path, seg)
		}
	}
	u, err := url.Parse(path)
	if err != nil {
		return fmt.Errorf("payske: RawRequest: path %q: %w", path, err)
	}
	if u.EscapedPath() != path {
		return fmt.Errorf("payske: RawRequest: path %q is not escaped (it would be sent as %q); escape IDs with url.PathEscape", path, u.EscapedPath())
	}
	return nil
}

// rawValues encodes params as RawRequest documents, refusing a type the
// form package would silently encode as nothing and per-call options set
// where RawRequest does not read them.
func rawValues(params any) (*form.Values, error) {
	values := &form.Values{}
	switch p := params.(type) {
	case nil:
		return values, nil
	case url.Values:
		for _, k := range slices.Sorted(maps.Keys(p)) {
			for _, v := range p[k] {
				values.Add(k, v)
			}
		}
		return values, nil
	case *form.Values:
		if p == nil {
			return values, nil
		}
		return p, nil
	case ParamsContainer:
		if c := paramsOf(p); c != nil && (c.Context != nil || c.Headers != nil || c.IdempotencyKey != nil || c.PayskeAccount != nil) {
			return nil, errors.New("payske: RawRequest: params' Context, Headers, IdempotencyKey and PayskeAccount are not read; pass the context as ctx and the rest in RawRequestOptions")
		}
	}
	rv := reflect.ValueOf(params)
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return values, nil
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return nil, fmt.Errorf("payske: RawRequest: params of type %T cannot be encoded; use a params struct, url.Values, *form.Values or nil", params)
	}
	form.AppendTo(values, params)
	return values, nil
}
