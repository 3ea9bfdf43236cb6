package charge_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/internal/mocktest"
)

func newClient(t *testing.T) (*mocktest.Mock, charge.Client) {
	m := mocktest.New(t)
	return m, charge.Client{B: m.Backend, Key: mocktest.Key}
}

func TestNewSendsEveryParameterOnTheWire(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/charges", 200, mocktest.Fixture(t, "charge/create.json"))

	params := &payske.ChargeParams{
		Amount:       payske.Int64(2000),
		Currency:     payske.String(string(payske.CurrencyUSD)),
		Capture:      payske.Bool(false),
		Customer:     payske.String("cus_1"),
		Description:  payske.String("Order #6735"),
		ReceiptEmail: payske.String("jenny@example.com"),
		Shipping: &payske.ShippingDetailsParams{
			Name:    payske.String("Jenny Rosen"),
			Address: &payske.AddressParams{Line1: payske.String("1 Main St"), City: payske.String("Paris"), PostalCode: payske.String("75001")},
		},
		Source:              &payske.SourceParams{Token: payske.String("tok_visa")},
		StatementDescriptor: payske.String("PAYSKE*SHOP"),
		TransferData:        &payske.ChargeTransferDataParams{Destination: payske.String("acct_1"), Amount: payske.Int64(1500)},
	}
	params.AddMetadata("order_id", "6735")
	params.AddExpand("customer")
	params.SetIdempotencyKey("order-6735")

	ch, err := c.New(params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/charges", req.Path)
	assert.Equal(t, "order-6735", req.Header.Get("Idempotency-Key"))
	assert.Equal(t, "expand%5B0%5D=customer&metadata%5Border_id%5D=6735&amount=2000&capture=false&currency=usd"+
		"&customer=cus_1&description=Order+%236735&receipt_email=jenny%40example.com"+
		"&shipping%5Baddress%5D%5Bcity%5D=Paris&shipping%5Baddress%5D%5Bline1%5D=1+Main+St&shipping%5Baddress%5D%5Bpostal_code%5D=75001"+
		"&shipping%5Bname%5D=Jenny+Rosen&source=tok_visa&statement_descriptor=PAYSKE%2ASHOP"+
		"&transfer_data%5Bamount%5D=1500&transfer_data%5Bdestination%5D=acct_1", req.Body)

	assert.Equal(t, "ch_3JwRFc2eZvKYlo2C0zD9agb3", ch.ID)
	assert.Equal(t, int64(2000), ch.Amount)
	assert.Equal(t, payske.CurrencyUSD, ch.Currency)
	require.NotNil(t, ch.LastResponse)
	assert.Equal(t, "req_mock", ch.LastResponse.RequestID)
	assert.Equal(t, "order-6735", ch.LastResponse.IdempotencyKey)
}

func TestGetSendsExpandAsQuery(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/charges/ch_123", 200, mocktest.Fixture(t, "charge/retrieve.json"))
	params := &payske.ChargeParams{}
	params.AddExpand("customer")
	params.AddExpand("balance_transaction")

	ch, err := c.Get("ch_123", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "GET", req.Method)
	assert.Equal(t, "expand%5B0%5D=customer&expand%5B1%5D=balance_transaction", req.RawQuery)
	assert.Equal(t, "ch_3JwRFc2eZvKYlo2C0zD9agb3", ch.ID)
}

func TestGetEscapesTheID(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/charges/ch_1%2F..%2Frefunds", 200, mocktest.Fixture(t, "charge/retrieve.json"))
	_, err := c.Get("ch_1/../refunds", nil)
	require.NoError(t, err)
	assert.Equal(t, "/v1/charges/ch_1%2F..%2Frefunds", calls.Only(t).Path)
}

func TestGetRefusesAnEmptyID(t *testing.T) {
	_, c := newClient(t)
	ch, err := c.Get("", nil)
	assert.Nil(t, ch)
	require.ErrorIs(t, err, payske.ErrInvalidID)
	assert.Contains(t, err.Error(), "charge ID is empty")
}

func TestUpdateSendsOnlyWhatIsSet(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/charges/ch_123", 200, mocktest.Fixture(t, "charge/update.json"))
	params := &payske.ChargeParams{
		Description:  payske.String(""),
		FraudDetails: &payske.ChargeFraudDetailsParams{UserReport: payske.String("safe")},
	}
	params.AddMetadata("order_id", "6735")

	ch, err := c.Update("ch_123", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "metadata%5Border_id%5D=6735&description=&fraud_details%5Buser_report%5D=safe", req.Body,
		"an empty string unsets the description")
	assert.Equal(t, "6735", ch.Metadata["order_id"])
}

func TestCaptureWithAndWithoutParams(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/charges/ch_123/capture", 200, mocktest.Fixture(t, "charge/capture.json"))

	ch, err := c.Capture("ch_123", nil)
	require.NoError(t, err)
	assert.Equal(t, "ch_3JwRZH2eZvKYlo2C1rS58zMi", ch.ID)

	_, err = c.Capture("ch_123", &payske.ChargeCaptureParams{Amount: payske.Int64(50), ReceiptEmail: payske.String("a@b.c")})
	require.NoError(t, err)

	reqs := calls.All()
	require.Len(t, reqs, 2)
	for _, r := range reqs {
		mocktest.AssertHeaders(t, r)
	}
	assert.Equal(t, "", reqs[0].Body)
	assert.Equal(t, "amount=50&receipt_email=a%40b.c", reqs[1].Body)
	assert.NotEqual(t, reqs[0].Header.Get("Idempotency-Key"), reqs[1].Header.Get("Idempotency-Key"))
}

func TestListSendsFiltersAndPages(t *testing.T) {
	m, c := newClient(t)
	page := func(ids []string, hasMore bool) []byte {
		data := ""
		for i, id := range ids {
			if i > 0 {
				data += ","
			}
			data += fmt.Sprintf(`{"id":%q,"object":"charge","amount":100,"currency":"usd","status":"succeeded"}`, id)
		}
		return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/charges","has_more":%t,"data":[%s]}`, hasMore, data))
	}
	first := m.Respond(http.MethodGet, "/v1/charges?created%5Bgte%5D=1600000000&customer=cus_1&expand%5B0%5D=data.customer&limit=2", 200, page([]string{"ch_3", "ch_2"}, true))
	second := m.Respond(http.MethodGet, "/v1/charges?created%5Bgte%5D=1600000000&customer=cus_1&expand%5B0%5D=data.customer&limit=2&starting_after=ch_2", 200, page([]string{"ch_1"}, false))

	params := &payske.ChargeListParams{
		Customer:     payske.String("cus_1"),
		CreatedRange: &payske.RangeQueryParams{GreaterThanOrEqual: payske.Int64(1600000000)},
	}
	params.Limit = payske.Int64(2)
	params.AddExpand("data.customer")

	var ids []string
	i := c.List(params)
	for i.Next() {
		ids = append(ids, i.Charge().ID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, []string{"ch_3", "ch_2", "ch_1"}, ids)
	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	assert.Equal(t, "expand%5B0%5D=data.customer&limit=2&created%5Bgte%5D=1600000000&customer=cus_1", r1.RawQuery)
	assert.Equal(t, "expand%5B0%5D=data.customer&limit=2&created%5Bgte%5D=1600000000&customer=cus_1&starting_after=ch_2", r2.RawQuery)
	assert.False(t, i.Meta().HasMore)
}

func TestListDecodesTheReferencePage(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodGet, "/v1/charges", 200, mocktest.Fixture(t, "charge/list.json"))
	var got []*payske.Charge
	for ch, err := range c.List(nil).All() {
		require.NoError(t, err)
		got = append(got, ch)
	}
	require.NotEmpty(t, got)
	assert.Equal(t, "ch_3JwRvl2eZvKYlo2C0EOCHQ2f", got[0].ID)
}

func TestDeclineIsACardError(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodPost, "/v1/charges", 402, []byte(`{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","charge":"ch_declined","message":"Your card has insufficient funds."}}`))
	ch, err := c.New(&payske.ChargeParams{Amount: payske.Int64(100), Currency: payske.String("usd"), Source: &payske.SourceParams{Token: payske.String("tok_chargeDeclinedInsufficientFunds")}})
	assert.Nil(t, ch)
	var cardErr *payske.CardError
	require.ErrorAs(t, err, &cardErr)
	assert.Equal(t, payske.DeclineCodeInsufficientFunds, cardErr.DeclineCode)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, "ch_declined", perr.ChargeID)
	assert.Equal(t, 402, perr.HTTPStatusCode)
}

func TestTruncatedAnswerGivesNoCharge(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodGet, "/v1/charges/ch_1", 200, []byte(`{"id":"ch_1","object":"charge","amount":10`))
	ch, err := c.Get("ch_1", nil)
	assert.Nil(t, ch, "never a half-filled charge")
	var apiErr *payske.APIError
	assert.ErrorAs(t, err, &apiErr)
}

func TestContextIsHonoured(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/charges/ch_1", 200, mocktest.Fixture(t, "charge/retrieve.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	params := &payske.ChargeParams{}
	params.Context = ctx
	_, err := c.Get("ch_1", params)
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, calls.All())
}

func TestPackageFunctionsUseTheGlobalKeyAndBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	create := m.Respond(http.MethodPost, "/v1/charges", 200, mocktest.Fixture(t, "charge/create.json"))
	get := m.Respond(http.MethodGet, "/v1/charges/ch_1", 200, mocktest.Fixture(t, "charge/retrieve.json"))
	update := m.Respond(http.MethodPost, "/v1/charges/ch_1", 200, mocktest.Fixture(t, "charge/update.json"))
	capture := m.Respond(http.MethodPost, "/v1/charges/ch_1/capture", 200, mocktest.Fixture(t, "charge/capture.json"))
	list := m.Respond(http.MethodGet, "/v1/charges", 200, mocktest.Fixture(t, "charge/list.json"))

	_, err := charge.New(&payske.ChargeParams{Amount: payske.Int64(1)})
	require.NoError(t, err)
	_, err = charge.Get("ch_1", nil)
	require.NoError(t, err)
	_, err = charge.Update("ch_1", &payske.ChargeParams{Description: payske.String("d")})
	require.NoError(t, err)
	_, err = charge.Capture("ch_1", nil)
	require.NoError(t, err)
	it := charge.List(nil)
	for it.Next() {
	}
	require.NoError(t, it.Err())

	for _, calls := range []*mocktest.Calls{create, get, update, capture, list} {
		mocktest.AssertHeaders(t, calls.Only(t))
	}
	assert.Equal(t, "amount=1", create.Only(t).Body)
	assert.Equal(t, "description=d", update.Only(t).Body)
}

func TestMissingGlobalKeyFailsBeforeAnyRequest(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/charges", 200, mocktest.Fixture(t, "charge/create.json"))
	payske.Key = ""
	_, err := charge.New(&payske.ChargeParams{Amount: payske.Int64(1)})
	require.True(t, errors.Is(err, payske.ErrNoAPIKey))
	assert.Empty(t, calls.All())
}
