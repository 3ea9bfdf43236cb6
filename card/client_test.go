package card_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/card"
	"github.com/payske/payske-go/internal/mocktest"
)

const (
	customerPath = "/v1/customers/cus_AJ6yA7mRH34mJT/sources"
	cardPath     = customerPath + "/card_1Jwvx22eZvKYlo2C7q732luw"
)

func newClient(t *testing.T) (*mocktest.Mock, card.Client) {
	m := mocktest.New(t)
	return m, card.Client{B: m.Backend, Key: mocktest.Key}
}

// refuseUnexpected fails t on any request no responder was registered for.
func refuseUnexpected(t *testing.T, m *mocktest.Mock) {
	m.Transport.RegisterNoResponder(func(r *http.Request) (*http.Response, error) {
		t.Errorf("unexpected request %s %s", r.Method, r.URL)
		return nil, errors.New("unexpected request")
	})
}

func TestNewAttachesAToken(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, customerPath, 200, mocktest.Fixture(t, "card/create.json"))
	params := &payske.CardParams{Customer: payske.String("cus_AJ6yA7mRH34mJT"), Token: payske.String("tok_amex")}
	params.AddMetadata("order_id", "6735")
	params.SetIdempotencyKey("attach-1")

	got, err := c.New(params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodPost, req.Method)
	assert.Equal(t, customerPath, req.Path)
	assert.Empty(t, req.RawQuery)
	assert.Equal(t, "attach-1", req.Header.Get("Idempotency-Key"))
	assert.Equal(t, "metadata%5Border_id%5D=6735&source=tok_amex", req.Body)
	assert.NotContains(t, req.Body, "cus_AJ6yA7mRH34mJT", "the customer only builds the URL")

	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", got.ID)
	assert.Equal(t, &payske.Customer{ID: "cus_AJ6yA7mRH34mJT"}, got.Customer)
	assert.Equal(t, payske.CardBrandVisa, got.Brand)
	require.NotNil(t, got.LastResponse)
	assert.Equal(t, "req_mock", got.LastResponse.RequestID)
}

func TestNewWithRawDetailsSendsTheNumberOnlyInTheBody(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, customerPath, 200, mocktest.Fixture(t, "card/create.json"))

	_, err := c.New(&payske.CardParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
		Number:   payske.String("4242424242424242"),
		ExpMonth: payske.String("12"),
		ExpYear:  payske.String("2030"),
		CVC:      payske.String("123"),
		Name:     payske.String("Jenny Rosen"),
	})
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "card%5Bcvc%5D=123&card%5Bexp_month%5D=12&card%5Bexp_year%5D=2030&card%5Bname%5D=Jenny+Rosen"+
		"&card%5Bnumber%5D=4242424242424242", req.Body)
	assert.NotContains(t, req.Path+"?"+req.RawQuery, "4242")
}

func TestGetSendsOnlyExpand(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, cardPath, 200, mocktest.Fixture(t, "card/retrieve.json"))
	params := &payske.CardParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
		Number:   payske.String("4242424242424242"), // set by mistake: must not reach the URL
		CVC:      payske.String("123"),
	}
	params.AddExpand("customer")

	got, err := c.Get("card_1Jwvx22eZvKYlo2C7q732luw", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, cardPath, req.Path)
	assert.Equal(t, "expand%5B0%5D=customer", req.RawQuery)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", got.ID)
	assert.Equal(t, "4242", got.Last4)
}

func TestUpdateSendsTheFieldsPlain(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, cardPath, 200, mocktest.Fixture(t, "card/update.json"))
	params := &payske.CardParams{
		Customer:       payske.String("cus_AJ6yA7mRH34mJT"),
		Name:           payske.String("Jenny Rosen"),
		AddressLine1:   payske.String("1 Main St"),
		AddressLine2:   payske.String(""),
		AddressCity:    payske.String("Oakland"),
		AddressState:   payske.String("CA"),
		AddressZip:     payske.String("94607"),
		AddressCountry: payske.String("US"),
		ExpMonth:       payske.String("1"),
		ExpYear:        payske.String("2031"),
	}
	params.AddMetadata("order_id", "6735")

	got, err := c.Update("card_1Jwvx22eZvKYlo2C7q732luw", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, cardPath, req.Path)
	assert.Equal(t, "metadata%5Border_id%5D=6735&address_city=Oakland&address_country=US&address_line1=1+Main+St"+
		"&address_line2=&address_state=CA&address_zip=94607&exp_month=1&exp_year=2031&name=Jenny+Rosen", req.Body)
	assert.Equal(t, "Jenny Rosen", got.Name)
}

func TestDelAnswersADeletedCard(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodDelete, cardPath, 200, mocktest.Fixture(t, "card/delete.json"))

	got, err := c.Del("card_1Jwvx22eZvKYlo2C7q732luw", &payske.CardParams{Customer: payske.String("cus_AJ6yA7mRH34mJT")})
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodDelete, req.Method)
	assert.Empty(t, req.RawQuery)
	assert.True(t, got.Deleted)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", got.ID)
	assert.Equal(t, "card", got.Object)
}

func TestIDsAreEscapedIntoTheirSegments(t *testing.T) {
	m, c := newClient(t)
	refuseUnexpected(t, m)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_1%2F..%2Fx/sources/card_1%2F..%2F..", 200, mocktest.Fixture(t, "card/retrieve.json"))
	_, err := c.Get("card_1/../..", &payske.CardParams{Customer: payske.String("cus_1/../x")})
	require.NoError(t, err)
	assert.Equal(t, "/v1/customers/cus_1%2F..%2Fx/sources/card_1%2F..%2F..", calls.Only(t).Path)

	_, err = c.Get("", &payske.CardParams{Customer: payske.String("cus_1")})
	require.ErrorIs(t, err, payske.ErrInvalidID)
}

func TestMissingCustomerFailsBeforeAnyRequest(t *testing.T) {
	m, c := newClient(t)
	refuseUnexpected(t, m)
	calls := []func(p *payske.CardParams) (*payske.Card, error){
		c.New,
		func(p *payske.CardParams) (*payske.Card, error) { return c.Get("card_1", p) },
		func(p *payske.CardParams) (*payske.Card, error) { return c.Update("card_1", p) },
		func(p *payske.CardParams) (*payske.Card, error) { return c.Del("card_1", p) },
	}
	for i, call := range calls {
		for _, params := range []*payske.CardParams{nil, {Token: payske.String("tok_visa")}, {Customer: payske.String("")}} {
			got, err := call(params)
			assert.Nil(t, got)
			require.Error(t, err, "call %d", i)
			assert.ErrorIs(t, err, payske.ErrInvalidID)
			assert.Contains(t, err.Error(), "params.Customer is required (the customer the card belongs to)")
			assert.True(t, strings.HasPrefix(err.Error(), "payske: card."), err.Error())
		}
	}

	for _, params := range []*payske.CardListParams{nil, {}} {
		it := c.List(params)
		assert.False(t, it.Next())
		assert.Nil(t, it.Card())
		require.ErrorIs(t, it.Err(), payske.ErrInvalidID)
		assert.EqualError(t, it.Err(), "payske: card.List: params.Customer is required (the customer the card belongs to)")
	}
	assert.Zero(t, m.Transport.GetTotalCallCount())
}

func cardsPage(ids []string, hasMore bool) []byte {
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = fmt.Sprintf(`{"id":%q,"object":"card","brand":"Visa","last4":"4242","customer":"cus_1"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/customers/cus_1/sources","has_more":%t,"data":[%s]}`,
		hasMore, strings.Join(data, ",")))
}

func TestListAsksForCardsAndPages(t *testing.T) {
	m, c := newClient(t)
	refuseUnexpected(t, m)
	first := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?expand%5B0%5D=data.customer&limit=2&object=card", 200,
		cardsPage([]string{"card_3", "card_2"}, true))
	second := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?expand%5B0%5D=data.customer&limit=2&object=card&starting_after=card_2", 200,
		cardsPage([]string{"card_1"}, false))

	params := &payske.CardListParams{Customer: payske.String("cus_1")}
	params.Limit = payske.Int64(2)
	params.AddExpand("data.customer")

	var ids []string
	it := c.List(params)
	for it.Next() {
		ids = append(ids, it.Card().ID)
		assert.Equal(t, payske.CardBrandVisa, it.Card().Brand)
	}
	require.NoError(t, it.Err())
	assert.Equal(t, []string{"card_3", "card_2", "card_1"}, ids)

	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	assert.Equal(t, "/v1/customers/cus_1/sources", r1.Path)
	assert.Equal(t, "object=card&expand%5B0%5D=data.customer&limit=2", r1.RawQuery)
	assert.Equal(t, "object=card&expand%5B0%5D=data.customer&limit=2&starting_after=card_2", r2.RawQuery)
	assert.False(t, it.Meta().HasMore)

	assert.Equal(t, &payske.CardListParams{Customer: payske.String("cus_1"), ListParams: params.ListParams}, params,
		"the caller's params are left alone")
}

func TestListDecodesTheReferencePage(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, customerPath, 200, mocktest.Fixture(t, "card/list.json"))
	var got []*payske.Card
	for cd, err := range c.List(&payske.CardListParams{Customer: payske.String("cus_AJ6yA7mRH34mJT")}).All() {
		require.NoError(t, err)
		got = append(got, cd)
	}
	require.Len(t, got, 1)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", got[0].ID)
	assert.Equal(t, "object=card", calls.Only(t).RawQuery)
}

func TestErrorsAreTyped(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodGet, "/v1/customers/cus_1/sources/card_missing", 404,
		[]byte(`{"error":{"type":"invalid_request_error","code":"resource_missing","param":"id","message":"No such source: 'card_missing'"}}`))
	got, err := c.Get("card_missing", &payske.CardParams{Customer: payske.String("cus_1")})
	assert.Nil(t, got)
	var invalid *payske.InvalidRequestError
	require.ErrorAs(t, err, &invalid)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, 404, perr.HTTPStatusCode)
	assert.Equal(t, "id", perr.Param)
}

func TestContextIsHonoured(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, customerPath, 200, mocktest.Fixture(t, "card/create.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	params := &payske.CardParams{Customer: payske.String("cus_AJ6yA7mRH34mJT"), Token: payske.String("tok_amex")}
	params.Context = ctx
	_, err := c.New(params)
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, calls.All())
}

func TestPackageFunctionsUseTheGlobalKeyAndBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	create := m.Respond(http.MethodPost, customerPath, 200, mocktest.Fixture(t, "card/create.json"))
	get := m.Respond(http.MethodGet, cardPath, 200, mocktest.Fixture(t, "card/retrieve.json"))
	update := m.Respond(http.MethodPost, cardPath, 200, mocktest.Fixture(t, "card/update.json"))
	del := m.Respond(http.MethodDelete, cardPath, 200, mocktest.Fixture(t, "card/delete.json"))
	list := m.Respond(http.MethodGet, customerPath, 200, mocktest.Fixture(t, "card/list.json"))

	cus := payske.String("cus_AJ6yA7mRH34mJT")
	id := "card_1Jwvx22eZvKYlo2C7q732luw"
	_, err := card.New(&payske.CardParams{Customer: cus, Token: payske.String("tok_visa")})
	require.NoError(t, err)
	_, err = card.Get(id, &payske.CardParams{Customer: cus})
	require.NoError(t, err)
	_, err = card.Update(id, &payske.CardParams{Customer: cus, ExpYear: payske.String("2031")})
	require.NoError(t, err)
	deleted, err := card.Del(id, &payske.CardParams{Customer: cus})
	require.NoError(t, err)
	assert.True(t, deleted.Deleted)
	it := card.List(&payske.CardListParams{Customer: cus})
	for it.Next() {
	}
	require.NoError(t, it.Err())

	for _, calls := range []*mocktest.Calls{create, get, update, del, list} {
		mocktest.AssertHeaders(t, calls.Only(t))
	}
	assert.Equal(t, "source=tok_visa", create.Only(t).Body)
	assert.Empty(t, get.Only(t).RawQuery)
	assert.Equal(t, "exp_year=2031", update.Only(t).Body)
	assert.Empty(t, del.Only(t).RawQuery)
	assert.Equal(t, "object=card", list.Only(t).RawQuery)
}

func TestMissingGlobalKeyFailsBeforeAnyRequest(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, customerPath, 200, mocktest.Fixture(t, "card/create.json"))
	payske.Key = ""
	_, err := card.New(&payske.CardParams{Customer: payske.String("cus_AJ6yA7mRH34mJT"), Token: payske.String("tok_visa")})
	require.ErrorIs(t, err, payske.ErrNoAPIKey)
	assert.Empty(t, calls.All())
}
