package reliability_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
)

// ledger is the state of a purpose-built server: the charges it made and
// the answers it keeps per idempotency key, so that a retry replays the
// first answer as Payske does instead of charging again.
type ledger struct {
	mu       sync.Mutex
	requests int
	keys     []string          // the Idempotency-Key of every request, in order
	answers  map[string][]byte // idempotency key -> the charge made for it
	charges  []string          // charge IDs, in the order they were made
}

func newLedger() *ledger { return &ledger{answers: map[string][]byte{}} }

// note counts a request that reached the handler.
func (l *ledger) note(r *http.Request) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.requests++
	l.keys = append(l.keys, r.Header.Get("Idempotency-Key"))
	return l.requests
}

// apply makes the charge r asks for, or finds the one made for its
// idempotency key, and returns its JSON and whether it was replayed.
func (l *ledger) apply(r *http.Request) (body []byte, replayed bool) {
	_ = r.ParseForm()
	key := r.Header.Get("Idempotency-Key")
	l.mu.Lock()
	defer l.mu.Unlock()
	if prev, ok := l.answers[key]; ok && key != "" {
		return prev, true
	}
	id := fmt.Sprintf("ch_%d", len(l.charges)+1)
	body, _ = json.Marshal(map[string]any{
		"id": id, "object": "charge", "amount": 1234, "currency": "usd", "status": "succeeded",
		"captured": true, "paid": true, "metadata": map[string]string{"order": r.PostForm.Get("metadata[order]")},
	})
	l.charges = append(l.charges, id)
	if key != "" {
		l.answers[key] = body
	}
	return body, false
}

// serveOK applies r and answers it normally.
func (l *ledger) serveOK(w http.ResponseWriter, r *http.Request) {
	body, replayed := l.apply(r)
	if replayed {
		w.Header().Set("Idempotent-Replayed", "true")
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

func (l *ledger) snapshot() (requests int, keys, charges []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.requests, append([]string(nil), l.keys...), append([]string(nil), l.charges...)
}

// dropConnection closes the connection without a byte of answer.
func dropConnection(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}
