// Quickstart walks through a whole payment flow with the Payske Go SDK:
// a customer, a card token, the card on file, an authorized charge, its
// capture, a partial refund, and the events all of that produced.
//
//	go run ./examples/quickstart
//
// With no PAYSKE_SECRET_KEY set it runs against an in-process fake Payske
// server (package paysketest); with a test key it runs against the API.
package main

import (
	"context"
	"fmt"
	"time"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/examples/internal/exampleenv"
)

func main() {
	exampleenv.Run(run)
}

func run(env *exampleenv.Env) error {
	// One client holds the key and the backend; every resource hangs off it
	// (sc.Customers, sc.Charges, ...). Outside these examples it is
	// payske.NewClient("sk_test_...").
	sc := env.Client

	// Every call takes a context first: it bounds the call and its retries.
	// In a server, derive it from the incoming request's context (r.Context())
	// so that a client that gives up cancels the calls made for it; the
	// timeout caps the whole flow below.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	cus, err := sc.Customers.New(ctx, &payske.CustomerParams{
		Email: payske.String("jenny.rosen@example.com"),
		Name:  payske.String("Jenny Rosen"),
	})
	if err != nil {
		return fmt.Errorf("create customer: %w", err)
	}
	fmt.Printf("Created customer %s <%s>\n", cus.ID, cus.Email)

	// In production the card details go from the browser straight to Payske
	// (Payske.js) and your server only ever sees the token. 4242... is the
	// test Visa number; it is sent in the request body and never printed.
	tok, err := sc.Tokens.New(ctx, &payske.TokenParams{Card: &payske.CardParams{
		Number:   payske.String("4242424242424242"),
		ExpMonth: payske.String("12"),
		ExpYear:  payske.String("2034"),
		CVC:      payske.String("314"),
	}})
	if err != nil {
		return fmt.Errorf("create card token: %w", err)
	}
	fmt.Printf("Tokenized a %s card ending in %s: %s\n", tok.Card.Brand, tok.Card.Last4, tok.ID)

	// Attaching the token keeps the card on file; the customer's first
	// card becomes their default source. IDs are arguments, params come
	// last.
	card, err := sc.Cards.New(ctx, cus.ID, &payske.CardParams{Token: payske.String(tok.ID)})
	if err != nil {
		return fmt.Errorf("attach card: %w", err)
	}
	fmt.Printf("Saved card %s on customer %s\n", card.ID, cus.ID)

	// Capture false only authorizes: the funds are held, not yet taken.
	// Charging a customer without a source charges their default card.
	ch, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Amount:      payske.Int64(5000),
		Currency:    payske.String(string(payske.CurrencyUSD)),
		Customer:    payske.String(cus.ID),
		Description: payske.String("Quickstart order #1"),
		Capture:     payske.Bool(false),
	})
	if err != nil {
		return fmt.Errorf("authorize charge: %w", err)
	}
	fmt.Printf("Authorized charge %s: %s, captured=%t\n", ch.ID, money(ch.Amount, ch.Currency), ch.Captured)

	// Capture what was shipped; capturing less than authorized releases
	// the rest. Here the whole amount is taken.
	ch, err = sc.Charges.Capture(ctx, ch.ID, nil)
	if err != nil {
		return fmt.Errorf("capture charge: %w", err)
	}
	fmt.Printf("Captured charge %s: amount_captured=%s, status=%s\n", ch.ID, money(ch.AmountCaptured, ch.Currency), ch.Status)

	re, err := sc.Refunds.New(ctx, &payske.RefundParams{
		Charge: payske.String(ch.ID),
		Amount: payske.Int64(1500),
		Reason: payske.String(string(payske.RefundReasonRequestedByCustomer)),
	})
	if err != nil {
		return fmt.Errorf("refund: %w", err)
	}
	fmt.Printf("Refunded %s of the charge: refund %s (%s)\n", money(re.Amount, re.Currency), re.ID, re.Status)

	// Reading the charge again shows the state Payske keeps for it.
	ch, err = sc.Charges.Get(ctx, ch.ID, nil)
	if err != nil {
		return fmt.Errorf("retrieve charge: %w", err)
	}
	fmt.Printf("Charge %s now: amount_refunded=%s, refunded=%t\n", ch.ID, money(ch.AmountRefunded, ch.Currency), ch.Refunded)

	// Every change above produced an event. List the latest few, newest
	// first; Single stops after one page instead of walking the history.
	// List is a range-over-func iterator that fetches pages as the loop
	// goes.
	params := &payske.EventListParams{}
	params.Limit = payske.Int64(6)
	params.Single = true
	fmt.Println("Latest events:")
	for e, err := range sc.Events.List(ctx, params) {
		if err != nil {
			return fmt.Errorf("list events: %w", err)
		}
		fmt.Printf("  %s %s\n", e.ID, e.Type)
	}
	return nil
}

// money formats an amount in the currency's smallest unit, for two-decimal
// currencies such as usd.
func money(amount int64, currency payske.Currency) string {
	return fmt.Sprintf("%d.%02d %s", amount/100, amount%100, currency)
}
