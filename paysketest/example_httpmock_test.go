package paysketest_test

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/jarcoal/httpmock"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
	"github.com/payske/payske-go/paysketest/fixtures"
)

// Example_httpmock mocks the HTTP transport with httpmock instead of running
// a Server: each responder answers with a fixture, the backend retries
// without waiting and logs nothing. For code that uses the package-level
// functions (charge.New, ...), a test function calls
// paysketest.UseBackend(t, mt) instead of NewTransportClient.
func Example_httpmock() {
	mt := httpmock.NewMockTransport()
	sc := paysketest.NewTransportClient(mt)
	params := &payske.ChargeParams{
		Amount:   payske.Int64(2000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	}

	// A charge.
	mt.RegisterResponder(http.MethodPost, "https://api.payske.com/v1/charges",
		httpmock.NewStringResponder(200, fixtures.ChargeCreate))
	c, err := sc.Charges.New(params)
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	fmt.Println(c.Amount, c.Currency, c.Status)

	// A decline: a 402 is a *payske.CardError carrying the decline code.
	mt.RegisterResponder(http.MethodPost, "https://api.payske.com/v1/charges",
		httpmock.NewStringResponder(402, fixtures.CardDeclined))
	_, err = sc.Charges.New(params)
	var cardErr *payske.CardError
	if errors.As(err, &cardErr) {
		fmt.Println("declined:", cardErr.DeclineCode)
	}

	// A list, page by page.
	mt.RegisterResponder(http.MethodGet, "https://api.payske.com/v1/charges",
		httpmock.NewStringResponder(200, fixtures.ChargeList))
	for ch, err := range sc.Charges.List(&payske.ChargeListParams{}).All() {
		if err != nil {
			fmt.Println("list failed:", err)
			return
		}
		fmt.Println("listed:", ch.Amount, ch.Currency, ch.Status)
	}

	// A 500 then a 200: the SDK retries at once and succeeds.
	mt.RegisterResponder(http.MethodGet, "https://api.payske.com/v1/charges/ch_1",
		httpmock.NewStringResponder(500, fixtures.APIError).
			Then(httpmock.NewStringResponder(200, fixtures.ChargeRetrieve)))
	c, err = sc.Charges.Get("ch_1", nil)
	if err != nil {
		fmt.Println("retrieve failed:", err)
		return
	}
	fmt.Println("retrieved:", c.Amount, c.Currency, c.Status)
	fmt.Println(mt.GetTotalCallCount(), "requests")
	// Output:
	// 2000 usd succeeded
	// declined: generic_decline
	// listed: 100 usd succeeded
	// retrieved: 100 usd succeeded
	// 5 requests
}
