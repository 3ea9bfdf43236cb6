package payske_test

import (
	"context"
	"iter"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/internal/mocktest"
)

// endpointCase is one endpoint called both ways: through client.API, whose
// requests the resource packages' tests pin down byte for byte, and through
// the context-first Client, which must send the very same request.
type endpointCase struct {
	name, method, path, fixture string
	legacy                      func(api *client.API) (string, error)
	modern                      func(ctx context.Context, sc *payske.Client) (string, error)
}

// idOf returns the ID of a decoded object, or the error.
func idOf[T any](v *T, err error) (string, error) {
	if err != nil {
		return "", err
	}
	return reflect.ValueOf(v).Elem().FieldByName("ID").String(), nil
}

// idsOf walks a list and joins the IDs it yields.
func idsOf[T any](seq iter.Seq2[*T, error]) (string, error) {
	var ids []string
	for v, err := range seq {
		if err != nil {
			return "", err
		}
		id, _ := idOf(v, nil)
		ids = append(ids, id)
	}
	return strings.Join(ids, ","), nil
}

// shared sets what every Params carries: metadata, an expansion and an
// extra parameter.
func shared[P interface{ GetParams() *payske.Params }](p P) P {
	q := p.GetParams()
	q.AddMetadata("order", "6735")
	q.AddExpand("customer")
	q.AddExtra("extra_param", "x")
	return p
}

// listed sets a limit, a filter and an expansion on list params.
func listed[P interface{ GetListParams() *payske.ListParams }](p P) P {
	q := p.GetListParams()
	q.Limit = payske.Int64(3)
	q.Filters.AddFilter("created[gte]", "", "1600000000")
	q.AddExpand("data.customer")
	return p
}

const (
	cus = "cus_1"
	src = "card_1"
)

// endpointCases covers every method of every service: legacy gets the
// customer or session in params, modern as an argument.
func endpointCases() []endpointCase {
	s := payske.String
	return []endpointCase{
		{"Charges.New", "POST", "/v1/charges", "charge/create.json",
			func(api *client.API) (string, error) {
				return idOf(api.Charges.New(shared(&payske.ChargeParams{Amount: payske.Int64(2000), Currency: s("usd")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Charges.New(ctx, shared(&payske.ChargeParams{Amount: payske.Int64(2000), Currency: s("usd")})))
			}},
		{"Charges.Get", "GET", "/v1/charges/ch_1", "charge/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.Charges.Get("ch_1", shared(&payske.ChargeParams{})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Charges.Get(ctx, "ch_1", shared(&payske.ChargeParams{})))
			}},
		{"Charges.Update", "POST", "/v1/charges/ch_1", "charge/update.json",
			func(api *client.API) (string, error) {
				return idOf(api.Charges.Update("ch_1", shared(&payske.ChargeParams{Description: s("d")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Charges.Update(ctx, "ch_1", shared(&payske.ChargeParams{Description: s("d")})))
			}},
		{"Charges.Capture", "POST", "/v1/charges/ch_1/capture", "charge/capture.json",
			func(api *client.API) (string, error) {
				return idOf(api.Charges.Capture("ch_1", shared(&payske.ChargeCaptureParams{Amount: payske.Int64(1000)})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Charges.Capture(ctx, "ch_1", shared(&payske.ChargeCaptureParams{Amount: payske.Int64(1000)})))
			}},
		{"Charges.List", "GET", "/v1/charges", "charge/list.json",
			func(api *client.API) (string, error) {
				return idsOf(api.Charges.List(listed(&payske.ChargeListParams{Customer: s(cus)})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.Charges.List(ctx, listed(&payske.ChargeListParams{Customer: s(cus)})))
			}},
		{"Refunds.New", "POST", "/v1/refunds", "refund/create.json",
			func(api *client.API) (string, error) {
				return idOf(api.Refunds.New(shared(&payske.RefundParams{Charge: s("ch_1")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Refunds.New(ctx, shared(&payske.RefundParams{Charge: s("ch_1")})))
			}},
		{"Refunds.Get", "GET", "/v1/refunds/re_1", "refund/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.Refunds.Get("re_1", shared(&payske.RefundParams{})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Refunds.Get(ctx, "re_1", shared(&payske.RefundParams{})))
			}},
		{"Refunds.Update", "POST", "/v1/refunds/re_1", "refund/update.json",
			func(api *client.API) (string, error) {
				return idOf(api.Refunds.Update("re_1", shared(&payske.RefundParams{})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Refunds.Update(ctx, "re_1", shared(&payske.RefundParams{})))
			}},
		{"Refunds.List", "GET", "/v1/refunds", "refund/list.json",
			func(api *client.API) (string, error) {
				return idsOf(api.Refunds.List(listed(&payske.RefundListParams{Charge: s("ch_1")})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.Refunds.List(ctx, listed(&payske.RefundListParams{Charge: s("ch_1")})))
			}},
		{"Customers.New", "POST", "/v1/customers", "customer/create.json",
			func(api *client.API) (string, error) {
				return idOf(api.Customers.New(shared(&payske.CustomerParams{Email: s("a@example.com")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Customers.New(ctx, shared(&payske.CustomerParams{Email: s("a@example.com")})))
			}},
		{"Customers.Get", "GET", "/v1/customers/" + cus, "customer/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.Customers.Get(cus, shared(&payske.CustomerParams{})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Customers.Get(ctx, cus, shared(&payske.CustomerParams{})))
			}},
		{"Customers.Update", "POST", "/v1/customers/" + cus, "customer/update.json",
			func(api *client.API) (string, error) {
				return idOf(api.Customers.Update(cus, shared(&payske.CustomerParams{Name: s("n")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Customers.Update(ctx, cus, shared(&payske.CustomerParams{Name: s("n")})))
			}},
		{"Customers.Del", "DELETE", "/v1/customers/" + cus, "customer/delete.json",
			func(api *client.API) (string, error) { return idOf(api.Customers.Del(cus, nil)) },
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Customers.Del(ctx, cus, nil))
			}},
		{"Customers.List", "GET", "/v1/customers", "customer/list.json",
			func(api *client.API) (string, error) {
				return idsOf(api.Customers.List(listed(&payske.CustomerListParams{Email: s("a@example.com")})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.Customers.List(ctx, listed(&payske.CustomerListParams{Email: s("a@example.com")})))
			}},
		{"Events.Get", "GET", "/v1/events/evt_1", "event/retrieve.json",
			func(api *client.API) (string, error) { return idOf(api.Events.Get("evt_1", nil)) },
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Events.Get(ctx, "evt_1", nil))
			}},
		{"Events.List", "GET", "/v1/events", "event/list.json",
			func(api *client.API) (string, error) {
				return idsOf(api.Events.List(listed(&payske.EventListParams{Type: s("charge.succeeded")})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.Events.List(ctx, listed(&payske.EventListParams{Type: s("charge.succeeded")})))
			}},
		{"Sources.New", "POST", "/v1/sources", "source/create.json",
			func(api *client.API) (string, error) {
				return idOf(api.Sources.New(shared(&payske.SourceObjectParams{Type: s("ach_credit_transfer"), Currency: s("usd")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Sources.New(ctx, shared(&payske.SourceObjectParams{Type: s("ach_credit_transfer"), Currency: s("usd")})))
			}},
		{"Sources.Get", "GET", "/v1/sources/src_1", "source/retrieve.json",
			func(api *client.API) (string, error) { return idOf(api.Sources.Get("src_1", nil)) },
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Sources.Get(ctx, "src_1", nil))
			}},
		{"Sources.Update", "POST", "/v1/sources/src_1", "source/update.json",
			func(api *client.API) (string, error) {
				return idOf(api.Sources.Update("src_1", shared(&payske.SourceObjectParams{})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Sources.Update(ctx, "src_1", shared(&payske.SourceObjectParams{})))
			}},
		{"Sources.Detach", "DELETE", "/v1/customers/" + cus + "/sources/src_1", "source/detach.json",
			func(api *client.API) (string, error) {
				return idOf(api.Sources.Detach("src_1", &payske.SourceObjectDetachParams{Customer: s(cus)}))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Sources.Detach(ctx, cus, "src_1", nil))
			}},
		{"Tokens.New", "POST", "/v1/tokens", "token/create_card.json",
			func(api *client.API) (string, error) {
				return idOf(api.Tokens.New(shared(&payske.TokenParams{Customer: s(cus)})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Tokens.New(ctx, shared(&payske.TokenParams{Customer: s(cus)})))
			}},
		{"Tokens.Get", "GET", "/v1/tokens/tok_1", "token/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.Tokens.Get("tok_1", shared(&payske.TokenParams{Customer: s(cus)})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Tokens.Get(ctx, "tok_1", shared(&payske.TokenParams{Customer: s(cus)})))
			}},
		{"CheckoutSessions.New", "POST", "/v1/checkout/sessions", "checkout_session/create.json",
			func(api *client.API) (string, error) {
				return idOf(api.CheckoutSessions.New(shared(&payske.CheckoutSessionParams{SuccessURL: s("https://example.com")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.CheckoutSessions.New(ctx, shared(&payske.CheckoutSessionParams{SuccessURL: s("https://example.com")})))
			}},
		{"CheckoutSessions.Get", "GET", "/v1/checkout/sessions/cs_1", "checkout_session/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.CheckoutSessions.Get("cs_1", shared(&payske.CheckoutSessionParams{SuccessURL: s("x")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.CheckoutSessions.Get(ctx, "cs_1", shared(&payske.CheckoutSessionParams{SuccessURL: s("x")})))
			}},
		{"CheckoutSessions.List", "GET", "/v1/checkout/sessions", "checkout_session/list.json",
			func(api *client.API) (string, error) {
				return idsOf(api.CheckoutSessions.List(listed(&payske.CheckoutSessionListParams{Customer: s(cus)})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.CheckoutSessions.List(ctx, listed(&payske.CheckoutSessionListParams{Customer: s(cus)})))
			}},
		{"CheckoutSessions.ListLineItems", "GET", "/v1/checkout/sessions/cs_1/line_items", "checkout_session/list_line_items.json",
			func(api *client.API) (string, error) {
				return idsOf(api.CheckoutSessions.ListLineItems(listed(&payske.CheckoutSessionListLineItemParams{ID: s("cs_1")})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.CheckoutSessions.ListLineItems(ctx, "cs_1", listed(&payske.CheckoutSessionListLineItemParams{})))
			}},
		{"PaymentSources.New", "POST", "/v1/customers/" + cus + "/sources", "paymentsource/card.json",
			func(api *client.API) (string, error) {
				return idOf(api.PaymentSources.New(shared(&payske.CustomerSourceParams{Customer: s(cus), Source: &payske.SourceParams{Token: s("tok_visa")}})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.PaymentSources.New(ctx, cus, shared(&payske.CustomerSourceParams{Source: &payske.SourceParams{Token: s("tok_visa")}})))
			}},
		{"PaymentSources.Get", "GET", "/v1/customers/" + cus + "/sources/" + src, "paymentsource/card.json",
			func(api *client.API) (string, error) {
				return idOf(api.PaymentSources.Get(src, shared(&payske.CustomerSourceParams{Customer: s(cus)})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.PaymentSources.Get(ctx, cus, src, shared(&payske.CustomerSourceParams{})))
			}},
		{"PaymentSources.Update", "POST", "/v1/customers/" + cus + "/sources/" + src, "paymentsource/card.json",
			func(api *client.API) (string, error) {
				return idOf(api.PaymentSources.Update(src, shared(&payske.CustomerSourceParams{Customer: s(cus), Name: s("n")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.PaymentSources.Update(ctx, cus, src, shared(&payske.CustomerSourceParams{Name: s("n")})))
			}},
		{"PaymentSources.Del", "DELETE", "/v1/customers/" + cus + "/sources/" + src, "paymentsource/deleted.json",
			func(api *client.API) (string, error) {
				return idOf(api.PaymentSources.Del(src, &payske.CustomerSourceParams{Customer: s(cus)}))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.PaymentSources.Del(ctx, cus, src, nil))
			}},
		{"PaymentSources.Verify", "POST", "/v1/customers/" + cus + "/sources/ba_1/verify", "paymentsource/verify.json",
			func(api *client.API) (string, error) {
				return idOf(api.PaymentSources.Verify("ba_1", shared(&payske.PaymentSourceVerifyParams{Customer: s(cus), Amounts: payske.Int64Slice([]int64{32, 45})})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.PaymentSources.Verify(ctx, cus, "ba_1", shared(&payske.PaymentSourceVerifyParams{Amounts: payske.Int64Slice([]int64{32, 45})})))
			}},
		{"PaymentSources.List", "GET", "/v1/customers/" + cus + "/sources", "paymentsource/list.json",
			func(api *client.API) (string, error) {
				return idsOf(api.PaymentSources.List(listed(&payske.PaymentSourceListParams{Customer: s(cus), Object: s("card")})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.PaymentSources.List(ctx, cus, listed(&payske.PaymentSourceListParams{Object: s("card")})))
			}},
		{"Cards.New", "POST", "/v1/customers/" + cus + "/sources", "card/create.json",
			func(api *client.API) (string, error) {
				return idOf(api.Cards.New(shared(&payske.CardParams{Customer: s(cus), Token: s("tok_visa")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Cards.New(ctx, cus, shared(&payske.CardParams{Token: s("tok_visa")})))
			}},
		{"Cards.Get", "GET", "/v1/customers/" + cus + "/sources/" + src, "card/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.Cards.Get(src, shared(&payske.CardParams{Customer: s(cus), Number: s("4242424242424242")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Cards.Get(ctx, cus, src, shared(&payske.CardParams{Number: s("4242424242424242")})))
			}},
		{"Cards.Update", "POST", "/v1/customers/" + cus + "/sources/" + src, "card/update.json",
			func(api *client.API) (string, error) {
				return idOf(api.Cards.Update(src, shared(&payske.CardParams{Customer: s(cus), Name: s("n")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Cards.Update(ctx, cus, src, shared(&payske.CardParams{Name: s("n")})))
			}},
		{"Cards.Del", "DELETE", "/v1/customers/" + cus + "/sources/" + src, "card/delete.json",
			func(api *client.API) (string, error) {
				return idOf(api.Cards.Del(src, shared(&payske.CardParams{Customer: s(cus)})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.Cards.Del(ctx, cus, src, shared(&payske.CardParams{})))
			}},
		{"Cards.List", "GET", "/v1/customers/" + cus + "/sources", "card/list.json",
			func(api *client.API) (string, error) {
				return idsOf(api.Cards.List(listed(&payske.CardListParams{Customer: s(cus)})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.Cards.List(ctx, cus, listed(&payske.CardListParams{})))
			}},
		{"BankAccounts.New", "POST", "/v1/customers/" + cus + "/sources", "bankaccount/create.json",
			func(api *client.API) (string, error) {
				return idOf(api.BankAccounts.New(shared(&payske.BankAccountParams{Customer: s(cus), Token: s("btok_1")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.BankAccounts.New(ctx, cus, shared(&payske.BankAccountParams{Token: s("btok_1")})))
			}},
		{"BankAccounts.Get", "GET", "/v1/customers/" + cus + "/sources/ba_1", "bankaccount/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.BankAccounts.Get("ba_1", shared(&payske.BankAccountParams{Customer: s(cus), AccountNumber: s("000123456789")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.BankAccounts.Get(ctx, cus, "ba_1", shared(&payske.BankAccountParams{AccountNumber: s("000123456789")})))
			}},
		{"BankAccounts.Update", "POST", "/v1/customers/" + cus + "/sources/ba_1", "bankaccount/update.json",
			func(api *client.API) (string, error) {
				return idOf(api.BankAccounts.Update("ba_1", shared(&payske.BankAccountParams{Customer: s(cus), AccountHolderName: s("n")})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.BankAccounts.Update(ctx, cus, "ba_1", shared(&payske.BankAccountParams{AccountHolderName: s("n")})))
			}},
		{"BankAccounts.Del", "DELETE", "/v1/customers/" + cus + "/sources/ba_1", "bankaccount/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.BankAccounts.Del("ba_1", &payske.BankAccountParams{Customer: s(cus)}))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.BankAccounts.Del(ctx, cus, "ba_1", nil))
			}},
		{"BankAccounts.Verify", "POST", "/v1/customers/" + cus + "/sources/ba_1/verify", "bankaccount/retrieve.json",
			func(api *client.API) (string, error) {
				return idOf(api.BankAccounts.Verify("ba_1", shared(&payske.BankAccountVerifyParams{Customer: s(cus), Amounts: payske.Int64Slice([]int64{32, 45})})))
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idOf(sc.BankAccounts.Verify(ctx, cus, "ba_1", shared(&payske.BankAccountVerifyParams{Amounts: payske.Int64Slice([]int64{32, 45})})))
			}},
		{"BankAccounts.List", "GET", "/v1/customers/" + cus + "/sources", "bankaccount/list.json",
			func(api *client.API) (string, error) {
				return idsOf(api.BankAccounts.List(listed(&payske.BankAccountListParams{Customer: s(cus)})).All())
			},
			func(ctx context.Context, sc *payske.Client) (string, error) {
				return idsOf(sc.BankAccounts.List(ctx, cus, listed(&payske.BankAccountListParams{})))
			}},
	}
}

// TestClientSendsWhatTheResourcePackagesSend: for every endpoint, the
// context-first Client and client.API send the same method, path, query,
// body and headers, and decode the same object.
func TestClientSendsWhatTheResourcePackagesSend(t *testing.T) {
	for _, tc := range endpointCases() {
		t.Run(tc.name, func(t *testing.T) {
			body := mocktest.Fixture(t, tc.fixture)

			m := mocktest.New(t)
			oldCalls := m.Respond(tc.method, tc.path, http.StatusOK, body)
			want, err := tc.legacy(client.New(mocktest.Key, &payske.Backends{API: m.Backend}))
			require.NoError(t, err)

			m = mocktest.New(t)
			newCalls := m.Respond(tc.method, tc.path, http.StatusOK, body)
			got, err := tc.modern(context.Background(), payske.NewClient(mocktest.Key, payske.WithBackend(m.Backend)))
			require.NoError(t, err)

			assert.NotEmpty(t, want)
			assert.Equal(t, want, got)
			oldReq, newReq := oldCalls.Only(t), newCalls.Only(t)
			mocktest.AssertHeaders(t, newReq)
			// Each call generates its own idempotency key.
			oldReq.Header.Del("Idempotency-Key")
			newReq.Header.Del("Idempotency-Key")
			assert.Equal(t, oldReq, newReq)
		})
	}
}
