package payske_test

// The README's Go blocks for idempotency, webhooks, raw requests,
// observability and testing are copied here verbatim and run, like those
// of readme_snippets_test.go (whose TestREADMESnippetsAreRunHere checks
// both files). Only assertions, the declarations the blocks assume
// (params, order, latency, fulfil, ...) and wrapping funcs for blocks that
// `return` are added.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
	"github.com/payske/payske-go/paysketest/fixtures"
	"github.com/payske/payske-go/webhook"
)

// readmeOrder is the order the idempotency block charges for.
type readmeOrder struct {
	ID         string
	CustomerID string
	Total      int64
	Revision   int
}

func TestReadmeRetriesAndIdempotency(t *testing.T) {
	seen := newReadmeMock(t)
	sc, ctx := readmeClient()
	order := readmeOrder{ID: "42", CustomerID: "cus_1", Total: 2000, Revision: 2}

	params := &payske.ChargeParams{
		Amount:   payske.Int64(order.Total),
		Currency: payske.String("usd"),
		Customer: payske.String(order.CustomerID),
	}
	// The same order and revision always sends the same key: a repeat after a
	// crash replays the first answer. A changed order (another total) is
	// another revision, so another key.
	params.SetIdempotencyKey(fmt.Sprintf("order-%s-rev-%d-charge", order.ID, order.Revision))
	c, err := sc.Charges.New(ctx, params)

	require.NoError(t, err)
	assert.Equal(t, "order-42-rev-2-charge", c.LastResponse.IdempotencyKey)
	assert.Equal(t, []string{"POST /v1/charges"}, *seen)
}

func TestReadmeWebhooks(t *testing.T) {
	const secret = "whsec_readme"
	t.Setenv("PAYSKE_WEBHOOK_SECRET", secret)
	prevMux := http.DefaultServeMux
	http.DefaultServeMux = http.NewServeMux()
	t.Cleanup(func() { http.DefaultServeMux = prevMux })
	var fulfilled []string
	fulfil := func(_ context.Context, c *payske.Charge) error {
		fulfilled = append(fulfilled, c.ID)
		return nil
	}

	h, err := webhook.NewHandler(os.Getenv("PAYSKE_WEBHOOK_SECRET"),
		func(ctx context.Context, ev payske.Event) error {
			switch ev.Type {
			case payske.EventTypeChargeSucceeded:
				c, err := ev.Charge() // or ev.Data.TypedObject(), or json.Unmarshal(ev.Data.Raw, &yourType)
				if err != nil {
					return err
				}
				return fulfil(ctx, c) // idempotently: Payske delivers again after a 5xx
			}
			return nil
		})
	if err != nil {
		log.Fatal(err) // errors.Is(err, webhook.ErrEmptySecret) when the variable is not set
	}
	http.Handle("/webhooks/payske", h)

	body := []byte(`{"id":"evt_1","object":"event","type":"charge.succeeded","data":{"object":` + fixtures.Charge + `}}`)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: body, Secret: secret})
	req := httptest.NewRequest(http.MethodPost, "/webhooks/payske", bytes.NewReader(body))
	req.Header.Set("Payske-Signature", signed.Header)
	rec := httptest.NewRecorder()
	http.DefaultServeMux.ServeHTTP(rec, req)
	assert.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.Len(t, fulfilled, 1)
	assert.True(t, strings.HasPrefix(fulfilled[0], "ch_"), fulfilled[0])
}

func TestReadmeRawRequests(t *testing.T) {
	seen := newReadmeMock(t)
	ctx, id := context.Background(), "ch_1"

	var got payske.Charge
	err := func() error {
		resp, err := payske.RawRequest(ctx, http.MethodPost, "/v1/charges/"+url.PathEscape(id)+"/capture",
			url.Values{"amount": {"1000"}},
			&payske.RawRequestOptions{IdempotencyKey: "capture-" + id}) // Key and Backend default to the globals
		if err != nil {
			return err // *payske.Error; errors.As reaches *payske.CardError etc.
		}
		var ch payske.Charge
		err = resp.Decode(&ch) // also sets ch.LastResponse
		got = ch
		return err
	}()

	require.NoError(t, err)
	assert.Equal(t, "charge", got.Object)
	assert.Equal(t, "capture-ch_1", got.LastResponse.IdempotencyKey)
	assert.Equal(t, []string{"POST /v1/charges/ch_1/capture"}, *seen)
}

// readmeHistogram stands for the metrics library the observability block
// records into (Prometheus, expvar, ...).
type readmeHistogram struct{ observed []string }

func (h *readmeHistogram) WithLabelValues(labels ...string) *readmeHistogram {
	h.observed = append(h.observed, strings.Join(labels, " "))
	return h
}

func (h *readmeHistogram) Observe(float64) {}

func TestReadmeObservability(t *testing.T) {
	latency := &readmeHistogram{}

	timing := func(next payske.RoundTripFunc) payske.RoundTripFunc {
		return func(req *http.Request, info payske.RequestInfo) (*http.Response, error) {
			start := time.Now()
			resp, err := next(req, info)
			latency.WithLabelValues(info.Method, info.Route).Observe(time.Since(start).Seconds())
			return resp, err
		}
	}
	backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		Middleware: []payske.Middleware{timing},
	})

	require.NotNil(t, backend)
	srv := paysketest.NewTestServer(t)
	sc := client.New(paysketest.TestKey, srv.BackendsWithConfig(payske.BackendConfig{
		Middleware: []payske.Middleware{timing},
	}))
	_, err := sc.Charges.Get("ch_missing", nil)
	require.Error(t, err)
	assert.Equal(t, []string{"GET /v1/charges/{charge}"}, latency.observed)
}

// fakeCharges is the README's test double of payske.ChargeService.
type fakeCharges struct {
	payske.ChargeService
	charges []*payske.Charge
}

func (f *fakeCharges) List(context.Context, *payske.ChargeListParams) iter.Seq2[*payske.Charge, error] {
	return payske.NewSliceIter(f.charges, nil).All()
}

// fakeChargeAPI is the same double of charge.API, for client.API code.
type fakeChargeAPI struct {
	charge.API
	charges []*payske.Charge
}

func (f *fakeChargeAPI) List(*payske.ChargeListParams) *charge.Iter {
	return &charge.Iter{Iter: payske.NewSliceIter(f.charges, nil)}
}

func TestReadmeTestingCodeThatUsesTheSDK(t *testing.T) {
	sc := payske.NewClient("sk_test_...")
	sc.Charges = &fakeCharges{charges: []*payske.Charge{{ID: "ch_1", Amount: 2000}}}

	var ids []string
	for c, err := range sc.Charges.List(context.Background(), nil) {
		require.NoError(t, err)
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"ch_1"}, ids)

	api := client.New("sk_test_...", nil)
	api.Charges = &fakeChargeAPI{charges: []*payske.Charge{{ID: "ch_2"}}}
	for c, err := range api.Charges.List(nil).All() {
		require.NoError(t, err)
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"ch_1", "ch_2"}, ids)
}

func TestReadmeTestingWithHTTPMock(t *testing.T) {
	params := &payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")}
	var printed []string
	fmt := struct{ Println func(...any) }{func(a ...any) { printed = append(printed, strings.TrimSpace(fmtSprintln(a...))) }}

	mt := httpmock.NewMockTransport()
	ctx := context.Background()
	sc := paysketest.NewTransportPayskeClient(mt)
	mt.RegisterResponder(http.MethodPost, "https://api.payske.com/v1/charges",
		httpmock.NewStringResponder(200, fixtures.ChargeCreate))
	c, err := sc.Charges.New(ctx, params)
	require.NoError(t, err)
	assert.Equal(t, int64(2000), c.Amount)

	mt.RegisterResponder(http.MethodPost, "https://api.payske.com/v1/charges",
		httpmock.NewStringResponder(402, fixtures.CardDeclined))
	_, err = sc.Charges.New(ctx, params)
	var cardErr *payske.CardError
	if errors.As(err, &cardErr) {
		fmt.Println("declined:", cardErr.DeclineCode)
	}

	err = func() error {
		mt.RegisterResponder(http.MethodGet, "https://api.payske.com/v1/charges",
			httpmock.NewStringResponder(200, fixtures.ChargeList))
		for c, err := range sc.Charges.List(ctx, &payske.ChargeListParams{}) {
			if err != nil {
				return err
			}
			fmt.Println(c.ID, c.Amount)
		}
		return nil
	}()
	require.NoError(t, err)
	assert.Equal(t, []string{"declined: generic_decline", "ch_3JwRvl2eZvKYlo2C0EOCHQ2f 100"}, printed)
	assert.Equal(t, 3, mt.GetTotalCallCount())
}

// fmtSprintln is fmt.Sprintln, for the test above, which shadows fmt to
// collect what the README's block prints.
var fmtSprintln = fmt.Sprintln

func TestCheckout(t *testing.T) {
	sc, srv := paysketest.NewTestPayskeClient(t) // a *payske.Client; the server closes with the test
	c, err := sc.Charges.New(context.Background(), &payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false)})
	// ... capture, refund, list events; srv.Stats() counts the requests
	require.NoError(t, err)
	assert.False(t, c.Captured)
	assert.Equal(t, int64(2000), c.Amount)
	assert.Positive(t, srv.Stats().Requests)
}
