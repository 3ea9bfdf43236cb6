package payske_test

import (
	"fmt"

	"golang.org/x/time/rate"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// A rate.Limiter from golang.org/x/time/rate as the backend's rate limit:
// every attempt, retries included, waits for it. A limiter shared by all
// replicas of a service plugs in the same way. The fake server stands in
// for Payske.
func ExampleBackendConfig_rateLimiter() {
	srv := paysketest.NewServer()
	defer srv.Close()

	limiter := rate.NewLimiter(rate.Limit(20), 5) // 20 requests a second, bursts of 5
	sc := client.New(paysketest.TestKey, srv.BackendsWithConfig(payske.BackendConfig{
		RateLimiter: limiter,
	}))

	for range 3 {
		ch, err := sc.Charges.New(&payske.ChargeParams{
			Amount:   payske.Int64(500),
			Currency: payske.String(string(payske.CurrencyUSD)),
			Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(ch.Amount, ch.Status)
	}
	// Output:
	// 500 succeeded
	// 500 succeeded
	// 500 succeeded
}
