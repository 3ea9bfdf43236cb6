package source_test

// These tests run the Go snippets of the Payske API reference's Sources
// section verbatim (create, retrieve, update, detach; the reference prints
// the detach snippet twice, glued together, and it is one snippet) against
// httpmock answers built from the reference's JSON examples. Only `_ = x`
// lines for variables Go would reject as unused, and assertions, are added.
// The attach snippet (paymentsource.New) runs in the paymentsource package.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/source"
)

func TestReferenceCreateSource(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/sources", 200, mocktest.Fixture(t, "source/create.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.SourceObjectParams{
		Type:     payske.String("ach_credit_transfer"),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Owner: &payske.SourceOwnerParams{
			Email: payske.String("jenny.rosen@example.com"),
		},
	}
	s, err := source.New(params)

	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "currency=usd&owner%5Bemail%5D=jenny.rosen%40example.com&type=ach_credit_transfer", req.Body)
	require.NotNil(t, s)
	assert.Equal(t, "src_1Jwvg92eZvKYlo2CeGmNMtVB", s.ID)
	assert.Equal(t, payske.SourceTypeACHCreditTransfer, s.Type)
	assert.Equal(t, payske.SourceFlowReceiver, s.Flow)
	assert.Equal(t, payske.SourceUsageReusable, s.Usage)
	assert.Equal(t, "TEST BANK", s.ACHCreditTransfer.BankName)
	assert.Equal(t, "121042882-38381234567890123", s.Receiver.Address)
}

func TestReferenceRetrieveSource(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/sources/src_1JxB9F2eZvKYlo2CkP36Z4dl", 200, mocktest.Fixture(t, "source/retrieve.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	s, _ := source.Get(
		"src_1JxB9F2eZvKYlo2CkP36Z4dl",
		nil,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, s)
	assert.Equal(t, "src_1Jwvg92eZvKYlo2CeGmNMtVB", s.ID)
	assert.Equal(t, payske.SourceStatusPending, s.Status)
	assert.Equal(t, "jenny.rosen@example.com", s.Owner.Email)
}

func TestReferenceUpdateSource(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/sources/src_1JxB9F2eZvKYlo2CkP36Z4dl", 200, mocktest.Fixture(t, "source/update.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.SourceObjectParams{}
	params.AddMetadata("order_id", "6735")
	s, _ := source.Update(
		"src_1JxB9F2eZvKYlo2CkP36Z4dl",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "metadata%5Border_id%5D=6735", req.Body)
	require.NotNil(t, s)
	assert.Equal(t, "src_1JwwRo2eZvKYlo2CZnVjJKlC", s.ID)
	assert.Equal(t, map[string]string{"order_id": "6735"}, s.Metadata)
}

func TestReferenceDetachSource(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodDelete, "/v1/customers/cus_AJ6yA7mRH34mJT/sources/src_1JxB9F2eZvKYlo2CkP36Z4dl", 200, mocktest.Fixture(t, "source/detach.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.SourceObjectDetachParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
	}
	s, err := source.Detach("src_1JxB9F2eZvKYlo2CkP36Z4dl", params)

	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodDelete, req.Method)
	assert.Empty(t, req.RawQuery, "the customer is only in the path")
	require.NotNil(t, s)
	assert.Equal(t, "src_1JwwRo2eZvKYlo2CZnVjJKlC", s.ID)
	assert.Equal(t, payske.SourceStatusConsumed, s.Status)
	assert.Equal(t, "cus_AJ6yA7mRH34mJT", s.Customer)
}
