package event_test

// These tests run the Go snippets of the Payske API reference for Events
// verbatim against httpmock answers built from the reference's JSON
// examples. Only `_ = x` lines for variables Go would reject as unused, and
// assertions, are added.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/event"
	"github.com/payske/payske-go/internal/mocktest"
)

func TestReferenceRetrieveEvent(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/events/evt_1CiPtv2eZvKYlo2CcUZsDcO6", 200, mocktest.Fixture(t, "event/retrieve.json"))
	payske.Key = ""

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	e, _ := event.Get(
		"evt_1CiPtv2eZvKYlo2CcUZsDcO6",
		nil,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/events/evt_1CiPtv2eZvKYlo2CcUZsDcO6", req.Path)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, e)
	assert.Equal(t, "evt_1CiPtv2eZvKYlo2CcUZsDcO6", e.ID)
	assert.Equal(t, payske.EventTypeSourceChargeable, e.Type)
	assert.Equal(t, "2018-05-21", e.APIVersion)
	src, err := e.Source()
	require.NoError(t, err)
	assert.Equal(t, "src_1CiPsl2eZvKYlo2CVVyt3LKy", src.ID)
	assert.Equal(t, "Deutsche Bank", src.Sofort.BankName)
}

func TestReferenceListEvents(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/events", 200, mocktest.Fixture(t, "event/list.json"))
	payske.Key = ""
	var seen []*payske.Event

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.EventListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := event.List(params)
	for i.Next() {
		e := i.Event()
		seen = append(seen, e)
	}

	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/events", req.Path)
	assert.Equal(t, "limit=3", req.RawQuery)
	require.Len(t, seen, 1)
	assert.Equal(t, "evt_1CiPtv2eZvKYlo2CcUZsDcO6", seen[0].ID)
	assert.Equal(t, "source", seen[0].Data.Object["object"])
}
