package customer_test

// These tests run the Go snippets of the Payske API reference for Customers
// verbatim against httpmock answers built from the reference's JSON
// examples. Only `_ = x` lines for variables Go would reject as unused, and
// assertions, are added.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/mocktest"
)

func TestReferenceCreateCustomer(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/customers", 200, mocktest.Fixture(t, "customer/create.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CustomerParams{
		Description: payske.String("My First Test Customer (created for API docs)"),
	}
	c, _ := customer.New(params)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/customers", req.Path)
	assert.Equal(t, "description=My+First+Test+Customer+%28created+for+API+docs%29", req.Body)
	require.NotNil(t, c)
	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", c.ID)
	assert.Equal(t, "My First Test Customer (created for API docs)", c.Description)
	assert.Equal(t, payske.CustomerTaxExemptNone, c.TaxExempt)
}

func TestReferenceRetrieveCustomer(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_AJ6yA7mRH34mJT", 200, mocktest.Fixture(t, "customer/retrieve.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	c, _ := customer.Get("cus_AJ6yA7mRH34mJT", nil)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, c)
	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", c.ID)
	assert.Equal(t, int64(1), c.NextInvoiceSequence)
}

func TestReferenceUpdateCustomer(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_AJ6yA7mRH34mJT", 200, mocktest.Fixture(t, "customer/update.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CustomerParams{}
	params.AddMetadata("order_id", "6735")
	c, _ := customer.Update(
		"cus_AJ6yA7mRH34mJT",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "metadata%5Border_id%5D=6735", req.Body)
	require.NotNil(t, c)
	assert.Equal(t, map[string]string{"order_id": "6735"}, c.Metadata)
}

func TestReferenceDeleteCustomer(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodDelete, "/v1/customers/cus_AJ6yA7mRH34mJT", 200, mocktest.Fixture(t, "customer/delete.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	c, _ := customer.Del("cus_AJ6yA7mRH34mJT", nil)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodDelete, req.Method)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, c)
	assert.Equal(t, "cus_Kc344PP3X2o0IA", c.ID)
	assert.True(t, c.Deleted)
}

func TestReferenceListCustomers(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/customers", 200, mocktest.Fixture(t, "customer/list.json"))
	var seen []string

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CustomerListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := customer.List(params)
	for i.Next() {
		c := i.Customer()
		seen = append(seen, c.ID)
	}

	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "limit=3", req.RawQuery)
	assert.Equal(t, []string{"cus_Kc344PP3X2o0IA"}, seen)
}
