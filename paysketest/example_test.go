package paysketest_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// chargeOrder is the code under test: it charges a customer's card on file,
// the way a user's program would.
func chargeOrder(sc *client.API, customerID string, cents int64) (*payske.Charge, error) {
	return sc.Charges.New(&payske.ChargeParams{
		Amount:   payske.Int64(cents),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Customer: payske.String(customerID),
	})
}

// customerPaying sets up a customer whose card on file is the test token
// tok (tok_visa pays, tok_chargeDeclinedInsufficientFunds is declined).
func customerPaying(sc *client.API, email, tok string) (*payske.Customer, error) {
	return sc.Customers.New(&payske.CustomerParams{
		Email:  payske.String(email),
		Source: &payske.SourceParams{Token: payske.String(tok)},
	})
}

// Example shows a user's test of chargeOrder: it starts a fake server, sets
// up customers with test cards, runs the code and checks both its answers
// and the state the fake server kept. In a test function, the first three
// lines are one, sc, srv := paysketest.NewTestClient(t), which also closes
// the server when the test ends.
func Example() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc := srv.Client("")

	jenny, err := customerPaying(sc, "jenny@example.com", "tok_visa")
	if err != nil {
		fmt.Println("setup:", err)
		return
	}
	c, err := chargeOrder(sc, jenny.ID, 2000)
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	fmt.Println(c.Status, c.Amount, c.PaymentMethodDetails.Card.Last4)

	// A decline is a *payske.CardError carrying the decline code; the
	// failed charge exists on the server.
	sam, err := customerPaying(sc, "sam@example.com", "tok_chargeDeclinedInsufficientFunds")
	if err != nil {
		fmt.Println("setup:", err)
		return
	}
	_, err = chargeOrder(sc, sam.ID, 2000)
	var cardErr *payske.CardError
	if errors.As(err, &cardErr) {
		fmt.Println("declined:", cardErr.DeclineCode)
	}

	// The server kept the state: one paid charge for jenny.
	params := &payske.ChargeListParams{Customer: payske.String(jenny.ID)}
	n := 0
	for ch, err := range sc.Charges.List(params).All() {
		if err != nil {
			fmt.Println("list:", err)
			return
		}
		if ch.Paid {
			n++
		}
	}
	fmt.Println(n, "paid charge for", jenny.Email)
	// Output:
	// succeeded 2000 4242
	// declined: insufficient_funds
	// 1 paid charge for jenny@example.com
}

// ExampleWithClock moves the server's clock to let an authorization expire:
// a charge not captured within 7 days is released.
func ExampleWithClock() {
	clock := paysketest.NewClock(time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC))
	srv := paysketest.NewServer(paysketest.WithClock(clock))
	defer srv.Close()
	sc := srv.Client("")

	auth, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(5000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false)})
	if err != nil {
		fmt.Println(err)
		return
	}
	clock.Advance(8 * 24 * time.Hour)

	_, err = sc.Charges.Capture(auth.ID, nil)
	var perr *payske.Error
	if errors.As(err, &perr) {
		fmt.Println("capture refused:", perr.Code)
	}
	got, err := sc.Charges.Get(auth.ID, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("refunded:", got.Refunded, got.AmountRefunded)
	// Output:
	// capture refused: charge_expired_for_capture
	// refunded: true 5000
}

// ExampleWithFaults makes a fifth of the requests fail (500s, 503s, dropped
// connections, answers lost after the charge was made). The SDK's retries,
// with the idempotency key it sends on every POST, make each charge happen
// exactly once all the same.
func ExampleWithFaults() {
	srv := paysketest.NewServer(paysketest.WithFaults(paysketest.Faults{Rate: 0.2, Seed: 42}))
	defer srv.Close()
	sc := client.New(paysketest.TestKey, srv.BackendsWithConfig(payske.BackendConfig{MaxNetworkRetries: payske.Int64(10)}))

	for i := 0; i < 20; i++ {
		_, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(100), Currency: payske.String("usd"),
			Source: &payske.SourceParams{Token: payske.String("tok_visa")}})
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	srv.SetFaults(paysketest.Faults{}) // faults off to count
	n := 0
	for _, err := range sc.Charges.List(nil).All() {
		if err != nil {
			fmt.Println(err)
			return
		}
		n++
	}
	st := srv.Stats()
	fmt.Println(n, "charges; faults injected:", st.Faults500+st.Faults503+st.DroppedBefore+st.LostAfter > 0)
	// Output:
	// 20 charges; faults injected: true
}
