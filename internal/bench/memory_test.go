package bench

import (
	"bytes"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
)

// TestListMemoryStaysFlat iterates 100,000 listed charges (1,000 pages of
// 100, generated in memory) and checks that the live heap does not grow with
// the number of charges seen: the iterator holds one page at a time.
//
// The live heap is read after a forced collection at ten points of the walk,
// so garbage awaiting collection, which depends on when the collector last
// ran, is not counted; what remains is what something still references.
// Keeping every charge would add at least unsafe.Sizeof(payske.Charge{})
// (well over 500 bytes) per charge, over 50 MB by the end; one page is about
// 100 KB. The allowed growth, 8 MiB, is far from both: an 80-byte-per-charge
// leak would exceed it, while page buffers, the transport's and the
// allocator's own bookkeeping, which do not grow with the walk, stay under
// it even on a loaded machine.
func TestListMemoryStaysFlat(t *testing.T) {
	const (
		pages     = 1000
		perPage   = 100
		total     = pages * perPage
		maxGrowth = 8 << 20
	)
	require.Greater(t, int(unsafe.Sizeof(payske.Charge{}))*total, 6*maxGrowth,
		"the bound must stay far below what keeping every charge would cost")

	backend := cannedBackend(func(r *http.Request) []byte {
		after := r.URL.Query().Get("starting_after")
		next := 0
		if after != "" {
			n, err := strconv.Atoi(after[len("ch_"):])
			if err != nil {
				return nil
			}
			next = n + 1
		}
		return smallChargePage(next, perPage, next+perPage < total)
	})
	params := &payske.ChargeListParams{}
	params.Limit = payske.Int64(perPage)
	it := charge.Client{B: backend, Key: benchKey}.List(params)

	liveHeap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var samples []uint64
	seen := 0
	for it.Next() {
		if it.Charge().ID != "ch_"+strconv.Itoa(seen) {
			t.Fatalf("charge %d has ID %s", seen, it.Charge().ID)
		}
		seen++
		if seen%(total/10) == 0 {
			samples = append(samples, liveHeap())
		}
	}
	require.NoError(t, it.Err())
	require.Equal(t, total, seen)

	first, peak := samples[0], samples[0]
	for _, s := range samples {
		peak = max(peak, s)
	}
	t.Logf("live heap at each tenth of the walk (bytes): %v", samples)
	require.Less(t, peak-first, uint64(maxGrowth),
		"live heap grew from %d to %d bytes while iterating", first, peak)
}

// smallChargePage is a list page of n small charges with IDs ch_<from>...
func smallChargePage(from, n int, hasMore bool) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"object":"list","url":"/v1/charges","has_more":%t,"data":[`, hasMore)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"ch_%d","object":"charge","amount":2000,"currency":"usd","paid":true,"status":"succeeded","metadata":{"order_id":"%d"}}`, from+i, from+i)
	}
	b.WriteString("]}")
	return b.Bytes()
}
