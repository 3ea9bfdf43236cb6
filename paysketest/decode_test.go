package paysketest_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/jsontest"
	"github.com/payske/payske-go/paysketest"
)

// TestAnswersDecodeStrictlyIntoSDKTypes checks that every kind of object
// the server returns decodes into the SDK's type with no unknown field and
// nothing lost.
func TestAnswersDecodeStrictlyIntoSDKTypes(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	srv.AddPrice(paysketest.Price{ID: "price_cookies", UnitAmount: 299, Currency: "usd", ProductName: "Tin of Cookies"})
	sc := srv.Client("")

	cus, card := customerWithCard(t, sc, "tok_visa")
	ba, err := sc.BankAccounts.New(&payske.BankAccountParams{Customer: payske.String(cus.ID), Token: payske.String(newBankToken(t, sc))})
	require.NoError(t, err)
	cardTok, err := sc.Tokens.New(&payske.TokenParams{Card: &payske.CardParams{Number: payske.String("4242424242424242"),
		ExpMonth: payske.String("12"), ExpYear: payske.String("2031"), CVC: payske.String("123")}})
	require.NoError(t, err)
	bankTok, err := sc.Tokens.Get(newBankToken(t, sc), nil)
	require.NoError(t, err)
	expandCharge := &payske.ChargeParams{Amount: payske.Int64(1000), Currency: payske.String("usd"), Customer: payske.String(cus.ID)}
	expandCharge.AddExpand("customer")
	expandCharge.AddExpand("balance_transaction")
	ch, err := sc.Charges.New(expandCharge)
	require.NoError(t, err)
	refund, err := sc.Refunds.New(&payske.RefundParams{Charge: payske.String(ch.ID), Amount: payske.Int64(100)})
	require.NoError(t, err)
	refunded, err := sc.Charges.Get(ch.ID, nil)
	require.NoError(t, err)
	_, err = sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(1000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_chargeDeclined")}})
	failedID := apiError(t, err).ChargeID
	failed, err := sc.Charges.Get(failedID, nil)
	require.NoError(t, err)
	ach, err := sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("ach_credit_transfer"), Currency: payske.String("usd"),
		Owner: &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")}})
	require.NoError(t, err)
	cardSrc, err := sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("card"), Token: payske.String("tok_visa")})
	require.NoError(t, err)
	sess, err := sc.CheckoutSessions.New(&payske.CheckoutSessionParams{
		SuccessURL: payske.String("https://example.com/success"), CancelURL: payske.String("https://example.com/cancel"),
		Mode:      payske.String("payment"),
		LineItems: []*payske.CheckoutSessionLineItemParams{{Price: payske.String("price_cookies"), Quantity: payske.Int64(2)}},
	})
	require.NoError(t, err)
	items := sc.CheckoutSessions.ListLineItems(&payske.CheckoutSessionListLineItemParams{ID: payske.String(sess.ID)})
	require.True(t, items.Next())
	events := sc.Events.List(nil)
	require.True(t, events.Next())
	del, err := sc.Customers.Del(cus.ID, nil)
	require.NoError(t, err)

	cases := []struct {
		name string
		raw  []byte
		into any
	}{
		{"customer", cus.LastResponse.RawJSON, &payske.Customer{}},
		{"deleted customer", del.LastResponse.RawJSON, &payske.Customer{}},
		{"card", card.LastResponse.RawJSON, &payske.Card{}},
		{"bank account", ba.LastResponse.RawJSON, &payske.BankAccount{}},
		{"card token", cardTok.LastResponse.RawJSON, &payske.Token{}},
		{"bank account token", bankTok.LastResponse.RawJSON, &payske.Token{}},
		{"charge with expansions", ch.LastResponse.RawJSON, &payske.Charge{}},
		{"refunded charge", refunded.LastResponse.RawJSON, &payske.Charge{}},
		{"failed charge", failed.LastResponse.RawJSON, &payske.Charge{}},
		{"refund", refund.LastResponse.RawJSON, &payske.Refund{}},
		{"ach source", ach.LastResponse.RawJSON, &payske.Source{}},
		{"card source", cardSrc.LastResponse.RawJSON, &payske.Source{}},
		{"checkout session", sess.LastResponse.RawJSON, &payske.CheckoutSession{}},
		{"line items page", items.Meta().LastResponse.RawJSON, &payske.LineItemList{}},
		{"event page", events.Meta().LastResponse.RawJSON, &payske.EventList{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.NotEmpty(t, tc.raw)
			jsontest.RoundTrip(t, tc.raw, tc.into)
		})
	}
}
