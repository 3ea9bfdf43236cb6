package paysketest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// TestCaptureAfterPartialRefundKeepsTheRefund refunds part of an
// authorization and then captures it: the refunded part stays refunded
// (its refund object and amount_refunded agree), and only what is left of
// the authorization is captured.
func TestCaptureAfterPartialRefundKeepsTheRefund(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t)
	auth := authorize(t, sc, 1000)
	re, err := sc.Refunds.New(&payske.RefundParams{Charge: payske.String(auth.ID), Amount: payske.Int64(300)})
	require.NoError(t, err)

	captured, err := sc.Charges.Capture(auth.ID, nil)
	require.NoError(t, err)
	assert.True(t, captured.Captured)
	assert.Equal(t, int64(300), captured.AmountRefunded, "the refund was wiped by the capture")
	assert.Equal(t, int64(700), captured.AmountCaptured, "what was refunded cannot be captured")
	assert.False(t, captured.Refunded)
	require.NotNil(t, captured.Refunds)
	require.Len(t, captured.Refunds.Data, 1)
	assert.Equal(t, re.ID, captured.Refunds.Data[0].ID)

	rest, err := sc.Refunds.New(&payske.RefundParams{Charge: payske.String(auth.ID)})
	require.NoError(t, err)
	assert.Equal(t, int64(700), rest.Amount)
	got, err := sc.Charges.Get(auth.ID, nil)
	require.NoError(t, err)
	assert.True(t, got.Refunded)
	assert.Equal(t, int64(1000), got.AmountRefunded)
	assert.Empty(t, srv.Violations())
}

// moneyStep is one request of a money sequence: a refund or a capture of
// amount (0: without an amount, meaning all that is left), or the passing of
// the 7 days after which an authorization expires. code is the error code
// the step must fail with ("" for success).
type moneyStep struct {
	op     string // "refund", "capture" or "expire"
	amount int64
	code   payske.ErrorCode
}

// TestMoneySequences runs sequences of refunds and captures on a charge of
// 1000 and checks where each ends. The server checks its ledger invariants
// on every request (amount_refunded is the sum of the refunds, refunded
// money was captured first, refunded means all of it is back, ...) and
// reports any broken one in Violations, which must stay empty.
func TestMoneySequences(t *testing.T) {
	cases := []struct {
		name                string
		capture             bool // captured at creation
		steps               []moneyStep
		captured, refunded  int64
		isCaptured, allBack bool
	}{
		{"refund part then capture the rest", false,
			[]moneyStep{{op: "refund", amount: 300}, {op: "capture"}}, 700, 300, true, false},
		{"refund part then capture less than the rest", false,
			[]moneyStep{{op: "refund", amount: 300}, {op: "capture", amount: 500}}, 500, 500, true, false},
		{"refund part then capture more than the rest", false,
			[]moneyStep{{op: "refund", amount: 300}, {op: "capture", amount: 800, code: payske.ErrorCodeAmountTooLarge}}, 0, 300, false, false},
		{"refund part, capture the rest, refund the rest", false,
			[]moneyStep{{op: "refund", amount: 300}, {op: "capture"}, {op: "refund"}}, 700, 1000, true, true},
		{"refund part, capture, refund too much", false,
			[]moneyStep{{op: "refund", amount: 300}, {op: "capture"}, {op: "refund", amount: 701, code: payske.ErrorCodeAmountTooLarge}}, 700, 300, true, false},
		{"refund it all in two then capture", false,
			[]moneyStep{{op: "refund", amount: 300}, {op: "refund", amount: 700}, {op: "capture", code: "charge_expired_for_capture"}}, 0, 1000, false, true},
		{"refund it all then capture", false,
			[]moneyStep{{op: "refund"}, {op: "capture", code: "charge_expired_for_capture"}}, 0, 1000, false, true},
		{"capture part then refund the rest", false,
			[]moneyStep{{op: "capture", amount: 600}, {op: "refund"}}, 600, 1000, true, true},
		{"capture part then refund more than captured", false,
			[]moneyStep{{op: "capture", amount: 600}, {op: "refund", amount: 700, code: payske.ErrorCodeAmountTooLarge}}, 600, 400, true, false},
		{"capture part then refund in two", false,
			[]moneyStep{{op: "capture", amount: 600}, {op: "refund", amount: 100}, {op: "refund", amount: 500}}, 600, 1000, true, true},
		{"capture twice", false,
			[]moneyStep{{op: "capture", amount: 600}, {op: "capture", code: payske.ErrorCodeChargeAlreadyCaptured}}, 600, 400, true, false},
		{"refund part then expire", false,
			[]moneyStep{{op: "refund", amount: 300}, {op: "expire"}, {op: "capture", code: "charge_expired_for_capture"}}, 0, 1000, false, true},
		{"captured: refund in three", true,
			[]moneyStep{{op: "refund", amount: 250}, {op: "refund", amount: 250}, {op: "refund"}, {op: "refund", code: "charge_already_refunded"}}, 1000, 1000, true, true},
		{"captured: expiry changes nothing", true,
			[]moneyStep{{op: "refund", amount: 250}, {op: "expire"}}, 1000, 250, true, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			clock := paysketest.NewClock(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
			sc, srv := paysketest.NewTestClient(t, paysketest.WithClock(clock))
			ch := charge(t, sc, 1000, "tok_visa")
			if !tc.capture {
				ch = authorize(t, sc, 1000)
			}
			for i, s := range tc.steps {
				var err error
				switch s.op {
				case "refund":
					p := &payske.RefundParams{Charge: payske.String(ch.ID)}
					if s.amount > 0 {
						p.Amount = payske.Int64(s.amount)
					}
					_, err = sc.Refunds.New(p)
				case "capture":
					p := &payske.ChargeCaptureParams{}
					if s.amount > 0 {
						p.Amount = payske.Int64(s.amount)
					}
					_, err = sc.Charges.Capture(ch.ID, p)
				case "expire":
					clock.Advance(7 * 24 * time.Hour)
					_, err = sc.Charges.Get(ch.ID, nil)
				}
				if s.code == "" {
					require.NoError(t, err, "step %d (%s %d)", i, s.op, s.amount)
				} else {
					assert.Equal(t, s.code, apiError(t, err).Code, "step %d (%s %d)", i, s.op, s.amount)
				}
				require.Empty(t, srv.Violations(), "after step %d (%s %d)", i, s.op, s.amount)
			}
			got, err := sc.Charges.Get(ch.ID, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.captured, got.AmountCaptured, "amount_captured")
			assert.Equal(t, tc.refunded, got.AmountRefunded, "amount_refunded")
			assert.Equal(t, tc.isCaptured, got.Captured, "captured")
			assert.Equal(t, tc.allBack, got.Refunded, "refunded")
			assert.Equal(t, tc.refunded, sumRefunds(t, sc, ch.ID), "the refunds of the charge add up to amount_refunded")
		})
	}
}

// authorize makes an uncaptured charge of amount.
func authorize(t *testing.T, sc *client.API, amount int64) *payske.Charge {
	t.Helper()
	c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(amount), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false)})
	require.NoError(t, err)
	return c
}

// sumRefunds adds up the refunds listed for a charge.
func sumRefunds(t *testing.T, sc *client.API, chargeID string) int64 {
	t.Helper()
	var sum int64
	for r, err := range sc.Refunds.List(&payske.RefundListParams{Charge: payske.String(chargeID)}).All() {
		require.NoError(t, err)
		sum += r.Amount
	}
	return sum
}
