package paysketest_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// listIDs sends a list request and returns the status, the IDs of the page
// in order and has_more.
func listIDs(t *testing.T, srv *paysketest.Server, path string) (int, []string, bool) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+paysketest.TestKey)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var page struct {
		Data []struct {
			ID string `json:"id"`
		} `json:"data"`
		HasMore bool `json:"has_more"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&page))
	ids := []string{}
	for _, d := range page.Data {
		ids = append(ids, d.ID)
	}
	return resp.StatusCode, ids, page.HasMore
}

// TestListCursors checks the pages of a list of five charges, c[0] oldest:
// newest first, limit, both cursors and has_more in both directions.
func TestListCursors(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t)
	var c []string
	for i := 0; i < 5; i++ {
		c = append(c, charge(t, sc, int64(100+i), "tok_visa").ID)
	}
	cases := []struct {
		query   string
		want    []string
		hasMore bool
	}{
		{"", []string{c[4], c[3], c[2], c[1], c[0]}, false},
		{"limit=1", []string{c[4]}, true},
		{"limit=5", []string{c[4], c[3], c[2], c[1], c[0]}, false},
		{"limit=100", []string{c[4], c[3], c[2], c[1], c[0]}, false},
		{"limit=2&starting_after=" + c[3], []string{c[2], c[1]}, true},
		{"limit=2&starting_after=" + c[1], []string{c[0]}, false},
		{"starting_after=" + c[0], []string{}, false},
		{"limit=2&ending_before=" + c[0], []string{c[2], c[1]}, true},
		{"limit=2&ending_before=" + c[2], []string{c[4], c[3]}, false},
		{"ending_before=" + c[4], []string{}, false},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			status, ids, hasMore := listIDs(t, srv, "/v1/charges?"+tc.query)
			require.Equal(t, http.StatusOK, status)
			assert.Equal(t, tc.want, ids)
			assert.Equal(t, tc.hasMore, hasMore)
		})
	}

	status, e := rawCall(t, srv, "GET", "/v1/charges?starting_after="+c[1]+"&ending_before="+c[3], "", paysketest.TestKey)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "ending_before", e["param"])
	status, e = rawCall(t, srv, "GET", "/v1/charges?starting_after=ch_nothing", "", paysketest.TestKey)
	assert.Equal(t, http.StatusNotFound, status)
	assert.Equal(t, "starting_after", e["param"])
}

// TestListFilters checks every filter the schema gives the lists: customer
// on charges, charge on refunds, email on customers, type and created on
// events, object on customer sources, and customer and status on Checkout
// Sessions.
func TestListFilters(t *testing.T) {
	clock := paysketest.NewClock(time.Date(2030, 5, 1, 0, 0, 0, 0, time.UTC))
	sc, srv := paysketest.NewTestClient(t, paysketest.WithClock(clock))
	t0 := clock.Now().Unix()
	jenny, jennyCard := customerWithCard(t, sc, "tok_visa")
	clock.Advance(time.Minute)
	sam, err := sc.Customers.New(&payske.CustomerParams{Email: payske.String("sam@example.com")})
	require.NoError(t, err)
	ba, err := sc.BankAccounts.New(&payske.BankAccountParams{Customer: payske.String(jenny.ID), Token: payske.String(newBankToken(t, sc))})
	require.NoError(t, err)
	clock.Advance(time.Minute)
	t2 := clock.Now().Unix()
	onJenny, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(900), Currency: payske.String("usd"), Customer: payske.String(jenny.ID)})
	require.NoError(t, err)
	other := charge(t, sc, 800, "tok_visa")
	refund, err := sc.Refunds.New(&payske.RefundParams{Charge: payske.String(onJenny.ID), Amount: payske.Int64(100)})
	require.NoError(t, err)
	_, err = sc.Refunds.New(&payske.RefundParams{Charge: payske.String(other.ID), Amount: payske.Int64(100)})
	require.NoError(t, err)
	sess, err := sc.CheckoutSessions.New(&payske.CheckoutSessionParams{Mode: payske.String("payment"), Customer: payske.String(sam.ID),
		SuccessURL: payske.String("https://example.com/ok"),
		LineItems: []*payske.CheckoutSessionLineItemParams{{Quantity: payske.Int64(1),
			PriceData: &payske.CheckoutSessionLineItemPriceDataParams{Currency: payske.String("usd"), UnitAmount: payske.Int64(500),
				ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("Mug")}}}}})
	require.NoError(t, err)

	_, events := allEvents(t, sc)
	var customerCreated []string
	var atT0, beforeT2 int
	for i := len(events) - 1; i >= 0; i-- {
		if events[i].Type == "customer.created" {
			customerCreated = append(customerCreated, events[i].ID)
		}
		if events[i].Created == t0 {
			atT0++
		}
		if events[i].Created < t2 {
			beforeT2++
		}
	}
	require.Len(t, customerCreated, 2)
	require.Positive(t, atT0)
	require.Less(t, atT0, beforeT2)
	require.Less(t, beforeT2, len(events))

	cases := []struct {
		path string
		want []string // nil: only the count is checked
		n    int
	}{
		{"/v1/charges?customer=" + jenny.ID, []string{onJenny.ID}, 1},
		{"/v1/refunds?charge=" + onJenny.ID, []string{refund.ID}, 1},
		{"/v1/customers?email=sam@example.com", []string{sam.ID}, 1},
		{"/v1/customers?email=nobody@example.com", []string{}, 0},
		{"/v1/events?type=customer.created", customerCreated, 2},
		{"/v1/events?types[0]=customer.created&types[1]=charge.refunded", nil, 4},
		{fmt.Sprintf("/v1/events?created=%d", t0), nil, atT0},
		{fmt.Sprintf("/v1/events?created[lt]=%d", t2), nil, beforeT2},
		{fmt.Sprintf("/v1/charges?created[gte]=%d", t2), []string{other.ID, onJenny.ID}, 2},
		{fmt.Sprintf("/v1/customers?created[lte]=%d", t0), []string{jenny.ID}, 1},
		{"/v1/customers/" + jenny.ID + "/sources?object=card", []string{jennyCard.ID}, 1},
		{"/v1/customers/" + jenny.ID + "/sources?object=bank_account", []string{ba.ID}, 1},
		{"/v1/customers/" + jenny.ID + "/sources", []string{ba.ID, jennyCard.ID}, 2},
		{"/v1/checkout/sessions?customer=" + sam.ID, []string{sess.ID}, 1},
		{"/v1/checkout/sessions?status=complete", []string{}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			status, ids, _ := listIDs(t, srv, tc.path)
			require.Equal(t, http.StatusOK, status)
			assert.Len(t, ids, tc.n)
			if tc.want != nil {
				assert.Equal(t, tc.want, ids)
			}
		})
	}
}
