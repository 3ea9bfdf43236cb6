package event_test

import (
	"context"
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

func newClient(t *testing.T) (*mocktest.Mock, event.Client) {
	m := mocktest.New(t)
	return m, event.Client{B: m.Backend, Key: mocktest.Key}
}

// eventPage is a list answer holding a charge.succeeded event for each ID.
func eventPage(ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"event","type":"charge.succeeded","created":1600000001,`+
			`"data":{"object":{"id":"ch_%s","object":"charge","amount":100,"status":"succeeded"}},`+
			`"request":{"id":"req_%s","idempotency_key":null}}`, id, id, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/events","has_more":%t,"data":[%s]}`, hasMore, strings.Join(data, ",")))
}

func TestGetSendsExpandAsQueryAndDecodesTheEvent(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/events/evt_123", 200, mocktest.Fixture(t, "event/retrieve.json"))
	params := &payske.EventParams{}
	params.AddExpand("data.object.customer")

	e, err := c.Get("evt_123", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, "/v1/events/evt_123", req.Path)
	assert.Equal(t, "expand%5B0%5D=data.object.customer", req.RawQuery)

	assert.Equal(t, "evt_1CiPtv2eZvKYlo2CcUZsDcO6", e.ID)
	assert.Equal(t, payske.EventTypeSourceChargeable, e.Type)
	assert.Equal(t, "2018-05-21", e.APIVersion)
	src, err := e.Source()
	require.NoError(t, err)
	assert.Equal(t, payske.SourceStatusChargeable, src.Status)
	require.NotNil(t, e.LastResponse)
	assert.Equal(t, "req_mock", e.LastResponse.RequestID)
	assert.Equal(t, mocktest.Fixture(t, "event/retrieve.json"), e.LastResponse.RawJSON)
}

func TestGetWithoutParamsSendsNoQuery(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/events/evt_123", 200, mocktest.Fixture(t, "event/retrieve.json"))
	_, err := c.Get("evt_123", nil)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
}

func TestGetForAConnectedAccount(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/events/evt_123", 200,
		[]byte(`{"id":"evt_123","object":"event","account":"acct_1Connected","type":"account.updated","data":{"object":{"id":"acct_1Connected","object":"account"}}}`))
	params := &payske.EventParams{}
	params.SetPayskeAccount("acct_1Connected")

	e, err := c.Get("evt_123", params)
	require.NoError(t, err)
	req := calls.Only(t)
	assert.Equal(t, "acct_1Connected", req.Header.Get("Payske-Account"))
	assert.Empty(t, req.RawQuery, "the account travels as a header only")
	assert.Equal(t, "acct_1Connected", e.Account)
	assert.Equal(t, payske.EventTypeAccountUpdated, e.Type)
	_, err = e.Data.TypedObject()
	require.ErrorIs(t, err, payske.ErrUnknownEventObject)
}

func TestGetEscapesTheID(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/events/evt_1%2F..%2Fx%3Fy", 200, mocktest.Fixture(t, "event/retrieve.json"))
	_, err := c.Get("evt_1/../x?y", nil)
	require.NoError(t, err)
	req := calls.Only(t)
	assert.Equal(t, "/v1/events/evt_1%2F..%2Fx%3Fy", req.Path)
	assert.Empty(t, req.RawQuery)
}

func TestGetRefusesAnEmptyID(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/events/", 200, mocktest.Fixture(t, "event/retrieve.json"))
	e, err := c.Get("", nil)
	assert.Nil(t, e)
	require.ErrorIs(t, err, payske.ErrInvalidID)
	assert.Contains(t, err.Error(), "event ID is empty")
	assert.Empty(t, calls.All())
}

func TestGetOfAnExpiredEventIsAnInvalidRequestError(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodGet, "/v1/events/evt_old", 404,
		[]byte(`{"error":{"type":"invalid_request_error","code":"resource_missing","param":"id","message":"No such event: 'evt_old'"}}`))
	e, err := c.Get("evt_old", nil)
	assert.Nil(t, e)
	var invalid *payske.InvalidRequestError
	require.ErrorAs(t, err, &invalid)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, 404, perr.HTTPStatusCode)
	assert.Equal(t, "id", perr.Param)
}

func TestListSendsFiltersAndPages(t *testing.T) {
	m, c := newClient(t)
	// httpmock matches the query with its keys sorted.
	const filters = "type=charge.%2A&types%5B0%5D=charge.succeeded&types%5B1%5D=charge.failed"
	first := m.Respond(http.MethodGet, "/v1/events?created%5Bgte%5D=1600000000&delivery_success=false&limit=2&"+filters,
		200, eventPage([]string{"evt_3", "evt_2"}, true))
	second := m.Respond(http.MethodGet, "/v1/events?created%5Bgte%5D=1600000000&delivery_success=false&limit=2&starting_after=evt_2&"+filters,
		200, eventPage([]string{"evt_1"}, false))

	params := &payske.EventListParams{
		CreatedRange:    &payske.RangeQueryParams{GreaterThanOrEqual: payske.Int64(1600000000)},
		DeliverySuccess: payske.Bool(false),
		Type:            payske.String("charge.*"),
		Types: []*string{
			payske.String(string(payske.EventTypeChargeSucceeded)),
			payske.String(string(payske.EventTypeChargeFailed)),
		},
	}
	params.Limit = payske.Int64(2)

	var ids, charges []string
	i := c.List(params)
	for i.Next() {
		e := i.Event()
		ids = append(ids, e.ID)
		ch, err := e.Charge()
		require.NoError(t, err)
		charges = append(charges, ch.ID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, []string{"evt_3", "evt_2", "evt_1"}, ids)
	assert.Equal(t, []string{"ch_evt_3", "ch_evt_2", "ch_evt_1"}, charges)
	assert.False(t, i.Meta().HasMore)

	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	mocktest.AssertHeaders(t, r2)
	assert.Equal(t, "/v1/events", r1.Path)
	assert.Equal(t, "limit=2&created%5Bgte%5D=1600000000&delivery_success=false&type=charge.%2A"+
		"&types%5B0%5D=charge.succeeded&types%5B1%5D=charge.failed", r1.RawQuery)
	assert.Equal(t, "limit=2&created%5Bgte%5D=1600000000&delivery_success=false&type=charge.%2A"+
		"&types%5B0%5D=charge.succeeded&types%5B1%5D=charge.failed&starting_after=evt_2", r2.RawQuery)
	assert.Equal(t, int64(1600000000), *params.CreatedRange.GreaterThanOrEqual, "the caller's params are not changed")
	assert.Nil(t, params.StartingAfter)
}

func TestListWithAnExactCreationTime(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/events", 200, eventPage(nil, false))
	params := &payske.EventListParams{Created: payske.Int64(1530291411), DeliverySuccess: payske.Bool(true)}
	params.Single = true
	i := c.List(params)
	assert.False(t, i.Next())
	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "created=1530291411&delivery_success=true", req.RawQuery)
}

func TestListDecodesTheReferencePage(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/events", 200, mocktest.Fixture(t, "event/list.json"))
	var got []*payske.Event
	for e, err := range c.List(nil).All() {
		require.NoError(t, err)
		got = append(got, e)
	}
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.Len(t, got, 1)
	assert.Equal(t, "evt_1CiPtv2eZvKYlo2CcUZsDcO6", got[0].ID)
	assert.Equal(t, payske.EventTypeSourceChargeable, got[0].Type)
	assert.Equal(t, "src_1CiPsl2eZvKYlo2CVVyt3LKy", got[0].Data.Object["id"])
}

func TestListStopsOnTheFirstError(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodGet, "/v1/events", 401, []byte(`{"error":{"type":"invalid_request_error","message":"Invalid API Key provided"}}`))
	i := c.List(nil)
	assert.False(t, i.Next())
	var perr *payske.Error
	require.ErrorAs(t, i.Err(), &perr)
	assert.Equal(t, 401, perr.HTTPStatusCode)
}

func TestContextIsHonoured(t *testing.T) {
	m, c := newClient(t)
	get := m.Respond(http.MethodGet, "/v1/events/evt_1", 200, mocktest.Fixture(t, "event/retrieve.json"))
	list := m.Respond(http.MethodGet, "/v1/events", 200, mocktest.Fixture(t, "event/list.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	params := &payske.EventParams{}
	params.Context = ctx
	_, err := c.Get("evt_1", params)
	require.ErrorIs(t, err, context.Canceled)

	listParams := &payske.EventListParams{}
	listParams.Context = ctx
	i := c.List(listParams)
	assert.False(t, i.Next())
	require.ErrorIs(t, i.Err(), context.Canceled)

	assert.Empty(t, get.All())
	assert.Empty(t, list.All())
}

func TestPackageFunctionsUseTheGlobalKeyAndBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	get := m.Respond(http.MethodGet, "/v1/events/evt_1", 200, mocktest.Fixture(t, "event/retrieve.json"))
	list := m.Respond(http.MethodGet, "/v1/events", 200, eventPage([]string{"evt_1"}, false))

	params := &payske.EventParams{}
	params.AddExpand("data.object.customer")
	e, err := event.Get("evt_1", params)
	require.NoError(t, err)
	assert.Equal(t, "evt_1CiPtv2eZvKYlo2CcUZsDcO6", e.ID)

	listParams := &payske.EventListParams{Type: payske.String(string(payske.EventTypeChargeSucceeded))}
	i := event.List(listParams)
	require.True(t, i.Next())
	assert.Equal(t, "evt_1", i.Event().ID)
	assert.False(t, i.Next())
	require.NoError(t, i.Err())

	g, l := get.Only(t), list.Only(t)
	mocktest.AssertHeaders(t, g)
	mocktest.AssertHeaders(t, l)
	assert.Equal(t, "expand%5B0%5D=data.object.customer", g.RawQuery)
	assert.Equal(t, "type=charge.succeeded", l.RawQuery)

	_, err = event.Get("", nil)
	require.ErrorIs(t, err, payske.ErrInvalidID)
}
