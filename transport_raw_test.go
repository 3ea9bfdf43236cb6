package payske

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// rawThingParams is what a caller might pass for an endpoint the SDK does
// not model.
type rawThingParams struct {
	Name     *string           `form:"name"`
	Tags     []string          `form:"tags"`
	Metadata map[string]string `form:"metadata"`
}

func TestRawRequestPostSendsAuthHeadersAndBodyAndReturnsTheAnswer(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{"id":"thing_1","object":"thing","amount":7}`, "Payske-Extra", "yes"))

	resp, err := RawRequest(context.Background(), "post", "/v1/things/thing%2F1/activate",
		&rawThingParams{Name: String("a b"), Tags: []string{"x"}, Metadata: map[string]string{"k": "v"}},
		&RawRequestOptions{Key: testKey, Backend: b, IdempotencyKey: "idem-raw-1", PayskeAccount: "acct_1",
			Headers: http.Header{"X-Custom": {"c"}, "Authorization": {"Bearer sk_test_stolen"}}})
	require.NoError(t, err)

	got := rec.requests()
	require.Len(t, got, 1)
	r := got[0]
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, "/v1/things/thing%2F1/activate", r.Path, "the path is sent as given")
	assert.Equal(t, "name=a b&tags[0]=x&metadata[k]=v", mustUnescape(t, r.Body))
	assert.Equal(t, "Bearer "+testKey, r.Header.Get("Authorization"))
	assert.Equal(t, APIVersion, r.Header.Get("Payske-Version"))
	assert.Equal(t, "application/x-www-form-urlencoded", r.Header.Get("Content-Type"))
	assert.Equal(t, "idem-raw-1", r.Header.Get("Idempotency-Key"))
	assert.Equal(t, "acct_1", r.Header.Get("Payske-Account"))
	assert.Equal(t, "c", r.Header.Get("X-Custom"))

	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "200 OK", resp.Status)
	assert.Equal(t, "req_test123", resp.RequestID)
	assert.Equal(t, "idem-raw-1", resp.IdempotencyKey)
	assert.Equal(t, "yes", resp.Header.Get("Payske-Extra"))
	assert.JSONEq(t, `{"id":"thing_1","object":"thing","amount":7}`, string(resp.RawJSON))

	var thing testObject
	require.NoError(t, resp.Decode(&thing))
	assert.Equal(t, "thing_1", thing.ID)
	assert.Equal(t, int64(7), thing.Amount)
	assert.Same(t, resp, thing.LastResponse, "Decode sets LastResponse")
}

func mustUnescape(t *testing.T, s string) string {
	t.Helper()
	u, err := url.QueryUnescape(s)
	require.NoError(t, err)
	return u
}

func TestRawRequestEncodesGetAndDeleteParamsAsTheQuery(t *testing.T) {
	ordered := &form.Values{}
	ordered.Add("z", "1")
	ordered.Add("a", "2")
	cases := []struct {
		name   string
		method string
		params any
		query  string
	}{
		{"url.Values in key order", http.MethodGet, url.Values{"limit": {"3"}, "created[gte]": {"10"}, "expand[]": {"data.customer", "data.source"}},
			"created%5Bgte%5D=10&expand%5B%5D=data.customer&expand%5B%5D=data.source&limit=3"},
		{"form.Values in their order", http.MethodGet, ordered, "z=1&a=2"},
		{"a params struct", http.MethodDelete, &rawThingParams{Name: String("n")}, "name=n"},
		{"a params struct by value", http.MethodGet, rawThingParams{Name: String("v")}, "name=v"},
		{"a typed nil pointer", http.MethodGet, (*rawThingParams)(nil), ""},
		{"a nil form.Values", http.MethodGet, (*form.Values)(nil), ""},
		{"nil", http.MethodGet, nil, ""},
		{"a resource's params", http.MethodGet, &ChargeListParams{Customer: String("cus_1")}, "customer=cus_1"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec, b, _ := newTestServer(t, jsonAnswer(200, `{"object":"list","data":[]}`))
			_, err := RawRequest(context.Background(), tc.method, "/v1/things", tc.params, &RawRequestOptions{Key: testKey, Backend: b})
			require.NoError(t, err)
			r := rec.requests()[0]
			assert.Equal(t, tc.method, r.Method)
			assert.Equal(t, tc.query, r.Query)
			assert.Empty(t, r.Body)
			assert.Empty(t, r.Header.Get("Content-Type"))
			assert.Empty(t, r.Header.Get("Idempotency-Key"))
		})
	}
}

func TestRawRequestRetriesWithOneIdempotencyKey(t *testing.T) {
	for _, explicit := range []string{"", "idem-mine"} {
		var log attemptLog
		rec, b, _ := newConfiguredTestServer(t, BackendConfig{Middleware: []Middleware{log.middleware}},
			jsonAnswer(500, `{"error":{"type":"api_error"}}`),
			jsonAnswer(429, `{"error":{"type":"rate_limit_error"}}`),
			jsonAnswer(200, `{"id":"thing_1"}`))
		resp, err := RawRequest(context.Background(), http.MethodPost, "/v1/things", nil,
			&RawRequestOptions{Key: testKey, Backend: b, IdempotencyKey: explicit})
		require.NoError(t, err)
		got := rec.requests()
		require.Len(t, got, 3)
		key := got[0].Header.Get("Idempotency-Key")
		require.NotEmpty(t, key)
		if explicit != "" {
			assert.Equal(t, explicit, key)
		}
		for i, r := range got {
			assert.Equal(t, key, r.Header.Get("Idempotency-Key"))
			assert.Equal(t, RequestInfo{Method: http.MethodPost, Route: "/v1/things", Attempt: i + 1, IdempotencyKey: key}, log.infos[i],
				"middleware sees the raw path as the route")
		}
		assert.Equal(t, key, resp.IdempotencyKey)
	}
}

func TestRawRequestMapsErrorsToTypedErrors(t *testing.T) {
	cases := []struct {
		status int
		body   string
		target any
	}{
		{402, `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","charge":"ch_1","message":"Your card has insufficient funds."}}`, new(*CardError)},
		{400, `{"error":{"type":"invalid_request_error","param":"amount","message":"Missing amount."}}`, new(*InvalidRequestError)},
		{401, `{"error":{"type":"invalid_request_error","message":"Invalid API Key provided."}}`, new(*AuthenticationError)},
		{404, `{"error":{"type":"invalid_request_error","code":"resource_missing","message":"No such thing."}}`, new(*InvalidRequestError)},
		{403, `{"error":{"type":"invalid_request_error","message":"Not allowed."}}`, new(*PermissionError)},
	}
	for _, tc := range cases {
		t.Run(http.StatusText(tc.status), func(t *testing.T) {
			_, b, _ := newTestServer(t, jsonAnswer(tc.status, tc.body))
			resp, err := RawRequest(context.Background(), http.MethodPost, "/v1/things", nil, &RawRequestOptions{Key: testKey, Backend: b})
			assert.Nil(t, resp)
			require.ErrorAs(t, err, tc.target)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.status, e.HTTPStatusCode)
			assert.Equal(t, "req_test123", e.RequestID)
		})
	}
}

func TestRawRequestRefusesBadInputBeforeAnyRequest(t *testing.T) {
	cases := []struct {
		name   string
		ctx    context.Context
		method string
		path   string
		params any
		want   string
	}{
		{"nil ctx", nil, "GET", "/v1/charges", nil, "ctx is nil"},
		{"PUT", context.Background(), "PUT", "/v1/charges", nil, `method "PUT" is not supported; use GET, POST or DELETE`},
		{"empty method", context.Background(), "", "/v1/charges", nil, `method "" is not supported`},
		{"empty path", context.Background(), "GET", "", nil, `path "" must start with /v1/`},
		{"bare /v1/", context.Background(), "GET", "/v1/", nil, "must start with /v1/ and name an endpoint"},
		{"other version", context.Background(), "GET", "/v2/charges", nil, "must start with /v1/"},
		{"full URL", context.Background(), "GET", "https://evil.example/v1/charges", nil, "must start with /v1/"},
		{"query in path", context.Background(), "GET", "/v1/charges?limit=3", nil, `must not contain '?'; pass query parameters as params`},
		{"fragment", context.Background(), "GET", "/v1/charges#x", nil, `must not contain '#'`},
		{"template", context.Background(), "GET", "/v1/charges/{charge}", nil, "escape IDs with url.PathEscape"},
		{"space", context.Background(), "GET", "/v1/charges/ch 1", nil, "space or control character"},
		{"newline", context.Background(), "GET", "/v1/charges/ch\n1", nil, "space or control character"},
		{"dot dot", context.Background(), "GET", "/v1/charges/../customers", nil, `has a ".." segment`},
		{"empty segment", context.Background(), "GET", "/v1//charges", nil, "empty segment"},
		{"bad escape", context.Background(), "GET", "/v1/charges/%zz", nil, "invalid URL escape"},
		{"not escaped", context.Background(), "GET", "/v1/charges/ch_\u00e9", nil, `is not escaped (it would be sent as "/v1/charges/ch_%C3%A9")`},
		{"int params", context.Background(), "GET", "/v1/charges", 3, "params of type int cannot be encoded"},
		{"map params", context.Background(), "GET", "/v1/charges", map[string]string{"a": "b"}, "params of type map[string]string cannot be encoded"},
		{"options inside params", context.Background(), "POST", "/v1/charges", &ChargeParams{Params: Params{IdempotencyKey: String("k")}},
			"params' Context, Headers, IdempotencyKey and PayskeAccount are not read"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
			resp, err := RawRequest(tc.ctx, tc.method, tc.path, tc.params, &RawRequestOptions{Key: testKey, Backend: b})
			assert.Nil(t, resp)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), "payske: RawRequest")
			assert.Empty(t, rec.requests())
		})
	}
}

func TestRawRequestUsesTheGlobalKeyAndBackendByDefault(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
	prevBackend, prevKey := GetBackend(APIBackend), Key
	t.Cleanup(func() { SetBackend(APIBackend, prevBackend); Key = prevKey })
	SetBackend(APIBackend, b)

	Key = ""
	_, err := RawRequest(context.Background(), http.MethodGet, "/v1/things", nil, nil)
	require.ErrorIs(t, err, ErrNoAPIKey)
	assert.Empty(t, rec.requests())

	Key = testKey
	_, err = RawRequest(context.Background(), http.MethodGet, "/v1/things", nil, nil)
	require.NoError(t, err)
	require.Len(t, rec.requests(), 1)
	assert.Equal(t, "Bearer "+testKey, rec.requests()[0].Header.Get("Authorization"))
}

func TestRawRequestHonoursTheContext(t *testing.T) {
	rec, b, _ := newTestServer(t, jsonAnswer(200, `{}`))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := RawRequest(ctx, http.MethodGet, "/v1/things", nil, &RawRequestOptions{Key: testKey, Backend: b})
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, rec.requests())
}

func TestRawRequestRefusesA2xxThatIsNotJSON(t *testing.T) {
	_, b, _ := newTestServer(t, jsonAnswer(200, `<html>`))
	resp, err := RawRequest(context.Background(), http.MethodGet, "/v1/things", nil, &RawRequestOptions{Key: testKey, Backend: b})
	assert.Nil(t, resp)
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
}

func TestAPIResponseDecodeErrors(t *testing.T) {
	var nilResp *APIResponse
	require.ErrorContains(t, nilResp.Decode(&testObject{}), "nil response")

	resp := &APIResponse{StatusCode: 200, RequestID: "req_1", RawJSON: []byte(`{"amount":"not a number"}`)}
	err := resp.Decode(&testObject{})
	require.ErrorContains(t, err, "decoding the 200 answer (request req_1) into *payske.testObject")
	var typeErr *json.UnmarshalTypeError
	require.ErrorAs(t, err, &typeErr, "the json error is wrapped")
}

// captureBackend keeps the request it is given and answers 200 {}.
type captureBackend struct{ req *Request }

func (c *captureBackend) Call(method, path, key string, params ParamsContainer, v LastResponseSetter) error {
	return c.Do(&Request{Method: method, Route: path, Key: key, Params: params}, v)
}

func (c *captureBackend) Do(req *Request, v LastResponseSetter) error {
	c.req = req
	v.SetLastResponse(&APIResponse{StatusCode: 200, RawJSON: []byte(`{}`)})
	return nil
}

// silentBackend succeeds without answering, as a careless fake might.
type silentBackend struct{}

func (silentBackend) Call(string, string, string, ParamsContainer, LastResponseSetter) error {
	return nil
}

func (silentBackend) Do(*Request, LastResponseSetter) error { return nil }

func TestRawRequestWithABackendThatSetsNoResponse(t *testing.T) {
	_, err := RawRequest(context.Background(), http.MethodGet, "/v1/things", nil, &RawRequestOptions{Key: testKey, Backend: silentBackend{}})
	require.ErrorContains(t, err, "the backend (payske.silentBackend) returned no response")
}

// A path RawRequest accepts reaches the backend as the route, unchanged,
// fills to itself, and is what net/http puts on the wire.
func FuzzRawRequestPath(f *testing.F) {
	for _, p := range []string{"/v1/charges", "/v1/charges/ch_1/capture", "/v1/a%2Fb", "/v1/../x", "/v1/a b", "/v1/{x}", "/v1/é", "/v1/a;b=c", "/v1/a%zz", "/v1/a?b"} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, path string) {
		var b captureBackend
		resp, err := RawRequest(context.Background(), http.MethodGet, path, nil, &RawRequestOptions{Key: testKey, Backend: &b})
		if err != nil {
			require.Nil(t, b.req, "a refused path makes no request")
			return
		}
		require.NotNil(t, resp)
		require.Equal(t, path, b.req.Route)
		filled, err := b.req.Path()
		require.NoError(t, err)
		require.Equal(t, path, filled)
		httpReq, err := http.NewRequest(http.MethodGet, APIURL+path, nil)
		require.NoError(t, err)
		require.Equal(t, path, httpReq.URL.EscapedPath())
		require.Empty(t, httpReq.URL.RawQuery)
	})
}
