package source_test

import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/fakeglobal"
	"github.com/payske/payske-go/paymentsource"
	"github.com/payske/payske-go/source"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

// newACHSource makes an ACH credit transfer source, which waits for the
// customer to push the funds (receiver flow).
func newACHSource() (*payske.Source, error) {
	return source.New(&payske.SourceObjectParams{
		Type:     payske.String("ach_credit_transfer"),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Owner:    &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")},
	})
}

func ExampleNew() {
	_, stop := fakeglobal.Start()
	defer stop()

	params := &payske.SourceObjectParams{
		Type:     payske.String("ach_credit_transfer"),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Owner: &payske.SourceOwnerParams{
			Email: payske.String("jenny.rosen@example.com"),
		},
	}
	s, err := source.New(params)
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	fmt.Println(s.Type, s.Flow, s.Status, s.Owner.Email)
	// Output: ach_credit_transfer receiver pending jenny.rosen@example.com
}

func ExampleGet() {
	_, stop := fakeglobal.Start()
	defer stop()
	created, err := newACHSource()
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}

	s, err := source.Get(created.ID, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(s.Type, s.Status, s.Usage)
	// Output: ach_credit_transfer pending reusable
}

func ExampleUpdate() {
	_, stop := fakeglobal.Start()
	defer stop()
	created, err := newACHSource()
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}

	params := &payske.SourceObjectParams{}
	params.AddMetadata("order_id", "6735")
	s, err := source.Update(created.ID, params)
	if err != nil {
		fmt.Println("update failed:", err)
		return
	}
	fmt.Println(s.Metadata["order_id"])
	// Output: 6735
}

// Detach takes a source off the customer it was attached to with
// paymentsource.New; a detached source cannot be used again.
func ExampleDetach() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, _ := customer.New(nil)
	src, err := newACHSource()
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	_, err = paymentsource.New(&payske.CustomerSourceParams{
		Customer: payske.String(cus.ID),
		Source:   &payske.SourceParams{Token: payske.String(src.ID)},
	})
	if err != nil {
		fmt.Println("attach failed:", err)
		return
	}

	params := &payske.SourceObjectDetachParams{
		Customer: payske.String(cus.ID),
	}
	s, err := source.Detach(src.ID, params)
	if err != nil {
		fmt.Println("detach failed:", err)
		return
	}
	fmt.Println(s.Status)
	// Output: consumed
}
