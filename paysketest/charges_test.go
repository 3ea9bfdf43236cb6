package paysketest_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

func TestChargeCaptureLater(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)

	c, err := sc.Charges.New(&payske.ChargeParams{
		Amount: payske.Int64(2000), Currency: payske.String("usd"),
		Source:  &payske.SourceParams{Token: payske.String("tok_visa")},
		Capture: payske.Bool(false),
	})
	require.NoError(t, err)
	assert.False(t, c.Captured)
	assert.Equal(t, int64(0), c.AmountCaptured)
	assert.Equal(t, payske.ChargeStatusSucceeded, c.Status)

	captured, err := sc.Charges.Capture(c.ID, &payske.ChargeCaptureParams{Amount: payske.Int64(1500)})
	require.NoError(t, err)
	assert.True(t, captured.Captured)
	assert.Equal(t, int64(1500), captured.AmountCaptured)
	assert.Equal(t, int64(500), captured.AmountRefunded)

	got, err := sc.Charges.Get(c.ID, nil)
	require.NoError(t, err)
	assert.True(t, got.Captured)

	_, err = sc.Charges.Capture(c.ID, nil)
	var perr *payske.Error
	require.True(t, errors.As(err, &perr))
	assert.Equal(t, payske.ErrorCodeChargeAlreadyCaptured, perr.Code)
}
