package event_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/event"
	"github.com/payske/payske-go/internal/mocktest"
)

func listPageJSON(path string, ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"event"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":%q,"has_more":%t,"data":[%s]}`, path, hasMore, strings.Join(data, ",")))
}

// TestEventListIsThePageOfTheCurrentEvent walks two pages the way code
// written against the long-standing surface does, reading i.EventList() in
// the loop: nil before the first Next, then the page the current event came
// from, with every event of it and its envelope, and the last page after the
// end.
func TestEventListIsThePageOfTheCurrentEvent(t *testing.T) {
	m := mocktest.NewGlobal(t)
	m.Respond(http.MethodGet, "/v1/events?limit=2", 200, listPageJSON("/v1/events", []string{"evt_3", "evt_2"}, true))
	m.Respond(http.MethodGet, "/v1/events?limit=2&starting_after=evt_2", 200, listPageJSON("/v1/events", []string{"evt_1"}, false))

	params := &payske.EventListParams{}
	params.Limit = payske.Int64(2)
	i := event.List(params)
	assert.Nil(t, i.EventList(), "no page before the first Next")

	pages := map[string][]string{}
	for i.Next() {
		list := i.EventList()
		require.NotNil(t, list)
		var ids []string
		for _, v := range list.Data {
			ids = append(ids, v.ID)
		}
		pages[i.Event().ID] = ids
		assert.Equal(t, ids[0] == "evt_3", list.HasMore)
		assert.Equal(t, "/v1/events", list.URL)
		assert.Same(t, i.Meta(), &list.ListMeta)
		assert.Same(t, list, i.EventList(), "the same page until the next fetch")
		require.NotNil(t, list.LastResponse)
		assert.Equal(t, "req_mock", list.LastResponse.RequestID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, map[string][]string{
		"evt_3": {"evt_3", "evt_2"},
		"evt_2": {"evt_3", "evt_2"},
		"evt_1": {"evt_1"},
	}, pages)
	assert.Equal(t, []*payske.Event{i.EventList().Data[0]}, i.Page().Data, "Page is the same page")
}
