package card_test

// These tests run the Go snippets of the Payske API reference's Cards
// section verbatim against httpmock answers built from the reference's JSON
// examples. Only assertions, and in the list loop the collection of what it
// yields, are added.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/card"
	"github.com/payske/payske-go/internal/mocktest"
)

func TestReferenceCreateCard(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", 200, mocktest.Fixture(t, "card/create.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CardParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
		Token:    payske.String("tok_amex"),
	}
	c, err := card.New(params)

	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", req.Path)
	assert.Equal(t, "source=tok_amex", req.Body)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", c.ID)
	assert.Equal(t, "cus_AJ6yA7mRH34mJT", c.Customer.ID)
	assert.Equal(t, payske.CardVerificationPass, c.CVCCheck)
}

func TestReferenceRetrieveCard(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_AJ6yA7mRH34mJT/sources/card_1JxB9E2eZvKYlo2C1dC8gPvE", 200, mocktest.Fixture(t, "card/retrieve.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CardParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
	}
	c, _ := card.Get(
		"card_1JxB9E2eZvKYlo2C1dC8gPvE",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, c)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", c.ID)
	assert.Equal(t, "4242", c.Last4)
}

func TestReferenceUpdateCard(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_AJ6yA7mRH34mJT/sources/card_1JxB9E2eZvKYlo2C1dC8gPvE", 200, mocktest.Fixture(t, "card/update.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CardParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
		Name:     payske.String("Jenny Rosen"),
	}
	c, _ := card.Update(
		"card_1JxB9E2eZvKYlo2C1dC8gPvE",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "name=Jenny+Rosen", req.Body)
	require.NotNil(t, c)
	assert.Equal(t, "Jenny Rosen", c.Name)
}

func TestReferenceDeleteCard(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodDelete, "/v1/customers/cus_AJ6yA7mRH34mJT/sources/card_1JxB9E2eZvKYlo2C1dC8gPvE", 200, mocktest.Fixture(t, "card/delete.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CardParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
	}
	c, _ := card.Del(
		"card_1JxB9E2eZvKYlo2C1dC8gPvE",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, c)
	assert.True(t, c.Deleted)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", c.ID)
}

func TestReferenceListCards(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", 200, mocktest.Fixture(t, "card/list.json"))
	var seen []*payske.Card

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CardListParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
	}
	params.Filters.AddFilter("limit", "", "3")
	i := card.List(params)
	for i.Next() {
		c := i.Card()
		seen = append(seen, c)
	}

	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", req.Path)
	assert.Equal(t, "object=card&limit=3", req.RawQuery)
	require.Len(t, seen, 1)
	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", seen[0].ID)
	assert.Equal(t, payske.CardBrandVisa, seen[0].Brand)
}
