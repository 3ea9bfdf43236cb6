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

func newClient(t *testing.T) (*mocktest.Mock, paymentsource.Client) {
	m := mocktest.New(t)
	return m, paymentsource.Client{B: m.Backend, Key: mocktest.Key}
}

func TestNewAttachesASource(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_1/sources", 200, mocktest.Fixture(t, "source/attach.json"))

	params := &payske.CustomerSourceParams{
		Customer: payske.String("cus_1"),
		Source:   &payske.SourceParams{Token: payske.String("src_1")},
	}
	params.AddMetadata("order_id", "6735")
	params.SetIdempotencyKey("attach-1")
	s, err := c.New(params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/customers/cus_1/sources", req.Path)
	assert.Equal(t, "attach-1", req.Header.Get("Idempotency-Key"))
	assert.Equal(t, "metadata%5Border_id%5D=6735&source=src_1", req.Body, "the customer is only in the path")

	assert.Equal(t, "src_1JwwRo2eZvKYlo2CZnVjJKlC", s.ID)
	assert.Equal(t, payske.PaymentSourceTypeSource, s.Type)
	require.NotNil(t, s.SourceObject)
	assert.Equal(t, payske.SourceStatusChargeable, s.SourceObject.Status)
	require.NotNil(t, s.LastResponse)
	assert.Equal(t, "req_mock", s.LastResponse.RequestID)
	assert.Same(t, s.LastResponse, s.SourceObject.LastResponse)
}

func TestNewAttachesRawCardDetails(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_1/sources", 200, mocktest.Fixture(t, "paymentsource/card.json"))

	s, err := c.New(&payske.CustomerSourceParams{
		Customer: payske.String("cus_1"),
		Card: &payske.CustomerSourceCardParams{
			Number:   payske.String("4242424242424242"),
			ExpMonth: payske.Int64(8),
			ExpYear:  payske.Int64(2030),
			CVC:      payske.String("123"),
		},
	})
	require.NoError(t, err)
	assert.Equal(t, "card%5Bcvc%5D=123&card%5Bexp_month%5D=8&card%5Bexp_year%5D=2030&card%5Bnumber%5D=4242424242424242", calls.Only(t).Body)
	assert.Equal(t, payske.PaymentSourceTypeCard, s.Type)
	require.NotNil(t, s.Card)
	assert.Equal(t, "4242", s.Card.Last4)
}

func TestGetReadsACardOrABankAccount(t *testing.T) {
	m, c := newClient(t)
	card := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources/card_1", 200, mocktest.Fixture(t, "paymentsource/card.json"))
	bank := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources/ba_1", 200, mocktest.Fixture(t, "paymentsource/bank_account.json"))

	params := &payske.CustomerSourceParams{Customer: payske.String("cus_1")}
	params.AddExpand("customer")
	s, err := c.Get("card_1", params)
	require.NoError(t, err)
	req := card.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "expand%5B0%5D=customer", req.RawQuery, "the customer is only in the path")
	assert.Equal(t, payske.PaymentSourceTypeCard, s.Type)
	require.NotNil(t, s.Card)
	assert.Equal(t, payske.CardBrandVisa, s.Card.Brand)
	assert.Equal(t, int64(8), s.Card.ExpMonth)

	s, err = c.Get("ba_1", &payske.CustomerSourceParams{Customer: payske.String("cus_1")})
	require.NoError(t, err)
	req = bank.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	assert.Equal(t, payske.PaymentSourceTypeBankAccount, s.Type)
	require.NotNil(t, s.BankAccount)
	assert.Equal(t, "PAYSKE TEST BANK", s.BankAccount.BankName)
}

func TestUpdateSendsTheUpdateFields(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_1/sources/card_1", 200, mocktest.Fixture(t, "paymentsource/card.json"))

	params := &payske.CustomerSourceParams{
		Customer:     payske.String("cus_1"),
		Name:         payske.String("Jenny Rosen"),
		ExpMonth:     payske.String("12"),
		ExpYear:      payske.String("2031"),
		AddressZip:   payske.String("94107"),
		AddressLine2: payske.String(""),
		Owner:        &payske.SourceOwnerParams{Email: payske.String("jenny@example.com")},
	}
	params.AddMetadata("order_id", "6735")
	s, err := c.Update("card_1", params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "metadata%5Border_id%5D=6735&address_line2=&address_zip=94107"+
		"&exp_month=12&exp_year=2031&name=Jenny+Rosen&owner%5Bemail%5D=jenny%40example.com", req.Body)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", s.Card.ID)
}

func TestDelAnswersDeletedOrDetached(t *testing.T) {
	m, c := newClient(t)
	deleted := m.Respond(http.MethodDelete, "/v1/customers/cus_1/sources/card_1", 200, mocktest.Fixture(t, "paymentsource/deleted.json"))
	detached := m.Respond(http.MethodDelete, "/v1/customers/cus_1/sources/src_1", 200, mocktest.Fixture(t, "source/detach.json"))

	s, err := c.Del("card_1", &payske.CustomerSourceParams{Customer: payske.String("cus_1")})
	require.NoError(t, err)
	req := deleted.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	assert.True(t, s.Deleted)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", s.ID)
	assert.Equal(t, payske.PaymentSourceTypeCard, s.Type)
	assert.Nil(t, s.Card)

	s, err = c.Del("src_1", &payske.CustomerSourceParams{Customer: payske.String("cus_1")})
	require.NoError(t, err)
	mocktest.AssertHeaders(t, detached.Only(t))
	assert.False(t, s.Deleted)
	require.NotNil(t, s.SourceObject)
	assert.Equal(t, payske.SourceStatusConsumed, s.SourceObject.Status)
}

func TestVerifySendsTheAmounts(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_1/sources/ba_1/verify", 200, mocktest.Fixture(t, "paymentsource/verify.json"))

	s, err := c.Verify("ba_1", &payske.PaymentSourceVerifyParams{
		Customer: payske.String("cus_1"),
		Amounts:  []*int64{payske.Int64(32), payske.Int64(45)},
	})
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "amounts%5B0%5D=32&amounts%5B1%5D=45", req.Body)
	require.NotNil(t, s.BankAccount)
	assert.Equal(t, payske.BankAccountStatusVerified, s.BankAccount.Status)
}

func TestListFiltersAndPages(t *testing.T) {
	m, c := newClient(t)
	page := func(ids []string, hasMore bool) []byte {
		data := make([]string, len(ids))
		for i, id := range ids {
			data[i] = fmt.Sprintf(`{"id":%q,"object":"card","last4":"4242"}`, id)
		}
		return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/customers/cus_1/sources","has_more":%t,"data":[%s]}`,
			hasMore, strings.Join(data, ",")))
	}
	first := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?limit=2&object=card", 200, page([]string{"card_3", "card_2"}, true))
	second := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources?limit=2&object=card&starting_after=card_2", 200, page([]string{"card_1"}, false))

	params := &payske.PaymentSourceListParams{Customer: payske.String("cus_1"), Object: payske.String("card")}
	params.Limit = payske.Int64(2)
	var ids []string
	i := c.List(params)
	for i.Next() {
		s := i.PaymentSource()
		require.NotNil(t, s.Card)
		ids = append(ids, s.ID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, []string{"card_3", "card_2", "card_1"}, ids)

	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	mocktest.AssertHeaders(t, r2)
	assert.Equal(t, "/v1/customers/cus_1/sources", r1.Path)
	assert.Equal(t, "limit=2&object=card", r1.RawQuery, "the customer is only in the path")
	assert.Equal(t, "limit=2&object=card&starting_after=card_2", r2.RawQuery)
	assert.Equal(t, "card", *params.Object, "the caller's params are left alone")
	assert.Nil(t, params.StartingAfter)
}

func TestListDecodesEveryKind(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources", 200, mocktest.Fixture(t, "paymentsource/list.json"))
	var kinds []payske.PaymentSourceType
	for s, err := range c.List(&payske.PaymentSourceListParams{Customer: payske.String("cus_1")}).All() {
		require.NoError(t, err)
		kinds = append(kinds, s.Type)
	}
	assert.Equal(t, []payske.PaymentSourceType{
		payske.PaymentSourceTypeCard, payske.PaymentSourceTypeBankAccount, payske.PaymentSourceTypeSource,
	}, kinds)
	assert.Empty(t, calls.Only(t).RawQuery)
}

func TestEscapesTheCustomerAndTheID(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus%2F..%2F1/sources/card%2F1", 200, mocktest.Fixture(t, "paymentsource/card.json"))
	_, err := c.Get("card/1", &payske.CustomerSourceParams{Customer: payske.String("cus/../1")})
	require.NoError(t, err)
	assert.Equal(t, "/v1/customers/cus%2F..%2F1/sources/card%2F1", calls.Only(t).Path)
}

func TestWithoutCustomerNothingIsSent(t *testing.T) {
	m, c := newClient(t)
	cases := map[string]func(p *payske.CustomerSourceParams) (*payske.PaymentSource, error){
		"New":    c.New,
		"Get":    func(p *payske.CustomerSourceParams) (*payske.PaymentSource, error) { return c.Get("card_1", p) },
		"Update": func(p *payske.CustomerSourceParams) (*payske.PaymentSource, error) { return c.Update("card_1", p) },
		"Del":    func(p *payske.CustomerSourceParams) (*payske.PaymentSource, error) { return c.Del("card_1", p) },
	}
	for name, call := range cases {
		for _, params := range []*payske.CustomerSourceParams{nil, {Source: &payske.SourceParams{Token: payske.String("tok_1")}}} {
			s, err := call(params)
			assert.Nil(t, s, name)
			assert.EqualError(t, err, "payske: paymentsource."+name+": params.Customer is required (the customer the source belongs to)")
		}
	}

	for _, params := range []*payske.PaymentSourceVerifyParams{nil, {Amounts: []*int64{payske.Int64(32)}}} {
		s, err := c.Verify("ba_1", params)
		assert.Nil(t, s)
		assert.EqualError(t, err, "payske: paymentsource.Verify: params.Customer is required (the customer the source belongs to)")
	}

	for _, params := range []*payske.PaymentSourceListParams{nil, {Object: payske.String("card")}} {
		i := c.List(params)
		assert.False(t, i.Next())
		assert.EqualError(t, i.Err(), "payske: paymentsource.List: params.Customer is required (the customer the source belongs to)")
		assert.Nil(t, i.Meta())
	}

	s, err := c.Get("card_1", &payske.CustomerSourceParams{Customer: payske.String("")})
	assert.Nil(t, s)
	require.ErrorIs(t, err, payske.ErrInvalidID)
	assert.Zero(t, m.Transport.GetTotalCallCount())
}

func TestErrorAnswerGivesNoPaymentSource(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodPost, "/v1/customers/cus_1/sources/ba_1/verify", 402, []byte(`{"error":{"type":"card_error","code":"bank_account_verification_failed","message":"The amounts provided do not match."}}`))
	s, err := c.Verify("ba_1", &payske.PaymentSourceVerifyParams{Customer: payske.String("cus_1"), Amounts: []*int64{payske.Int64(1), payske.Int64(2)}})
	assert.Nil(t, s)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, 402, perr.HTTPStatusCode)
}

// TestPackageFunctionsUseTheGlobals covers every package-level function:
// each goes through the global backend and key to the same endpoint as its
// Client method.
func TestPackageFunctionsUseTheGlobals(t *testing.T) {
	m := mocktest.NewGlobal(t)
	cus := &payske.CustomerSourceParams{Customer: payske.String("cus_1")}
	created := m.Respond(http.MethodPost, "/v1/customers/cus_1/sources", 200, mocktest.Fixture(t, "paymentsource/card.json"))
	got := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources/card_1", 200, mocktest.Fixture(t, "paymentsource/card.json"))
	updated := m.Respond(http.MethodPost, "/v1/customers/cus_1/sources/card_1", 200, mocktest.Fixture(t, "paymentsource/card.json"))
	deleted := m.Respond(http.MethodDelete, "/v1/customers/cus_1/sources/card_1", 200, mocktest.Fixture(t, "paymentsource/deleted.json"))
	verified := m.Respond(http.MethodPost, "/v1/customers/cus_1/sources/ba_1/verify", 200, mocktest.Fixture(t, "paymentsource/verify.json"))
	listed := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources", 200, mocktest.Fixture(t, "paymentsource/list.json"))

	s, err := paymentsource.New(&payske.CustomerSourceParams{Customer: payske.String("cus_1"), Source: &payske.SourceParams{Token: payske.String("tok_visa")}})
	require.NoError(t, err)
	assert.Equal(t, "4242", s.Card.Last4)
	s, err = paymentsource.Get("card_1", cus)
	require.NoError(t, err)
	assert.NotNil(t, s.Card)
	s, err = paymentsource.Update("card_1", &payske.CustomerSourceParams{Customer: payske.String("cus_1"), Name: payske.String("J")})
	require.NoError(t, err)
	assert.NotNil(t, s.Card)
	s, err = paymentsource.Del("card_1", cus)
	require.NoError(t, err)
	assert.True(t, s.Deleted)
	s, err = paymentsource.Verify("ba_1", &payske.PaymentSourceVerifyParams{Customer: payske.String("cus_1"), Amounts: []*int64{payske.Int64(32), payske.Int64(45)}})
	require.NoError(t, err)
	assert.Equal(t, payske.BankAccountStatusVerified, s.BankAccount.Status)
	i := paymentsource.List(&payske.PaymentSourceListParams{Customer: payske.String("cus_1"), Object: payske.String("card")})
	n := 0
	for i.Next() {
		n++
	}
	require.NoError(t, i.Err())
	assert.Equal(t, 3, n)

	for _, r := range []mocktest.Captured{created.Only(t), got.Only(t), updated.Only(t), deleted.Only(t), verified.Only(t), listed.Only(t)} {
		mocktest.AssertHeaders(t, r)
	}
	assert.Equal(t, "source=tok_visa", created.Only(t).Body)
	assert.Empty(t, got.Only(t).RawQuery)
	assert.Equal(t, "name=J", updated.Only(t).Body)
	assert.Empty(t, deleted.Only(t).RawQuery)
	assert.Equal(t, "amounts%5B0%5D=32&amounts%5B1%5D=45", verified.Only(t).Body)
	assert.Equal(t, "object=card", listed.Only(t).RawQuery)
}
