package payske

import (
	"net/http"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnswerOfAnotherKindIsRefused: a 2xx answer that is not the object
// the endpoint returns (null, no object at all, an object of another kind)
// fails the call with an api_error that says what came back, and the
// target stays zero, rather than passing for an empty resource.
func TestAnswerOfAnotherKindIsRefused(t *testing.T) {
	kinds := []struct {
		name   string
		new    func() LastResponseSetter
		own    string // a body the endpoint does return
		other  string // the "object" of another kind
		noun   string // how messages name the expected object
		quoted string
	}{
		{"charge", func() LastResponseSetter { return &Charge{} }, `{"id":"ch_1","object":"charge"}`, "refund", "a charge object", `"charge"`},
		{"deleted customer", func() LastResponseSetter { return &Customer{} }, `{"id":"cus_1","object":"customer","deleted":true}`, "card", "a customer object", `"customer"`},
		{"refund", func() LastResponseSetter { return &Refund{} }, `{"id":"re_1","object":"refund"}`, "charge", "a refund object", `"refund"`},
		{"token", func() LastResponseSetter { return &Token{} }, `{"id":"tok_1","object":"token"}`, "card", "a token object", `"token"`},
		{"source", func() LastResponseSetter { return &Source{} }, `{"id":"src_1","object":"source"}`, "card", "a source object", `"source"`},
		{"card", func() LastResponseSetter { return &Card{} }, `{"id":"card_1","object":"card"}`, "customer", "a card object", `"card"`},
		{"bank account", func() LastResponseSetter { return &BankAccount{} }, `{"id":"ba_1","object":"bank_account"}`, "card", "a bank_account object", `"bank_account"`},
		{"payment source", func() LastResponseSetter { return &PaymentSource{} }, `{"id":"ba_1","object":"bank_account"}`, "customer",
			"a card, bank_account or source object", `"card", "bank_account" or "source"`},
		{"checkout session", func() LastResponseSetter { return &CheckoutSession{} }, `{"id":"cs_1","object":"checkout.session"}`, "charge", "a checkout.session object", `"checkout.session"`},
		{"event", func() LastResponseSetter { return &Event{} }, `{"id":"evt_1","object":"event"}`, "charge", "an event object", `"event"`},
		{"price", func() LastResponseSetter { return &Price{} }, `{"id":"price_1","object":"price"}`, "product", "a price object", `"price"`},
		{"charge list", func() LastResponseSetter { return &ChargeList{} }, `{"object":"list","data":[]}`, "charge", "a list object", `"list"`},
		{"source list", func() LastResponseSetter { return &PaymentSourceList{} }, `{"object":"list","data":[]}`, "customer", "a list object", `"list"`},
		{"line item list", func() LastResponseSetter { return &LineItemList{} }, `{"object":"list","data":[]}`, "checkout.session", "a list object", `"list"`},
		{"list iterator page", func() LastResponseSetter { return &Page[Refund]{} }, `{"object":"list","data":[]}`, "refund", "a list object", `"list"`},
	}
	for _, k := range kinds {
		bodies := []struct {
			name, body, wantErr string
		}{
			{"null", `null`, "the 200 answer is null, expected " + k.noun},
			{"null with spaces", " null\n", "the 200 answer is null, expected " + k.noun},
			{"array", `[]`, "the 200 answer is a JSON array, expected " + k.noun},
			{"bare ID", `"ch_1"`, "the 200 answer is a JSON string, expected " + k.noun},
			{"number", `7`, "the 200 answer is a JSON number, expected " + k.noun},
			{"boolean", `true`, "the 200 answer is a JSON boolean, expected " + k.noun},
			{"another kind", `{"id":"x_1","object":"` + k.other + `","deleted":true}`,
				`the 200 answer is a "` + k.other + `" object, expected ` + k.quoted},
			// Payske always names the object: an answer without one is a
			// test double's and is taken as it is.
			{"no object", `{"id":"x_1"}`, ""},
			{"its own kind", k.own, ""},
		}
		for _, b := range bodies {
			t.Run(k.name+"/"+b.name, func(t *testing.T) {
				rec, backend, _ := newTestServer(t, jsonAnswer(200, b.body))
				v := k.new()
				err := backend.Call(http.MethodGet, "/v1/things", testKey, nil, v)
				if b.wantErr == "" {
					require.NoError(t, err)
					return
				}
				var perr *Error
				require.ErrorAs(t, err, &perr)
				assert.Equal(t, ErrorTypeAPI, perr.Type)
				assert.Equal(t, 200, perr.HTTPStatusCode)
				assert.Equal(t, "req_test123", perr.RequestID)
				assert.Equal(t, b.wantErr, perr.Msg)
				var apiErr *APIError
				assert.ErrorAs(t, err, &apiErr)
				assert.True(t, reflect.ValueOf(v).Elem().IsZero(), "the target stays zero: %+v", v)
				assert.Len(t, rec.requests(), 1, "a complete answer is not retried")
			})
		}
	}
}

// TestTargetsWithoutAnObjectTakeAnyAnswer: RawRequest's result, and types
// that name no object, take whatever valid JSON a 2xx answer holds.
func TestTargetsWithoutAnObjectTakeAnyAnswer(t *testing.T) {
	for _, body := range []string{`null`, `[]`, `"x"`, `7`, `{"object":"card"}`} {
		t.Run(body, func(t *testing.T) {
			_, backend, _ := newTestServer(t, jsonAnswer(200, body))
			var raw rawResult
			require.NoError(t, backend.Call(http.MethodGet, "/v1/things", testKey, nil, &raw))
			require.NotNil(t, raw.resp)
			assert.Equal(t, body, string(raw.resp.RawJSON))
			require.NoError(t, backend.Call(http.MethodGet, "/v1/things", testKey, nil, nil))
		})
	}
}
