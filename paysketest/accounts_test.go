package paysketest_test

import (
	"context"
	"errors"
	"iter"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
	"github.com/payske/payske-go/webhook"
)

// as returns request parameters acting on behalf of acct (the platform's
// own when empty).
func as(acct string) payske.Params {
	var p payske.Params
	if acct != "" {
		p.SetPayskeAccount(acct)
	}
	return p
}

// collect gathers what a list yields, stopping at the first error.
func collect[T any](seq iter.Seq2[*T, error]) ([]*T, error) {
	var out []*T
	for v, err := range seq {
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

// listAs is as for list parameters.
func listAs(acct string) payske.ListParams {
	var p payske.ListParams
	if acct != "" {
		p.SetPayskeAccount(acct)
	}
	return p
}

// An account the server does not have is refused before anything happens,
// with the API's 403 for a key that cannot reach the account, which the
// SDK surfaces as a *payske.PermissionError.
func TestUnknownConnectedAccountIsRefused(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t, paysketest.WithAccounts("acct_1"))
	known := srv.CreateAccount()

	cases := []struct {
		name string
		call func(acct string) error
	}{
		{"create a customer", func(acct string) error {
			_, err := sc.Customers.New(&payske.CustomerParams{Params: as(acct), Email: payske.String("jenny@example.com")})
			return err
		}},
		{"create a charge", func(acct string) error {
			_, err := sc.Charges.New(&payske.ChargeParams{Params: as(acct), Amount: payske.Int64(1000),
				Currency: payske.String("usd"), Source: &payske.SourceParams{Token: payske.String("tok_visa")}})
			return err
		}},
		{"list events", func(acct string) error {
			for _, err := range sc.Events.List(&payske.EventListParams{ListParams: listAs(acct)}).All() {
				if err != nil {
					return err
				}
			}
			return nil
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, acct := range []string{"", "acct_1", known} {
				require.NoError(t, tc.call(acct), "account %q", acct)
			}
			err := tc.call("acct_unknown")
			perr := apiError(t, err)
			assert.Equal(t, http.StatusForbidden, perr.HTTPStatusCode)
			assert.Equal(t, payske.ErrorCodeAccountInvalid, perr.Code)
			assert.Contains(t, perr.Msg, "'acct_unknown'")
			assert.NotContains(t, perr.Msg, paysketest.TestKey)
			var forbidden *payske.PermissionError
			assert.True(t, errors.As(err, &forbidden), "not a *payske.PermissionError: %v", err)
		})
	}
	// The refused requests changed nothing anywhere.
	for _, acct := range []string{"", "acct_1", known} {
		cus, err := collect(sc.Customers.List(&payske.CustomerListParams{ListParams: listAs(acct)}).All())
		require.NoError(t, err)
		assert.Len(t, cus, 1, "account %q", acct)
	}
}

// Objects made on behalf of a connected account are that account's alone:
// neither the platform nor another account can get, update, delete or
// list them, and the account sees none of theirs.
func TestConnectedAccountsKeepTheirObjectsApart(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t, paysketest.WithAccounts("acct_1"))
	const owner = "acct_1"
	other := srv.CreateAccount()
	// The platform has objects of its own, which the account must not see.
	platformCus, err := sc.Customers.New(&payske.CustomerParams{Email: payske.String("platform@example.com")})
	require.NoError(t, err)
	charge(t, sc, 500, "tok_visa")

	cus, err := sc.Customers.New(&payske.CustomerParams{Params: as(owner), Email: payske.String("jenny@example.com")})
	require.NoError(t, err)
	card, err := sc.Cards.New(&payske.CardParams{Params: as(owner), Customer: payske.String(cus.ID), Token: payske.String("tok_visa")})
	require.NoError(t, err)
	ch, err := sc.Charges.New(&payske.ChargeParams{Params: as(owner), Amount: payske.Int64(2000), Currency: payske.String("usd"),
		Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	re, err := sc.Refunds.New(&payske.RefundParams{Params: as(owner), Charge: payske.String(ch.ID), Amount: payske.Int64(500)})
	require.NoError(t, err)
	tok, err := sc.Tokens.New(&payske.TokenParams{Params: as(owner), Card: &payske.CardParams{Number: payske.String("4242424242424242"),
		ExpMonth: payske.String("12"), ExpYear: payske.String("2031"), CVC: payske.String("123")}})
	require.NoError(t, err)
	src, err := sc.Sources.New(&payske.SourceObjectParams{Params: as(owner), Type: payske.String("card"), Token: payske.String("tok_visa")})
	require.NoError(t, err)
	sess, err := sc.CheckoutSessions.New(&payske.CheckoutSessionParams{Params: as(owner), Mode: payske.String("payment"),
		SuccessURL: payske.String("https://example.com/success"),
		LineItems: []*payske.CheckoutSessionLineItemParams{{Quantity: payske.Int64(1),
			PriceData: &payske.CheckoutSessionLineItemPriceDataParams{Currency: payske.String("usd"), UnitAmount: payske.Int64(700),
				ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("T-shirt")}}}}})
	require.NoError(t, err)
	evs, err := collect(sc.Events.List(&payske.EventListParams{ListParams: listAs(owner)}).All())
	require.NoError(t, err)
	require.NotEmpty(t, evs)

	// Each case reaches one of the owner's objects on behalf of acct.
	reach := []struct {
		name string
		call func(acct string) error
	}{
		{"get customer", func(acct string) error {
			_, err := sc.Customers.Get(cus.ID, &payske.CustomerParams{Params: as(acct)})
			return err
		}},
		{"update customer", func(acct string) error {
			_, err := sc.Customers.Update(cus.ID, &payske.CustomerParams{Params: as(acct), Name: payske.String("Jenny")})
			return err
		}},
		{"get card", func(acct string) error {
			_, err := sc.Cards.Get(card.ID, &payske.CardParams{Params: as(acct), Customer: payske.String(cus.ID)})
			return err
		}},
		{"get charge", func(acct string) error {
			_, err := sc.Charges.Get(ch.ID, &payske.ChargeParams{Params: as(acct)})
			return err
		}},
		{"update charge", func(acct string) error {
			_, err := sc.Charges.Update(ch.ID, &payske.ChargeParams{Params: as(acct), Description: payske.String("x")})
			return err
		}},
		{"refund charge", func(acct string) error {
			_, err := sc.Refunds.New(&payske.RefundParams{Params: as(acct), Charge: payske.String(ch.ID), Amount: payske.Int64(1)})
			return err
		}},
		{"get refund", func(acct string) error {
			_, err := sc.Refunds.Get(re.ID, &payske.RefundParams{Params: as(acct)})
			return err
		}},
		{"update refund", func(acct string) error {
			p := &payske.RefundParams{Params: as(acct)}
			p.AddMetadata("k", "v")
			_, err := sc.Refunds.Update(re.ID, p)
			return err
		}},
		{"get token", func(acct string) error {
			_, err := sc.Tokens.Get(tok.ID, &payske.TokenParams{Params: as(acct)})
			return err
		}},
		{"get source", func(acct string) error {
			_, err := sc.Sources.Get(src.ID, &payske.SourceObjectParams{Params: as(acct)})
			return err
		}},
		{"get checkout session", func(acct string) error {
			_, err := sc.CheckoutSessions.Get(sess.ID, &payske.CheckoutSessionParams{Params: as(acct)})
			return err
		}},
		{"get event", func(acct string) error {
			_, err := sc.Events.Get(evs[0].ID, &payske.EventParams{Params: as(acct)})
			return err
		}},
	}
	for _, tc := range reach {
		t.Run(tc.name, func(t *testing.T) {
			for _, acct := range []string{"", other} {
				perr := apiError(t, tc.call(acct))
				assert.Equal(t, http.StatusNotFound, perr.HTTPStatusCode, "account %q: %v", acct, perr)
				assert.Equal(t, payske.ErrorCodeResourceMissing, perr.Code, "account %q", acct)
			}
			require.NoError(t, tc.call(owner))
		})
	}

	t.Run("delete customer", func(t *testing.T) {
		for _, acct := range []string{"", other} {
			_, err := sc.Customers.Del(cus.ID, &payske.CustomerParams{Params: as(acct)})
			assert.Equal(t, http.StatusNotFound, apiError(t, err).HTTPStatusCode, "account %q", acct)
		}
		_, err := sc.Customers.Del(platformCus.ID, &payske.CustomerParams{Params: as(owner)})
		assert.Equal(t, http.StatusNotFound, apiError(t, err).HTTPStatusCode, "the account deleted the platform's customer")
	})

	t.Run("list", func(t *testing.T) {
		counts := func(acct string) map[string]int {
			n := map[string]int{}
			for c, err := range sc.Customers.List(&payske.CustomerListParams{ListParams: listAs(acct)}).All() {
				require.NoError(t, err)
				n["customer"]++
				assert.NotEqual(t, acct == owner, c.ID == platformCus.ID)
			}
			for _, err := range sc.Charges.List(&payske.ChargeListParams{ListParams: listAs(acct)}).All() {
				require.NoError(t, err)
				n["charge"]++
			}
			for _, err := range sc.Refunds.List(&payske.RefundListParams{ListParams: listAs(acct)}).All() {
				require.NoError(t, err)
				n["refund"]++
			}
			for _, err := range sc.CheckoutSessions.List(&payske.CheckoutSessionListParams{ListParams: listAs(acct)}).All() {
				require.NoError(t, err)
				n["checkout.session"]++
			}
			return n
		}
		// The owner refunded its charge twice: once above, once in "refund charge".
		assert.Equal(t, map[string]int{"customer": 1, "charge": 1, "refund": 2, "checkout.session": 1}, counts(owner))
		assert.Equal(t, map[string]int{"customer": 1, "charge": 1}, counts(""))
		assert.Empty(t, counts(other))
	})
}

// Events made on behalf of a connected account carry its ID in account,
// are listed to it alone, and are delivered to the webhook endpoint like
// the platform's, where the platform's carry none.
func TestConnectedAccountEventsCarryTheAccount(t *testing.T) {
	const secret = "whsec_accounts"
	var mu sync.Mutex
	delivered := map[string]string{} // event type -> account
	endpoint := httptest.NewServer(webhook.Handler(secret, func(_ context.Context, ev payske.Event) error {
		mu.Lock()
		defer mu.Unlock()
		delivered[string(ev.Type)] = ev.Account
		return nil
	}))
	t.Cleanup(endpoint.Close)
	sc, srv := paysketest.NewTestClient(t, paysketest.WithAccounts("acct_1"), paysketest.WithWebhook(endpoint.URL, secret))

	_, err := sc.Customers.New(&payske.CustomerParams{Params: as("acct_1"), Email: payske.String("jenny@example.com")})
	require.NoError(t, err)
	_, err = sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(1000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}})
	require.NoError(t, err)

	accountEvents, err := collect(sc.Events.List(&payske.EventListParams{ListParams: listAs("acct_1")}).All())
	require.NoError(t, err)
	require.Len(t, accountEvents, 1)
	assert.Equal(t, payske.EventTypeCustomerCreated, accountEvents[0].Type)
	assert.Equal(t, "acct_1", accountEvents[0].Account)
	got, err := sc.Events.Get(accountEvents[0].ID, &payske.EventParams{Params: as("acct_1")})
	require.NoError(t, err)
	assert.Equal(t, "acct_1", got.Account)
	assert.NotContains(t, string(got.LastResponse.RawJSON), `"account":""`)

	platformEvents, err := collect(sc.Events.List(nil).All())
	require.NoError(t, err)
	require.Len(t, platformEvents, 1)
	assert.Equal(t, payske.EventTypeChargeSucceeded, platformEvents[0].Type)
	assert.Empty(t, platformEvents[0].Account)
	got, err = sc.Events.Get(platformEvents[0].ID, nil)
	require.NoError(t, err)
	assert.NotContains(t, string(got.LastResponse.RawJSON), `"account"`)

	deliveries := srv.WaitDeliveries()
	require.Len(t, deliveries, 2)
	assert.Equal(t, "acct_1", deliveries[0].Account)
	assert.Equal(t, http.StatusOK, deliveries[0].StatusCode)
	assert.Empty(t, deliveries[1].Account)
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, map[string]string{"customer.created": "acct_1", "charge.succeeded": ""}, delivered)
}

// An Idempotency-Key belongs to the account it was used on: the same key
// and parameters make a new object on another account (or the platform)
// and replay only on the same one.
func TestIdempotencyKeysArePerConnectedAccount(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t, paysketest.WithAccounts("acct_1", "acct_2"))
	create := func(acct string) *payske.Customer {
		p := &payske.CustomerParams{Params: as(acct), Email: payske.String("jenny@example.com")}
		p.SetIdempotencyKey("signup-42")
		cus, err := sc.Customers.New(p)
		require.NoError(t, err)
		return cus
	}
	ids := map[string]string{}
	for _, acct := range []string{"", "acct_1", "acct_2"} {
		cus := create(acct)
		assert.False(t, cus.LastResponse.Header.Get("Idempotent-Replayed") == "true", "account %q replayed another's answer", acct)
		ids[acct] = cus.ID
	}
	assert.Len(t, map[string]bool{ids[""]: true, ids["acct_1"]: true, ids["acct_2"]: true}, 3)
	for acct, id := range ids {
		again := create(acct)
		assert.Equal(t, id, again.ID, "account %q", acct)
		assert.Equal(t, "true", again.LastResponse.Header.Get("Idempotent-Replayed"))
	}
}

// A connected account has its own price catalogue, and completing one of
// its Checkout Sessions makes an event of that account.
func TestConnectedAccountCheckoutSessions(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t, paysketest.WithAccounts("acct_1"))
	price := paysketest.Price{ID: "price_tshirt", UnitAmount: 1500, Currency: "usd", ProductName: "T-shirt"}
	require.NoError(t, srv.AddAccountPrice("acct_1", price))
	require.Error(t, srv.AddAccountPrice("acct_unknown", price))
	newSession := func(acct string) (*payske.CheckoutSession, error) {
		return sc.CheckoutSessions.New(&payske.CheckoutSessionParams{Params: as(acct), Mode: payske.String("payment"),
			SuccessURL: payske.String("https://example.com/success"),
			LineItems:  []*payske.CheckoutSessionLineItemParams{{Price: payske.String(price.ID), Quantity: payske.Int64(2)}}})
	}
	_, err := newSession("")
	assert.Equal(t, "line_items[0][price]", apiError(t, err).Param, "the platform used the account's price")
	sess, err := newSession("acct_1")
	require.NoError(t, err)
	assert.Equal(t, int64(3000), sess.AmountTotal)

	require.NoError(t, srv.CompleteCheckoutSession(sess.ID))
	evs, err := collect(sc.Events.List(&payske.EventListParams{ListParams: listAs("acct_1"),
		Type: payske.String(string(payske.EventTypeCheckoutSessionCompleted))}).All())
	require.NoError(t, err)
	require.Len(t, evs, 1)
	assert.Equal(t, "acct_1", evs[0].Account)
}
