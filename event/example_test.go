package event_test

import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/event"
	"github.com/payske/payske-go/internal/fakeglobal"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

// A webhook handler reads the event back by ID to be sure it came from
// Payske; here the ID comes from the list, as the fake sends no webhooks
// unless asked to.
func ExampleGet() {
	_, stop := fakeglobal.Start()
	defer stop()
	_, _ = customer.New(&payske.CustomerParams{Email: payske.String("jenny.rosen@example.com")})
	i := event.List(nil)
	if !i.Next() {
		fmt.Println("no event:", i.Err())
		return
	}
	id := i.Event().ID

	e, err := event.Get(id, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(e.Type, e.Data.Object["object"], e.Data.Object["email"])
	// Output: customer.created customer jenny.rosen@example.com
}

// Every change makes an event; the list is newest first and can be
// filtered by type, with a wildcard.
func ExampleList() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, _ := customer.New(nil)
	_, _ = charge.New(&payske.ChargeParams{
		Amount:   payske.Int64(2000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Customer: payske.String(cus.ID),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})
	_, _ = customer.Update(cus.ID, &payske.CustomerParams{Email: payske.String("jenny.rosen@example.com")})

	params := &payske.EventListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := event.List(params)
	for i.Next() {
		e := i.Event()
		fmt.Println(e.Type)
	}
	if err := i.Err(); err != nil {
		fmt.Println("list failed:", err)
	}

	charges := event.List(&payske.EventListParams{Type: payske.String("charge.*")})
	for e, err := range charges.All() {
		if err != nil {
			fmt.Println("list failed:", err)
			break
		}
		fmt.Println("charge event:", e.Type)
	}
	// Output:
	// customer.updated
	// charge.succeeded
	// customer.created
	// charge event: charge.succeeded
}
