package payske

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"strings"
)

// call is a Request built once: every attempt sends the same method, URL,
// headers and body under the same context, so that a retry is the same
// request and the idempotency key replays it rather than repeating it.
type call struct {
	method string
	route  string // the template, what logs and middleware see
	url    string // base URL and filled path, plus the query of a GET or DELETE
	body   []byte // the form of a POST; nil otherwise
	ctx    context.Context

	// idempotencyKey is the Idempotency-Key of every attempt, empty for a
	// GET or DELETE without one.
	idempotencyKey string

	// What every attempt's headers are made of (see setHeader), read once
	// when the call is built.
	authorization string      // "Bearer " and the API key
	id            identity    // User-Agent and X-Payske-Client-User-Agent
	account       string      // Payske-Account, empty for none
	headers       http.Header // the caller's own headers, or nil
	headerValues  int         // how many values setHeader sets, at most
}

// paramsChecker is implemented by params types with a rule their form
// encoding cannot report, since AppendTo returns no error: newCall refuses
// the request before any attempt when checkParams fails. It must accept a
// nil receiver.
type paramsChecker interface {
	checkParams() error
}

// newCall checks req and builds its call. Whatever can be wrong with a
// request fails here, before any attempt, since no retry could fix it: a
// bad configuration or URL, a missing key, an invalid ID, params set twice
// or inconsistent,
// a value HTTP cannot carry in a header.
func (b *httpBackend) newCall(req *Request) (call, error) {
	if b.urlErr != nil {
		return call{}, b.urlErr
	}
	if b.configErr != nil {
		return call{}, b.configErr
	}
	if req.Key == "" {
		return call{}, ErrNoAPIKey
	}
	if err := checkHeaderValue("the API key", req.Key); err != nil {
		return call{}, err
	}
	// The base URL and the path are built as one string.
	target, err := joinRoute(b.baseURL, req.Route, req.PathValues)
	if err != nil {
		return call{}, err
	}
	opts, err := optionsOf(req)
	if err != nil {
		return call{}, err
	}
	if err := opts.checkHeaders(); err != nil {
		return call{}, err
	}
	if pc, ok := req.Params.(paramsChecker); ok {
		if err := pc.checkParams(); err != nil {
			return call{}, err
		}
	}

	c := call{method: req.Method, route: req.Route, url: target, ctx: opts.ctx}
	var encoded string
	if values := opts.values(req); values != nil {
		encoded = values.Encode()
	}
	if req.Method == http.MethodPost {
		c.body = []byte(encoded) // empty, not nil, without params: a POST has a body
	} else if encoded != "" {
		c.url += "?" + encoded
	}
	if opts.idempotencyKey != nil {
		c.idempotencyKey = *opts.idempotencyKey
	}
	if c.idempotencyKey == "" && req.Method == http.MethodPost {
		// One key for every attempt of this call: a retry of a request the
		// server already applied replays its answer instead of acting twice.
		// An empty key would send no header at all, and so is no key.
		c.idempotencyKey = newIdempotencyKey()
	}
	c.setHeaderSource(req.Key, opts)
	return c, nil
}

// setHeaderSource reads, once per call, what setHeader puts in the headers
// of every attempt: each attempt gets headers of its own, so that a
// middleware altering one attempt's cannot change the next attempt's, and
// yet every attempt sends the same ones, whatever happens to the caller's
// params or the app info meanwhile.
func (c *call) setHeaderSource(key string, opts callOptions) {
	c.authorization = "Bearer " + key
	c.id = currentIdentity()
	if opts.account != nil {
		c.account = *opts.account
	}
	// Authorization, Payske-Version, User-Agent, X-Payske-Client-User-Agent,
	// Accept, Content-Type, Idempotency-Key and Payske-Account.
	c.headerValues = 8
	if len(opts.headers) > 0 {
		c.headers = make(http.Header, len(opts.headers))
		for k, vs := range opts.headers {
			if strings.EqualFold(k, "Authorization") {
				continue
			}
			c.headers[http.CanonicalHeaderKey(k)] = append([]string(nil), vs...)
			c.headerValues += len(vs)
		}
	}
}

// setHeader sets the headers of one attempt of c in h, the empty header of
// a new request. All their values share one array: a request's headers
// cost two allocations (this array and the map's storage) whatever their
// number. Each value is a slice of its own length and capacity, so that
// appending to one (Header.Add) copies it rather than overwriting the next.
func (c *call) setHeader(h http.Header) {
	values := make([]string, 0, c.headerValues)
	set := func(k, v string) {
		values = append(values, v)
		n := len(values)
		h[k] = values[n-1 : n : n]
	}
	for k, vs := range c.headers {
		start := len(values)
		values = append(values, vs...)
		h[k] = values[start:len(values):len(values)]
	}
	// The SDK's headers win over the caller's of the same name.
	set("Authorization", c.authorization)
	set("Payske-Version", APIVersion)
	set("User-Agent", c.id.userAgent)
	if c.id.clientUserAgent != "" {
		set(ClientUserAgentHeader, c.id.clientUserAgent)
	}
	set("Accept", "application/json")
	if c.method == http.MethodPost {
		set("Content-Type", "application/x-www-form-urlencoded")
	}
	if c.idempotencyKey != "" {
		set("Idempotency-Key", c.idempotencyKey)
	}
	if c.account != "" {
		// An empty account means the platform's own, as in RawRequest: an
		// empty header would be a request for an account with no ID.
		set("Payske-Account", c.account)
	}
}

// newIdempotencyKey returns a random version 4 UUID.
func newIdempotencyKey() string {
	var u [16]byte
	_, _ = rand.Read(u[:]) // crypto/rand.Read never fails on supported platforms
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	var out [36]byte
	hex.Encode(out[0:8], u[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], u[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], u[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], u[8:10])
	out[23] = '-'
	hex.Encode(out[24:], u[10:])
	return string(out[:])
}
