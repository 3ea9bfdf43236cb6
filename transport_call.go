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
	header http.Header
	body   []byte // the form of a POST; nil otherwise
	ctx    context.Context

	// idempotencyKey is the Idempotency-Key of every attempt, empty for a
	// GET or DELETE without one.
	idempotencyKey string
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
	path, err := req.Path()
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

	c := call{method: req.Method, route: req.Route, url: b.baseURL + path, ctx: opts.ctx}
	values := opts.values(req)
	if req.Method == http.MethodPost {
		c.body = []byte(values.Encode())
	} else if !values.Empty() {
		c.url += "?" + values.Encode()
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
	c.header = callHeader(req, opts, c.idempotencyKey)
	return c, nil
}

// callHeader builds the headers every attempt of a call sends.
func callHeader(req *Request, opts callOptions, idempotencyKey string) http.Header {
	h := make(http.Header, 8+len(opts.headers))
	for k, vs := range opts.headers {
		if strings.EqualFold(k, "Authorization") {
			continue
		}
		h[http.CanonicalHeaderKey(k)] = append([]string(nil), vs...)
	}
	h.Set("Authorization", "Bearer "+req.Key)
	h.Set("Payske-Version", APIVersion)
	id := currentIdentity()
	h.Set("User-Agent", id.userAgent)
	if id.clientUserAgent != "" {
		h.Set(ClientUserAgentHeader, id.clientUserAgent)
	}
	h.Set("Accept", "application/json")
	if req.Method == http.MethodPost {
		h.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if idempotencyKey != "" {
		h.Set("Idempotency-Key", idempotencyKey)
	}
	if opts.account != nil && *opts.account != "" {
		// An empty account means the platform's own, as in RawRequest: an
		// empty header would be a request for an account with no ID.
		h.Set("Payske-Account", *opts.account)
	}
	return h
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
