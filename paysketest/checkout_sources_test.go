package paysketest_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

func TestCheckoutSessionTotals(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t)
	srv.AddPrice(paysketest.Price{ID: "price_H5ggYwtDq4fbrJ", UnitAmount: 1500, Currency: "usd", ProductName: "T-shirt"})
	s, err := sc.CheckoutSessions.New(&payske.CheckoutSessionParams{
		SuccessURL: payske.String("https://example.com/success"),
		Mode:       payske.String(string(payske.CheckoutSessionModePayment)),
		LineItems: []*payske.CheckoutSessionLineItemParams{
			{Price: payske.String("price_H5ggYwtDq4fbrJ"), Quantity: payske.Int64(2)},
			{PriceData: &payske.CheckoutSessionLineItemPriceDataParams{Currency: payske.String("usd"), UnitAmount: payske.Int64(299),
				ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("Tin of Cookies")}},
				Quantity: payske.Int64(3)},
		},
	})
	require.NoError(t, err)
	assert.Equal(t, int64(3000+897), s.AmountSubtotal)
	assert.Equal(t, int64(3000+897), s.AmountTotal)
	assert.Equal(t, payske.CheckoutSessionStatusOpen, s.Status)
	assert.Equal(t, payske.CheckoutSessionPaymentStatusUnpaid, s.PaymentStatus)
	assert.Contains(t, s.URL, s.ID)
	assert.Regexp(t, "^cs_test_", s.ID)

	var totals []int64
	var names []string
	for li, err := range sc.CheckoutSessions.ListLineItems(&payske.CheckoutSessionListLineItemParams{ID: payske.String(s.ID)}).All() {
		require.NoError(t, err)
		totals = append(totals, li.AmountTotal)
		names = append(names, li.Description)
	}
	assert.Equal(t, []int64{3000, 897}, totals)
	assert.Equal(t, []string{"T-shirt", "Tin of Cookies"}, names)

	_, err = sc.CheckoutSessions.New(&payske.CheckoutSessionParams{Mode: payske.String("payment"),
		LineItems: []*payske.CheckoutSessionLineItemParams{{Price: payske.String("price_unknown"), Quantity: payske.Int64(1)}}})
	assert.Equal(t, "line_items[0][price]", apiError(t, err).Param)

	require.NoError(t, srv.CompleteCheckoutSession(s.ID))
	got, err := sc.CheckoutSessions.Get(s.ID, nil)
	require.NoError(t, err)
	assert.Equal(t, payske.CheckoutSessionStatusComplete, got.Status)
	assert.Equal(t, payske.CheckoutSessionPaymentStatusPaid, got.PaymentStatus)
	assert.True(t, errors.Is(srv.CompleteCheckoutSession(s.ID), paysketest.ErrSessionNotOpen))
	it := sc.Events.List(&payske.EventListParams{Type: payske.String("checkout.session.completed")})
	require.True(t, it.Next())
	cs, err := it.Event().CheckoutSession()
	require.NoError(t, err)
	assert.Equal(t, s.ID, cs.ID)
}

func TestSourcesAttachAndDetach(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, err := sc.Customers.New(nil)
	require.NoError(t, err)
	src, err := sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("ach_credit_transfer"), Currency: payske.String("usd"),
		Owner: &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")}})
	require.NoError(t, err)
	assert.Equal(t, "receiver", string(src.Flow))

	upd, err := sc.Sources.Update(src.ID, &payske.SourceObjectParams{Params: payske.Params{Metadata: map[string]string{"order_id": "6735"}}})
	require.NoError(t, err)
	assert.Equal(t, "6735", upd.Metadata["order_id"])

	attached, err := sc.PaymentSources.New(&payske.CustomerSourceParams{Customer: payske.String(cus.ID), Source: &payske.SourceParams{Token: payske.String(src.ID)}})
	require.NoError(t, err)
	require.NotNil(t, attached.SourceObject)
	assert.Equal(t, cus.ID, attached.SourceObject.Customer)
	got, err := sc.Customers.Get(cus.ID, nil)
	require.NoError(t, err)
	assert.Equal(t, src.ID, got.DefaultSource.ID)

	detached, err := sc.Sources.Detach(src.ID, &payske.SourceObjectDetachParams{Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	assert.Equal(t, "consumed", string(detached.Status))
	got, err = sc.Customers.Get(cus.ID, nil)
	require.NoError(t, err)
	assert.Nil(t, got.DefaultSource)

	card, err := sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("card"), Token: payske.String("tok_visa")})
	require.NoError(t, err)
	assert.Equal(t, "chargeable", string(card.Status))
	it := sc.Events.List(&payske.EventListParams{Type: payske.String("source.chargeable")})
	require.True(t, it.Next())
	c := charge(t, sc, 400, card.ID)
	assert.Equal(t, card.ID, c.PaymentMethod)
}

func TestRequestIDAndUnknownRoute(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	c, err := srv.Client("").Customers.New(nil)
	require.NoError(t, err)
	assert.Regexp(t, "^req_", c.LastResponse.RequestID)
	status, e := rawCall(t, srv, "GET", "/v1/nothing", "", paysketest.TestKey)
	assert.Equal(t, 404, status)
	assert.Contains(t, e["message"], "Unrecognized request URL")
}
