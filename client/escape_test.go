package client_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/internal/mocktest"
)

// hostile holds every byte that would change the meaning of a URL if it
// were not escaped: a path separator, a parent segment, a query and a
// fragment.
const (
	hostile        = "x/../y?z=1#w"
	hostileEscaped = "x%2F..%2Fy%3Fz=1%23w"
)

// pathCall is one call of a resource method whose path takes IDs.
type pathCall struct {
	name, method, path, fixture string
	// query and body are exact: path-only fields (the customer of a card,
	// the session of its line items) must not appear in either.
	query, body string
	call        func(api *client.API, id string) error
}

func pathCalls() []pathCall {
	c := hostile // the customer ID, always hostile
	cus := "/v1/customers/" + hostileEscaped + "/sources/"
	return []pathCall{
		{"customer.Get", http.MethodGet, "/v1/customers/{id}", "customer/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.Customers.Get(id, nil)
			return err
		}},
		{"customer.Update", http.MethodPost, "/v1/customers/{id}", "customer/update.json", "", "name=Jenny", func(api *client.API, id string) error {
			_, err := api.Customers.Update(id, &payske.CustomerParams{Name: payske.String("Jenny")})
			return err
		}},
		{"customer.Del", http.MethodDelete, "/v1/customers/{id}", "customer/delete.json", "", "", func(api *client.API, id string) error {
			_, err := api.Customers.Del(id, nil)
			return err
		}},
		{"refund.Get", http.MethodGet, "/v1/refunds/{id}", "refund/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.Refunds.Get(id, nil)
			return err
		}},
		{"refund.Update", http.MethodPost, "/v1/refunds/{id}", "refund/update.json", "", "metadata%5Bk%5D=v", func(api *client.API, id string) error {
			p := &payske.RefundParams{}
			p.AddMetadata("k", "v")
			_, err := api.Refunds.Update(id, p)
			return err
		}},
		{"token.Get", http.MethodGet, "/v1/tokens/{id}", "token/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.Tokens.Get(id, nil)
			return err
		}},
		{"source.Get", http.MethodGet, "/v1/sources/{id}", "source/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.Sources.Get(id, nil)
			return err
		}},
		{"source.Update", http.MethodPost, "/v1/sources/{id}", "source/update.json", "", "metadata%5Bk%5D=v", func(api *client.API, id string) error {
			p := &payske.SourceObjectParams{}
			p.AddMetadata("k", "v")
			_, err := api.Sources.Update(id, p)
			return err
		}},
		{"source.Detach", http.MethodDelete, cus + "{id}", "source/detach.json", "", "", func(api *client.API, id string) error {
			_, err := api.Sources.Detach(id, &payske.SourceObjectDetachParams{Customer: payske.String(c)})
			return err
		}},
		{"paymentsource.Get", http.MethodGet, cus + "{id}", "paymentsource/card.json", "", "", func(api *client.API, id string) error {
			_, err := api.PaymentSources.Get(id, &payske.CustomerSourceParams{Customer: payske.String(c)})
			return err
		}},
		{"paymentsource.Update", http.MethodPost, cus + "{id}", "paymentsource/card.json", "", "name=Jenny", func(api *client.API, id string) error {
			_, err := api.PaymentSources.Update(id, &payske.CustomerSourceParams{Customer: payske.String(c), Name: payske.String("Jenny")})
			return err
		}},
		{"paymentsource.Del", http.MethodDelete, cus + "{id}", "paymentsource/deleted.json", "", "", func(api *client.API, id string) error {
			_, err := api.PaymentSources.Del(id, &payske.CustomerSourceParams{Customer: payske.String(c)})
			return err
		}},
		{"paymentsource.Verify", http.MethodPost, cus + "{id}/verify", "paymentsource/verify.json", "", "amounts%5B0%5D=32&amounts%5B1%5D=45", func(api *client.API, id string) error {
			_, err := api.PaymentSources.Verify(id, &payske.PaymentSourceVerifyParams{Customer: payske.String(c), Amounts: payske.Int64Slice([]int64{32, 45})})
			return err
		}},
		{"card.Get", http.MethodGet, cus + "{id}", "card/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.Cards.Get(id, &payske.CardParams{Customer: payske.String(c)})
			return err
		}},
		{"card.Update", http.MethodPost, cus + "{id}", "card/update.json", "", "name=Jenny", func(api *client.API, id string) error {
			_, err := api.Cards.Update(id, &payske.CardParams{Customer: payske.String(c), Name: payske.String("Jenny")})
			return err
		}},
		{"card.Del", http.MethodDelete, cus + "{id}", "card/delete.json", "", "", func(api *client.API, id string) error {
			_, err := api.Cards.Del(id, &payske.CardParams{Customer: payske.String(c)})
			return err
		}},
		{"bankaccount.Get", http.MethodGet, cus + "{id}", "bankaccount/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.BankAccounts.Get(id, &payske.BankAccountParams{Customer: payske.String(c)})
			return err
		}},
		{"bankaccount.Update", http.MethodPost, cus + "{id}", "bankaccount/update.json", "", "account_holder_name=Jenny", func(api *client.API, id string) error {
			_, err := api.BankAccounts.Update(id, &payske.BankAccountParams{Customer: payske.String(c), AccountHolderName: payske.String("Jenny")})
			return err
		}},
		{"bankaccount.Del", http.MethodDelete, cus + "{id}", "bankaccount/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.BankAccounts.Del(id, &payske.BankAccountParams{Customer: payske.String(c)})
			return err
		}},
		{"bankaccount.Verify", http.MethodPost, cus + "{id}/verify", "bankaccount/retrieve.json", "", "amounts%5B0%5D=32&amounts%5B1%5D=45", func(api *client.API, id string) error {
			_, err := api.BankAccounts.Verify(id, &payske.BankAccountVerifyParams{Customer: payske.String(c), Amounts: payske.Int64Slice([]int64{32, 45})})
			return err
		}},
		{"session.Get", http.MethodGet, "/v1/checkout/sessions/{id}", "checkout_session/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.CheckoutSessions.Get(id, nil)
			return err
		}},
		{"session.ListLineItems", http.MethodGet, "/v1/checkout/sessions/{id}/line_items", "checkout_session/list_line_items.json", "limit=5", "", func(api *client.API, id string) error {
			p := &payske.CheckoutSessionListLineItemParams{ID: payske.String(id)}
			p.Filters.AddFilter("limit", "", "5")
			p.Single = true
			i := api.CheckoutSessions.ListLineItems(p)
			for i.Next() {
			}
			return i.Err()
		}},
		{"event.Get", http.MethodGet, "/v1/events/{id}", "event/retrieve.json", "", "", func(api *client.API, id string) error {
			_, err := api.Events.Get(id, nil)
			return err
		}},
	}
}

// The lists and creations on a customer's sources take only the customer.
func customerOnlyCalls() []pathCall {
	c := payske.String(hostile)
	cus := "/v1/customers/" + hostileEscaped + "/sources"
	return []pathCall{
		{"paymentsource.New", http.MethodPost, cus, "paymentsource/card.json", "", "source=tok_visa", func(api *client.API, _ string) error {
			_, err := api.PaymentSources.New(&payske.CustomerSourceParams{Customer: c, Source: &payske.SourceParams{Token: payske.String("tok_visa")}})
			return err
		}},
		{"paymentsource.List", http.MethodGet, cus, "paymentsource/list.json", "limit=3", "", func(api *client.API, _ string) error {
			p := &payske.PaymentSourceListParams{Customer: c}
			p.Filters.AddFilter("limit", "", "3")
			p.Single = true
			i := api.PaymentSources.List(p)
			for i.Next() {
			}
			return i.Err()
		}},
		{"card.New", http.MethodPost, cus, "card/create.json", "", "source=tok_visa", func(api *client.API, _ string) error {
			_, err := api.Cards.New(&payske.CardParams{Customer: c, Token: payske.String("tok_visa")})
			return err
		}},
		{"card.List", http.MethodGet, cus, "card/list.json", "object=card", "", func(api *client.API, _ string) error {
			i := api.Cards.List(&payske.CardListParams{Customer: c, ListParams: payske.ListParams{Single: true}})
			for i.Next() {
			}
			return i.Err()
		}},
		{"bankaccount.New", http.MethodPost, cus, "bankaccount/create.json", "", "source=btok_1", func(api *client.API, _ string) error {
			_, err := api.BankAccounts.New(&payske.BankAccountParams{Customer: c, Token: payske.String("btok_1")})
			return err
		}},
		{"bankaccount.List", http.MethodGet, cus, "bankaccount/list.json", "object=bank_account", "", func(api *client.API, _ string) error {
			i := api.BankAccounts.List(&payske.BankAccountListParams{Customer: c, ListParams: payske.ListParams{Single: true}})
			for i.Next() {
			}
			return i.Err()
		}},
	}
}

func TestIDsAreEscapedAndPathOnlyFieldsStayInThePath(t *testing.T) {
	for _, pc := range append(pathCalls(), customerOnlyCalls()...) {
		t.Run(pc.name, func(t *testing.T) {
			m := mocktest.New(t)
			path := replaceID(pc.path, hostileEscaped)
			calls := m.Respond(pc.method, path, 200, mocktest.Fixture(t, pc.fixture))
			api := client.New(mocktest.Key, &payske.Backends{API: m.Backend})

			require.NoError(t, pc.call(api, hostile))

			req := calls.Only(t)
			mocktest.AssertHeaders(t, req)
			assert.Equal(t, pc.method, req.Method)
			assert.Equal(t, path, req.Path)
			assert.Equal(t, pc.query, req.RawQuery)
			assert.Equal(t, pc.body, req.Body)
		})
	}
}

func TestIDsThatWouldClimbThePathAreRefused(t *testing.T) {
	for _, pc := range pathCalls() {
		for _, id := range []string{"", ".", ".."} {
			t.Run(pc.name+"/"+id, func(t *testing.T) {
				m := mocktest.New(t)
				api := client.New(mocktest.Key, &payske.Backends{API: m.Backend})

				err := pc.call(api, id)

				require.ErrorIs(t, err, payske.ErrInvalidID)
				assert.Zero(t, m.Transport.GetTotalCallCount(), "no request was sent")
			})
		}
	}
}

// replaceID fills the {id} placeholder of a test path.
func replaceID(path, id string) string {
	return strings.Replace(path, "{id}", id, 1)
}
