package refund_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/refund"
)

func listPageJSON(path string, ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"refund"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, path, hasMore, strings.Join(data, ",")))
}

// TestRefundListIsThePageOfTheCurrentRefund walks two pages the way code
// written against the long-standing surface does, reading i.RefundList() in
// the loop: nil before the first Next, then the page the current refund came
// from, with every refund of it and its envelope, and the last page after
// the end.
func TestRefundListIsThePageOfTheCurrentRefund(t *testing.T) {
	m := mocktest.NewGlobal(t)
	m.Respond(http.MethodGet, "/v1/refunds?limit=2", 200, listPageJSON("/v1/refunds", []string{"re_3", "re_2"}, true))
	m.Respond(http.MethodGet, "/v1/refunds?limit=2&starting_after=re_2", 200, listPageJSON("/v1/refunds", []string{"re_1"}, false))

	params := &payske.RefundListParams{}
	params.Limit = payske.Int64(2)
	i := refund.List(params)
	assert.Nil(t, i.RefundList(), "no page before the first Next")

	pages := map[string][]string{}
	for i.Next() {
		list := i.RefundList()
		require.NotNil(t, list)
		var ids []string
		for _, v := range list.Data {
			ids = append(ids, v.ID)
		}
		pages[i.Refund().ID] = ids
		assert.Equal(t, ids[0] == "re_3", list.HasMore)
		assert.Equal(t, "/v1/refunds", list.URL)
		assert.Same(t, i.Meta(), &list.ListMeta)
		assert.Same(t, list, i.RefundList(), "the same page until the next fetch")
		require.NotNil(t, list.LastResponse)
		assert.Equal(t, "req_mock", list.LastResponse.RequestID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, map[string][]string{
		"re_3": {"re_3", "re_2"},
		"re_2": {"re_3", "re_2"},
		"re_1": {"re_1"},
	}, pages)
	assert.Equal(t, []*payske.Refund{i.RefundList().Data[0]}, i.Page().Data, "Page is the same page")
}
