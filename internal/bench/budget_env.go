package bench

import (
	"os"
	"testing"
)

// BudgetsEnv is the environment variable that turns the budget checks on.
// They are off by default because they take a while and mean something only
// without the race detector; scripts/bench.sh and .ci/run set it.
const BudgetsEnv = "PAYSKE_BENCH_BUDGETS"

// BudgetRounds is how many alternating rounds Compare runs for a budget:
// odd, so the median is one measured round, and enough that four rounds
// disturbed by load on the same side cannot move it past the others.
const BudgetRounds = 9

// SkipUnlessBudgets skips t unless BudgetsEnv is set.
func SkipUnlessBudgets(t *testing.T) {
	t.Helper()
	if os.Getenv(BudgetsEnv) == "" {
		t.Skipf("set %s=1 to check the performance budgets (without -race, as scripts/bench.sh does)", BudgetsEnv)
	}
}
