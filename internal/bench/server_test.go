package bench

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
)

// The whole-call benchmarks talk to a real HTTP server on loopback that
// answers each endpoint with canned JSON, so that both the SDK and its floor
// pay for the same sockets, HTTP parsing and server work.

const (
	benchKey      = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
	listPages     = 10
	listPageSize  = 100
	listedCharges = listPages * listPageSize
	chargeID      = "ch_3JwPVP2eZvKYlo2C1TaDkcSv"
)

// answers holds the canned bodies, read once per test binary.
type answers struct {
	create, retrieve []byte
	// pages[i] is the page after the cursor pageAfter[i] ("" for the first).
	pages     [][]byte
	pageAfter map[string]int
}

var loadAnswers = sync.OnceValue(func() *answers {
	t := &testing.T{}
	a := &answers{
		create:    mocktest.Fixture(t, "charge/create.json"),
		retrieve:  mocktest.Fixture(t, "charge/retrieve.json"),
		pageAfter: map[string]int{"": 0},
	}
	object := mocktest.Fixture(t, "charge/charge_object.json")
	for p := range listPages {
		var page bytes.Buffer
		fmt.Fprintf(&page, `{"object":"list","url":"/v1/charges","has_more":%t,"data":[`, p < listPages-1)
		for i := range listPageSize {
			id := listedID(p*listPageSize + i)
			if i > 0 {
				page.WriteByte(',')
			}
			page.Write(bytes.ReplaceAll(object, []byte(chargeID), []byte(id)))
			if i == listPageSize-1 {
				a.pageAfter[id] = p + 1
			}
		}
		page.WriteString("]}")
		a.pages = append(a.pages, page.Bytes())
	}
	return a
})

func listedID(n int) string { return "ch_bench" + strconv.Itoa(100000+n) }

// newServer starts the canned API. It answers 404 to anything else, which
// both sides turn into an error that fails the benchmark.
func newServer(tb testing.TB) *httptest.Server {
	a := loadAnswers()
	mux := http.NewServeMux()
	reply := func(w http.ResponseWriter, body []byte) {
		h := w.Header()
		h.Set("Content-Type", "application/json")
		h.Set("Content-Length", strconv.Itoa(len(body)))
		h.Set("Request-Id", "req_bench")
		_, _ = w.Write(body)
	}
	mux.HandleFunc("POST /v1/charges", func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil || r.PostForm.Get("amount") == "" {
			http.Error(w, `{"error":{"type":"invalid_request_error"}}`, http.StatusBadRequest)
			return
		}
		reply(w, a.create)
	})
	mux.HandleFunc("GET /v1/charges/{id}", func(w http.ResponseWriter, r *http.Request) {
		reply(w, a.retrieve)
	})
	mux.HandleFunc("GET /v1/charges", func(w http.ResponseWriter, r *http.Request) {
		p, ok := a.pageAfter[r.URL.Query().Get("starting_after")]
		if !ok || p >= len(a.pages) {
			http.NotFound(w, r)
			return
		}
		reply(w, a.pages[p])
	})
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

// newHTTPClient returns a client with its own connection pool, so that
// neither side of a comparison reuses the other's connections.
func newHTTPClient(tb testing.TB) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tb.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}

// newBackend returns the SDK's HTTP backend for srv, with its defaults
// otherwise (retries, the default logger).
func newBackend(tb testing.TB, srv *httptest.Server) payske.Backend {
	return payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		URL:        payske.String(srv.URL),
		HTTPClient: newHTTPClient(tb),
	})
}
