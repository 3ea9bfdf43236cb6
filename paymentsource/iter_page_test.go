package paymentsource_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/paymentsource"
)

func listPageJSON(path string, ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"card"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, path, hasMore, strings.Join(data, ",")))
}

// TestPaymentSourceListIsThePageOfTheCurrentPaymentSource walks two pages
// the way code written against the long-standing surface does, reading
// i.PaymentSourceList() in the loop: nil before the first Next, then the
// page the current payment source came from, with every payment source of it
// and its envelope, and the last page after the end.
func TestPaymentSourceListIsThePageOfTheCurrentPaymentSource(t *testing.T) {
	m := mocktest.NewGlobal(t)
	m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?limit=2", 200, listPageJSON("/v1/customers/cus_1/sources", []string{"card_3", "card_2"}, true))
	m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?limit=2&starting_after=card_2", 200, listPageJSON("/v1/customers/cus_1/sources", []string{"card_1"}, false))

	params := &payske.PaymentSourceListParams{Customer: payske.String("cus_1")}
	params.Limit = payske.Int64(2)
	i := paymentsource.List(params)
	assert.Nil(t, i.PaymentSourceList(), "no page before the first Next")

	pages := map[string][]string{}
	for i.Next() {
		list := i.PaymentSourceList()
		require.NotNil(t, list)
		var ids []string
		for _, v := range list.Data {
			ids = append(ids, v.ID)
		}
		pages[i.PaymentSource().ID] = ids
		assert.Equal(t, ids[0] == "card_3", list.HasMore)
		assert.Equal(t, "/v1/customers/cus_1/sources", list.URL)
		assert.Same(t, i.Meta(), &list.ListMeta)
		assert.Same(t, list, i.PaymentSourceList(), "the same page until the next fetch")
		require.NotNil(t, list.LastResponse)
		assert.Equal(t, "req_mock", list.LastResponse.RequestID)
		assert.Same(t, list, i.SourceList(), "SourceList is the same page under its older name")
	}
	require.NoError(t, i.Err())
	assert.Equal(t, map[string][]string{
		"card_3": {"card_3", "card_2"},
		"card_2": {"card_3", "card_2"},
		"card_1": {"card_1"},
	}, pages)
	assert.Equal(t, []*payske.PaymentSource{i.PaymentSourceList().Data[0]}, i.Page().Data, "Page is the same page")
}
