package paysketest_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// clientWithRetries is a client of srv that retries up to retries times.
func clientWithRetries(srv *paysketest.Server, retries int64) *client.API {
	return client.New(paysketest.TestKey, srv.BackendsWithConfig(payske.BackendConfig{MaxNetworkRetries: payske.Int64(retries)}))
}

// countCharges counts every charge through the list endpoint.
func countCharges(t *testing.T, sc *client.API) int {
	t.Helper()
	params := &payske.ChargeListParams{}
	params.Limit = payske.Int64(100)
	n := 0
	for _, err := range sc.Charges.List(params).All() {
		require.NoError(t, err)
		n++
	}
	return n
}

// apiError returns err as a *payske.Error, failing the test otherwise.
func apiError(t *testing.T, err error) *payske.Error {
	t.Helper()
	var perr *payske.Error
	require.Error(t, err)
	require.True(t, errors.As(err, &perr), "not a *payske.Error: %v", err)
	return perr
}

// customerWithCard creates a customer and attaches a card from token.
func customerWithCard(t *testing.T, sc *client.API, token string) (*payske.Customer, *payske.Card) {
	t.Helper()
	cus, err := sc.Customers.New(&payske.CustomerParams{Email: payske.String("jenny@example.com")})
	require.NoError(t, err)
	card, err := sc.Cards.New(&payske.CardParams{Customer: payske.String(cus.ID), Token: payske.String(token)})
	require.NoError(t, err)
	return cus, card
}

func charge(t *testing.T, sc *client.API, amount int64, token string) *payske.Charge {
	t.Helper()
	c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(amount), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String(token)}})
	require.NoError(t, err)
	return c
}

// newBankToken creates a bank account token.
func newBankToken(t *testing.T, sc *client.API) string {
	t.Helper()
	tok, err := sc.Tokens.New(&payske.TokenParams{BankAccount: &payske.BankAccountParams{
		AccountHolderName: payske.String("Jenny Rosen"), AccountHolderType: payske.String("individual"),
		AccountNumber: payske.String("000123456789"), Country: payske.String("US"), Currency: payske.String("usd"),
		RoutingNumber: payske.String("110000000")}})
	require.NoError(t, err)
	return tok.ID
}
