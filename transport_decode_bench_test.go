package payske

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/payske/payske-go/internal/bench"
)

// The decoding benchmarks live here rather than in internal/bench because
// the SDK's side is decodeJSON, the function the backend decodes every
// answer with, which only this package can call. The floor is json.Unmarshal into
// bench's plain struct with the same fields.

func benchFixture(tb testing.TB, name string) []byte {
	raw, err := os.ReadFile(filepath.Join(fixturesDir, name))
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// decodeSDK decodes raw into a new T with decodeJSON, the step of
// decodeSuccess after the body is read: the budget is about decoding, and
// reading the body is in the whole-call budgets of internal/bench, where the
// hand-written floor reads its body too.
func decodeSDK[T any, PT interface {
	*T
	LastResponseSetter
}](raw []byte) func(*testing.B) {
	return func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(raw)))
		for i := 0; i < b.N; i++ {
			if err := decodeJSON(raw, PT(new(T))); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// decodePlain decodes raw into a new floor struct of fixture.
func decodePlain(fixture string, raw []byte) func(*testing.B) {
	newPlain := bench.PlainDecoders[fixture]
	return func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(raw)))
		for i := 0; i < b.N; i++ {
			if err := json.Unmarshal(raw, newPlain()); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkDecodeCharge(b *testing.B) {
	raw := benchFixture(b, bench.ChargeFixture)
	b.Run("sdk", decodeSDK[Charge](raw))
	b.Run("encoding_json", decodePlain(bench.ChargeFixture, raw))
}

func BenchmarkDecodeCustomer(b *testing.B) {
	raw := benchFixture(b, bench.CustomerFixture)
	b.Run("sdk", decodeSDK[Customer](raw))
	b.Run("encoding_json", decodePlain(bench.CustomerFixture, raw))
}

func BenchmarkDecodeCheckoutSession(b *testing.B) {
	raw := benchFixture(b, bench.SessionFixture)
	b.Run("sdk", decodeSDK[CheckoutSession](raw))
	b.Run("encoding_json", decodePlain(bench.SessionFixture, raw))
}

// BenchmarkDecodeChargePage decodes a page of 100 charges as an iterator
// does (sdk), and as a page whose objects each decode through Charge's
// UnmarshalJSON with encoding/json (per_object): the list path before
// the generated decoders.
func BenchmarkDecodeChargePage(b *testing.B) {
	page := chargePage(b)
	b.Run("sdk", decodeSDK[Page[Charge]](page))
	b.Run("per_object", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := decodeJSONv1(page, &perObjectPage[Charge]{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("allocation_only", allocateChargePage)
}

// chargePage is a page of 100 copies of the charge fixture.
func chargePage(tb testing.TB) []byte {
	charge := benchFixture(tb, bench.ChargeFixture)
	page := []byte(`{"object":"list","url":"/v1/charges","has_more":true,"data":[`)
	for i := range 100 {
		if i > 0 {
			page = append(page, ',')
		}
		page = append(page, charge...)
	}
	return append(page, "]}"...)
}

// allocateChargePage allocates the objects, slices and maps that a page
// of chargePage decodes into, without reading any JSON: the part of
// decoding a page that the public types fix, and no decoder can make
// cheaper.
func allocateChargePage(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p := &Page[Charge]{}
		for range 100 {
			p.Data = append(p.Data, allocateChargeLikeFixture())
		}
		sinkPage = p
	}
}

// sinkPage keeps the benchmarks' pages from being optimized away.
var sinkPage *Page[Charge]

// allocateChargeLikeFixture allocates every object, slice and map that
// decoding the charge fixture allocates, empty (TestAllocationOnlyCharge
// checks that the shapes match): its strings aside, what a decoded charge
// is made of.
func allocateChargeLikeFixture() *Charge {
	return &Charge{
		BalanceTransaction: &BalanceTransaction{},
		BillingDetails:     &BillingDetails{Address: &Address{}},
		FraudDetails:       &ChargeFraudDetails{},
		Metadata:           map[string]string{},
		PaymentMethodDetails: &ChargePaymentMethodDetails{
			Card: &ChargePaymentMethodDetailsCard{Checks: &ChargePaymentMethodDetailsCardChecks{}},
		},
		Refunds: &RefundList{Data: []*Refund{}},
	}
}
