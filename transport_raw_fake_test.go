package payske_test

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// RawRequest against the fake Payske: the fake checks the key and the
// parameters like the real API, so this is the whole path a user's raw call
// takes.
func TestRawRequestAgainstTheFake(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	opts := &payske.RawRequestOptions{Key: paysketest.TestKey, Backend: srv.Backends().API}
	ctx := context.Background()

	resp, err := payske.RawRequest(ctx, http.MethodPost, "/v1/charges",
		url.Values{"amount": {"1500"}, "currency": {"usd"}, "source": {"tok_visa"}}, opts)
	require.NoError(t, err)
	var created payske.Charge
	require.NoError(t, resp.Decode(&created))
	assert.Equal(t, int64(1500), created.Amount)
	assert.Equal(t, payske.ChargeStatusSucceeded, created.Status)
	assert.NotEmpty(t, resp.RequestID)

	resp, err = payske.RawRequest(ctx, http.MethodGet, "/v1/charges/"+url.PathEscape(created.ID),
		url.Values{"expand[]": {"balance_transaction"}}, opts)
	require.NoError(t, err)
	var got payske.Charge
	require.NoError(t, resp.Decode(&got))
	assert.Equal(t, created.ID, got.ID)

	_, err = payske.RawRequest(ctx, http.MethodPost, "/v1/charges",
		&payske.ChargeParams{Amount: payske.Int64(900), Currency: payske.String("usd"), Source: &payske.SourceParams{Token: payske.String("tok_chargeDeclinedInsufficientFunds")}}, opts)
	var cardErr *payske.CardError
	require.ErrorAs(t, err, &cardErr)
	assert.Equal(t, payske.DeclineCode("insufficient_funds"), cardErr.DeclineCode)

	_, err = payske.RawRequest(ctx, http.MethodGet, "/v1/charges", nil,
		&payske.RawRequestOptions{Key: "sk_live_wrong", Backend: srv.Backends().API})
	var authErr *payske.AuthenticationError
	require.ErrorAs(t, err, &authErr)

	_, err = payske.RawRequest(ctx, http.MethodGet, "/v1/charges/ch_missing", nil, opts)
	var e *payske.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, http.StatusNotFound, e.HTTPStatusCode)
}
