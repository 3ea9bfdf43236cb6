package paymentsource_test

import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/fakeglobal"
	"github.com/payske/payske-go/paymentsource"
	"github.com/payske/payske-go/source"
)

// The example runs against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

// New attaches a source, a card token or a bank account token to a
// customer; the answer is decoded by its kind.
func ExampleNew() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, _ := customer.New(nil)
	src, err := source.New(&payske.SourceObjectParams{
		Type:     payske.String("ach_credit_transfer"),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Owner:    &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")},
	})
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}

	params := &payske.CustomerSourceParams{
		Customer: payske.String(cus.ID),
		Source: &payske.SourceParams{
			Token: payske.String(src.ID),
		},
	}
	s, err := paymentsource.New(params)
	if err != nil {
		fmt.Println("attach failed:", err)
		return
	}
	fmt.Println(s.Type, s.SourceObject.Type, s.SourceObject.Customer == cus.ID)

	card, err := paymentsource.New(&payske.CustomerSourceParams{
		Customer: payske.String(cus.ID),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})
	if err != nil {
		fmt.Println("attach failed:", err)
		return
	}
	fmt.Println(card.Type, card.Card.Brand, card.Card.Last4)
	// Output:
	// source ach_credit_transfer true
	// card Visa 4242
}
