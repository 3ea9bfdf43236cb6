package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const rawOutput = `goos: linux
pkg: github.com/payske/payske-go/internal/bench
BenchmarkFormCharge/sdk-2            	  798302	      1400 ns/op	    1400 B/op	       5 allocs/op
BenchmarkFormCharge/sdk-2            	  662164	      1000 ns/op	    1400 B/op	       5 allocs/op
BenchmarkFormCharge/sdk-2            	  662164	      1200 ns/op	    1400 B/op	       5 allocs/op
BenchmarkFormCharge/go_querystring-2 	   99787	     12000 ns/op	    6872 B/op	     113 allocs/op
BenchmarkChargeGet/sdk-2             	   20221	     66000 ns/op
BenchmarkChargeGet/nethttp-2         	   13491	     60000 ns/op
BenchmarkLonely/sdk-2                	   13491	     60000 ns/op
PASS
`

const benchstatOutput = `goos: linux
pkg: github.com/payske/payske-go
                               │   sec/op    │
DecodeCharge/sdk-2               18.02µ ± 3%
DecodeCharge/encoding_json-2     15.00µ ± 2%
ChargeList1000/sdk-2             30.00m ± 1%
ChargeList1000/nethttp-2         40.00m ± 1%
geomean                          1.000µ

                               │     B/op     │
DecodeCharge/sdk-2               3.820Ki ± 0%
DecodeCharge/encoding_json-2     1.663Ki ± 0%
`

func TestOverheads(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  []overhead
	}{
		{"go test output, medians of counts", rawOutput, []overhead{
			{op: "FormCharge", floor: "go_querystring", ratio: 0.1},
			{op: "ChargeGet", floor: "nethttp", ratio: 1.1},
		}},
		{"benchstat sec/op table only", benchstatOutput, []overhead{
			{op: "DecodeCharge", floor: "encoding_json", ratio: 18.02 / 15.0},
			{op: "ChargeList1000", floor: "nethttp", ratio: 0.75},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			results, err := parse(strings.NewReader(tc.input))
			require.NoError(t, err)
			got := overheads(results)
			require.Len(t, got, len(tc.want))
			for i, w := range tc.want {
				assert.Equal(t, w.op, got[i].op)
				assert.Equal(t, w.floor, got[i].floor)
				assert.InDelta(t, w.ratio, got[i].ratio, 1e-9)
			}
		})
	}
}

func TestRender(t *testing.T) {
	var b strings.Builder
	require.NoError(t, render(&b, []overhead{{op: "A<b>", floor: "nethttp", ratio: 0.5}, {op: "C", floor: "x", ratio: 2}}))
	svg := b.String()
	assert.True(t, strings.HasPrefix(svg, "<svg "))
	assert.Contains(t, svg, "A&lt;b&gt; vs nethttp")
	assert.Contains(t, svg, "0.50x")
	assert.Contains(t, svg, "2.00x")
	assert.Equal(t, 2, strings.Count(svg, `fill="#`), "one bar per operation")
}

func TestRunRejectsInputWithoutPairs(t *testing.T) {
	assert.ErrorContains(t, run(strings.NewReader("PASS\n"), "", ""), "no pair")
}

func TestTable(t *testing.T) {
	assert.Equal(t, "| operation | floor | SDK ÷ floor |\n| --- | --- | ---: |\n| Get | nethttp | 0.79x |\n",
		table([]overhead{{op: "Get", floor: "nethttp", ratio: 0.7912}}))
}
