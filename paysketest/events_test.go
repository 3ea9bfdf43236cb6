package paysketest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// allEvents lists every event, oldest first, as "type object-id".
func allEvents(t *testing.T, sc *client.API) ([]string, []*payske.Event) {
	t.Helper()
	params := &payske.EventListParams{}
	params.Limit = payske.Int64(100)
	var events []*payske.Event
	for e, err := range sc.Events.List(params).All() {
		require.NoError(t, err)
		events = append([]*payske.Event{e}, events...)
	}
	out := make([]string, len(events))
	for i, e := range events {
		id, _ := e.Data.Object["id"].(string)
		out[i] = string(e.Type) + " " + id
	}
	return out, events
}

// TestEveryChangeCreatesAnEvent walks through every kind of change the
// server makes and checks, after each step, exactly which events it added,
// in order, what each is about, and that each carries the clock's time.
func TestEveryChangeCreatesAnEvent(t *testing.T) {
	clock := paysketest.NewClock(time.Date(2030, 3, 1, 12, 0, 0, 0, time.UTC))
	sc, srv := paysketest.NewTestClient(t, paysketest.WithClock(clock))

	var (
		cus             *payske.Customer
		amex            *payske.Card
		ba              *payske.BankAccount
		auth, expiring  *payske.Charge
		re              *payske.Refund
		src             *payske.Source
		paid, abandoned *payske.CheckoutSession
		firstCard       string
		declinedID      string
		err             error
	)
	lineItems := []*payske.CheckoutSessionLineItemParams{{Quantity: payske.Int64(1),
		PriceData: &payske.CheckoutSessionLineItemPriceDataParams{Currency: payske.String("usd"), UnitAmount: payske.Int64(500),
			ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("Mug")}}}}
	newCharge := func(t *testing.T, capture bool) *payske.Charge {
		c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd"),
			Customer: payske.String(cus.ID), Capture: payske.Bool(capture)})
		require.NoError(t, err)
		return c
	}
	steps := []struct {
		name string
		do   func(t *testing.T)
		want func() []string
	}{
		{"customer created with a source", func(t *testing.T) {
			cus, err = sc.Customers.New(&payske.CustomerParams{Email: payske.String("a@example.com"),
				Source: &payske.SourceParams{Token: payske.String("tok_visa")}})
			require.NoError(t, err)
			require.NotNil(t, cus.DefaultSource)
			firstCard = cus.DefaultSource.ID
		}, func() []string { return []string{"customer.created " + cus.ID, "customer.source.created " + firstCard} }},
		{"customer updated", func(t *testing.T) {
			_, err = sc.Customers.Update(cus.ID, &payske.CustomerParams{Email: payske.String("b@example.com")})
			require.NoError(t, err)
		}, func() []string { return []string{"customer.updated " + cus.ID} }},
		{"an update that changes nothing", func(t *testing.T) {
			_, err = sc.Customers.Update(cus.ID, &payske.CustomerParams{Email: payske.String("b@example.com")})
			require.NoError(t, err)
		}, func() []string { return nil }},
		{"second card attached", func(t *testing.T) {
			amex, err = sc.Cards.New(&payske.CardParams{Customer: payske.String(cus.ID), Token: payske.String("tok_amex")})
			require.NoError(t, err)
		}, func() []string { return []string{"customer.source.created " + amex.ID} }},
		{"card updated", func(t *testing.T) {
			_, err = sc.Cards.Update(amex.ID, &payske.CardParams{Customer: payske.String(cus.ID), Name: payske.String("A. Person")})
			require.NoError(t, err)
		}, func() []string { return []string{"customer.source.updated " + amex.ID} }},
		{"bank account attached", func(t *testing.T) {
			ba, err = sc.BankAccounts.New(&payske.BankAccountParams{Customer: payske.String(cus.ID), Token: payske.String(newBankToken(t, sc))})
			require.NoError(t, err)
		}, func() []string { return []string{"customer.source.created " + ba.ID} }},
		{"bank account verified", func(t *testing.T) {
			_, err = sc.BankAccounts.Verify(ba.ID, &payske.BankAccountVerifyParams{Customer: payske.String(cus.ID),
				Amounts: []*int64{payske.Int64(32), payske.Int64(45)}})
			require.NoError(t, err)
		}, func() []string { return []string{"customer.source.updated " + ba.ID} }},
		{"charge authorized", func(t *testing.T) { auth = newCharge(t, false) },
			func() []string { return []string{"charge.succeeded " + auth.ID} }},
		{"charge captured", func(t *testing.T) {
			_, err = sc.Charges.Capture(auth.ID, nil)
			require.NoError(t, err)
		}, func() []string { return []string{"charge.captured " + auth.ID} }},
		{"charge updated", func(t *testing.T) {
			_, err = sc.Charges.Update(auth.ID, &payske.ChargeParams{Description: payske.String("order 7")})
			require.NoError(t, err)
		}, func() []string { return []string{"charge.updated " + auth.ID} }},
		{"charge refunded", func(t *testing.T) {
			re, err = sc.Refunds.New(&payske.RefundParams{Charge: payske.String(auth.ID), Amount: payske.Int64(500)})
			require.NoError(t, err)
		}, func() []string { return []string{"charge.refunded " + auth.ID} }},
		{"refund updated", func(t *testing.T) {
			_, err = sc.Refunds.Update(re.ID, &payske.RefundParams{Params: payske.Params{Metadata: map[string]string{"k": "v"}}})
			require.NoError(t, err)
		}, func() []string { return []string{"charge.refund.updated " + re.ID} }},
		{"charge declined", func(t *testing.T) {
			_, err = sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(300), Currency: payske.String("usd"),
				Source: &payske.SourceParams{Token: payske.String("tok_chargeDeclined")}})
			declinedID = apiError(t, err).ChargeID
		}, func() []string { return []string{"charge.failed " + declinedID} }},
		{"default card deleted", func(t *testing.T) {
			_, err = sc.Cards.Del(firstCard, &payske.CardParams{Customer: payske.String(cus.ID)})
			require.NoError(t, err)
		}, func() []string { return []string{"customer.source.deleted " + firstCard, "customer.updated " + cus.ID} }},
		{"card source created", func(t *testing.T) {
			src, err = sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("card"), Token: payske.String("tok_visa")})
			require.NoError(t, err)
		}, func() []string { return []string{"source.chargeable " + src.ID} }},
		{"Checkout Session paid", func(t *testing.T) {
			paid, err = sc.CheckoutSessions.New(&payske.CheckoutSessionParams{Mode: payske.String("payment"),
				SuccessURL: payske.String("https://example.com/ok"), LineItems: lineItems})
			require.NoError(t, err)
			require.NoError(t, srv.CompleteCheckoutSession(paid.ID))
		}, func() []string { return []string{"checkout.session.completed " + paid.ID} }},
		{"an authorization and a session left open", func(t *testing.T) {
			abandoned, err = sc.CheckoutSessions.New(&payske.CheckoutSessionParams{Mode: payske.String("payment"),
				SuccessURL: payske.String("https://example.com/ok"), LineItems: lineItems})
			require.NoError(t, err)
			expiring = newCharge(t, false)
		}, func() []string { return []string{"charge.succeeded " + expiring.ID} }},
		{"time passes: both expire", func(t *testing.T) { clock.Advance(8 * 24 * time.Hour) }, func() []string {
			return []string{"charge.refunded " + expiring.ID, "charge.expired " + expiring.ID,
				"checkout.session.expired " + abandoned.ID}
		}},
		{"customer deleted", func(t *testing.T) {
			_, err = sc.Customers.Del(cus.ID, nil)
			require.NoError(t, err)
		}, func() []string { return []string{"customer.deleted " + cus.ID} }},
	}

	var seen int
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			step.do(t)
			got, events := allEvents(t, sc)
			require.GreaterOrEqual(t, len(got), seen)
			assert.Equal(t, step.want(), nilIfEmpty(got[seen:]))
			for _, e := range events[seen:] {
				assert.Equal(t, clock.Now().Unix(), e.Created, "%s carries the clock's time", e.Type)
			}
			seen = len(got)
		})
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
