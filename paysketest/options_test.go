package paysketest_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// Routes a middleware adds are served beside the API, which still answers
// everything else.
func TestWithMiddlewareServesRoutesBesideTheAPI(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t, paysketest.WithMiddleware(func(api http.Handler) http.Handler {
		mux := http.NewServeMux()
		mux.HandleFunc("GET /_extra", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "extra") })
		mux.Handle("/", api)
		return mux
	}))
	resp, err := http.Get(srv.URL + "/_extra")
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, "extra", string(body))

	_, err = sc.Customers.New(nil)
	require.NoError(t, err)
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/_extra", nil))
	assert.Equal(t, "extra", rec.Body.String(), "Handler is not the wrapped handler")
}

// The observer sees every delivery's outcome, in order, by the time
// WaitDeliveries returns.
func TestWithDeliveryObserverSeesEachDelivery(t *testing.T) {
	endpoint := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusAccepted) }))
	t.Cleanup(endpoint.Close)
	var mu sync.Mutex
	var seen []paysketest.Delivery
	sc, srv := paysketest.NewTestClient(t, paysketest.WithWebhook(endpoint.URL, "whsec_x"),
		paysketest.WithDeliveryObserver(func(d paysketest.Delivery) {
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, d)
		}))
	cus, err := sc.Customers.New(nil)
	require.NoError(t, err)
	_, err = sc.Customers.Del(cus.ID, nil)
	require.NoError(t, err)
	deliveries := srv.WaitDeliveries()
	require.Len(t, deliveries, 2)
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, deliveries, seen)
	assert.Equal(t, http.StatusAccepted, seen[0].StatusCode)
	assert.Equal(t, []string{"customer.created", "customer.deleted"}, []string{seen[0].Type, seen[1].Type})
}

// A request on behalf of an account made with CreateAccount by a client
// built from Backends works with the option-free server too.
func TestCreateAccountOnARunningServer(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t)
	acct := srv.CreateAccount()
	assert.Regexp(t, "^acct_", acct)
	p := &payske.CustomerParams{}
	p.SetPayskeAccount(acct)
	_, err := sc.Customers.New(p)
	require.NoError(t, err)
}
