package payske

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHeaderValuesHttpForbidsFailBeforeAnyAttempt: a line break or another
// control character in a value bound for a header would make the transport
// fail every attempt, which reads as a network failure and is retried; it
// is refused before the first attempt, naming the parameter and never
// quoting the API key.
func TestHeaderValuesHttpForbidsFailBeforeAnyAttempt(t *testing.T) {
	const badKey = testKey + "\n"
	params := func(set func(p *Params)) *Request {
		p := &testParams{}
		set(&p.Params)
		return &Request{Method: http.MethodPost, Route: "/v1/things", Key: testKey, Params: p}
	}
	list := func(set func(p *ListParams)) *Request {
		lp := &ListParams{}
		set(lp)
		return &Request{Method: http.MethodGet, Route: "/v1/things", Key: testKey, ListParams: lp}
	}
	cases := []struct {
		name string
		req  *Request           // a typed call, or
		raw  *RawRequestOptions // a RawRequest
		want string
	}{
		{"idempotency key", params(func(p *Params) { p.SetIdempotencyKey("order-1\nX-Injected: 1") }), nil,
			`payske: Params.IdempotencyKey contains a line break (\n) at byte 7 of 21`},
		{"account", params(func(p *Params) { p.SetPayskeAccount("acct_1\r") }), nil,
			`payske: Params.PayskeAccount contains a carriage return (\r) at byte 6`},
		{"header value", params(func(p *Params) { p.Headers = http.Header{"X-Trace": {"ok", "a\x00b"}} }), nil,
			`payske: Params.Headers["X-Trace"] contains a control character (0x00) at byte 1`},
		{"header value DEL", params(func(p *Params) { p.Headers = http.Header{"X-Trace": {"a\x7f"}} }), nil,
			`payske: Params.Headers["X-Trace"] contains a control character (0x7f)`},
		{"header name", params(func(p *Params) { p.Headers = http.Header{"X-Trace\r\nX-Other": {"1"}} }), nil,
			`payske: Params.Headers has the name "X-Trace\r\nX-Other", which is not a valid HTTP header name`},
		{"header name with a space", params(func(p *Params) { p.Headers = http.Header{"X Trace": {"1"}} }), nil,
			`payske: Params.Headers has the name "X Trace"`},
		{"list account", list(func(p *ListParams) { p.SetPayskeAccount("acct_1\n") }), nil,
			`payske: ListParams.PayskeAccount contains a line break (\n)`},
		{"list header value", list(func(p *ListParams) { p.Headers = http.Header{"X-Trace": {"\n"}} }), nil,
			`payske: ListParams.Headers["X-Trace"] contains a line break (\n) at byte 0`},
		{"API key", &Request{Method: http.MethodGet, Route: "/v1/things", Key: badKey}, nil,
			`payske: the API key contains a line break (\n) at byte 32 of 33`},
		{"raw key", nil, &RawRequestOptions{Key: badKey},
			`payske: RawRequestOptions.Key contains a line break (\n)`},
		{"raw idempotency key", nil, &RawRequestOptions{Key: testKey, IdempotencyKey: "k\r\n"},
			`payske: RawRequestOptions.IdempotencyKey contains a carriage return (\r) at byte 1`},
		{"raw account", nil, &RawRequestOptions{Key: testKey, PayskeAccount: "\x1b[31m"},
			`payske: RawRequestOptions.PayskeAccount contains a control character (0x1b) at byte 0`},
		{"raw header value", nil, &RawRequestOptions{Key: testKey, Headers: http.Header{"X-Trace": {"a\nb"}}},
			`payske: RawRequestOptions.Headers["X-Trace"] contains a line break (\n) at byte 1`},
		{"raw header name", nil, &RawRequestOptions{Key: testKey, Headers: http.Header{"": {"1"}}},
			`payske: RawRequestOptions.Headers has the name "", which is not a valid HTTP header name`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var attempts atomic.Int64
			count := func(next RoundTripFunc) RoundTripFunc {
				return func(req *http.Request, info RequestInfo) (*http.Response, error) {
					attempts.Add(1)
					return next(req, info)
				}
			}
			rec, b, sleeps := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{count}}, jsonAnswer(200, `{}`))
			var err error
			if tc.raw != nil {
				tc.raw.Backend = b
				_, err = RawRequest(context.Background(), http.MethodPost, "/v1/things", nil, tc.raw)
			} else {
				err = b.Do(tc.req, &testObject{})
			}
			require.ErrorIs(t, err, ErrInvalidHeader)
			assert.Contains(t, err.Error(), tc.want)
			var perr *Error
			assert.False(t, errors.As(err, &perr), "not an answer nor a network failure")
			assert.NotContains(t, fmt.Sprintf("%+v", err), testKey)
			assert.Zero(t, attempts.Load(), "no attempt was made")
			assert.Empty(t, rec.requests())
			assert.Empty(t, sleeps.waits, "nothing was retried")
		})
	}
}

// TestHeaderValuesHttpAllows: tab, spaces and bytes above ASCII are valid
// in a header value, and the Authorization of custom headers is dropped
// rather than checked.
func TestHeaderValuesHttpAllows(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
	p := &testParams{}
	p.SetIdempotencyKey("order 1\tretry")
	p.SetPayskeAccount("acct_\u00e9")
	p.Headers = http.Header{"X-Trace": {"a b"}, "Authorization": {"Bearer x\n"}}
	require.NoError(t, b.Do(&Request{Method: http.MethodPost, Route: "/v1/things", Key: testKey, Params: p}, &testObject{}))
	reqs := rec.requests()
	require.Len(t, reqs, 1)
	assert.Equal(t, "order 1\tretry", reqs[0].Header.Get("Idempotency-Key"))
	assert.Equal(t, "Bearer "+testKey, reqs[0].Header.Get("Authorization"))
}
