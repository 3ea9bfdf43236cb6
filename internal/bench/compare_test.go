package bench

import (
	"flag"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestMedian(t *testing.T) {
	cases := []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{1, 100, 1.2, 0.9, 1.1}, 1.1},
	}
	for _, tc := range cases {
		in := append([]float64(nil), tc.in...)
		assert.Equal(t, tc.want, median(tc.in))
		assert.Equal(t, in, tc.in, "median must not reorder its input")
	}
}

func TestNsPerOpKeepsFractions(t *testing.T) {
	assert.Equal(t, 0.0, nsPerOp(time.Second, 0))
	assert.Equal(t, 2.5, nsPerOp(10*time.Nanosecond, 4))
}

// TestCompareRatio: a side doing three times the work of the other comes
// out near 3, far from 1 (the bound is loose: this runs on shared cores).
func TestCompareRatio(t *testing.T) {
	work := func(n int) func(*testing.B) {
		return func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				x := 0
				for j := range n {
					x += j * j
				}
				sinkInt = x
			}
		}
	}
	benchtime := flag.Lookup("test.benchtime")
	old := benchtime.Value.String()
	if err := benchtime.Value.Set("20ms"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = benchtime.Value.Set(old) })
	c := Compare(3, work(3000), work(1000))
	assert.Len(t, c.Ratios, 3)
	assert.InDelta(t, 3, c.Ratio, 1.2)
	assert.Greater(t, c.SDKNs, c.FloorNs)
}

var sinkInt int
