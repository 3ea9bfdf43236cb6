package refund_test

import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/internal/fakeglobal"
	"github.com/payske/payske-go/refund"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

// newCharge makes a succeeded charge of amount cents to refund.
func newCharge(amount int64) (*payske.Charge, error) {
	return charge.New(&payske.ChargeParams{
		Amount:   payske.Int64(amount),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})
}

// Without an amount, the whole charge is refunded.
func ExampleNew() {
	_, stop := fakeglobal.Start()
	defer stop()
	ch, err := newCharge(2000)
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}

	params := &payske.RefundParams{
		Charge: payske.String(ch.ID),
	}
	r, err := refund.New(params)
	if err != nil {
		fmt.Println("refund failed:", err)
		return
	}
	fmt.Println(r.Status, r.Amount)

	ch, _ = charge.Get(ch.ID, nil)
	fmt.Println("refunded:", ch.Refunded, ch.AmountRefunded)
	// Output:
	// succeeded 2000
	// refunded: true 2000
}

func ExampleGet() {
	_, stop := fakeglobal.Start()
	defer stop()
	ch, err := newCharge(2000)
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	created, _ := refund.New(&payske.RefundParams{Charge: payske.String(ch.ID), Amount: payske.Int64(500)})

	r, err := refund.Get(created.ID, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(r.Status, r.Amount, r.Currency)
	// Output: succeeded 500 usd
}

func ExampleUpdate() {
	_, stop := fakeglobal.Start()
	defer stop()
	ch, err := newCharge(2000)
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	created, _ := refund.New(&payske.RefundParams{Charge: payske.String(ch.ID)})

	params := &payske.RefundParams{}
	params.AddMetadata("order_id", "6735")
	r, err := refund.Update(created.ID, params)
	if err != nil {
		fmt.Println("update failed:", err)
		return
	}
	fmt.Println(r.Metadata["order_id"])
	// Output: 6735
}

func ExampleList() {
	_, stop := fakeglobal.Start()
	defer stop()
	ch, err := newCharge(2000)
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	for _, amount := range []int64{100, 200, 300, 400} {
		_, _ = refund.New(&payske.RefundParams{Charge: payske.String(ch.ID), Amount: payske.Int64(amount)})
	}

	params := &payske.RefundListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := refund.List(params)
	for i.Next() {
		r := i.Refund()
		fmt.Println(r.Amount)
	}
	if err := i.Err(); err != nil {
		fmt.Println("list failed:", err)
	}
	// Output:
	// 400
	// 300
	// 200
	// 100
}
