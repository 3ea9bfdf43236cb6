package refund_test

// These tests run the Go snippets of the Payske API reference for Refunds
// verbatim against httpmock answers built from the reference's JSON
// examples. Only `_ = x` lines for variables Go would reject as unused, and
// assertions, are added.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/refund"
)

func TestReferenceCreateRefund(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/refunds", 200, mocktest.Fixture(t, "refund/create.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.RefundParams{
		Charge: payske.String("ch_3JxB9E2eZvKYlo2C1Y7trE7d"),
	}
	r, _ := refund.New(params)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/refunds", req.Path)
	assert.Equal(t, "charge=ch_3JxB9E2eZvKYlo2C1Y7trE7d", req.Body)
	require.NotNil(t, r)
	assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25", r.ID)
	assert.Equal(t, int64(100), r.Amount)
	assert.Equal(t, payske.RefundStatusSucceeded, r.Status)
}

func TestReferenceRetrieveRefund(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/refunds/re_3JxB9E2eZvKYlo2C13CYbVxh", 200, mocktest.Fixture(t, "refund/retrieve.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	r, _ := refund.Get(
		"re_3JxB9E2eZvKYlo2C13CYbVxh",
		nil,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, r)
	assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25", r.ID)
	assert.Equal(t, "ch_3Jwoyw2eZvKYlo2C0rAzmt9u", r.Charge.ID)
}

func TestReferenceUpdateRefund(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/refunds/re_3JxB9E2eZvKYlo2C13CYbVxh", 200, mocktest.Fixture(t, "refund/update.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.RefundParams{}
	params.AddMetadata("order_id", "6735")
	r, _ := refund.Update(
		"re_3JxB9E2eZvKYlo2C13CYbVxh",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "metadata%5Border_id%5D=6735", req.Body)
	require.NotNil(t, r)
	assert.Equal(t, map[string]string{"order_id": "6735"}, r.Metadata)
}

func TestReferenceListRefunds(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/refunds", 200, mocktest.Fixture(t, "refund/list.json"))
	var seen []string

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.RefundListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := refund.List(params)
	for i.Next() {
		r := i.Refund()
		seen = append(seen, r.ID)
	}

	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "limit=3", req.RawQuery)
	assert.Equal(t, []string{"re_3Jwoyw2eZvKYlo2C0j0W7b25"}, seen)
}
