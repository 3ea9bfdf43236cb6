package reliability_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// seededFaults fails 30% of requests, the same ones on every run: 500s,
// 503s, connections dropped before the server acted and after it did.
var seededFaults = paysketest.Faults{Rate: 0.3, Seed: 7}

// TestSeededFaultsChargeAndRefundOnce runs orders one after the other
// against paysketest with seededFaults: each order creates a charge, reads
// it back and, every third one, refunds part of it. Every call must
// succeed through the SDK's retries, and afterwards the server must hold
// exactly one charge per order and one refund per refunded order, for the
// amounts asked: nothing lost, nothing twice.
func TestSeededFaultsChargeAndRefundOnce(t *testing.T) {
	const orders = 120
	srv := paysketest.NewTestServer(t, paysketest.WithFaults(seededFaults))
	alog := &attemptLog{}
	sc := client.New(testKey, srv.BackendsWithConfig(payske.BackendConfig{
		MaxNetworkRetries: payske.Int64(10),
		MinRetryDelay:     &tinyBackoff,
		Middleware:        []payske.Middleware{alog.middleware},
	}))

	calls := 0
	made := map[string]string{} // order -> charge ID
	refunded := map[string]bool{}
	for i := range orders {
		order := fmt.Sprintf("order-%03d", i)
		ch, err := sc.Charges.New(chargeParams(order))
		calls++
		require.NoError(t, err, order)
		made[order] = ch.ID

		got, err := sc.Charges.Get(ch.ID, nil)
		calls++
		require.NoError(t, err, order)
		assert.Equal(t, order, got.Metadata["order"])

		if i%3 == 0 {
			_, err := sc.Refunds.New(&payske.RefundParams{Charge: payske.String(ch.ID), Amount: payske.Int64(234)})
			calls++
			require.NoError(t, err, order)
			refunded[order] = true
		}
	}
	faults := srv.Stats()
	srv.SetFaults(paysketest.Faults{})

	// What the server holds, read without faults.
	duplicates, lost := 0, 0
	held := map[string][]*payske.Charge{}
	lp := &payske.ChargeListParams{}
	lp.Limit = payske.Int64(100)
	for ch, err := range sc.Charges.List(lp).All() {
		require.NoError(t, err)
		held[ch.Metadata["order"]] = append(held[ch.Metadata["order"]], ch)
	}
	for order, id := range made {
		switch chs := held[order]; {
		case len(chs) == 0:
			lost++
		case len(chs) > 1:
			duplicates += len(chs) - 1
		default:
			assert.Equal(t, id, chs[0].ID)
			assert.Equal(t, int64(1234), chs[0].Amount)
			want := int64(0)
			if refunded[order] {
				want = 234
			}
			if chs[0].AmountRefunded != want {
				// 468 would be a refund applied twice; 0 one lost.
				t.Errorf("%s: refunded %d, want %d", order, chs[0].AmountRefunded, want)
				duplicates++
			}
		}
	}
	assert.Len(t, held, orders, "no charge the test did not make")

	keys, broken := alog.callsByKey()
	assert.Zero(t, broken, "every attempt of a call carried the call's one idempotency key")
	assert.Len(t, keys, orders+len(refunded), "one idempotency key per POST call, none shared")
	for _, kind := range []int64{faults.Faults500, faults.Faults503, faults.DroppedBefore, faults.LostAfter} {
		assert.Positive(t, kind, "every kind of fault was injected")
	}
	injected := faults.Faults500 + faults.Faults503 + faults.DroppedBefore + faults.LostAfter
	t.Logf("seeded faults (rate %.0f%%, seed %d): calls=%d faults injected=%d (500=%d 503=%d dropped-before=%d lost-after=%d) "+
		"attempts=%d server requests=%d replays=%d duplicates=%d lost=%d",
		seededFaults.Rate*100, seededFaults.Seed, calls, injected, faults.Faults500, faults.Faults503,
		faults.DroppedBefore, faults.LostAfter, len(alog.all()), faults.Requests, faults.Replays, duplicates, lost)
	assert.Zero(t, duplicates)
	assert.Zero(t, lost)
	assert.Empty(t, srv.Violations(), "the fake's ledger invariants")
}
