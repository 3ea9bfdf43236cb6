package form_test

import (
	"testing"

	"github.com/google/go-querystring/query"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// Every benchmark produces the request body, Encode included, as the HTTP
// backend does.

var sink string

func benchmarkEncode(b *testing.B, p interface{}) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		v := &form.Values{}
		form.AppendTo(v, p)
		sink = v.Encode()
	}
}

// BenchmarkEncodeCharge encodes a payske-shaped charge: 13 pairs, with
// metadata, expand and a source Appender.
func BenchmarkEncodeCharge(b *testing.B) {
	benchmarkEncode(b, newCharge())
}

// BenchmarkEncodeCheckoutSession encodes a session with three line items.
func BenchmarkEncodeCheckoutSession(b *testing.B) {
	benchmarkEncode(b, newCheckoutSession())
}

// cmpCharge and its parts carry both form and url tags, for the comparison
// with go-querystring. Metadata is left out: go-querystring has no map
// support (it would send fmt's "map[k:v]" as one value). Expand is kept,
// though go-querystring sends it as repeated keys (expand=a&expand=b).
type cmpCharge struct {
	Expand         []*string      `form:"expand" url:"expand,omitempty"`
	Amount         *int64         `form:"amount" url:"amount,omitempty"`
	Currency       *string        `form:"currency" url:"currency,omitempty"`
	Description    *string        `form:"description" url:"description,omitempty"`
	Source         *cmpSource     `form:"source" url:"source,omitempty"`
	Shipping       *qsShipping    `form:"shipping" url:"shipping,omitempty"`
	IdempotencyKey *string        `form:"-" url:"-"`
	Unset          *addressParams `form:"unset" url:"unset,omitempty"`
}

type cmpSource struct {
	Token *string `form:"token" url:"token,omitempty"`
}

func newCmpCharge() *cmpCharge {
	return &cmpCharge{
		Expand:      []*string{str("customer"), str("balance_transaction")},
		Amount:      i64(2000),
		Currency:    str("usd"),
		Description: str("Charge for jenny.rosen@example.com"),
		Source:      &cmpSource{Token: str("tok_visa")},
		Shipping: &qsShipping{
			Name:    str("Jenny Rosen"),
			Address: &qsAddress{Line1: str("1234 Main Street"), City: str("San Francisco"), PostalCode: str("94111")},
		},
		IdempotencyKey: str("8a0f7c2e-4a7e-4f3f-9d54-3c3c1a2b0e11"),
	}
}

// BenchmarkEncodeChargeNoMetadata is this package's half of the comparison
// with BenchmarkEncodeChargeGoQuerystring: same struct, same data.
func BenchmarkEncodeChargeNoMetadata(b *testing.B) {
	benchmarkEncode(b, newCmpCharge())
}

func BenchmarkEncodeChargeGoQuerystring(b *testing.B) {
	p := newCmpCharge()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		v, err := query.Values(p)
		if err != nil {
			b.Fatal(err)
		}
		sink = v.Encode()
	}
}

// TestComparisonPairEncodesTheSameData guards the benchmark pair: apart from
// how the two libraries write slice keys, they send the same pairs.
func TestComparisonPairEncodesTheSameData(t *testing.T) {
	p := newCmpCharge()
	theirs, err := query.Values(p)
	require.NoError(t, err)
	ours := ourValues(p)
	require.Equal(t, theirs["expand"], append(ours["expand[0]"], ours["expand[1]"]...))
	delete(theirs, "expand")
	delete(ours, "expand[0]")
	delete(ours, "expand[1]")
	require.Equal(t, theirs, ours)
	require.Len(t, ours, 8)
}

// BenchmarkAppendToCharge is BenchmarkEncodeCharge without Encode: the
// struct walk alone.
func BenchmarkAppendToCharge(b *testing.B) {
	p := newCharge()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		v := &form.Values{}
		form.AppendTo(v, p)
	}
}
