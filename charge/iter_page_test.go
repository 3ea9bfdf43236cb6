package charge_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/internal/mocktest"
)

func listPageJSON(path string, ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"charge"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, path, hasMore, strings.Join(data, ",")))
}

// TestChargeListIsThePageOfTheCurrentCharge walks two pages the way code
// written against the long-standing surface does, reading i.ChargeList() in
// the loop: nil before the first Next, then the page the current charge came
// from, with every charge of it and its envelope, and the last page after
// the end.
func TestChargeListIsThePageOfTheCurrentCharge(t *testing.T) {
	m := mocktest.NewGlobal(t)
	m.Respond(http.MethodGet, "/v1/charges?limit=2", 200, listPageJSON("/v1/charges", []string{"ch_3", "ch_2"}, true))
	m.Respond(http.MethodGet, "/v1/charges?limit=2&starting_after=ch_2", 200, listPageJSON("/v1/charges", []string{"ch_1"}, false))

	params := &payske.ChargeListParams{}
	params.Limit = payske.Int64(2)
	i := charge.List(params)
	assert.Nil(t, i.ChargeList(), "no page before the first Next")

	pages := map[string][]string{}
	for i.Next() {
		list := i.ChargeList()
		require.NotNil(t, list)
		var ids []string
		for _, v := range list.Data {
			ids = append(ids, v.ID)
		}
		pages[i.Charge().ID] = ids
		assert.Equal(t, ids[0] == "ch_3", list.HasMore)
		assert.Equal(t, "/v1/charges", list.URL)
		assert.Same(t, i.Meta(), &list.ListMeta)
		assert.Same(t, list, i.ChargeList(), "the same page until the next fetch")
		require.NotNil(t, list.LastResponse)
		assert.Equal(t, "req_mock", list.LastResponse.RequestID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, map[string][]string{
		"ch_3": {"ch_3", "ch_2"},
		"ch_2": {"ch_3", "ch_2"},
		"ch_1": {"ch_1"},
	}, pages)
	assert.Equal(t, []*payske.Charge{i.ChargeList().Data[0]}, i.Page().Data, "Page is the same page")
}
