package token_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/token"
)

func newClient(t *testing.T) (*mocktest.Mock, token.Client) {
	m := mocktest.New(t)
	return m, token.Client{B: m.Backend, Key: mocktest.Key}
}

func TestNewTokenizesACardInTheBodyOnly(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/tokens", 200, mocktest.Fixture(t, "token/create_card.json"))
	params := &payske.TokenParams{
		Card: &payske.CardParams{
			Number:       payske.String("4242424242424242"),
			ExpMonth:     payske.String("11"),
			ExpYear:      payske.String("2030"),
			CVC:          payske.String("314"),
			Name:         payske.String("Jenny Rosen"),
			AddressZip:   payske.String("94103"),
			Currency:     payske.String("usd"),
			Networks:     &payske.CardNetworksParams{Preferred: payske.String("visa")},
			AddressLine1: payske.String("510 Townsend St"),
		},
	}
	params.AddExpand("card")
	params.SetIdempotencyKey("tok-1")

	tok, err := c.New(params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodPost, req.Method)
	assert.Equal(t, "/v1/tokens", req.Path)
	assert.Empty(t, req.RawQuery)
	assert.Equal(t, "tok-1", req.Header.Get("Idempotency-Key"))
	assert.Equal(t, "expand%5B0%5D=card&card%5Baddress_line1%5D=510+Townsend+St&card%5Baddress_zip%5D=94103"+
		"&card%5Bcurrency%5D=usd&card%5Bcvc%5D=314&card%5Bexp_month%5D=11&card%5Bexp_year%5D=2030"+
		"&card%5Bname%5D=Jenny+Rosen&card%5Bnetworks%5D%5Bpreferred%5D=visa&card%5Bnumber%5D=4242424242424242", req.Body)
	for name, values := range req.Header {
		assert.NotContains(t, strings.Join(values, ","), "4242424242424242", name)
	}

	assert.Equal(t, "tok_1Jwoyx2eZvKYlo2Cst4eQ7CX", tok.ID)
	assert.Equal(t, payske.TokenTypeCard, tok.Type)
	assert.Equal(t, "4242", tok.Card.Last4)
	require.NotNil(t, tok.LastResponse)
	assert.Equal(t, "tok-1", tok.LastResponse.IdempotencyKey)
}

func TestNewTokenizesABankAccount(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/tokens", 200, mocktest.Fixture(t, "token/create_bank_account.json"))
	tok, err := c.New(&payske.TokenParams{BankAccount: &payske.BankAccountParams{
		Country:       payske.String("US"),
		Currency:      payske.String("usd"),
		RoutingNumber: payske.String("110000000"),
		AccountNumber: payske.String("000123456789"),
		AccountType:   payske.String(string(payske.BankAccountAccountTypeChecking)),
	}})
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "bank_account%5Baccount_number%5D=000123456789&bank_account%5Baccount_type%5D=checking"+
		"&bank_account%5Bcountry%5D=US&bank_account%5Bcurrency%5D=usd&bank_account%5Brouting_number%5D=110000000", req.Body)
	assert.Equal(t, payske.TokenTypeBankAccount, tok.Type)
	assert.Equal(t, "6789", tok.BankAccount.Last4)
}

func TestNewSendsTheOtherKinds(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/tokens", 200, []byte(`{"id":"cvctok_1","object":"token","type":"cvc_update","used":false}`))
	tok, err := c.New(&payske.TokenParams{CVCUpdate: &payske.TokenCVCUpdateParams{CVC: payske.String("123")}})
	require.NoError(t, err)
	assert.Equal(t, payske.TokenTypeCVCUpdate, tok.Type)
	_, err = c.New(&payske.TokenParams{PII: &payske.TokenPIIParams{IDNumber: payske.String("000000000")}, Customer: payske.String("cus_1")})
	require.NoError(t, err)

	reqs := calls.All()
	require.Len(t, reqs, 2)
	assert.Equal(t, "cvc_update%5Bcvc%5D=123", reqs[0].Body)
	assert.Equal(t, "customer=cus_1&pii%5Bid_number%5D=000000000", reqs[1].Body)
}

func TestGetSendsOnlyExpand(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/tokens/tok_1Jwoyx2eZvKYlo2Cst4eQ7CX", 200, mocktest.Fixture(t, "token/retrieve.json"))
	params := &payske.TokenParams{Card: &payske.CardParams{Number: payske.String("4242424242424242")}}
	params.AddExpand("card.customer")

	tok, err := c.Get("tok_1Jwoyx2eZvKYlo2Cst4eQ7CX", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, "expand%5B0%5D=card.customer", req.RawQuery, "card details never reach the URL")
	assert.Equal(t, "card_1Jwoyx2eZvKYlo2CzoY3eYaj", tok.Card.ID)

	_, err = c.Get("tok_1Jwoyx2eZvKYlo2Cst4eQ7CX", nil)
	require.NoError(t, err)
}

func TestGetEscapesTheID(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/tokens/tok_1%2F..%2F..%2Fcharges", 200, mocktest.Fixture(t, "token/retrieve.json"))
	_, err := c.Get("tok_1/../../charges", nil)
	require.NoError(t, err)
	assert.Equal(t, "/v1/tokens/tok_1%2F..%2F..%2Fcharges", calls.Only(t).Path)

	tok, err := c.Get("", nil)
	assert.Nil(t, tok)
	require.ErrorIs(t, err, payske.ErrInvalidID)
	assert.Contains(t, err.Error(), "token ID is empty")
}

func TestDeclinedCardIsACardError(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodPost, "/v1/tokens", 402,
		[]byte(`{"error":{"type":"card_error","code":"incorrect_number","param":"number","message":"Your card number is incorrect."}}`))
	tok, err := c.New(&payske.TokenParams{Card: &payske.CardParams{Number: payske.String("4242424242424241")}})
	assert.Nil(t, tok)
	var cardErr *payske.CardError
	require.ErrorAs(t, err, &cardErr)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, payske.ErrorCodeIncorrectNumber, perr.Code)
	assert.NotContains(t, err.Error(), "4242424242424241")
}

func TestContextIsHonoured(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/tokens/tok_1", 200, mocktest.Fixture(t, "token/retrieve.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	params := &payske.TokenParams{}
	params.Context = ctx
	_, err := c.Get("tok_1", params)
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, calls.All())
}

func TestPackageFunctionsUseTheGlobalKeyAndBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	create := m.Respond(http.MethodPost, "/v1/tokens", 200, mocktest.Fixture(t, "token/create_card.json"))
	get := m.Respond(http.MethodGet, "/v1/tokens/tok_1", 200, mocktest.Fixture(t, "token/retrieve.json"))

	_, err := token.New(&payske.TokenParams{CVCUpdate: &payske.TokenCVCUpdateParams{CVC: payske.String("1")}})
	require.NoError(t, err)
	_, err = token.Get("tok_1", nil)
	require.NoError(t, err)
	mocktest.AssertHeaders(t, create.Only(t))
	mocktest.AssertHeaders(t, get.Only(t))
	assert.Equal(t, "cvc_update%5Bcvc%5D=1", create.Only(t).Body)
	assert.Empty(t, get.Only(t).RawQuery)

	payske.Key = ""
	_, err = token.Get("tok_1", nil)
	require.ErrorIs(t, err, payske.ErrNoAPIKey)
	assert.Len(t, get.All(), 1)
}
