package bench

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
)

// Whole calls, SDK and floor against the same server. The SDK's params are
// built once: they are the caller's, and the SDK encodes them anew on every
// call, as the floor builds its url.Values on every call.

var sinkCharge *payske.Charge

// callPair returns the SDK and floor clients for one benchmark.
func callPair(tb testing.TB) (charge.Client, floorClient) {
	srv := newServer(tb)
	return charge.Client{B: newBackend(tb, srv), Key: benchKey},
		floorClient{http: newHTTPClient(tb), base: srv.URL}
}

func benchChargeNewSDK(b *testing.B) {
	sdk, _ := callPair(b)
	params := chargeParams()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := sdk.New(params)
		if err != nil {
			b.Fatal(err)
		}
		sinkCharge = c
	}
}

func benchChargeNewFloor(b *testing.B) {
	_, floor := callPair(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := floor.newCharge()
		if err != nil {
			b.Fatal(err)
		}
		sinkCharge = c
	}
}

func benchChargeGetSDK(b *testing.B) {
	sdk, _ := callPair(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := sdk.Get(chargeID, nil)
		if err != nil {
			b.Fatal(err)
		}
		sinkCharge = c
	}
}

func benchChargeGetFloor(b *testing.B) {
	_, floor := callPair(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := floor.getCharge(chargeID)
		if err != nil {
			b.Fatal(err)
		}
		sinkCharge = c
	}
}

// sdkListParams asks for pages of listPageSize.
func sdkListParams() *payske.ChargeListParams {
	p := &payske.ChargeListParams{}
	p.Limit = payske.Int64(listPageSize)
	return p
}

func benchChargeListSDK(b *testing.B) {
	sdk, _ := callPair(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it := sdk.List(sdkListParams())
		n := 0
		for it.Next() {
			sinkCharge = it.Charge()
			n++
		}
		if err := it.Err(); err != nil || n != listedCharges {
			b.Fatalf("listed %d charges, err %v", n, err)
		}
	}
}

func benchChargeListFloor(b *testing.B) {
	_, floor := callPair(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n, err := floor.eachCharge(func(c *payske.Charge) { sinkCharge = c })
		if err != nil || n != listedCharges {
			b.Fatalf("listed %d charges, err %v", n, err)
		}
	}
}

// perObjectCharge is a charge whose list pages decode as they did before
// the generated decoders: a type of the caller's own, it has no generated
// decoder, so its pages decode through
// encoding/json and each object of a page goes through the UnmarshalJSON
// of Charge. It is the baseline that the SDK's list pages are measured
// against, with the same iterator, backend and Go.
type perObjectCharge struct {
	charge payske.Charge
}

// UnmarshalJSON decodes a charge as Charge does. Charge is a field, not
// embedded, so that none of its decoding methods is promoted.
func (c *perObjectCharge) UnmarshalJSON(data []byte) error {
	return c.charge.UnmarshalJSON(data)
}

// perObjectList lists the charges as charge.Client's List does, through a
// page of perObjectCharge.
func perObjectList(sdk charge.Client) *payske.Iter[perObjectCharge] {
	return payske.NewIter(sdk.B, "/v1/charges", nil, sdk.Key, sdkListParams(),
		func(c *perObjectCharge) string { return c.charge.ID })
}

func benchChargeListPerObject(b *testing.B) {
	sdk, _ := callPair(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it := perObjectList(sdk)
		n := 0
		for it.Next() {
			sinkCharge = &it.Current().charge
			n++
		}
		if err := it.Err(); err != nil || n != listedCharges {
			b.Fatalf("listed %d charges, err %v", n, err)
		}
	}
}

// TestPerObjectListAgrees checks that the per-object baseline lists the
// same charges as the SDK, field for field.
func TestPerObjectListAgrees(t *testing.T) {
	sdk, _ := callPair(t)
	var want []*payske.Charge
	it := sdk.List(sdkListParams())
	for it.Next() {
		want = append(want, it.Charge())
	}
	require.NoError(t, it.Err())
	var got []*payske.Charge
	base := perObjectList(sdk)
	for base.Next() {
		got = append(got, &base.Current().charge)
	}
	require.NoError(t, base.Err())
	require.Len(t, got, listedCharges)
	require.Equal(t, want, got)
	require.Equal(t, it.Page().URL, base.Page().URL)
}

func BenchmarkChargeNew(b *testing.B) {
	b.Run("sdk", benchChargeNewSDK)
	b.Run("nethttp", benchChargeNewFloor)
}

func BenchmarkChargeGet(b *testing.B) {
	b.Run("sdk", benchChargeGetSDK)
	b.Run("nethttp", benchChargeGetFloor)
}

// BenchmarkChargeList1000 iterates 1,000 charges over 10 pages.
func BenchmarkChargeList1000(b *testing.B) {
	b.Run("sdk", benchChargeListSDK)
	b.Run("nethttp", benchChargeListFloor)
	b.Run("perobject", benchChargeListPerObject)
}

// TestCallPairsAgree checks that each floor gets the same charges as the
// SDK, so the benchmarks compare the same exchanges.
func TestCallPairsAgree(t *testing.T) {
	sdk, floor := callPair(t)

	got, err := sdk.New(chargeParams())
	require.NoError(t, err)
	want, err := floor.newCharge()
	require.NoError(t, err)
	require.Equal(t, want.ID, got.ID)
	require.Equal(t, want.Amount, got.Amount)

	got, err = sdk.Get(chargeID, nil)
	require.NoError(t, err)
	want, err = floor.getCharge(chargeID)
	require.NoError(t, err)
	require.Equal(t, want.ID, got.ID)

	var sdkIDs, floorIDs []string
	it := sdk.List(sdkListParams())
	for it.Next() {
		sdkIDs = append(sdkIDs, it.Charge().ID)
	}
	require.NoError(t, it.Err())
	_, err = floor.eachCharge(func(c *payske.Charge) { floorIDs = append(floorIDs, c.ID) })
	require.NoError(t, err)
	require.Len(t, sdkIDs, listedCharges)
	require.Equal(t, floorIDs, sdkIDs)
}
