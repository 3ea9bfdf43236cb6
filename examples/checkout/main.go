// Checkout creates a Payske-hosted payment page (a Checkout Session) for a
// cart described inline with price_data, then reads back its line items and
// the totals Payske computed.
//
//	go run ./examples/checkout
package main

import (
	"context"
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/examples/internal/exampleenv"
)

func main() {
	exampleenv.Run(run)
}

// cartItem is one line of a shop's cart.
type cartItem struct {
	name     string
	cents    int64
	quantity int64
}

func run(env *exampleenv.Env) error {
	sc := env.Client
	ctx := context.Background()

	cart := []cartItem{{"T-shirt", 2000, 2}, {"Coffee mug", 1250, 1}}

	// price_data describes each price on the fly, so the shop needs no
	// catalogue of products and prices at Payske.
	var items []*payske.CheckoutSessionLineItemParams
	for _, it := range cart {
		items = append(items, &payske.CheckoutSessionLineItemParams{
			Quantity: payske.Int64(it.quantity),
			PriceData: &payske.CheckoutSessionLineItemPriceDataParams{
				Currency:    payske.String(string(payske.CurrencyUSD)),
				UnitAmount:  payske.Int64(it.cents),
				ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String(it.name)},
			},
		})
	}
	s, err := sc.CheckoutSessions.New(ctx, &payske.CheckoutSessionParams{
		Mode:              payske.String(string(payske.CheckoutSessionModePayment)),
		SuccessURL:        payske.String("https://example.com/order/success"),
		CancelURL:         payske.String("https://example.com/cart"),
		ClientReferenceID: payske.String("cart-8841"),
		LineItems:         items,
	})
	if err != nil {
		return fmt.Errorf("create Checkout Session: %w", err)
	}
	fmt.Printf("Created Checkout Session %s: status=%s payment_status=%s\n", s.ID, s.Status, s.PaymentStatus)
	// The shop redirects the customer's browser to this page.
	fmt.Printf("Payment page: %s\n", s.URL)

	// Line items are listed separately (or expanded with "line_items").
	fmt.Println("Line items:")
	for li, err := range sc.CheckoutSessions.ListLineItems(ctx, s.ID, nil) {
		if err != nil {
			return fmt.Errorf("list line items: %w", err)
		}
		fmt.Printf("  %-10s x%d  unit %d  total %d %s\n", li.Description, li.Quantity, li.Price.UnitAmount, li.AmountTotal, li.Currency)
	}

	// Payske sums the items (and taxes, discounts, shipping when there are
	// any) into the session's totals.
	fmt.Printf("Session totals: amount_subtotal=%d amount_total=%d %s\n", s.AmountSubtotal, s.AmountTotal, s.Currency)
	if s.TotalDetails != nil {
		fmt.Printf("  of which tax=%d discount=%d shipping=%d\n",
			s.TotalDetails.AmountTax, s.TotalDetails.AmountDiscount, s.TotalDetails.AmountShipping)
	}
	return nil
}
