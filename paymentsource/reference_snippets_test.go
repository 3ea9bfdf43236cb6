package paymentsource_test

// This test runs the Go snippet of the Payske API reference that uses this
// package (Sources: attach a source) verbatim against an httpmock answer
// built from the reference's JSON example. Only assertions are added.

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/paymentsource"
)

func TestReferenceAttachSource(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", 200, mocktest.Fixture(t, "source/attach.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.CustomerSourceParams{
		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
		Source: &payske.SourceParams{
			Token: payske.String("src_1JxB9F2eZvKYlo2CkP36Z4dl"),
		},
	}
	s, err := paymentsource.New(params)

	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "source=src_1JxB9F2eZvKYlo2CkP36Z4dl", req.Body)
	require.NotNil(t, s)
	assert.Equal(t, "src_1JwwRo2eZvKYlo2CZnVjJKlC", s.ID)
	assert.Equal(t, payske.PaymentSourceTypeSource, s.Type)
	require.NotNil(t, s.SourceObject)
	assert.Equal(t, payske.SourceStatusChargeable, s.SourceObject.Status)
	assert.Equal(t, payske.Int64(1000), s.SourceObject.Amount)
	assert.Equal(t, "cus_AJ6yA7mRH34mJT", s.SourceObject.Customer)
	assert.Equal(t, int64(1000), s.SourceObject.Receiver.AmountReceived)
}
