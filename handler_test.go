package payske_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// chargeHandler is a real handler of a shop: it charges the card token of
// the form under the request's context, bounded to 20 seconds, so that a
// client that goes away stops the call and its retries.
func chargeHandler(sc *payske.Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
		defer cancel()

		c, err := sc.Charges.New(ctx, &payske.ChargeParams{
			Amount:   payske.Int64(2000),
			Currency: payske.String(string(payske.CurrencyUSD)),
			Source:   &payske.SourceParams{Token: payske.String(r.FormValue("token"))},
		})
		var perr *payske.Error
		switch {
		case errors.Is(err, context.Canceled):
			return // the client is gone: nobody reads an answer
		case errors.Is(err, context.DeadlineExceeded):
			http.Error(w, "the payment took too long; it may still go through", http.StatusGatewayTimeout)
		case errors.As(err, &perr) && perr.Type == payske.ErrorTypeCard:
			http.Error(w, "card declined: "+string(perr.DeclineCode), http.StatusPaymentRequired)
		case err != nil:
			http.Error(w, "payment failed", http.StatusBadGateway)
		default:
			_, _ = fmt.Fprintf(w, "charged %s\n", c.ID)
		}
	}
}

// TestHandlerCallRunsUnderTheRequestContext: the handler charges through
// the fake; a declined card is a 402.
func TestHandlerCallRunsUnderTheRequestContext(t *testing.T) {
	sc, _ := paysketest.NewTestPayskeClient(t)
	handler := chargeHandler(sc)

	w := httptest.NewRecorder()
	handler(w, httptest.NewRequest(http.MethodPost, "/pay?token=tok_visa", nil))
	assert.Equal(t, http.StatusOK, w.Code)
	assert.True(t, strings.HasPrefix(w.Body.String(), "charged ch_"), w.Body.String())

	w = httptest.NewRecorder()
	handler(w, httptest.NewRequest(http.MethodPost, "/pay?token=tok_chargeDeclinedInsufficientFunds", nil))
	assert.Equal(t, http.StatusPaymentRequired, w.Code)
	assert.Equal(t, "card declined: insufficient_funds\n", w.Body.String())
}

// TestCancelledRequestStopsTheHandlersCallAndItsRetries: the shop's client
// hangs up while Payske answers 503 to the first attempt. With a live
// request the SDK retries five times; with the cancelled one, the call ends
// after that one attempt and the handler writes nothing.
func TestCancelledRequestStopsTheHandlersCallAndItsRetries(t *testing.T) {
	ctx, hangUp := context.WithCancel(context.Background())
	defer hangUp()
	srv, attempts := countingServer(t, http.StatusServiceUnavailable, serverError, hangUp)
	handler := chargeHandler(payske.NewClient("sk_test_x", payske.WithBackendConfig(retryingConfig(srv.URL))))

	w := httptest.NewRecorder()
	handler(w, httptest.NewRequest(http.MethodPost, "/pay?token=tok_visa", nil).WithContext(ctx))
	assert.Equal(t, int64(1), attempts.Load(), "no retry after the request was cancelled")
	assert.Empty(t, w.Body.String(), "nothing written for a client that is gone")

	w = httptest.NewRecorder()
	handler(w, httptest.NewRequest(http.MethodPost, "/pay?token=tok_visa", nil))
	assert.Equal(t, http.StatusBadGateway, w.Code)
	assert.Equal(t, int64(1+6), attempts.Load(), "a live request retries as configured")
}

// TestHandlerHonoursTheRequestDeadline: a request whose deadline has passed
// sends nothing to Payske and answers 504.
func TestHandlerHonoursTheRequestDeadline(t *testing.T) {
	srv, attempts := countingServer(t, http.StatusOK, `{"id":"ch_1","object":"charge"}`, nil)
	handler := chargeHandler(payske.NewClient("sk_test_x", payske.WithBackendConfig(retryingConfig(srv.URL))))
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()

	w := httptest.NewRecorder()
	handler(w, httptest.NewRequest(http.MethodPost, "/pay?token=tok_visa", nil).WithContext(ctx))
	assert.Equal(t, http.StatusGatewayTimeout, w.Code)
	assert.Zero(t, attempts.Load())
}
