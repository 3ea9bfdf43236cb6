package paysketest_test

import (
	"fmt"

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

// Example shows a user's test of chargeOrder: it starts a fake server, sets
// up a customer with a card, runs the code and checks the state the fake
// server kept. In a test function, the first two lines are one:
// sc, srv := paysketest.NewTestClient(t), which closes the server when the
// test ends.
func Example() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc := srv.Client("")

	cus, _ := sc.Customers.New(&payske.CustomerParams{Email: payske.String("jenny@example.com")})
	_, _ = sc.Cards.New(&payske.CardParams{Customer: payske.String(cus.ID), Token: payske.String("tok_visa")})

	c, err := chargeOrder(sc, cus.ID, 2000)
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	fmt.Println(c.Status, c.Amount, c.PaymentMethodDetails.Card.Last4)

	declined, _ := sc.Customers.New(nil)
	_, _ = sc.Cards.New(&payske.CardParams{Customer: payske.String(declined.ID), Token: payske.String("tok_chargeDeclinedInsufficientFunds")})
	_, err = chargeOrder(sc, declined.ID, 2000)
	fmt.Println(err.(*payske.Error).DeclineCode)

	params := &payske.ChargeListParams{Customer: payske.String(cus.ID)}
	n := 0
	for _, err := range sc.Charges.List(params).All() {
		if err == nil {
			n++
		}
	}
	fmt.Println(n, "charge for", cus.Email)
	// Output:
	// succeeded 2000 4242
	// insufficient_funds
	// 1 charge for jenny@example.com
}
