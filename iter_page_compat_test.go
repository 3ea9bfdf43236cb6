package payske_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/bankaccount"
	"github.com/payske/payske-go/card"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/checkout/session"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/event"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/paymentsource"
	"github.com/payske/payske-go/refund"
)

// pagedIter is what every resource iterator offers besides its accessors.
type pagedIter[T any] interface {
	Next() bool
	Err() error
	Meta() *payske.ListMeta
	Current() *T
	Page() *payske.Page[T]
}

// checkPageAccessor walks two pages of three objects (ids, newest first)
// the way code written against the long-standing surface does, reading
// page() in the loop: nil before the first Next, then the page the current
// object came from, with every object of it and its envelope, the same
// pointer until the next fetch, and the last page after the end. Page is
// that page under its generic name.
func checkPageAccessor[T, L any](t *testing.T, it pagedIter[T], url string, ids [3]string,
	page func() *L, parts func(*L) ([]*T, *payske.ListMeta)) {
	t.Helper()
	assert.Nil(t, page(), "no page before the first Next")
	pages := map[string][]string{}
	for it.Next() {
		list := page()
		require.NotNil(t, list)
		data, meta := parts(list)
		var got []string
		for _, v := range data {
			id, _ := idOf(v, nil)
			got = append(got, id)
		}
		current, _ := idOf(it.Current(), nil)
		pages[current] = got
		assert.Equal(t, got[0] == ids[0], meta.HasMore)
		assert.Equal(t, url, meta.URL)
		assert.Same(t, it.Meta(), meta)
		assert.Same(t, list, page(), "the same page until the next fetch")
		require.NotNil(t, meta.LastResponse)
		assert.Equal(t, "req_mock", meta.LastResponse.RequestID)
	}
	require.NoError(t, it.Err())
	first := []string{ids[0], ids[1]}
	assert.Equal(t, map[string][]string{ids[0]: first, ids[1]: first, ids[2]: {ids[2]}}, pages)
	last, _ := parts(page())
	assert.Equal(t, last, it.Page().Data, "Page is the same page")
}

// listPage is one page of a list answer holding objects of kind object.
func listPage(url, object string, ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":%q}`, id, object)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, url, hasMore, strings.Join(data, ",")))
}

// TestIteratorsReturnTheirCurrentPage covers the page accessor of every
// resource iterator.
func TestIteratorsReturnTheirCurrentPage(t *testing.T) {
	limit := payske.ListParams{Limit: payske.Int64(2)}
	cus := payske.String("cus_1")
	cases := []struct {
		name, url, filter, object string
		ids                       [3]string
		check                     func(t *testing.T, url string, ids [3]string)
	}{
		{"charge", "/v1/charges", "", "charge", [3]string{"ch_3", "ch_2", "ch_1"}, func(t *testing.T, url string, ids [3]string) {
			i := charge.List(&payske.ChargeListParams{ListParams: limit})
			checkPageAccessor(t, i, url, ids, i.ChargeList, func(l *payske.ChargeList) ([]*payske.Charge, *payske.ListMeta) { return l.Data, &l.ListMeta })
		}},
		{"customer", "/v1/customers", "", "customer", [3]string{"cus_3", "cus_2", "cus_1"}, func(t *testing.T, url string, ids [3]string) {
			i := customer.List(&payske.CustomerListParams{ListParams: limit})
			checkPageAccessor(t, i, url, ids, i.CustomerList, func(l *payske.CustomerList) ([]*payske.Customer, *payske.ListMeta) { return l.Data, &l.ListMeta })
		}},
		{"refund", "/v1/refunds", "", "refund", [3]string{"re_3", "re_2", "re_1"}, func(t *testing.T, url string, ids [3]string) {
			i := refund.List(&payske.RefundListParams{ListParams: limit})
			checkPageAccessor(t, i, url, ids, i.RefundList, func(l *payske.RefundList) ([]*payske.Refund, *payske.ListMeta) { return l.Data, &l.ListMeta })
		}},
		{"event", "/v1/events", "", "event", [3]string{"evt_3", "evt_2", "evt_1"}, func(t *testing.T, url string, ids [3]string) {
			i := event.List(&payske.EventListParams{ListParams: limit})
			checkPageAccessor(t, i, url, ids, i.EventList, func(l *payske.EventList) ([]*payske.Event, *payske.ListMeta) { return l.Data, &l.ListMeta })
		}},
		{"checkout session", "/v1/checkout/sessions", "", "checkout.session", [3]string{"cs_3", "cs_2", "cs_1"}, func(t *testing.T, url string, ids [3]string) {
			i := session.List(&payske.CheckoutSessionListParams{ListParams: limit})
			checkPageAccessor(t, i, url, ids, i.CheckoutSessionList, func(l *payske.CheckoutSessionList) ([]*payske.CheckoutSession, *payske.ListMeta) {
				return l.Data, &l.ListMeta
			})
		}},
		{"line item", "/v1/checkout/sessions/cs_1/line_items", "", "item", [3]string{"li_3", "li_2", "li_1"}, func(t *testing.T, url string, ids [3]string) {
			i := session.ListLineItems(&payske.CheckoutSessionListLineItemParams{ListParams: limit, ID: payske.String("cs_1")})
			checkPageAccessor(t, i, url, ids, i.LineItemList, func(l *payske.LineItemList) ([]*payske.LineItem, *payske.ListMeta) { return l.Data, &l.ListMeta })
		}},
		{"card", "/v1/customers/cus_1/sources", "object=card&", "card", [3]string{"card_3", "card_2", "card_1"}, func(t *testing.T, url string, ids [3]string) {
			i := card.List(&payske.CardListParams{ListParams: limit, Customer: cus})
			checkPageAccessor(t, i, url, ids, i.CardList, func(l *payske.CardList) ([]*payske.Card, *payske.ListMeta) { return l.Data, &l.ListMeta })
		}},
		{"bank account", "/v1/customers/cus_1/sources", "object=bank_account&", "bank_account", [3]string{"ba_3", "ba_2", "ba_1"}, func(t *testing.T, url string, ids [3]string) {
			i := bankaccount.List(&payske.BankAccountListParams{ListParams: limit, Customer: cus})
			checkPageAccessor(t, i, url, ids, i.BankAccountList, func(l *payske.BankAccountList) ([]*payske.BankAccount, *payske.ListMeta) { return l.Data, &l.ListMeta })
		}},
		{"payment source", "/v1/customers/cus_1/sources", "", "card", [3]string{"card_3", "card_2", "card_1"}, func(t *testing.T, url string, ids [3]string) {
			i := paymentsource.List(&payske.PaymentSourceListParams{ListParams: limit, Customer: cus})
			checkPageAccessor(t, i, url, ids, i.PaymentSourceList, func(l *payske.PaymentSourceList) ([]*payske.PaymentSource, *payske.ListMeta) {
				assert.Same(t, l, i.SourceList(), "SourceList is the same page under its older name")
				return l.Data, &l.ListMeta
			})
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := mocktest.NewGlobal(t)
			m.Respond(http.MethodGet, tc.url+"?"+strings.TrimSuffix("limit=2&"+tc.filter, "&"), 200,
				listPage(tc.url, tc.object, tc.ids[:2], true))
			m.Respond(http.MethodGet, tc.url+"?"+"limit=2&"+tc.filter+"starting_after="+tc.ids[1], 200,
				listPage(tc.url, tc.object, tc.ids[2:], false))
			tc.check(t, tc.url, tc.ids)
		})
	}
}
