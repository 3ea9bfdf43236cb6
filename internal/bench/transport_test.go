package bench

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"testing"

	"github.com/payske/payske-go"
)

// cannedTransport answers every request in memory with the body that answer
// returns for it, without sockets or goroutines: what it measures is the
// client side of a call alone, deterministically.
type cannedTransport struct {
	answer func(*http.Request) []byte
}

func (t cannedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		_, _ = io.Copy(io.Discard, r.Body)
		_ = r.Body.Close()
	}
	body := t.answer(r)
	return &http.Response{
		Status:        "200 OK",
		StatusCode:    http.StatusOK,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"application/json"}, "Request-Id": {"req_bench"}, "Content-Length": {strconv.Itoa(len(body))}},
		ContentLength: int64(len(body)),
		Body:          io.NopCloser(bytes.NewReader(body)),
		Request:       r,
	}, nil
}

// cannedBackend is the SDK's HTTP backend over a cannedTransport.
func cannedBackend(answer func(*http.Request) []byte) payske.Backend {
	return payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		URL:        payske.String("http://127.0.0.1"),
		HTTPClient: &http.Client{Transport: cannedTransport{answer: answer}},
	})
}

func cannedFloor(answer func(*http.Request) []byte) floorClient {
	return floorClient{http: &http.Client{Transport: cannedTransport{answer: answer}}, base: "http://127.0.0.1"}
}

func fixedAnswer(body []byte) func(*http.Request) []byte {
	return func(*http.Request) []byte { return body }
}

// clientAllocs is the allocations per call of the client side of one
// exchange, over a cannedTransport.
func clientAllocs(call func() error) (float64, error) {
	var err error
	n := testing.AllocsPerRun(50, func() {
		if e := call(); e != nil {
			err = e
		}
	})
	return n, err
}
