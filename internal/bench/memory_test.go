package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
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

// TestListOverHTTPHoldsOnePage lists 100,000 charges (20,000 under the
// race detector, which makes each page several times slower) through the
// context-first client and its default HTTP backend, from an in-process
// server that writes each page of 100 as it is asked for: neither side ever
// holds the whole list. Two checks that the SDK holds one page at a time:
//
//   - a charge of the first page is collected once the walk is on the
//     second, so no earlier page stays reachable from the iterator;
//   - the live heap, read after a forced collection once the first page is
//     in (the connection and its buffers too) and then at ten points of the
//     walk, never grows by more than 3 pages' worth. Keeping every charge
//     would cost as many pages' worth as there are pages (1,000). What
//     does grow is the iterator's set of the cursors it has sent, which
//     catches a server that loops: some 90 bytes a page. Measured, the
//     peak was 0.9 to 1.0 pages' worth above the start over 100,000
//     charges, and below the start over 20,000 under -race.
func TestListOverHTTPHoldsOnePage(t *testing.T) {
	const perPage = 100
	total := listWalkSize
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		from := 0
		if after := r.URL.Query().Get("starting_after"); after != "" {
			n, err := strconv.Atoi(strings.TrimPrefix(after, "ch_"))
			if err != nil {
				http.Error(w, `{"error":{"type":"invalid_request_error","message":"bad cursor"}}`, http.StatusBadRequest)
				return
			}
			from = n + 1
		}
		w.Header().Set("Content-Type", "application/json")
		writeChargePage(w, from, min(perPage, total-from), from+perPage < total)
	}))
	t.Cleanup(srv.Close)
	sc := payske.NewClient(benchKey, payske.WithBackendConfig(&payske.BackendConfig{
		URL: payske.String(srv.URL), Logger: payske.DiscardLogger,
	}))

	// A page's worth: its charges as decoded structs, plus 200 bytes each
	// for their strings and their share of the page's JSON.
	pageWorth := perPage * (int(unsafe.Sizeof(payske.Charge{})) + 200)
	maxGrowth := 3 * pageWorth
	liveHeap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}

	params := &payske.ChargeListParams{}
	params.Limit = payske.Int64(perPage)
	firstCollected := make(chan struct{})
	var start uint64
	var samples []uint64
	seen := 0
	for c, err := range sc.Charges.List(context.Background(), params) {
		require.NoError(t, err)
		if c.ID != "ch_"+strconv.Itoa(seen) {
			t.Fatalf("charge %d has ID %s", seen, c.ID)
		}
		switch seen {
		case 0:
			runtime.SetFinalizer(c, func(*payske.Charge) { close(firstCollected) })
			start = liveHeap()
		case perPage:
			runtime.GC()
			select {
			case <-firstCollected:
			case <-time.After(10 * time.Second):
				t.Fatal("a charge of the first page is still reachable on the second page")
			}
		}
		seen++
		if seen%(total/10) == 0 {
			samples = append(samples, liveHeap())
		}
	}
	require.Equal(t, total, seen)

	peak := slices.Max(samples)
	growth := int64(peak) - int64(start)
	t.Logf("live heap with the first page %d bytes, then at each tenth: %v; grew %d bytes, %.1f pages' worth of %d bytes",
		start, samples, growth, float64(growth)/float64(pageWorth), pageWorth)
	require.LessOrEqual(t, growth, int64(maxGrowth),
		"live heap grew from %d to %d bytes while walking %d charges", start, peak, total)
}

// writeChargePage writes a list page of n small charges with IDs
// ch_<from>..., one at a time, to w.
func writeChargePage(w io.Writer, from, n int, hasMore bool) {
	_, _ = fmt.Fprintf(w, `{"object":"list","url":"/v1/charges","has_more":%t,"data":[`, hasMore)
	for i := range n {
		if i > 0 {
			_, _ = io.WriteString(w, ",")
		}
		_, _ = fmt.Fprintf(w, `{"id":"ch_%d","object":"charge","amount":2000,"currency":"usd","paid":true,"status":"succeeded","metadata":{"order_id":"%d"}}`, from+i, from+i)
	}
	_, _ = io.WriteString(w, "]}")
}
