package session_test

// These tests run the Go snippets of the Payske API reference for Checkout
// Sessions verbatim against httpmock answers built from the reference's JSON
// examples. Only `_ = x` lines for variables Go would reject as unused, and
// assertions, are added.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/checkout/session"
	"github.com/payske/payske-go/internal/mocktest"
)

func TestReferenceCreateSession(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/checkout/sessions", 200, mocktest.Fixture(t, "checkout_session/create.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CheckoutSessionParams{
		SuccessURL: payske.String("https://example.com/success"),
		CancelURL:  payske.String("https://example.com/cancel"),
		LineItems: []*payske.CheckoutSessionLineItemParams{
			&payske.CheckoutSessionLineItemParams{
				Price:    payske.String("price_H5ggYwtDq4fbrJ"),
				Quantity: payske.Int64(2),
			},
		},
		Mode: payske.String(string(payske.CheckoutSessionModePayment)),
	}
	s, _ := session.New(params)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "cancel_url=https%3A%2F%2Fexample.com%2Fcancel"+
		"&line_items%5B0%5D%5Bprice%5D=price_H5ggYwtDq4fbrJ&line_items%5B0%5D%5Bquantity%5D=2"+
		"&mode=payment&success_url=https%3A%2F%2Fexample.com%2Fsuccess", req.Body)
	require.NotNil(t, s)
	assert.Equal(t, "cs_test_9JAHiKx2kgFg2Snc5Gnop1iNIgawrLGBlo3XBXfWfEicPzx9oXBcytyz", s.ID)
	assert.Equal(t, payske.CheckoutSessionModePayment, s.Mode)
	assert.Equal(t, "https://checkout.payske.com/pay/...", s.URL)
}

func TestReferenceRetrieveSession(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_test_Z1DSZumlvoAbBgAuRXGNQ3Yk3RQ4E81FRYKG5itV4XIIoXn3wk97p9Y7", 200,
		mocktest.Fixture(t, "checkout_session/retrieve.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	s, _ := session.Get(
		"cs_test_Z1DSZumlvoAbBgAuRXGNQ3Yk3RQ4E81FRYKG5itV4XIIoXn3wk97p9Y7",
		nil,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, s)
	assert.Equal(t, "cs_test_9JAHiKx2kgFg2Snc5Gnop1iNIgawrLGBlo3XBXfWfEicPzx9oXBcytyz", s.ID)
	assert.Equal(t, payske.CheckoutSessionStatusExpired, s.Status)
	assert.Equal(t, "pi_1DpdOt2eZvKYlo2CFOGrwsj4", s.PaymentIntent.ID)
}

func TestReferenceListSessions(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/checkout/sessions", 200, mocktest.Fixture(t, "checkout_session/list.json"))
	var seen []string

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CheckoutSessionListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := session.List(params)
	for i.Next() {
		s := i.CheckoutSession()
		seen = append(seen, s.ID)
	}

	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "limit=3", req.RawQuery)
	assert.Equal(t, []string{"cs_test_9JAHiKx2kgFg2Snc5Gnop1iNIgawrLGBlo3XBXfWfEicPzx9oXBcytyz"}, seen)
}

func TestReferenceListSessionLineItems(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_test_Z1DSZumlvoAbBgAuRXGNQ3Yk3RQ4E81FRYKG5itV4XIIoXn3wk97p9Y7/line_items", 200,
		mocktest.Fixture(t, "checkout_session/list_line_items.json"))
	var seen []*payske.LineItem

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CheckoutSessionListLineItemParams{
		ID: payske.String("cs_test_Z1DSZumlvoAbBgAuRXGNQ3Yk3RQ4E81FRYKG5itV4XIIoXn3wk97p9Y7"),
	}
	params.Filters.AddFilter("limit", "", "5")
	i := session.ListLineItems(params)
	for i.Next() {
		li := i.LineItem()
		seen = append(seen, li)
	}

	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "limit=5", req.RawQuery, "the session ID only builds the path")
	require.Len(t, seen, 1)
	assert.Equal(t, "li_1Jx6ue2eZvKYlo2CPmEdYb2N", seen[0].ID)
	assert.Equal(t, "Tin of Cookies", seen[0].Description)
	assert.Equal(t, "price_1Jx64D2eZvKYlo2C5cws8LZD", seen[0].Price.ID)
	assert.Equal(t, int64(299), seen[0].Price.UnitAmount)
}
