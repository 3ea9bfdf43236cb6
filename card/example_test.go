package card_test

import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/card"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/fakeglobal"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

// newCustomerWithCard makes a customer with one card, from token.
func newCustomerWithCard(token string) (cus *payske.Customer, c *payske.Card, err error) {
	cus, err = customer.New(nil)
	if err != nil {
		return nil, nil, err
	}
	c, err = card.New(&payske.CardParams{Customer: payske.String(cus.ID), Token: payske.String(token)})
	return cus, c, err
}

// The first card attached to a customer becomes its default source.
func ExampleNew() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, _ := customer.New(nil)

	params := &payske.CardParams{
		Customer: payske.String(cus.ID),
		Token:    payske.String("tok_amex"),
	}
	c, err := card.New(params)
	if err != nil {
		fmt.Println("attach failed:", err)
		return
	}
	fmt.Println(c.Brand, c.Last4)

	cus, _ = customer.Get(cus.ID, nil)
	fmt.Println("default:", cus.DefaultSource.ID == c.ID)
	// Output:
	// American Express 0005
	// default: true
}

func ExampleGet() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, created, err := newCustomerWithCard("tok_mastercard")
	if err != nil {
		fmt.Println("setup failed:", err)
		return
	}

	params := &payske.CardParams{
		Customer: payske.String(cus.ID),
	}
	c, err := card.Get(created.ID, params)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(c.Brand, c.Last4, c.Funding)
	// Output: MasterCard 4444 credit
}

func ExampleUpdate() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, created, err := newCustomerWithCard("tok_visa")
	if err != nil {
		fmt.Println("setup failed:", err)
		return
	}

	params := &payske.CardParams{
		Customer: payske.String(cus.ID),
		Name:     payske.String("Jenny Rosen"),
	}
	c, err := card.Update(created.ID, params)
	if err != nil {
		fmt.Println("update failed:", err)
		return
	}
	fmt.Println(c.Name)
	// Output: Jenny Rosen
}

func ExampleDel() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, created, err := newCustomerWithCard("tok_visa")
	if err != nil {
		fmt.Println("setup failed:", err)
		return
	}

	params := &payske.CardParams{
		Customer: payske.String(cus.ID),
	}
	c, err := card.Del(created.ID, params)
	if err != nil {
		fmt.Println("delete failed:", err)
		return
	}
	fmt.Println("deleted:", c.Deleted)
	// Output: deleted: true
}

func ExampleList() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, _ := customer.New(nil)
	for _, tok := range []string{"tok_visa", "tok_mastercard", "tok_amex", "tok_visa"} {
		_, _ = card.New(&payske.CardParams{Customer: payske.String(cus.ID), Token: payske.String(tok)})
	}

	params := &payske.CardListParams{
		Customer: payske.String(cus.ID),
	}
	params.Filters.AddFilter("limit", "", "3")
	i := card.List(params)
	for i.Next() {
		c := i.Card()
		fmt.Println(c.Brand, c.Last4)
	}
	if err := i.Err(); err != nil {
		fmt.Println("list failed:", err)
	}
	// Output:
	// Visa 4242
	// American Express 0005
	// MasterCard 4444
	// Visa 4242
}
