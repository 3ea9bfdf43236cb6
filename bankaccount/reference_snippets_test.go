package bankaccount_test

// These tests run the Go snippets of the Payske API reference's Bank
// Accounts section verbatim against httpmock answers built from the
// reference's JSON examples. Only assertions, and in the list loop the
// collection of what it yields, are added.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/bankaccount"
	"github.com/payske/payske-go/internal/mocktest"
)

func TestReferenceCreateBankAccount(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", 200, mocktest.Fixture(t, "bankaccount/create.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.BankAccountParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
		Token:    payske.String("btok_1JxB9F2eZvKYlo2CTkTlVpHt"),
	}
	ba, err := bankaccount.New(params)

	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "source=btok_1JxB9F2eZvKYlo2CTkTlVpHt", req.Body)
	assert.Equal(t, "ba_1Jw9mB2eZvKYlo2Crly03Iir", ba.ID)
	assert.Equal(t, "cus_AJ6yA7mRH34mJT", ba.Customer.ID)
	assert.Equal(t, payske.BankAccountAccountHolderTypeIndividual, ba.AccountHolderType)
}

func TestReferenceRetrieveBankAccount(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_AJ6yA7mRH34mJT/sources/ba_1JxB8R2eZvKYlo2CqSBL9hKS", 200, mocktest.Fixture(t, "bankaccount/retrieve.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.BankAccountParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
	}
	ba, _ := bankaccount.Get(
		"ba_1JxB8R2eZvKYlo2CqSBL9hKS",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, ba)
	assert.Equal(t, "PAYSKE TEST BANK", ba.BankName)
	assert.Equal(t, payske.BankAccountStatusNew, ba.Status)
}

func TestReferenceUpdateBankAccount(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_AJ6yA7mRH34mJT/sources/ba_1JxB8R2eZvKYlo2CqSBL9hKS", 200, mocktest.Fixture(t, "bankaccount/update.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.BankAccountParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
	}
	params.AddMetadata("order_id", "6735")
	ba, _ := bankaccount.Update(
		"ba_1JxB8R2eZvKYlo2CqSBL9hKS",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "metadata%5Border_id%5D=6735", req.Body)
	require.NotNil(t, ba)
	assert.Equal(t, map[string]string{"order_id": "6735"}, ba.Metadata)
}

func TestReferenceListBankAccounts(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", 200, mocktest.Fixture(t, "bankaccount/list.json"))
	var seen []*payske.BankAccount

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.BankAccountListParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
	}
	params.Filters.AddFilter("limit", "", "3")
	i := bankaccount.List(params)
	for i.Next() {
		ba := i.BankAccount()
		seen = append(seen, ba)
	}

	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "object=bank_account&limit=3", req.RawQuery)
	require.Len(t, seen, 1)
	assert.Equal(t, "ba_1Jw9mB2eZvKYlo2Crly03Iir", seen[0].ID)
	assert.Equal(t, "9991", seen[0].Last4)
}
