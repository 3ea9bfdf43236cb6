package client_test

import (
	"fmt"
	"net/http"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/internal/mocktest"
)

// A key of its own, neither mocktest.Key nor the global payske.Key, so that
// a call that picked up either would be caught.
const (
	keyA = "sk_test_client_A_0123456789"
	keyB = "sk_test_client_B_9876543210"
)

// fieldCall is one call through one field of client.API.
type fieldCall struct {
	path    string // escaped, as it reaches the wire
	fixture string
	call    func(api *client.API) error
}

// fieldCalls has one entry per field of client.API, keyed by field name.
func fieldCalls() map[string]fieldCall {
	cus := payske.String("cus_1")
	return map[string]fieldCall{
		"BankAccounts": {"/v1/customers/cus_1/sources/ba_1", "bankaccount/retrieve.json", func(api *client.API) error {
			_, err := api.BankAccounts.Get("ba_1", &payske.BankAccountParams{Customer: cus})
			return err
		}},
		"Cards": {"/v1/customers/cus_1/sources/card_1", "card/retrieve.json", func(api *client.API) error {
			_, err := api.Cards.Get("card_1", &payske.CardParams{Customer: cus})
			return err
		}},
		"Charges": {"/v1/charges/ch_1", "charge/retrieve.json", func(api *client.API) error {
			_, err := api.Charges.Get("ch_1", nil)
			return err
		}},
		"CheckoutSessions": {"/v1/checkout/sessions/cs_1", "checkout_session/retrieve.json", func(api *client.API) error {
			_, err := api.CheckoutSessions.Get("cs_1", nil)
			return err
		}},
		"Customers": {"/v1/customers/cus_1", "customer/retrieve.json", func(api *client.API) error {
			_, err := api.Customers.Get("cus_1", nil)
			return err
		}},
		"Events": {"/v1/events/evt_1", "event/retrieve.json", func(api *client.API) error {
			_, err := api.Events.Get("evt_1", nil)
			return err
		}},
		"PaymentSources": {"/v1/customers/cus_1/sources/src_1", "paymentsource/card.json", func(api *client.API) error {
			_, err := api.PaymentSources.Get("src_1", &payske.CustomerSourceParams{Customer: cus})
			return err
		}},
		"Refunds": {"/v1/refunds/re_1", "refund/retrieve.json", func(api *client.API) error {
			_, err := api.Refunds.Get("re_1", nil)
			return err
		}},
		"Sources": {"/v1/sources/src_1", "source/retrieve.json", func(api *client.API) error {
			_, err := api.Sources.Get("src_1", nil)
			return err
		}},
		"Tokens": {"/v1/tokens/tok_1", "token/retrieve.json", func(api *client.API) error {
			_, err := api.Tokens.Get("tok_1", nil)
			return err
		}},
	}
}

func TestEveryFieldIsCovered(t *testing.T) {
	calls := fieldCalls()
	typ := reflect.TypeFor[client.API]()
	var fields []string
	for i := range typ.NumField() {
		if typ.Field(i).IsExported() {
			fields = append(fields, typ.Field(i).Name)
		}
	}
	want := make([]string, 0, len(calls))
	for name := range calls {
		want = append(want, name)
	}
	assert.ElementsMatch(t, want, fields)
	assert.Len(t, fields, 10)
}

func TestEveryFieldUsesTheGivenKeyAndBackend(t *testing.T) {
	for name, fc := range fieldCalls() {
		t.Run(name, func(t *testing.T) {
			global := mocktest.NewGlobal(t) // must stay unused
			m := mocktest.New(t)
			calls := m.Respond(http.MethodGet, fc.path, 200, mocktest.Fixture(t, fc.fixture))
			api := client.New(keyA, &payske.Backends{API: m.Backend})

			require.NoError(t, fc.call(api))

			req := calls.Only(t)
			assert.Equal(t, fc.path, req.Path)
			assert.Empty(t, req.RawQuery)
			assert.Equal(t, "Bearer "+keyA, req.Header.Get("Authorization"))
			assert.Equal(t, payske.APIVersion, req.Header.Get("Payske-Version"))
			assert.Zero(t, global.Transport.GetTotalCallCount(), "the global backend was used")
		})
	}
}

func TestClientsWithDifferentKeysWorkSideBySide(t *testing.T) {
	mocktest.NewGlobal(t) // payske.Key is mocktest.Key, neither keyA nor keyB
	m := mocktest.New(t)
	fixture := mocktest.Fixture(t, "customer/retrieve.json")
	callsA := m.Respond(http.MethodGet, "/v1/customers/cus_A", 200, fixture)
	callsB := m.Respond(http.MethodGet, "/v1/customers/cus_B", 200, fixture)
	backends := &payske.Backends{API: m.Backend}
	apiA, apiB := client.New(keyA, backends), client.New(keyB, backends)

	const perClient = 25
	var wg sync.WaitGroup
	errs := make(chan error, 2*perClient)
	for range perClient {
		wg.Add(2)
		go func() { defer wg.Done(); _, err := apiA.Customers.Get("cus_A", nil); errs <- err }()
		go func() { defer wg.Done(); _, err := apiB.Customers.Get("cus_B", nil); errs <- err }()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}

	for key, calls := range map[string]*mocktest.Calls{keyA: callsA, keyB: callsB} {
		all := calls.All()
		require.Len(t, all, perClient)
		for _, req := range all {
			assert.Equal(t, "Bearer "+key, req.Header.Get("Authorization"))
		}
	}
	assert.Equal(t, mocktest.Key, payske.Key, "client.API never touches payske.Key")
}

func TestWithoutBackendsTheGlobalBackendOfTheMomentIsUsed(t *testing.T) {
	for name, backends := range map[string]*payske.Backends{"nil": nil, "nil API": {}} {
		t.Run(name, func(t *testing.T) {
			// New comes first: the backend installed afterwards must
			// still receive the call.
			api := client.New(keyA, backends)
			m := mocktest.NewGlobal(t)
			calls := m.Respond(http.MethodGet, "/v1/customers/cus_1", 200, mocktest.Fixture(t, "customer/retrieve.json"))

			_, err := api.Customers.Get("cus_1", nil)
			require.NoError(t, err)
			assert.Equal(t, "Bearer "+keyA, calls.Only(t).Header.Get("Authorization"))

			// And a list iterator pages through it too.
			list := m.Respond(http.MethodGet, "/v1/customers", 200, mocktest.Fixture(t, "customer/list.json"))
			i := api.Customers.List(nil)
			for i.Next() {
			}
			require.NoError(t, i.Err())
			assert.Equal(t, "Bearer "+keyA, list.Only(t).Header.Get("Authorization"))
		})
	}
}

func TestPrintingAnAPINeverShowsTheKey(t *testing.T) {
	api := client.New(keyA, nil)
	for _, verb := range []string{"%v", "%+v", "%s", "%#v"} {
		out := fmt.Sprintf(verb, api)
		assert.NotContains(t, out, keyA, verb)
		assert.NotContains(t, out, "client_A", verb)
	}
	assert.Equal(t, "client.API{key: [redacted]}", api.String())

	// Nor does printing one of its resource clients.
	fields := reflect.ValueOf(api).Elem()
	for i := range fields.NumField() {
		if !fields.Type().Field(i).IsExported() {
			continue // the key and backend RawRequest uses, checked above
		}
		name := fields.Type().Field(i).Name
		for _, verb := range []string{"%v", "%+v", "%s", "%#v"} {
			// The field holds a *Client in its interface; print both the
			// pointer and the Client it points to.
			ptr := fields.Field(i).Elem()
			for _, v := range []any{ptr.Interface(), ptr.Elem().Interface()} {
				out := fmt.Sprintf(verb, v)
				assert.NotContains(t, out, "client_A", name+" "+verb)
				assert.Contains(t, out, "[redacted]", name+" "+verb)
			}
		}
	}
}
