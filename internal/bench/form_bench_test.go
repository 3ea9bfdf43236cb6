package bench

import (
	"testing"

	"github.com/google/go-querystring/query"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// Both sides produce the request body text, as the HTTP backend sends it.

var sinkString string

// encodeSDK is what the HTTP backend does with a call's params.
func encodeSDK(p any) string {
	v := &form.Values{}
	form.AppendTo(v, p)
	return v.Encode()
}

func encodeQuerystring(p any) string {
	v, err := query.Values(p)
	if err != nil {
		panic(err)
	}
	return v.Encode()
}

func benchmarkEncode(b *testing.B, encode func(any) string, p any) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkString = encode(p)
	}
}

func BenchmarkFormCharge(b *testing.B) {
	b.Run("sdk", func(b *testing.B) { benchmarkEncode(b, encodeSDK, chargeParams()) })
	b.Run("go_querystring", func(b *testing.B) { benchmarkEncode(b, encodeQuerystring, qsChargeParams()) })
}

func BenchmarkFormCheckoutSession(b *testing.B) {
	b.Run("sdk", func(b *testing.B) { benchmarkEncode(b, encodeSDK, checkoutSessionParams()) })
	b.Run("go_querystring", func(b *testing.B) { benchmarkEncode(b, encodeQuerystring, qsCheckoutSessionParams()) })
}

// TestMirrorsEncodeTheSamePairs keeps the comparison honest: each mirror
// sends exactly the pairs the SDK sends (url.Values orders them differently,
// so they are compared as sets).
func TestMirrorsEncodeTheSamePairs(t *testing.T) {
	cases := []struct {
		name       string
		sdk, floor any
		pairs      int
	}{
		{"charge", chargeParams(), qsChargeParams(), 18},
		{"checkout session", checkoutSessionParams(), qsCheckoutSessionParams(), 27},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ours := &form.Values{}
			form.AppendTo(ours, tc.sdk)
			theirs, err := query.Values(tc.floor)
			require.NoError(t, err)
			require.Equal(t, ours.ToValues(), theirs)
			require.Equal(t, tc.pairs, ours.Len())
		})
	}
}
