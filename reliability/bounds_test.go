package reliability_test

import (
	"bytes"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
)

// responseLimit is the bound on an answer's size these tests set through
// BackendConfig.MaxResponseBytes; the default, 32 MiB, behaves the same but
// takes seconds to stream under -race.
const responseLimit = 1 << 20

// endlessBody answers status with a JSON body that never ends, counting
// what it managed to write before the client hung up.
func endlessBody(status int, declared int64, written *atomic.Int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if declared > 0 {
			w.Header().Set("Content-Length", strconv.FormatInt(declared, 10))
		}
		w.WriteHeader(status)
		n, _ := io.WriteString(w, `{"id":"ch_1","object":"charge","description":"`)
		written.Add(int64(n))
		chunk := bytes.Repeat([]byte("a"), 64<<10)
		for r.Context().Err() == nil {
			n, err := w.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				return
			}
		}
	}
}

// TestEndlessAnswersEndInAnError checks that an answer without end, or
// one announcing an absurd size, ends the call with an error after
// responseLimit bytes instead of exhausting memory, and that it is not
// retried: the same request would get the same answer.
func TestEndlessAnswersEndInAnError(t *testing.T) {
	tests := []struct {
		name     string
		status   int
		declared int64 // Content-Length announced; 0 streams chunked
	}{
		{name: "endless 200", status: http.StatusOK},
		{name: "endless 500", status: http.StatusInternalServerError},
		{name: "200 announcing a terabyte", status: http.StatusOK, declared: 1 << 40},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var written atomic.Int64
			srv := httptest.NewUnstartedServer(endlessBody(tc.status, tc.declared, &written))
			srv.Config.ErrorLog = log.New(io.Discard, "", 0)
			srv.Start()
			t.Cleanup(srv.Close)

			alog := &attemptLog{}
			backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
				URL:               payske.String(srv.URL),
				MaxNetworkRetries: payske.Int64(3),
				MinRetryDelay:     &tinyBackoff,
				MaxResponseBytes:  payske.Int64(responseLimit),
				Logger:            payske.DiscardLogger,
				Middleware:        []payske.Middleware{alog.middleware},
			})
			c := charge.Client{B: backend, Key: testKey}
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			ch, err := c.Get("ch_1", nil)
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			require.Error(t, err)
			assert.Nil(t, ch)
			var perr *payske.Error
			require.ErrorAs(t, err, &perr)
			assert.ErrorContains(t, err, "refused an oversized answer")
			assert.ErrorContains(t, err, "more than 1048576 bytes")
			assert.Len(t, alog.all(), 1, "an oversized answer is not retried")
			srv.CloseClientConnections()
			allocated := after.TotalAlloc - before.TotalAlloc
			t.Logf("%s: server wrote %d KiB before the client gave up, the test process allocated %d KiB (limit %d KiB): %v",
				tc.name, written.Load()>>10, allocated>>10, responseLimit>>10, errSummary(err))
			assert.GreaterOrEqual(t, written.Load(), int64(responseLimit))
			// Reading up to the limit costs a small multiple of it (buffer
			// growth, the server's side of the test), not what is sent.
			assert.Less(t, allocated, uint64(16*responseLimit), "memory stays bounded")
		})
	}
}

// TestListStopsOnPagesThatDoNotAdvance serves charge lists that a broken
// server might: the same page again and again, a cycle of two pages, an
// empty page that claims more. Iteration ends with an error after the
// pages that were new, instead of looping forever.
func TestListStopsOnPagesThatDoNotAdvance(t *testing.T) {
	page := func(hasMore bool, ids ...string) string {
		var b bytes.Buffer
		b.WriteString(`{"object":"list","url":"/v1/charges","has_more":` + strconv.FormatBool(hasMore) + `,"data":[`)
		for i, id := range ids {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"id":"` + id + `","object":"charge"}`)
		}
		b.WriteString(`]}`)
		return b.String()
	}
	tests := []struct {
		name    string
		pages   []string // answered in turn; the last one for ever after
		want    []string
		wantErr string
	}{
		{name: "same page forever", pages: []string{page(true, "ch_2", "ch_1")},
			want: []string{"ch_2", "ch_1"}, wantErr: `repeated the page ending at "ch_1"`},
		{name: "two pages in a cycle", pages: []string{page(true, "ch_4", "ch_3"), page(true, "ch_2", "ch_1"), page(true, "ch_4", "ch_3")},
			want: []string{"ch_4", "ch_3", "ch_2", "ch_1"}, wantErr: `repeated the page ending at "ch_3"`},
		{name: "empty page claiming more", pages: []string{page(true, "ch_2", "ch_1"), page(true)},
			want: []string{"ch_2", "ch_1"}, wantErr: "empty page with has_more set"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var served atomic.Int64
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				n := int(served.Add(1))
				w.Header().Set("Content-Type", "application/json")
				_, _ = io.WriteString(w, tc.pages[min(n, len(tc.pages))-1])
			}))
			t.Cleanup(srv.Close)

			c := charge.Client{B: newBackend(srv.URL, 0, nil, &attemptLog{}), Key: testKey}
			it := c.List(nil)
			var got []string
			for it.Next() {
				got = append(got, it.Charge().ID)
				require.Less(t, len(got), 100, "the walk does not end")
			}
			assert.Equal(t, tc.want, got)
			require.Error(t, it.Err())
			assert.ErrorContains(t, it.Err(), tc.wantErr)
			t.Logf("%s: %d objects, %d pages fetched, then: %v", tc.name, len(got), served.Load(), it.Err())
		})
	}
}
