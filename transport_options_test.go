package payske

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// TestParamsAndListParamsTogetherAreRefused: a request that carries both
// kinds of params, each with its own context and headers, fails before any
// attempt instead of silently steering the call with one of them.
func TestParamsAndListParamsTogetherAreRefused(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
	p := &testParams{}
	p.SetPayskeAccount("acct_params")
	lp := &ListParams{}
	lp.SetPayskeAccount("acct_list")

	err := b.Do(&Request{Method: http.MethodGet, Route: "/v1/things", Key: testKey, Params: p, ListParams: lp}, &testObject{})

	require.ErrorIs(t, err, errParamsAndListParams)
	assert.EqualError(t, err, "payske: Request sets both Params and ListParams; set Params for a call or ListParams for a list page, not both")
	var perr *Error
	assert.False(t, errors.As(err, &perr), "not an answer nor a network failure")
	assert.Empty(t, rec.requests(), "no attempt was made")
}

// TestRequestParamsSteerAndEncode: whichever of Params and ListParams a
// request sets steers the call (context, account) and, without a Form, is
// what goes on the wire; a Form replaces the encoding but not the steering;
// a typed nil pointer counts as unset.
func TestRequestParamsSteerAndEncode(t *testing.T) {
	type ctxKey struct{}
	ctx := context.WithValue(context.Background(), ctxKey{}, "caller")
	params := func() *testParams {
		p := &testParams{Amount: Int64(5)}
		p.Context = ctx
		p.SetPayskeAccount("acct_p")
		return p
	}
	list := func() *ListParams {
		lp := &ListParams{Context: ctx, Limit: Int64(3)}
		lp.SetPayskeAccount("acct_l")
		return lp
	}
	cursor := &form.Values{}
	cursor.Add("starting_after", "obj_9")
	cases := []struct {
		name        string
		req         Request
		wantQuery   string
		wantAccount string
	}{
		{"params", Request{Params: params()}, "amount=5", "acct_p"},
		{"list params", Request{ListParams: list()}, "limit=3", "acct_l"},
		{"list params with a form", Request{ListParams: list(), Form: cursor}, "starting_after=obj_9", "acct_l"},
		{"params with a form", Request{Params: params(), Form: cursor}, "starting_after=obj_9", "acct_p"},
		{"nil params pointer and list params", Request{Params: (*testParams)(nil), ListParams: list()}, "limit=3", "acct_l"},
		{"params and nil list params pointer", Request{Params: params(), ListParams: (*ListParams)(nil)}, "amount=5", "acct_p"},
		{"neither", Request{}, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var seen context.Context
			keep := func(next RoundTripFunc) RoundTripFunc {
				return func(req *http.Request, info RequestInfo) (*http.Response, error) {
					seen = req.Context()
					return next(req, info)
				}
			}
			rec, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{keep}}, jsonAnswer(200, `{}`))
			req := tc.req
			req.Method, req.Route, req.Key = http.MethodGet, "/v1/things", testKey

			require.NoError(t, b.Do(&req, &testObject{}))

			reqs := rec.requests()
			require.Len(t, reqs, 1)
			assert.Equal(t, tc.wantQuery, reqs[0].Query)
			assert.Equal(t, tc.wantAccount, reqs[0].Header.Get("Payske-Account"))
			if tc.wantAccount != "" {
				assert.Equal(t, "caller", seen.Value(ctxKey{}), "the params' context carries the call")
			}
		})
	}
}
