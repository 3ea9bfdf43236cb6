package session_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/checkout/session"
	"github.com/payske/payske-go/internal/mocktest"
)

func listPageJSON(path string, ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"checkout.session"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, path, hasMore, strings.Join(data, ",")))
}

// TestCheckoutSessionListIsThePageOfTheCurrentCheckoutSession walks two
// pages the way code written against the long-standing surface does, reading
// i.CheckoutSessionList() in the loop: nil before the first Next, then the
// page the current session came from, with every session of it and its
// envelope, and the last page after the end.
func TestCheckoutSessionListIsThePageOfTheCurrentCheckoutSession(t *testing.T) {
	m := mocktest.NewGlobal(t)
	m.Respond(http.MethodGet, "/v1/checkout/sessions?limit=2", 200, listPageJSON("/v1/checkout/sessions", []string{"cs_3", "cs_2"}, true))
	m.Respond(http.MethodGet, "/v1/checkout/sessions?limit=2&starting_after=cs_2", 200, listPageJSON("/v1/checkout/sessions", []string{"cs_1"}, false))

	params := &payske.CheckoutSessionListParams{}
	params.Limit = payske.Int64(2)
	i := session.List(params)
	assert.Nil(t, i.CheckoutSessionList(), "no page before the first Next")

	pages := map[string][]string{}
	for i.Next() {
		list := i.CheckoutSessionList()
		require.NotNil(t, list)
		var ids []string
		for _, v := range list.Data {
			ids = append(ids, v.ID)
		}
		pages[i.CheckoutSession().ID] = ids
		assert.Equal(t, ids[0] == "cs_3", list.HasMore)
		assert.Equal(t, "/v1/checkout/sessions", list.URL)
		assert.Same(t, i.Meta(), &list.ListMeta)
		assert.Same(t, list, i.CheckoutSessionList(), "the same page until the next fetch")
		require.NotNil(t, list.LastResponse)
		assert.Equal(t, "req_mock", list.LastResponse.RequestID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, map[string][]string{
		"cs_3": {"cs_3", "cs_2"},
		"cs_2": {"cs_3", "cs_2"},
		"cs_1": {"cs_1"},
	}, pages)
	assert.Equal(t, []*payske.CheckoutSession{i.CheckoutSessionList().Data[0]}, i.Page().Data, "Page is the same page")
}

// TestLineItemListIsThePageOfTheCurrentLineItem reads the page of line items
// in the loop, as old code does: the first page while its items are
// walked, then the second.
func TestLineItemListIsThePageOfTheCurrentLineItem(t *testing.T) {
	m := mocktest.NewGlobal(t)
	path := "/v1/checkout/sessions/cs_1/line_items"
	page := func(ids []string, hasMore bool) []byte {
		data := make([]string, len(ids))
		for i, id := range ids {
			data[i] = fmt.Sprintf(`{"id":%q,"object":"item"}`, id)
		}
		return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, path, hasMore, strings.Join(data, ",")))
	}
	m.Respond(http.MethodGet, path+"?limit=2", 200, page([]string{"li_1", "li_2"}, true))
	m.Respond(http.MethodGet, path+"?limit=2&starting_after=li_2", 200, page([]string{"li_3"}, false))

	params := &payske.CheckoutSessionListLineItemParams{ID: payske.String("cs_1")}
	params.Limit = payske.Int64(2)
	i := session.ListLineItems(params)
	assert.Nil(t, i.LineItemList(), "no page before the first Next")
	sizes := map[string]int{}
	for i.Next() {
		list := i.LineItemList()
		require.NotNil(t, list)
		sizes[i.LineItem().ID] = len(list.Data)
		assert.Equal(t, i.LineItem().ID != "li_3", list.HasMore)
		assert.Same(t, i.Meta(), &list.ListMeta)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, map[string]int{"li_1": 2, "li_2": 2, "li_3": 1}, sizes)
	assert.Equal(t, "li_3", i.LineItemList().Data[0].ID)
}
