package session_test

import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/checkout/session"
	"github.com/payske/payske-go/internal/fakeglobal"
	"github.com/payske/payske-go/paysketest"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key. The fake has no prices endpoint, so each example registers
// the price its line items name, as a real account would have it in its
// catalogue.

const priceID = "price_H5ggYwtDq4fbrJ"

// startWithPrice starts the fake with priceID at $15.00.
func startWithPrice() (stop func()) {
	srv, stop := fakeglobal.Start()
	srv.AddPrice(paysketest.Price{ID: priceID, UnitAmount: 1500, Currency: "usd", ProductName: "T-shirt"})
	return stop
}

// newSession opens a payment session for quantity units of priceID.
func newSession(quantity int64) (*payske.CheckoutSession, error) {
	return session.New(&payske.CheckoutSessionParams{
		SuccessURL: payske.String("https://example.com/success"),
		CancelURL:  payske.String("https://example.com/cancel"),
		LineItems:  []*payske.CheckoutSessionLineItemParams{{Price: payske.String(priceID), Quantity: payske.Int64(quantity)}},
		Mode:       payske.String(string(payske.CheckoutSessionModePayment)),
	})
}

func ExampleNew() {
	stop := startWithPrice()
	defer stop()

	params := &payske.CheckoutSessionParams{
		SuccessURL: payske.String("https://example.com/success"),
		CancelURL:  payske.String("https://example.com/cancel"),
		LineItems: []*payske.CheckoutSessionLineItemParams{
			{
				Price:    payske.String(priceID),
				Quantity: payske.Int64(2),
			},
		},
		Mode: payske.String(string(payske.CheckoutSessionModePayment)),
	}
	s, err := session.New(params)
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	fmt.Println(s.Mode, s.Status, s.AmountTotal, s.Currency)
	// Output: payment open 3000 usd
}

// A line item can also carry its price inline, without a catalogue price.
func ExampleNew_priceData() {
	_, stop := fakeglobal.Start()
	defer stop()

	s, err := session.New(&payske.CheckoutSessionParams{
		SuccessURL: payske.String("https://example.com/success"),
		CancelURL:  payske.String("https://example.com/cancel"),
		LineItems: []*payske.CheckoutSessionLineItemParams{{
			PriceData: &payske.CheckoutSessionLineItemPriceDataParams{
				Currency:    payske.String(string(payske.CurrencyUSD)),
				UnitAmount:  payske.Int64(750),
				ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("Mug")},
			},
			Quantity: payske.Int64(3),
		}},
		Mode: payske.String(string(payske.CheckoutSessionModePayment)),
	})
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	fmt.Println(s.AmountSubtotal, s.AmountTotal)
	// Output: 2250 2250
}

func ExampleGet() {
	stop := startWithPrice()
	defer stop()
	created, err := newSession(1)
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}

	s, err := session.Get(created.ID, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(s.Status, s.AmountTotal, s.SuccessURL)
	// Output: open 1500 https://example.com/success
}

func ExampleList() {
	stop := startWithPrice()
	defer stop()
	for _, quantity := range []int64{1, 2, 3, 4} {
		if _, err := newSession(quantity); err != nil {
			fmt.Println("create failed:", err)
			return
		}
	}

	params := &payske.CheckoutSessionListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := session.List(params)
	for i.Next() {
		s := i.CheckoutSession()
		fmt.Println(s.AmountTotal)
	}
	if err := i.Err(); err != nil {
		fmt.Println("list failed:", err)
	}
	// Output:
	// 6000
	// 4500
	// 3000
	// 1500
}

func ExampleListLineItems() {
	stop := startWithPrice()
	defer stop()
	created, err := newSession(2)
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}

	params := &payske.CheckoutSessionListLineItemParams{
		ID: payske.String(created.ID),
	}
	params.Filters.AddFilter("limit", "", "5")
	i := session.ListLineItems(params)
	for i.Next() {
		li := i.LineItem()
		fmt.Println(li.Quantity, li.Price.ID, li.AmountTotal)
	}
	if err := i.Err(); err != nil {
		fmt.Println("list failed:", err)
	}
	// Output: 2 price_H5ggYwtDq4fbrJ 3000
}
