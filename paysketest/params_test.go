package paysketest_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// TestTheSchemasParametersAreAccepted sends parameters the OpenAPI schema
// describes in full (the fields of a list of objects that may also be
// unset), parameters it lost and the configuration restores (description),
// and created as an exact time on a list: each is accepted.
func TestTheSchemasParametersAreAccepted(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	cases := []struct {
		name, method, path, body string
	}{
		{"fields of a list that may be unset", "POST", "/v1/customers",
			"invoice_settings[custom_fields][0][name]=VAT&invoice_settings[custom_fields][0][value]=FR1"},
		{"a list that may be unset, unset", "POST", "/v1/customers", "invoice_settings[custom_fields]="},
		{"a customer's description", "POST", "/v1/customers", "description=Jenny"},
		{"a charge's description", "POST", "/v1/charges", "amount=100&currency=usd&source=tok_visa&description=Tea"},
		{"a line item's product description", "POST", "/v1/checkout/sessions",
			"mode=payment&success_url=https://example.com&line_items[0][quantity]=1&line_items[0][price_data][currency]=usd" +
				"&line_items[0][price_data][unit_amount]=500&line_items[0][price_data][product_data][name]=Tea" +
				"&line_items[0][price_data][product_data][description]=Green"},
		{"created as an exact time", "GET", "/v1/charges?created=1637060835", ""},
		{"created as a range", "GET", "/v1/charges?created[gte]=1637060835", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, e := rawCall(t, srv, tc.method, tc.path, tc.body, paysketest.TestKey)
			assert.Equal(t, http.StatusOK, status, "%v", e)
		})
	}
}

// TestTheRequiredFieldsOfAListElementAreChecked checks that a field the
// schema requires in each element of a list is required.
func TestTheRequiredFieldsOfAListElementAreChecked(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	status, e := rawCall(t, srv, "POST", "/v1/customers", "invoice_settings[custom_fields][0][name]=VAT", paysketest.TestKey)
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Equal(t, "invoice_settings[custom_fields][0][value]", e["param"])
	assert.Contains(t, e["message"], "Missing required param")
}

// TestCustomerInvoiceCustomFieldsReachTheFake sends the SDK's
// CustomerParams with invoice custom fields to the fake, which must take
// them.
func TestCustomerInvoiceCustomFieldsReachTheFake(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	_, err := sc.Customers.New(&payske.CustomerParams{InvoiceSettings: &payske.CustomerInvoiceSettingsParams{
		CustomFields: []*payske.CustomerInvoiceSettingsCustomFieldParams{{Name: payske.String("VAT"), Value: payske.String("FR1")}},
	}})
	require.NoError(t, err)
}
