package token_test

// These tests run the Go snippets of the Payske API reference's Tokens
// section verbatim against httpmock answers built from the reference's JSON
// examples. The snippets name their token t, so the tests name their
// *testing.T tt. Only assertions are added.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/token"
)

func TestReferenceCreateCardToken(tt *testing.T) {
	m := mocktest.NewGlobal(tt)
	calls := m.Respond(http.MethodPost, "/v1/tokens", 200, mocktest.Fixture(tt, "token/create_card.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.TokenParams{
		Card: &payske.CardParams{
			Number:   payske.String("4242424242424242"),
			ExpMonth: payske.String("12"),
			ExpYear:  payske.String("2022"),
			CVC:      payske.String("123"),
		},
	}
	t, err := token.New(params)

	require.NoError(tt, err)
	req := calls.Only(tt)
	mocktest.AssertHeaders(tt, req)
	assert.Equal(tt, "/v1/tokens", req.Path)
	assert.Empty(tt, req.RawQuery, "the card number travels only in the body")
	assert.Equal(tt, "card%5Bcvc%5D=123&card%5Bexp_month%5D=12&card%5Bexp_year%5D=2022&card%5Bnumber%5D=4242424242424242", req.Body)
	assert.Equal(tt, "tok_1Jwoyx2eZvKYlo2Cst4eQ7CX", t.ID)
	assert.Equal(tt, payske.TokenTypeCard, t.Type)
	assert.False(tt, t.Used)
	assert.Equal(tt, "4242", t.Card.Last4)
	assert.Equal(tt, payske.CardBrandVisa, t.Card.Brand)
}

func TestReferenceCreateBankAccountToken(tt *testing.T) {
	m := mocktest.NewGlobal(tt)
	calls := m.Respond(http.MethodPost, "/v1/tokens", 200, mocktest.Fixture(tt, "token/create_bank_account.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	t, err := token.New(&payske.TokenParams{
		BankAccount: &payske.BankAccountParams{
			Country:           payske.String("US"),
			Currency:          payske.String(string(payske.CurrencyUSD)),
			AccountHolderName: payske.String("Jenny Rosen"),
			AccountHolderType: payske.String(string(payske.BankAccountAccountHolderTypeIndividual)),
			RoutingNumber:     payske.String("110000000"),
			AccountNumber:     payske.String("000123456789"),
		},
	})

	require.NoError(tt, err)
	req := calls.Only(tt)
	mocktest.AssertHeaders(tt, req)
	assert.Empty(tt, req.RawQuery)
	assert.Equal(tt, "bank_account%5Baccount_holder_name%5D=Jenny+Rosen&bank_account%5Baccount_holder_type%5D=individual"+
		"&bank_account%5Baccount_number%5D=000123456789&bank_account%5Bcountry%5D=US&bank_account%5Bcurrency%5D=usd"+
		"&bank_account%5Brouting_number%5D=110000000", req.Body)
	assert.Equal(tt, "btok_1Jwoyx2eZvKYlo2CeuW0logQ", t.ID)
	assert.Equal(tt, payske.TokenTypeBankAccount, t.Type)
	assert.Equal(tt, "ba_1Jwoyx2eZvKYlo2CylNVcYhE", t.BankAccount.ID)
	assert.Equal(tt, payske.BankAccountAccountHolderTypeIndividual, t.BankAccount.AccountHolderType)
}

func TestReferenceRetrieveToken(tt *testing.T) {
	m := mocktest.NewGlobal(tt)
	calls := m.Respond(http.MethodGet, "/v1/tokens/tok_1JxB9F2eZvKYlo2Ck8XdmmD3", 200, mocktest.Fixture(tt, "token/retrieve.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	t, _ := token.Get(
		"tok_1JxB9F2eZvKYlo2Ck8XdmmD3",
		nil,
	)

	req := calls.Only(tt)
	mocktest.AssertHeaders(tt, req)
	assert.Empty(tt, req.RawQuery)
	require.NotNil(tt, t)
	assert.Equal(tt, "tok_1Jwoyx2eZvKYlo2Cst4eQ7CX", t.ID)
	assert.Equal(tt, "card_1Jwoyx2eZvKYlo2CzoY3eYaj", t.Card.ID)
}
