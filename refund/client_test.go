package refund_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/refund"
)

func newClient(t *testing.T) (*mocktest.Mock, refund.Client) {
	m := mocktest.New(t)
	return m, refund.Client{B: m.Backend, Key: mocktest.Key}
}

func TestNewSendsEveryParameterOnTheWire(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/refunds", 200, mocktest.Fixture(t, "refund/create.json"))

	params := &payske.RefundParams{
		Amount:               payske.Int64(50),
		Charge:               payske.String("ch_3Jwoyw2eZvKYlo2C0rAzmt9u"),
		Currency:             payske.String(string(payske.CurrencyUSD)),
		Customer:             payske.String("cus_1"),
		InstructionsEmail:    payske.String("jenny.rosen@example.com"),
		Origin:               payske.String("customer_balance"),
		PaymentIntent:        payske.String("pi_1"),
		Reason:               payske.String(string(payske.RefundReasonRequestedByCustomer)),
		RefundApplicationFee: payske.Bool(true),
		ReverseTransfer:      payske.Bool(false),
	}
	params.AddMetadata("order_id", "6735")
	params.AddExpand("charge")
	params.SetIdempotencyKey("refund-6735")

	r, err := c.New(params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodPost, req.Method)
	assert.Equal(t, "/v1/refunds", req.Path)
	assert.Empty(t, req.RawQuery)
	assert.Equal(t, "refund-6735", req.Header.Get("Idempotency-Key"))
	assert.Equal(t, "expand%5B0%5D=charge&metadata%5Border_id%5D=6735&amount=50&charge=ch_3Jwoyw2eZvKYlo2C0rAzmt9u"+
		"&currency=usd&customer=cus_1&instructions_email=jenny.rosen%40example.com&origin=customer_balance"+
		"&payment_intent=pi_1&reason=requested_by_customer&refund_application_fee=true&reverse_transfer=false", req.Body)

	assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25", r.ID)
	assert.Equal(t, int64(100), r.Amount)
	assert.Equal(t, payske.RefundStatusSucceeded, r.Status)
	assert.Equal(t, "ch_3Jwoyw2eZvKYlo2C0rAzmt9u", r.Charge.ID)
	require.NotNil(t, r.LastResponse)
	assert.Equal(t, "req_mock", r.LastResponse.RequestID)
	assert.Equal(t, "refund-6735", r.LastResponse.IdempotencyKey)
}

func TestGetSendsExpandAsQuery(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/refunds/re_123", 200, mocktest.Fixture(t, "refund/retrieve.json"))
	params := &payske.RefundParams{}
	params.AddExpand("charge")
	params.AddExpand("balance_transaction")

	r, err := c.Get("re_123", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, "/v1/refunds/re_123", req.Path)
	assert.Equal(t, "expand%5B0%5D=charge&expand%5B1%5D=balance_transaction", req.RawQuery)
	assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25", r.ID)
}

func TestMethodsEscapeTheID(t *testing.T) {
	const escaped = "/v1/refunds/re_1%2F..%2F..%2Fcharges"
	m, c := newClient(t)
	get := m.Respond(http.MethodGet, escaped, 200, mocktest.Fixture(t, "refund/retrieve.json"))
	update := m.Respond(http.MethodPost, escaped, 200, mocktest.Fixture(t, "refund/update.json"))

	_, err := c.Get("re_1/../../charges", nil)
	require.NoError(t, err)
	_, err = c.Update("re_1/../../charges", nil)
	require.NoError(t, err)
	assert.Equal(t, escaped, get.Only(t).Path)
	assert.Equal(t, escaped, update.Only(t).Path)
}

func TestMethodsRefuseAnEmptyID(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/refunds/", 200, mocktest.Fixture(t, "refund/update.json"))
	for name, call := range map[string]func() (*payske.Refund, error){
		"Get":    func() (*payske.Refund, error) { return c.Get("", nil) },
		"Update": func() (*payske.Refund, error) { return c.Update("", &payske.RefundParams{}) },
	} {
		t.Run(name, func(t *testing.T) {
			r, err := call()
			assert.Nil(t, r)
			require.ErrorIs(t, err, payske.ErrInvalidID)
			assert.Contains(t, err.Error(), "refund ID is empty")
		})
	}
	assert.Empty(t, calls.All())
}

func TestUpdateSendsMetadata(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/refunds/re_123", 200, mocktest.Fixture(t, "refund/update.json"))
	params := &payske.RefundParams{}
	params.AddMetadata("order_id", "6735")
	params.AddMetadata("note", "")

	r, err := c.Update("re_123", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/refunds/re_123", req.Path)
	assert.Equal(t, "metadata%5Bnote%5D=&metadata%5Border_id%5D=6735", req.Body, "an empty value unsets a key")
	assert.Equal(t, "6735", r.Metadata["order_id"])
}

// refundPage is a list answer holding refunds with the given IDs.
func refundPage(ids []string, hasMore bool) []byte {
	data := ""
	for i, id := range ids {
		if i > 0 {
			data += ","
		}
		data += fmt.Sprintf(`{"id":%q,"object":"refund","amount":100,"charge":"ch_1","currency":"usd","status":"succeeded"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/refunds","has_more":%t,"data":[%s]}`, hasMore, data))
}

func TestListFiltersByChargeAndPages(t *testing.T) {
	m, c := newClient(t)
	first := m.Respond(http.MethodGet, "/v1/refunds?charge=ch_1&expand%5B0%5D=data.balance_transaction&limit=2",
		200, refundPage([]string{"re_3", "re_2"}, true))
	second := m.Respond(http.MethodGet, "/v1/refunds?charge=ch_1&expand%5B0%5D=data.balance_transaction&limit=2&starting_after=re_2",
		200, refundPage([]string{"re_1"}, false))

	params := &payske.RefundListParams{Charge: payske.String("ch_1")}
	params.Limit = payske.Int64(2)
	params.AddExpand("data.balance_transaction")

	var ids []string
	i := c.List(params)
	for i.Next() {
		r := i.Refund()
		assert.Equal(t, "ch_1", r.Charge.ID)
		ids = append(ids, r.ID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, []string{"re_3", "re_2", "re_1"}, ids)
	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	mocktest.AssertHeaders(t, r2)
	assert.Equal(t, "/v1/refunds", r1.Path)
	assert.Equal(t, "expand%5B0%5D=data.balance_transaction&limit=2&charge=ch_1", r1.RawQuery)
	assert.Equal(t, "expand%5B0%5D=data.balance_transaction&limit=2&charge=ch_1&starting_after=re_2", r2.RawQuery)
	assert.False(t, i.Meta().HasMore)
}

func TestListSendsEveryFilter(t *testing.T) {
	cases := []struct {
		name   string
		params *payske.RefundListParams
		query  string
	}{
		{"payment intent", &payske.RefundListParams{PaymentIntent: payske.String("pi_1")}, "payment_intent=pi_1"},
		{"created exactly", &payske.RefundListParams{Created: payske.Int64(1637158767)}, "created=1637158767"},
		{"created in a range", &payske.RefundListParams{CreatedRange: &payske.RangeQueryParams{
			GreaterThan: payske.Int64(1600000000), LesserThan: payske.Int64(1700000000),
		}}, "created%5Bgt%5D=1600000000&created%5Blt%5D=1700000000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, c := newClient(t)
			calls := m.Respond(http.MethodGet, "/v1/refunds", 200, mocktest.Fixture(t, "refund/list.json"))
			i := c.List(tc.params)
			for i.Next() {
			}
			require.NoError(t, i.Err())
			assert.Equal(t, tc.query, calls.Only(t).RawQuery)
		})
	}
}

func TestListDecodesTheReferencePage(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/refunds", 200, mocktest.Fixture(t, "refund/list.json"))
	var got []*payske.Refund
	for r, err := range c.List(nil).All() {
		require.NoError(t, err)
		got = append(got, r)
	}
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.Len(t, got, 1)
	assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25", got[0].ID)
}

func TestRefundingTooMuchIsAnInvalidRequestError(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodPost, "/v1/refunds", 400, []byte(`{"error":{"type":"invalid_request_error","code":"charge_already_refunded","message":"Charge ch_1 has already been refunded."}}`))
	r, err := c.New(&payske.RefundParams{Charge: payske.String("ch_1")})
	assert.Nil(t, r)
	var invalid *payske.InvalidRequestError
	require.ErrorAs(t, err, &invalid)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, payske.ErrorCode("charge_already_refunded"), perr.Code)
}

func TestContextIsHonoured(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/refunds", 200, mocktest.Fixture(t, "refund/create.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	params := &payske.RefundParams{Charge: payske.String("ch_1")}
	params.Context = ctx
	_, err := c.New(params)
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, calls.All())
}

func TestPackageFunctionsUseTheGlobalKeyAndBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	create := m.Respond(http.MethodPost, "/v1/refunds", 200, mocktest.Fixture(t, "refund/create.json"))
	get := m.Respond(http.MethodGet, "/v1/refunds/re_1", 200, mocktest.Fixture(t, "refund/retrieve.json"))
	update := m.Respond(http.MethodPost, "/v1/refunds/re_1", 200, mocktest.Fixture(t, "refund/update.json"))
	list := m.Respond(http.MethodGet, "/v1/refunds", 200, mocktest.Fixture(t, "refund/list.json"))

	created, err := refund.New(&payske.RefundParams{PaymentIntent: payske.String("pi_1"), Amount: payske.Int64(10)})
	require.NoError(t, err)
	assert.Equal(t, int64(100), created.Amount)

	getParams := &payske.RefundParams{}
	getParams.AddExpand("charge")
	got, err := refund.Get("re_1", getParams)
	require.NoError(t, err)
	assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25", got.ID)

	updateParams := &payske.RefundParams{}
	updateParams.AddMetadata("k", "v")
	updated, err := refund.Update("re_1", updateParams)
	require.NoError(t, err)
	assert.Equal(t, "6735", updated.Metadata["order_id"])

	var ids []string
	it := refund.List(&payske.RefundListParams{Charge: payske.String("ch_1")})
	for it.Next() {
		ids = append(ids, it.Refund().ID)
	}
	require.NoError(t, it.Err())
	assert.Equal(t, []string{"re_3Jwoyw2eZvKYlo2C0j0W7b25"}, ids)

	for _, calls := range []*mocktest.Calls{create, get, update, list} {
		mocktest.AssertHeaders(t, calls.Only(t))
	}
	assert.Equal(t, "amount=10&payment_intent=pi_1", create.Only(t).Body)
	assert.Equal(t, "expand%5B0%5D=charge", get.Only(t).RawQuery)
	assert.Equal(t, "metadata%5Bk%5D=v", update.Only(t).Body)
	assert.Equal(t, "charge=ch_1", list.Only(t).RawQuery)
}

func TestMissingGlobalKeyFailsBeforeAnyRequest(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/refunds", 200, mocktest.Fixture(t, "refund/create.json"))
	payske.Key = ""
	_, err := refund.New(&payske.RefundParams{Charge: payske.String("ch_1")})
	require.True(t, errors.Is(err, payske.ErrNoAPIKey))
	assert.Empty(t, calls.All())
}
