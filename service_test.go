package payske_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/internal/mocktest"
)

// countingServer answers every request with status and body, counting the
// requests; onRequest, when set, runs first.
func countingServer(t *testing.T, status int, body string, onRequest func()) (*httptest.Server, *atomic.Int64) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		n.Add(1)
		if onRequest != nil {
			onRequest()
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// retryingConfig retries up to 5 times without waiting, against url.
func retryingConfig(url string) *payske.BackendConfig {
	noWait := time.Duration(0)
	return &payske.BackendConfig{URL: payske.String(url), MaxNetworkRetries: payske.Int64(5),
		MinRetryDelay: &noWait, Logger: payske.DiscardLogger}
}

const serverError = `{"error":{"type":"api_error","message":"boom"}}`

// TestCancelledContextStopsTheCallAndItsRetries: a context cancelled during
// the first attempt ends the call there: no retry is sent, and the error
// says why.
func TestCancelledContextStopsTheCallAndItsRetries(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv, attempts := countingServer(t, http.StatusServiceUnavailable, serverError, cancel)
	sc := payske.NewClient("sk_test_x", payske.WithBackendConfig(retryingConfig(srv.URL)))

	ch, err := sc.Charges.Get(ctx, "ch_1", nil)
	assert.Nil(t, ch)
	require.ErrorIs(t, err, context.Canceled)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, int64(1), attempts.Load(), "no retry after the context was cancelled")

	// Without the cancellation the same client retries: the count above is
	// the context's doing.
	_, err = sc.Charges.Get(context.Background(), "ch_1", nil)
	require.Error(t, err)
	assert.Equal(t, int64(1+6), attempts.Load())
}

// TestExpiredDeadlineSendsNothing: a context whose deadline has passed ends
// the call before its first attempt, for a call and for a list.
func TestExpiredDeadlineSendsNothing(t *testing.T) {
	srv, attempts := countingServer(t, http.StatusOK, `{"id":"ch_1","object":"charge"}`, nil)
	sc := payske.NewClient("sk_test_x", payske.WithBackendConfig(retryingConfig(srv.URL)))
	ctx, cancel := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel()

	_, err := sc.Charges.New(ctx, &payske.ChargeParams{Amount: payske.Int64(100)})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	for _, err := range sc.Charges.List(ctx, nil) {
		require.ErrorIs(t, err, context.DeadlineExceeded)
	}
	assert.Zero(t, attempts.Load())
}

// TestListStopsBetweenPagesWhenItsContextIsDone: the context given to List
// governs every page, not just the first.
func TestListStopsBetweenPagesWhenItsContextIsDone(t *testing.T) {
	var pages atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		n := pages.Add(1)
		w.Header().Set("Content-Type", "application/json")
		_, _ = fmt.Fprintf(w, `{"object":"list","has_more":true,"url":"/v1/charges","data":[{"id":"ch_%d","object":"charge"}]}`, n)
	}))
	t.Cleanup(srv.Close)
	sc := payske.NewClient("sk_test_x", payske.WithBackendConfig(retryingConfig(srv.URL)))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var seen []string
	var last error
	for c, err := range sc.Charges.List(ctx, nil) {
		if err != nil {
			last = err
			break
		}
		seen = append(seen, c.ID)
		if len(seen) == 2 {
			cancel()
		}
	}
	require.ErrorIs(t, last, context.Canceled)
	assert.Equal(t, []string{"ch_1", "ch_2"}, seen)
	assert.Equal(t, int64(2), pages.Load(), "no page after the cancellation")
}

// TestParamsContextMustBeTheCallsContext: a params Context equal to the
// ctx argument is accepted (code half way through its migration); a
// different one is refused before any request, naming both.
func TestParamsContextMustBeTheCallsContext(t *testing.T) {
	m := mocktest.New(t)
	calls := m.Respond(http.MethodGet, "/v1/charges/ch_1", http.StatusOK, mocktest.Fixture(t, "charge/retrieve.json"))
	listCalls := m.Respond(http.MethodGet, "/v1/charges", http.StatusOK, mocktest.Fixture(t, "charge/list.json"))
	sc := payske.NewClient(mocktest.Key, payske.WithBackend(m.Backend))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	same := &payske.ChargeParams{}
	same.Context = ctx
	_, err := sc.Charges.Get(ctx, "ch_1", same)
	require.NoError(t, err)

	other := &payske.ChargeParams{}
	other.Context = context.Background()
	_, err = sc.Charges.Get(ctx, "ch_1", other)
	require.ErrorIs(t, err, payske.ErrTwoContexts)
	assert.EqualError(t, err, "payske: two different contexts for one call: the call's ctx argument and Params.Context differ; pass the context only as the first argument and leave Params.Context nil")
	assert.Len(t, calls.All(), 1, "the refused call sent nothing")

	list := &payske.ChargeListParams{}
	list.Context = context.Background()
	for _, err := range sc.Charges.List(ctx, list) {
		require.ErrorIs(t, err, payske.ErrTwoContexts)
		assert.Contains(t, err.Error(), "ListParams.Context")
	}
	assert.Empty(t, listCalls.All())
}

// TestParamsNamingAnotherObjectThanTheArgumentAreRefused: the customer is
// an argument of the context-first client; params.Customer may repeat it
// but not contradict it.
func TestParamsNamingAnotherObjectThanTheArgumentAreRefused(t *testing.T) {
	m := mocktest.New(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_1/sources/card_1", http.StatusOK, mocktest.Fixture(t, "card/retrieve.json"))
	sc := payske.NewClient(mocktest.Key, payske.WithBackend(m.Backend))
	ctx := context.Background()

	_, err := sc.Cards.Get(ctx, "cus_1", "card_1", &payske.CardParams{Customer: payske.String("cus_1")})
	require.NoError(t, err)

	_, err = sc.Cards.Get(ctx, "cus_1", "card_1", &payske.CardParams{Customer: payske.String("cus_2")})
	require.ErrorIs(t, err, payske.ErrPathMismatch)
	assert.EqualError(t, err, `payske: Cards.Get: params name another object than the ID argument: params.Customer is "cus_2" but the ID argument is "cus_1"; leave params.Customer nil`)

	for _, err := range sc.Cards.List(ctx, "cus_1", &payske.CardListParams{Customer: payske.String("cus_2")}) {
		require.ErrorIs(t, err, payske.ErrPathMismatch)
	}
	it := payske.CheckoutSessionClient{B: m.Backend, Key: mocktest.Key}.ListLineItemsIter(ctx, "cs_1",
		&payske.CheckoutSessionListLineItemParams{ID: payske.String("cs_2")})
	assert.False(t, it.Next())
	require.ErrorIs(t, it.Err(), payske.ErrPathMismatch)
	assert.Len(t, calls.All(), 1)
}

// TestEmptyIDArgumentFailsBeforeAnyRequest: an empty ID is no object.
func TestEmptyIDArgumentFailsBeforeAnyRequest(t *testing.T) {
	m := mocktest.New(t)
	sc := payske.NewClient(mocktest.Key, payske.WithBackend(m.Backend))
	_, err := sc.Cards.Get(context.Background(), "", "card_1", nil)
	require.ErrorIs(t, err, payske.ErrInvalidID)
	_, err = sc.Charges.Capture(context.Background(), "", nil)
	require.ErrorIs(t, err, payske.ErrInvalidID)
}

// TestNewClientOptions: each option reaches the backend, the default
// follows the global backend, and contradicting options fail every call.
func TestNewClientOptions(t *testing.T) {
	srv, attempts := countingServer(t, http.StatusInternalServerError, serverError, nil)
	config := retryingConfig(srv.URL)

	t.Run("retries", func(t *testing.T) {
		before := attempts.Load()
		sc := payske.NewClient("sk_test_x", payske.WithBackendConfig(config), payske.WithMaxNetworkRetries(0))
		_, err := sc.Charges.Get(context.Background(), "ch_1", nil)
		require.Error(t, err)
		assert.Equal(t, before+1, attempts.Load())
	})

	t.Run("http client and middleware", func(t *testing.T) {
		var sent, wrapped atomic.Int64
		hc := &http.Client{Transport: roundTripperFunc(func(r *http.Request) (*http.Response, error) {
			sent.Add(1)
			return http.DefaultTransport.RoundTrip(r)
		})}
		mw := func(next payske.RoundTripFunc) payske.RoundTripFunc {
			return func(r *http.Request, info payske.RequestInfo) (*http.Response, error) {
				wrapped.Add(1)
				return next(r, info)
			}
		}
		sc := payske.NewClient("sk_test_x", payske.WithBackendConfig(config), payske.WithMaxNetworkRetries(0),
			payske.WithHTTPClient(hc), payske.WithMiddleware(mw), payske.WithLogger(payske.DiscardLogger))
		_, err := sc.Refunds.Get(context.Background(), "re_1", nil)
		require.Error(t, err)
		assert.Equal(t, int64(1), sent.Load())
		assert.Equal(t, int64(1), wrapped.Load())
	})

	t.Run("config is copied", func(t *testing.T) {
		cfg := retryingConfig(srv.URL)
		sc := payske.NewClient("sk_test_x", payske.WithBackendConfig(cfg))
		cfg.MaxNetworkRetries = payske.Int64(0)
		before := attempts.Load()
		_, err := sc.Charges.Get(context.Background(), "ch_1", nil)
		require.Error(t, err)
		assert.Equal(t, before+6, attempts.Load())
	})

	t.Run("backend and config contradict", func(t *testing.T) {
		m := mocktest.New(t)
		sc := payske.NewClient("sk_test_x", payske.WithBackend(m.Backend), payske.WithMaxNetworkRetries(1))
		_, err := sc.Customers.Get(context.Background(), "cus_1", nil)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "WithBackend and options that configure a backend")
		for _, err := range sc.Customers.List(context.Background(), nil) {
			require.Error(t, err)
		}
	})

	t.Run("global backend at each call", func(t *testing.T) {
		sc := payske.NewClient(mocktest.Key)
		m := mocktest.NewGlobal(t)
		calls := m.Respond(http.MethodGet, "/v1/events/evt_1", http.StatusOK, mocktest.Fixture(t, "event/retrieve.json"))
		ev, err := sc.Events.Get(context.Background(), "evt_1", nil)
		require.NoError(t, err)
		assert.NotEmpty(t, ev.ID)
		assert.Len(t, calls.All(), 1)
	})

	t.Run("nil option", func(t *testing.T) {
		assert.NotNil(t, payske.NewClient("sk_test_x", nil).Charges)
	})
}

// roundTripperFunc adapts a function to http.RoundTripper.
type roundTripperFunc func(*http.Request) (*http.Response, error)

func (f roundTripperFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestServicesCanBeFaked: code that takes a service interface runs against
// a fake of it.
func TestServicesCanBeFaked(t *testing.T) {
	sc := payske.NewClient("sk_test_x")
	sc.Charges = stubCharges{}
	ch, err := chargeTwice(context.Background(), sc.Charges)
	require.NoError(t, err)
	assert.Equal(t, "ch_fake", ch.ID)
}

// chargeTwice is code under test: it takes the service, not the client.
func chargeTwice(ctx context.Context, charges payske.ChargeService) (*payske.Charge, error) {
	if _, err := charges.New(ctx, &payske.ChargeParams{}); err != nil {
		return nil, err
	}
	return charges.New(ctx, &payske.ChargeParams{})
}

// stubCharges answers New and embeds the interface for the rest.
type stubCharges struct{ payske.ChargeService }

func (stubCharges) New(context.Context, *payske.ChargeParams) (*payske.Charge, error) {
	return &payske.Charge{ID: "ch_fake"}, nil
}

// TestNilBackendFollowsTheGlobalBackend: a resource package's Client and a
// service made without a backend send through the global backend of the
// moment instead of panicking.
func TestNilBackendFollowsTheGlobalBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/charges/ch_1", http.StatusOK, mocktest.Fixture(t, "charge/retrieve.json"))

	_, err := charge.Client{Key: mocktest.Key}.Get("ch_1", nil)
	require.NoError(t, err)
	_, err = payske.ChargeClient{Key: mocktest.Key}.Get(context.Background(), "ch_1", nil)
	require.NoError(t, err)
	assert.Len(t, calls.All(), 2)
}

// TestPackageLevelListReadsTheParamsContextAtEachPage: a package-level
// iterator runs each page under its params' Context as it is when the page
// is fetched, as it always has: one set after List still governs the walk.
func TestPackageLevelListReadsTheParamsContextAtEachPage(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/charges", http.StatusOK, mocktest.Fixture(t, "charge/list.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	params := &payske.ChargeListParams{}
	i := charge.List(params)
	params.Context = ctx
	assert.False(t, i.Next())
	require.ErrorIs(t, i.Err(), context.Canceled)
	assert.Empty(t, calls.All())

	params.Context = context.Background()
	i = charge.List(params)
	assert.True(t, i.Next())
}
