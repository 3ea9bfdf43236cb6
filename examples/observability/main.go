// Command observability plugs the SDK into a program's metrics and logs
// with BackendConfig.Middleware, against the embedded fake Payske server
// (paysketest), so it runs without network or keys. Two middlewares wrap
// every HTTP attempt, retries included: one records a latency histogram per
// route template (GET /v1/charges/{charge}, never the ID-filled path, so
// the number of series stays small), the other logs each attempt with
// log/slog. It makes a few charges (one declined), a capture, a refund,
// lists, a raw request, then a burst of reads while the fake drops or fails
// some requests, so that retries show in the log, and prints the
// histogram.
//
// Usage:
//
//	go run ./examples/observability
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "observability:", err)
		os.Exit(1)
	}
}

// run drives the workload against a fresh fake server and prints the log
// and then the histogram to out.
func run(ctx context.Context, out io.Writer) error {
	srv := paysketest.NewServer()
	defer srv.Close()

	logger := slog.New(slog.NewTextHandler(out, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	latency := newHistogram(time.Millisecond, 2*time.Millisecond, 5*time.Millisecond, 10*time.Millisecond, 25*time.Millisecond, 50*time.Millisecond, 100*time.Millisecond)
	backends := srv.BackendsWithConfig(payske.BackendConfig{
		Middleware:           []payske.Middleware{latency.middleware, logAttempts(logger)},
		MaxNetworkRetries:    payske.Int64(3),
		MaxRequestsPerSecond: payske.Float64(200),
		MaxRequestBurst:      payske.Int64(20),
	})
	sc := payske.NewClient(paysketest.TestKey, payske.WithBackend(backends.API))

	if err := workload(ctx, sc, backends.API); err != nil {
		return err
	}
	// A flaky phase: the fake fails or drops a share of requests, and the
	// SDK retries them with the same idempotency key.
	srv.SetFaults(paysketest.Faults{Rate: 0.4, Seed: 8})
	ch, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Amount:   payske.Int64(700),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_mastercard")},
	})
	if err != nil {
		return fmt.Errorf("charge during faults: %w", err)
	}
	for range 4 {
		if _, err := sc.Charges.Get(ctx, ch.ID, nil); err != nil {
			return fmt.Errorf("read during faults: %w", err)
		}
	}
	srv.SetFaults(paysketest.Faults{})

	fmt.Fprintln(out)
	latency.print(out)
	stats := srv.Stats()
	fmt.Fprintf(out, "\nthe fake saw %d requests, %d of them failed on purpose and %d replayed by idempotency key\n",
		stats.Requests, stats.Faults500+stats.Faults503+stats.DroppedBefore+stats.LostAfter, stats.Replays)
	return nil
}

// workload makes the calls a small shop would.
func workload(ctx context.Context, sc *payske.Client, backend payske.Backend) error {
	cus, err := sc.Customers.New(ctx, &payske.CustomerParams{Email: payske.String("jenny.rosen@example.com")})
	if err != nil {
		return err
	}
	for _, tok := range []string{"tok_visa", "tok_amex"} {
		if _, err := sc.Charges.New(ctx, &payske.ChargeParams{
			Amount: payske.Int64(2000), Currency: payske.String(string(payske.CurrencyUSD)),
			Source: &payske.SourceParams{Token: payske.String(tok)},
		}); err != nil {
			return err
		}
	}
	_, err = sc.Charges.New(ctx, &payske.ChargeParams{
		Amount: payske.Int64(2000), Currency: payske.String(string(payske.CurrencyUSD)),
		Source: &payske.SourceParams{Token: payske.String("tok_chargeDeclined")},
	})
	var cardErr *payske.CardError
	if !errors.As(err, &cardErr) {
		return fmt.Errorf("expected a declined card, got %v", err)
	}

	auth, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Amount: payske.Int64(5000), Currency: payske.String(string(payske.CurrencyUSD)),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false),
	})
	if err != nil {
		return err
	}
	if _, err := sc.Charges.Capture(ctx, auth.ID, nil); err != nil {
		return err
	}
	if _, err := sc.Refunds.New(ctx, &payske.RefundParams{Charge: payske.String(auth.ID), Amount: payske.Int64(1000)}); err != nil {
		return err
	}
	if _, err := sc.Customers.Get(ctx, cus.ID, nil); err != nil {
		return err
	}

	list := &payske.ChargeListParams{}
	list.Limit = payske.Int64(2)
	for _, err := range sc.Charges.List(ctx, list) {
		if err != nil {
			return err
		}
	}

	// An endpoint reached without a typed method: its route is its path.
	_, err = payske.RawRequest(ctx, http.MethodGet, "/v1/events", url.Values{"limit": {"3"}},
		&payske.RawRequestOptions{Key: paysketest.TestKey, Backend: backend})
	return err
}

// logAttempts logs every attempt at Info level: route, attempt number,
// outcome and time to the response headers. It never logs req.Header,
// which carries the API key.
func logAttempts(logger *slog.Logger) payske.Middleware {
	return func(next payske.RoundTripFunc) payske.RoundTripFunc {
		return func(req *http.Request, info payske.RequestInfo) (*http.Response, error) {
			start := time.Now()
			resp, err := next(req, info)
			attrs := []slog.Attr{
				slog.String("method", info.Method),
				slog.String("route", info.Route),
				slog.Int("attempt", info.Attempt),
				slog.Bool("retry", info.IsRetry()),
				slog.Duration("took", time.Since(start).Round(time.Microsecond)),
			}
			if err != nil {
				// The *url.Error quotes the URL, whose query holds a
				// GET's params: log only the cause.
				cause := err
				var uerr *url.Error
				if errors.As(err, &uerr) {
					cause = uerr.Err
				}
				logger.LogAttrs(req.Context(), slog.LevelWarn, "payske attempt failed", append(attrs, slog.String("error", cause.Error()))...)
				return nil, err
			}
			attrs = append(attrs, slog.Int("status", resp.StatusCode), slog.String("request_id", resp.Header.Get("Request-Id")))
			level := slog.LevelInfo
			if resp.StatusCode >= 500 {
				level = slog.LevelWarn
			}
			logger.LogAttrs(req.Context(), level, "payske attempt", attrs...)
			return resp, nil
		}
	}
}

// dropTime leaves the time out of log records, to keep the output short.
func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

// histogram counts attempts per route in latency buckets with the given
// upper bounds, plus one for anything slower. Safe for concurrent use.
type histogram struct {
	bounds []time.Duration

	mu     sync.Mutex
	routes map[string][]int64 // "GET /v1/charges/{charge}" -> count per bucket
}

func newHistogram(bounds ...time.Duration) *histogram {
	return &histogram{bounds: bounds, routes: map[string][]int64{}}
}

// middleware times each attempt up to its response headers (or error).
func (h *histogram) middleware(next payske.RoundTripFunc) payske.RoundTripFunc {
	return func(req *http.Request, info payske.RequestInfo) (*http.Response, error) {
		start := time.Now()
		resp, err := next(req, info)
		h.observe(info.Method+" "+info.Route, time.Since(start))
		return resp, err
	}
}

func (h *histogram) observe(series string, d time.Duration) {
	i, _ := slices.BinarySearch(h.bounds, d)
	h.mu.Lock()
	defer h.mu.Unlock()
	counts := h.routes[series]
	if counts == nil {
		counts = make([]int64, len(h.bounds)+1)
		h.routes[series] = counts
	}
	counts[i]++
}

// print writes one row per route, sorted, with the count per bucket.
func (h *histogram) print(out io.Writer) {
	h.mu.Lock()
	defer h.mu.Unlock()
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	header := []string{"route", "attempts"}
	for _, b := range h.bounds {
		header = append(header, "<="+b.String())
	}
	header = append(header, ">"+h.bounds[len(h.bounds)-1].String())
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, series := range slices.Sorted(maps.Keys(h.routes)) {
		counts := h.routes[series]
		var total int64
		cells := make([]string, 0, len(counts))
		for _, c := range counts {
			total += c
			cells = append(cells, fmt.Sprint(c))
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", series, total, strings.Join(cells, "\t"))
	}
	tw.Flush()
}
