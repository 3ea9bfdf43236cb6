package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/payske/payske-go/internal/bench"
)

// TestDecodeBudget checks the decoding budget (BENCHMARKS.md): the backend
// decodes a charge in no more time than encoding/json decoding the same
// bytes into a plain struct, in ratios measured in one run (see
// bench.Compare), and with no more allocations than the plain struct's. Customers and Checkout
// Sessions are reported for BENCHMARKS.md, not checked.
func TestDecodeBudget(t *testing.T) {
	bench.SkipUnlessBudgets(t)
	cases := []struct {
		fixture string
		sdk     func([]byte) func(*testing.B)
		checked bool
	}{
		{bench.ChargeFixture, decodeSDK[Charge], true},
		{bench.CustomerFixture, decodeSDK[Customer], false},
		{bench.SessionFixture, decodeSDK[CheckoutSession], false},
	}
	for _, tc := range cases {
		t.Run(tc.fixture, func(t *testing.T) {
			raw := benchFixture(t, tc.fixture)
			c := bench.Compare(bench.BudgetRounds, tc.sdk(raw), decodePlain(tc.fixture, raw))
			t.Logf("%s: sdk %.0f ns/op %d allocs, encoding/json %.0f ns/op %d allocs (CPU): ratio %.2f (rounds %.2f; wall clock %.2f)",
				tc.fixture, c.SDKNs, c.SDKAllocs, c.FloorNs, c.FloorAllocs, c.Ratio, c.Ratios, c.WallRatio)
			if tc.checked {
				assert.LessOrEqual(t, c.Ratio, 1.0)
				assert.LessOrEqual(t, c.SDKAllocs, c.FloorAllocs)
			}
		})
	}
	// Reported, not checked: how much of decoding a page of charges is
	// allocating what it decodes into, which the public types fix.
	t.Run("a page of 100 charges", func(t *testing.T) {
		c := bench.Compare(bench.BudgetRounds, allocateChargePage, decodeSDK[Page[Charge]](chargePage(t)))
		t.Logf("allocation alone %.0f ns/op, decoding %.0f ns/op (CPU): ratio %.2f (rounds %.2f; wall clock %.2f)",
			c.SDKNs, c.FloorNs, c.Ratio, c.Ratios, c.WallRatio)
	})
}
