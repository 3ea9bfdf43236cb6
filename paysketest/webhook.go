package paysketest

import (
	"bytes"
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/payske/payske-go/webhook"
)

// Delivery is the outcome of sending one event to the webhook endpoint.
type Delivery struct {
	// EventID and Type name the event sent.
	EventID, Type string
	// Account is the connected account the event happened on, empty for
	// the platform's own events.
	Account string
	// StatusCode is the endpoint's answer, 0 when it could not be reached.
	StatusCode int
	// Err is why the delivery failed to reach the endpoint, if it did.
	Err error
}

// webhookSender posts events one at a time, in the order they happened, on
// its own goroutine so that no API request waits for the endpoint.
type webhookSender struct {
	url, secret string
	client      *http.Client
	clock       *Clock
	// observe, when set, sees each outcome as soon as it is known.
	observe func(Delivery)

	mu      sync.Mutex
	cond    *sync.Cond
	queue   [][]byte
	meta    []Delivery // EventID, Type and Account of each queued body
	busy    bool
	closed  bool
	results []Delivery
	done    chan struct{}
}

func newWebhookSender(url, secret string, clock *Clock, observe func(Delivery)) *webhookSender {
	w := &webhookSender{url: url, secret: secret, clock: clock, observe: observe, done: make(chan struct{}),
		client: &http.Client{Timeout: 30 * time.Second}}
	w.cond = sync.NewCond(&w.mu)
	go w.run()
	return w
}

// enqueue adds an event, named by d; it never blocks on the network.
func (w *webhookSender) enqueue(d Delivery, body []byte) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return
	}
	w.queue = append(w.queue, body)
	w.meta = append(w.meta, d)
	w.cond.Broadcast()
}

func (w *webhookSender) run() {
	defer close(w.done)
	for {
		w.mu.Lock()
		for len(w.queue) == 0 && !w.closed {
			w.cond.Wait()
		}
		if len(w.queue) == 0 {
			w.mu.Unlock()
			return
		}
		body, d := w.queue[0], w.meta[0]
		w.queue, w.meta = w.queue[1:], w.meta[1:]
		w.busy = true
		w.mu.Unlock()

		d.StatusCode, d.Err = w.post(body)
		if w.observe != nil {
			w.observe(d)
		}

		w.mu.Lock()
		w.results = append(w.results, d)
		w.busy = false
		w.cond.Broadcast()
		w.mu.Unlock()
	}
}

// post sends one signed event.
func (w *webhookSender) post(body []byte) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{
		Payload: body, Secret: w.secret, Timestamp: w.clock.Now()})
	req.Header.Set(webhook.SignatureHeader, signed.Header)
	resp, err := w.client.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// wait blocks until every event queued so far has been delivered (or has
// failed to be) and returns all outcomes so far.
func (w *webhookSender) wait() []Delivery {
	w.mu.Lock()
	defer w.mu.Unlock()
	for (len(w.queue) > 0 || w.busy) && !w.closed {
		w.cond.Wait()
	}
	return append([]Delivery(nil), w.results...)
}

// close stops the sender after the delivery in flight; queued events are
// dropped.
func (w *webhookSender) close() {
	w.mu.Lock()
	w.closed = true
	w.queue, w.meta = nil, nil
	w.cond.Broadcast()
	w.mu.Unlock()
	<-w.done
}
