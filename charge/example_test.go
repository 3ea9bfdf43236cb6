package charge_test

import (
	"errors"
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/internal/fakeglobal"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

func ExampleNew() {
	_, stop := fakeglobal.Start()
	defer stop()

	// `source` is obtained with Payske.js in a real integration.
	params := &payske.ChargeParams{
		Amount:      payske.Int64(2000),
		Currency:    payske.String(string(payske.CurrencyUSD)),
		Description: payske.String("My First Test Charge (created for API docs)"),
		Source:      &payske.SourceParams{Token: payske.String("tok_amex")},
	}
	c, err := charge.New(params)
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	fmt.Println(c.Status, c.Amount, c.Currency, c.PaymentMethodDetails.Card.Brand)
	// Output: succeeded 2000 usd amex
}

// A declined card is a *payske.Error carrying the decline code and the ID
// of the failed charge.
func ExampleNew_declined() {
	_, stop := fakeglobal.Start()
	defer stop()

	_, err := charge.New(&payske.ChargeParams{
		Amount:   payske.Int64(2000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_chargeDeclinedInsufficientFunds")},
	})
	var perr *payske.Error
	if errors.As(err, &perr) {
		fmt.Println(perr.Type, perr.Code, perr.DeclineCode, perr.ChargeID != "")
	}
	// Output: card_error card_declined insufficient_funds true
}

func ExampleGet() {
	_, stop := fakeglobal.Start()
	defer stop()
	created, _ := charge.New(&payske.ChargeParams{
		Amount:   payske.Int64(1500),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})

	c, err := charge.Get(created.ID, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(c.Status, c.Amount, c.PaymentMethodDetails.Card.Last4)
	// Output: succeeded 1500 4242
}

func ExampleUpdate() {
	_, stop := fakeglobal.Start()
	defer stop()
	created, _ := charge.New(&payske.ChargeParams{
		Amount:   payske.Int64(2000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})

	params := &payske.ChargeParams{}
	params.AddMetadata("order_id", "6735")
	c, err := charge.Update(created.ID, params)
	if err != nil {
		fmt.Println("update failed:", err)
		return
	}
	fmt.Println(c.Metadata["order_id"])
	// Output: 6735
}

// An authorization made with Capture false is captured later, here in part:
// the rest is released.
func ExampleCapture() {
	_, stop := fakeglobal.Start()
	defer stop()
	auth, _ := charge.New(&payske.ChargeParams{
		Amount:   payske.Int64(2000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
		Capture:  payske.Bool(false),
	})
	fmt.Println("captured:", auth.Captured)

	c, err := charge.Capture(auth.ID, &payske.ChargeCaptureParams{Amount: payske.Int64(1500)})
	if err != nil {
		fmt.Println("capture failed:", err)
		return
	}
	fmt.Println("captured:", c.Captured, c.AmountCaptured, "released:", c.AmountRefunded)
	// Output:
	// captured: false
	// captured: true 1500 released: 500
}

// List reads page by page (three charges a page here) and yields the
// charges newest first.
func ExampleList() {
	_, stop := fakeglobal.Start()
	defer stop()
	for _, amount := range []int64{100, 200, 300, 400, 500} {
		_, _ = charge.New(&payske.ChargeParams{
			Amount:   payske.Int64(amount),
			Currency: payske.String(string(payske.CurrencyUSD)),
			Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
		})
	}

	params := &payske.ChargeListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := charge.List(params)
	for i.Next() {
		c := i.Charge()
		fmt.Println(c.Amount)
	}
	if err := i.Err(); err != nil {
		fmt.Println("list failed:", err)
	}
	// Output:
	// 500
	// 400
	// 300
	// 200
	// 100
}
