package payske_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// A middleware that prints each attempt's route template and number. The
// fake server stands in for Payske.
func ExampleMiddleware() {
	srv := paysketest.NewServer()
	defer srv.Close()

	printing := func(next payske.RoundTripFunc) payske.RoundTripFunc {
		return func(req *http.Request, info payske.RequestInfo) (*http.Response, error) {
			resp, err := next(req, info)
			if err == nil {
				fmt.Println(info.Method, info.Route, "attempt", info.Attempt, "->", resp.StatusCode)
			}
			return resp, err
		}
	}
	sc := client.New(paysketest.TestKey, srv.BackendsWithConfig(payske.BackendConfig{
		Middleware: []payske.Middleware{printing},
	}))

	ch, err := sc.Charges.New(&payske.ChargeParams{
		Amount:   payske.Int64(2000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := sc.Charges.Get(ch.ID, nil); err != nil {
		fmt.Println(err)
	}
	// Output:
	// POST /v1/charges attempt 1 -> 200
	// GET /v1/charges/{charge} attempt 1 -> 200
}

// Reaching an endpoint through RawRequest, here one the SDK also models.
func ExampleRawRequest() {
	srv := paysketest.NewServer()
	defer srv.Close()

	resp, err := payske.RawRequest(context.Background(), http.MethodPost, "/v1/customers",
		url.Values{"email": {"jenny.rosen@example.com"}},
		&payske.RawRequestOptions{Key: paysketest.TestKey, Backend: srv.Backends().API})
	if err != nil {
		fmt.Println(err)
		return
	}
	var cus payske.Customer
	if err := resp.Decode(&cus); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.StatusCode, cus.Email)
	// Output: 200 jenny.rosen@example.com
}
