package paysketest_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
	"github.com/payske/payske-go/webhook"
)

// TestWebhookDeliveriesVerifyWithTheWebhookPackage wires the fake's
// deliveries to webhook.Handler, as a user's end-to-end test would: every
// event arrives signed, verifies under the endpoint secret and decodes into
// the SDK's types; a handler holding another secret refuses them all.
func TestWebhookDeliveriesVerifyWithTheWebhookPackage(t *testing.T) {
	const secret = "whsec_end_to_end"
	cases := []struct {
		name          string
		handlerSecret string
		wantStatus    int
		wantHandled   []payske.EventType
	}{
		{"the endpoint's secret", secret, http.StatusOK,
			[]payske.EventType{payske.EventTypeCustomerCreated, payske.EventTypeChargeSucceeded}},
		{"another secret", "whsec_other", http.StatusBadRequest, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var mu sync.Mutex
			var handled []payske.EventType
			var amounts []int64
			h := webhook.Handler(tc.handlerSecret, func(_ context.Context, ev payske.Event) error {
				mu.Lock()
				defer mu.Unlock()
				handled = append(handled, ev.Type)
				if ev.Type == payske.EventTypeChargeSucceeded {
					c, err := ev.Charge()
					if err != nil {
						return err
					}
					amounts = append(amounts, c.Amount)
				}
				return nil
			})
			endpoint := httptest.NewServer(h)
			t.Cleanup(endpoint.Close)

			sc, srv := paysketest.NewTestClient(t, paysketest.WithWebhook(endpoint.URL, secret))
			cus, err := sc.Customers.New(&payske.CustomerParams{Email: payske.String("jenny@example.com")})
			require.NoError(t, err)
			_, err = sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(1234), Currency: payske.String("usd"),
				Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Customer: payske.String(cus.ID)})
			require.NoError(t, err)

			deliveries := srv.WaitDeliveries()
			require.Len(t, deliveries, 2)
			for _, d := range deliveries {
				require.NoError(t, d.Err)
				assert.Equal(t, tc.wantStatus, d.StatusCode, d.Type)
			}
			mu.Lock()
			defer mu.Unlock()
			assert.Equal(t, tc.wantHandled, handled)
			if tc.wantHandled != nil {
				assert.Equal(t, []int64{1234}, amounts)
			}
		})
	}
}

// TestWebhookDeliveriesAreSignedAtTheServersClock shows that deliveries
// carry the fake clock's time: a handler on the wall clock refuses an event
// signed a day ago, one given the same clock accepts it.
func TestWebhookDeliveriesAreSignedAtTheServersClock(t *testing.T) {
	const secret = "whsec_clock"
	clock := paysketest.NewClock(time.Now().Add(-24 * time.Hour))
	var statuses []int
	for _, opts := range [][]webhook.HandlerOption{nil, {webhook.WithClock(clock.Now)}} {
		h := webhook.Handler(secret, func(context.Context, payske.Event) error { return nil }, opts...)
		endpoint := httptest.NewServer(h)
		sc, srv := paysketest.NewTestClient(t, paysketest.WithClock(clock), paysketest.WithWebhook(endpoint.URL, secret))
		_, err := sc.Customers.New(nil)
		require.NoError(t, err)
		deliveries := srv.WaitDeliveries()
		require.Len(t, deliveries, 1)
		statuses = append(statuses, deliveries[0].StatusCode)
		endpoint.Close()
	}
	assert.Equal(t, []int{http.StatusBadRequest, http.StatusOK}, statuses)
}
