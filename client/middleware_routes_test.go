package client_test

import (
	"net/http"
	"reflect"
	"sync"
	"testing"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/internal/mocktest"
)

// routeRecorder is a middleware that keeps what it saw of each attempt.
type routeRecorder struct {
	mu    sync.Mutex
	seen  []payske.RequestInfo
	paths []string
}

func (r *routeRecorder) middleware(next payske.RoundTripFunc) payske.RoundTripFunc {
	return func(req *http.Request, info payske.RequestInfo) (*http.Response, error) {
		r.mu.Lock()
		r.seen = append(r.seen, info)
		r.paths = append(r.paths, req.URL.EscapedPath())
		r.mu.Unlock()
		return next(req, info)
	}
}

func (r *routeRecorder) reset() {
	r.mu.Lock()
	r.seen, r.paths = nil, nil
	r.mu.Unlock()
}

// iterator is what every List method returns.
type iterator interface {
	Next() bool
	Err() error
}

// drain fetches the first page of it.
func drain(it iterator) error {
	for it.Next() {
	}
	return it.Err()
}

const listBody = `{"object":"list","data":[],"has_more":false}`

// answerObjects is the "object" of each client's answers: the backend
// refuses an answer of another kind.
var answerObjects = map[string]string{
	"BankAccounts": "bank_account", "Cards": "card", "Charges": "charge", "CheckoutSessions": "checkout.session",
	"Customers": "customer", "Events": "event", "PaymentSources": "card", "Refunds": "refund",
	"Sources": "source", "Tokens": "token",
}

type routeCase struct {
	client, method string // the client.API field and its method
	call           func(sc *client.API) error
	httpMethod     string
	route          string
	path           string
}

// routeCases calls every method of every resource client once.
func routeCases() []routeCase {
	cus := payske.String("cus_1")
	one := func(_ any, err error) error { return err }
	return []routeCase{
		{"BankAccounts", "New", func(sc *client.API) error { return one(sc.BankAccounts.New(&payske.BankAccountParams{Customer: cus})) }, "POST", "/v1/customers/{customer}/sources", "/v1/customers/cus_1/sources"},
		{"BankAccounts", "Get", func(sc *client.API) error {
			return one(sc.BankAccounts.Get("ba_1", &payske.BankAccountParams{Customer: cus}))
		}, "GET", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/ba_1"},
		{"BankAccounts", "Update", func(sc *client.API) error {
			return one(sc.BankAccounts.Update("ba_1", &payske.BankAccountParams{Customer: cus}))
		}, "POST", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/ba_1"},
		{"BankAccounts", "Del", func(sc *client.API) error {
			return one(sc.BankAccounts.Del("ba_1", &payske.BankAccountParams{Customer: cus}))
		}, "DELETE", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/ba_1"},
		{"BankAccounts", "Verify", func(sc *client.API) error {
			return one(sc.BankAccounts.Verify("ba_1", &payske.BankAccountVerifyParams{Customer: cus, Amounts: []*int64{payske.Int64(32), payske.Int64(45)}}))
		}, "POST", "/v1/customers/{customer}/sources/{id}/verify", "/v1/customers/cus_1/sources/ba_1/verify"},
		{"BankAccounts", "List", func(sc *client.API) error {
			return drain(sc.BankAccounts.List(&payske.BankAccountListParams{Customer: cus}))
		}, "GET", "/v1/customers/{customer}/sources", "/v1/customers/cus_1/sources"},

		{"Cards", "New", func(sc *client.API) error { return one(sc.Cards.New(&payske.CardParams{Customer: cus})) }, "POST", "/v1/customers/{customer}/sources", "/v1/customers/cus_1/sources"},
		{"Cards", "Get", func(sc *client.API) error { return one(sc.Cards.Get("card_1", &payske.CardParams{Customer: cus})) }, "GET", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/card_1"},
		{"Cards", "Update", func(sc *client.API) error { return one(sc.Cards.Update("card_1", &payske.CardParams{Customer: cus})) }, "POST", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/card_1"},
		{"Cards", "Del", func(sc *client.API) error { return one(sc.Cards.Del("card_1", &payske.CardParams{Customer: cus})) }, "DELETE", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/card_1"},
		{"Cards", "List", func(sc *client.API) error { return drain(sc.Cards.List(&payske.CardListParams{Customer: cus})) }, "GET", "/v1/customers/{customer}/sources", "/v1/customers/cus_1/sources"},

		{"Charges", "New", func(sc *client.API) error { return one(sc.Charges.New(&payske.ChargeParams{})) }, "POST", "/v1/charges", "/v1/charges"},
		{"Charges", "Get", func(sc *client.API) error { return one(sc.Charges.Get("ch_1", nil)) }, "GET", "/v1/charges/{charge}", "/v1/charges/ch_1"},
		{"Charges", "Update", func(sc *client.API) error { return one(sc.Charges.Update("ch_1", &payske.ChargeParams{})) }, "POST", "/v1/charges/{charge}", "/v1/charges/ch_1"},
		{"Charges", "Capture", func(sc *client.API) error { return one(sc.Charges.Capture("ch_1", nil)) }, "POST", "/v1/charges/{charge}/capture", "/v1/charges/ch_1/capture"},
		{"Charges", "List", func(sc *client.API) error { return drain(sc.Charges.List(nil)) }, "GET", "/v1/charges", "/v1/charges"},

		{"CheckoutSessions", "New", func(sc *client.API) error { return one(sc.CheckoutSessions.New(&payske.CheckoutSessionParams{})) }, "POST", "/v1/checkout/sessions", "/v1/checkout/sessions"},
		{"CheckoutSessions", "Get", func(sc *client.API) error { return one(sc.CheckoutSessions.Get("cs_1", nil)) }, "GET", "/v1/checkout/sessions/{session}", "/v1/checkout/sessions/cs_1"},
		{"CheckoutSessions", "List", func(sc *client.API) error { return drain(sc.CheckoutSessions.List(nil)) }, "GET", "/v1/checkout/sessions", "/v1/checkout/sessions"},
		{"CheckoutSessions", "ListLineItems", func(sc *client.API) error {
			return drain(sc.CheckoutSessions.ListLineItems(&payske.CheckoutSessionListLineItemParams{ID: payske.String("cs_1")}))
		}, "GET", "/v1/checkout/sessions/{session}/line_items", "/v1/checkout/sessions/cs_1/line_items"},

		{"Customers", "New", func(sc *client.API) error { return one(sc.Customers.New(nil)) }, "POST", "/v1/customers", "/v1/customers"},
		{"Customers", "Get", func(sc *client.API) error { return one(sc.Customers.Get("cus_1", nil)) }, "GET", "/v1/customers/{customer}", "/v1/customers/cus_1"},
		{"Customers", "Update", func(sc *client.API) error { return one(sc.Customers.Update("cus_1", nil)) }, "POST", "/v1/customers/{customer}", "/v1/customers/cus_1"},
		{"Customers", "Del", func(sc *client.API) error { return one(sc.Customers.Del("cus_1", nil)) }, "DELETE", "/v1/customers/{customer}", "/v1/customers/cus_1"},
		{"Customers", "List", func(sc *client.API) error { return drain(sc.Customers.List(nil)) }, "GET", "/v1/customers", "/v1/customers"},

		{"Events", "Get", func(sc *client.API) error { return one(sc.Events.Get("evt_1", nil)) }, "GET", "/v1/events/{event}", "/v1/events/evt_1"},
		{"Events", "List", func(sc *client.API) error { return drain(sc.Events.List(nil)) }, "GET", "/v1/events", "/v1/events"},

		{"PaymentSources", "New", func(sc *client.API) error {
			return one(sc.PaymentSources.New(&payske.CustomerSourceParams{Customer: cus}))
		}, "POST", "/v1/customers/{customer}/sources", "/v1/customers/cus_1/sources"},
		{"PaymentSources", "Get", func(sc *client.API) error {
			return one(sc.PaymentSources.Get("src_1", &payske.CustomerSourceParams{Customer: cus}))
		}, "GET", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/src_1"},
		{"PaymentSources", "Update", func(sc *client.API) error {
			return one(sc.PaymentSources.Update("src_1", &payske.CustomerSourceParams{Customer: cus}))
		}, "POST", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/src_1"},
		{"PaymentSources", "Del", func(sc *client.API) error {
			return one(sc.PaymentSources.Del("src_1", &payske.CustomerSourceParams{Customer: cus}))
		}, "DELETE", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/src_1"},
		{"PaymentSources", "Verify", func(sc *client.API) error {
			return one(sc.PaymentSources.Verify("ba_1", &payske.PaymentSourceVerifyParams{Customer: cus, Amounts: []*int64{payske.Int64(32), payske.Int64(45)}}))
		}, "POST", "/v1/customers/{customer}/sources/{id}/verify", "/v1/customers/cus_1/sources/ba_1/verify"},
		{"PaymentSources", "List", func(sc *client.API) error {
			return drain(sc.PaymentSources.List(&payske.PaymentSourceListParams{Customer: cus}))
		}, "GET", "/v1/customers/{customer}/sources", "/v1/customers/cus_1/sources"},

		{"Refunds", "New", func(sc *client.API) error { return one(sc.Refunds.New(&payske.RefundParams{})) }, "POST", "/v1/refunds", "/v1/refunds"},
		{"Refunds", "Get", func(sc *client.API) error { return one(sc.Refunds.Get("re_1", nil)) }, "GET", "/v1/refunds/{refund}", "/v1/refunds/re_1"},
		{"Refunds", "Update", func(sc *client.API) error { return one(sc.Refunds.Update("re_1", nil)) }, "POST", "/v1/refunds/{refund}", "/v1/refunds/re_1"},
		{"Refunds", "List", func(sc *client.API) error { return drain(sc.Refunds.List(nil)) }, "GET", "/v1/refunds", "/v1/refunds"},

		{"Sources", "New", func(sc *client.API) error { return one(sc.Sources.New(&payske.SourceObjectParams{})) }, "POST", "/v1/sources", "/v1/sources"},
		{"Sources", "Get", func(sc *client.API) error { return one(sc.Sources.Get("src_1", nil)) }, "GET", "/v1/sources/{source}", "/v1/sources/src_1"},
		{"Sources", "Update", func(sc *client.API) error { return one(sc.Sources.Update("src_1", nil)) }, "POST", "/v1/sources/{source}", "/v1/sources/src_1"},
		{"Sources", "Detach", func(sc *client.API) error {
			return one(sc.Sources.Detach("src_1", &payske.SourceObjectDetachParams{Customer: cus}))
		}, "DELETE", "/v1/customers/{customer}/sources/{id}", "/v1/customers/cus_1/sources/src_1"},

		{"Tokens", "New", func(sc *client.API) error { return one(sc.Tokens.New(&payske.TokenParams{})) }, "POST", "/v1/tokens", "/v1/tokens"},
		{"Tokens", "Get", func(sc *client.API) error { return one(sc.Tokens.Get("tok_1", nil)) }, "GET", "/v1/tokens/{token}", "/v1/tokens/tok_1"},
	}
}

func TestMiddlewareSeesTheRouteTemplateOfEveryEndpoint(t *testing.T) {
	var rec routeRecorder
	var body string
	mt := httpmock.NewMockTransport()
	mt.RegisterNoResponder(func(*http.Request) (*http.Response, error) {
		resp := httpmock.NewStringResponse(200, body)
		resp.Header.Set("Content-Type", "application/json")
		return resp, nil
	})
	backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		HTTPClient:        &http.Client{Transport: mt},
		MaxNetworkRetries: payske.Int64(0),
		Logger:            payske.DiscardLogger,
		Middleware:        []payske.Middleware{rec.middleware},
	})
	sc := client.New(mocktest.Key, &payske.Backends{API: backend})

	for _, tc := range routeCases() {
		t.Run(tc.client+"."+tc.method, func(t *testing.T) {
			rec.reset()
			body = `{"id":"obj_1","object":"` + answerObjects[tc.client] + `"}`
			if tc.method == "List" || tc.method == "ListLineItems" {
				body = listBody
			}
			require.NoError(t, tc.call(sc))
			require.Len(t, rec.seen, 1, "one attempt")
			info := rec.seen[0]
			assert.Equal(t, tc.route, info.Route)
			assert.Equal(t, tc.httpMethod, info.Method)
			assert.Equal(t, 1, info.Attempt)
			assert.Equal(t, tc.path, rec.paths[0], "the wire path is the filled template")
		})
	}
}

// The table above must grow with the clients: every exported method of
// every resource client in client.API (but the printing ones: String,
// GoString, Format) has a case.
func TestRouteTableCoversEveryClientMethod(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range routeCases() {
		covered[tc.client+"."+tc.method] = true
	}
	api := reflect.TypeOf(client.API{})
	var missing []string
	for i := range api.NumField() {
		f := api.Field(i)
		if !f.IsExported() {
			continue
		}
		for j := range f.Type.NumMethod() {
			name := f.Name + "." + f.Type.Method(j).Name
			if m := f.Type.Method(j).Name; m == "String" || m == "GoString" || m == "Format" {
				continue
			}
			if !covered[name] {
				missing = append(missing, name)
			}
		}
	}
	assert.Empty(t, missing, "client methods without a route case")
}
