package bench

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestListBudgetFollowsTheGoRelease checks which list budget each Go
// release is held to.
func TestListBudgetFollowsTheGoRelease(t *testing.T) {
	for version, want := range map[string]float64{
		"go1.23.4":   0.75,
		"go1.26.8":   0.75,
		"go1.27.3":   0.70,
		"go1.28rc1":  0.70,
		"devel +abc": 0.70,
	} {
		assert.Equal(t, want, listBudget(version), version)
	}
}
