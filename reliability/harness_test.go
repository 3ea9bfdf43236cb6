package reliability_test

import (
	"net/http"
	"sync"
	"time"

	"github.com/payske/payske-go"
)

// testKey is the key of the suites' single-key tests. Tests never print a
// key: a mismatch is reported by tenant name.
const testKey = "sk_test_reliabilitysuite0000000000"

// tinyBackoff keeps retries fast: the backoff starts at 1 ms and is capped
// at 16 ms, so no test waits for the production 0.5 to 8 s steps.
var tinyBackoff = 1 * time.Millisecond

// attempt is one HTTP attempt as the SDK sent it.
type attempt struct {
	info   payske.RequestInfo
	header string // the Idempotency-Key header on the wire
	at     time.Time
}

// attemptLog records every attempt a backend makes, through a middleware:
// the SDK's own count, independent of what a server sees (net/http may
// resend a request on a broken keep-alive connection within one attempt).
type attemptLog struct {
	mu       sync.Mutex
	attempts []attempt
}

func (l *attemptLog) middleware(next payske.RoundTripFunc) payske.RoundTripFunc {
	return func(req *http.Request, info payske.RequestInfo) (*http.Response, error) {
		l.mu.Lock()
		l.attempts = append(l.attempts, attempt{info: info, header: req.Header.Get("Idempotency-Key"), at: time.Now()})
		l.mu.Unlock()
		return next(req, info)
	}
}

func (l *attemptLog) all() []attempt {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]attempt(nil), l.attempts...)
}

// callsByKey groups the POST attempts by idempotency key. It also returns
// the attempts whose numbering is not 1, 2, ... within their key, or whose
// header disagrees with the key the SDK reported: both would mean a call
// changed keys between attempts.
func (l *attemptLog) callsByKey() (calls map[string]int, broken int) {
	calls = map[string]int{}
	for _, a := range l.all() {
		if a.info.Method != http.MethodPost {
			continue
		}
		if a.header != a.info.IdempotencyKey || a.header == "" {
			broken++
		}
		calls[a.info.IdempotencyKey]++
		if a.info.Attempt != calls[a.info.IdempotencyKey] {
			broken++
		}
	}
	return calls, broken
}

// newBackend returns an HTTP backend for url with tiny backoff, silent
// logs, the given retries and HTTP client (the SDK default when nil), and
// log's middleware.
func newBackend(url string, retries int64, client *http.Client, log *attemptLog) payske.Backend {
	return payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		URL:               payske.String(url),
		HTTPClient:        client,
		MaxNetworkRetries: payske.Int64(retries),
		MinRetryDelay:     &tinyBackoff,
		Logger:            payske.DiscardLogger,
		Middleware:        []payske.Middleware{log.middleware},
	})
}

// chargeParams is a $12.34 charge for order, tagged with it in metadata.
func chargeParams(order string) *payske.ChargeParams {
	p := &payske.ChargeParams{
		Amount:   payske.Int64(1234),
		Currency: payske.String("usd"),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	}
	p.AddMetadata("order", order)
	return p
}
