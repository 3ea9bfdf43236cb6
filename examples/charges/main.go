// Charges shows the life of a card payment: authorize now and capture later,
// refund part of it, see the API refuse a refund larger than what is left,
// then refund the rest.
//
//	go run ./examples/charges
package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/examples/internal/exampleenv"
)

func main() {
	exampleenv.Run(run)
}

func run(env *exampleenv.Env) error {
	sc := env.Client
	ctx := context.Background()

	// Capture false authorizes only: the card is checked and the amount held,
	// as a shop does when it charges at shipping time. tok_mastercard is a
	// test token that always succeeds.
	ch, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Amount:      payske.Int64(3000),
		Currency:    payske.String(string(payske.CurrencyUSD)),
		Source:      &payske.SourceParams{Token: payske.String("tok_mastercard")},
		Description: payske.String("Two books"),
		Capture:     payske.Bool(false),
	})
	if err != nil {
		return fmt.Errorf("authorize: %w", err)
	}
	fmt.Printf("Authorized %s: amount=%d captured=%t amount_captured=%d\n", ch.ID, ch.Amount, ch.Captured, ch.AmountCaptured)

	// Capture takes the held funds. Without an Amount it takes all of them;
	// with one, it takes that much and releases the rest.
	ch, err = sc.Charges.Capture(ctx, ch.ID, nil)
	if err != nil {
		return fmt.Errorf("capture: %w", err)
	}
	fmt.Printf("Captured %s: captured=%t amount_captured=%d\n", ch.ID, ch.Captured, ch.AmountCaptured)

	// A partial refund names the amount to give back.
	re, err := sc.Refunds.New(ctx, &payske.RefundParams{Charge: payske.String(ch.ID), Amount: payske.Int64(1000)})
	if err != nil {
		return fmt.Errorf("partial refund: %w", err)
	}
	fmt.Printf("Refunded %d with %s (%s)\n", re.Amount, re.ID, re.Status)

	// Only 2000 is left to refund, so asking for the full 3000 again is a
	// 400 invalid_request_error. The charge is left as it was.
	_, err = sc.Refunds.New(ctx, &payske.RefundParams{Charge: payske.String(ch.ID), Amount: payske.Int64(ch.Amount)})
	var payskeErr *payske.Error
	if !errors.As(err, &payskeErr) || payskeErr.HTTPStatusCode != 400 {
		return fmt.Errorf("refunding more than what is left: want a 400 error, got %v", err)
	}
	fmt.Printf("Refunding %d more was refused: HTTP %d %s (code %s, param %s)\n",
		ch.Amount, payskeErr.HTTPStatusCode, payskeErr.Type, payskeErr.Code, payskeErr.Param)
	fmt.Printf("  message: %s\n", payskeErr.Msg)

	// Without an Amount, a refund gives back whatever is left.
	re, err = sc.Refunds.New(ctx, &payske.RefundParams{Charge: payske.String(ch.ID)})
	if err != nil {
		return fmt.Errorf("refund the rest: %w", err)
	}
	fmt.Printf("Refunded the remaining %d with %s\n", re.Amount, re.ID)

	ch, err = sc.Charges.Get(ctx, ch.ID, nil)
	if err != nil {
		return fmt.Errorf("retrieve: %w", err)
	}
	fmt.Printf("Charge %s: amount_refunded=%d refunded=%t\n", ch.ID, ch.AmountRefunded, ch.Refunded)

	// The refunds of one charge, newest first.
	fmt.Println("Refunds of the charge:")
	for r, err := range sc.Refunds.List(ctx, &payske.RefundListParams{Charge: payske.String(ch.ID)}) {
		if err != nil {
			return fmt.Errorf("list refunds: %w", err)
		}
		fmt.Printf("  %s amount=%d status=%s\n", r.ID, r.Amount, r.Status)
	}
	return nil
}
