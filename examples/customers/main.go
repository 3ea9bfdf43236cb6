// Customers shows customer records and the cards kept on them: create,
// read, update, list and delete a customer, and tokenize, attach, list,
// update and remove a card.
//
//	go run ./examples/customers
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

	cus, err := sc.Customers.New(ctx, &payske.CustomerParams{
		Email:       payske.String("sam.lee@example.com"),
		Name:        payske.String("Sam Lee"),
		Description: payske.String("Created by the customers example"),
	})
	if err != nil {
		return fmt.Errorf("create customer: %w", err)
	}
	fmt.Printf("Created customer %s: %s <%s>\n", cus.ID, cus.Name, cus.Email)

	// Update sends only the fields that are set; metadata keys are merged
	// into what the customer already has.
	params := &payske.CustomerParams{Phone: payske.String("+15555550123")}
	params.AddMetadata("crm_id", "A-1042")
	cus, err = sc.Customers.Update(ctx, cus.ID, params)
	if err != nil {
		return fmt.Errorf("update customer: %w", err)
	}
	fmt.Printf("Updated customer %s: phone=%s metadata[crm_id]=%s\n", cus.ID, cus.Phone, cus.Metadata["crm_id"])

	cus, err = sc.Customers.Get(ctx, cus.ID, nil)
	if err != nil {
		return fmt.Errorf("retrieve customer: %w", err)
	}
	fmt.Printf("Retrieved customer %s: %s\n", cus.ID, cus.Description)

	// Lists take the filters of the API; here, customers with one email.
	fmt.Println("Customers with email sam.lee@example.com:")
	list := &payske.CustomerListParams{Email: payske.String("sam.lee@example.com")}
	list.Limit = payske.Int64(3)
	list.Single = true
	for c, err := range sc.Customers.List(ctx, list) {
		if err != nil {
			return fmt.Errorf("list customers: %w", err)
		}
		fmt.Printf("  %s %s\n", c.ID, c.Email)
	}

	if err := cards(ctx, sc, cus.ID); err != nil {
		return err
	}

	deleted, err := sc.Customers.Del(ctx, cus.ID, nil)
	if err != nil {
		return fmt.Errorf("delete customer: %w", err)
	}
	fmt.Printf("Deleted customer %s: deleted=%t\n", deleted.ID, deleted.Deleted)

	// A deleted customer is gone: reading it is a 404 resource_missing.
	_, err = sc.Customers.Get(ctx, cus.ID, nil)
	var payskeErr *payske.Error
	if !errors.As(err, &payskeErr) || payskeErr.Code != payske.ErrorCodeResourceMissing {
		return fmt.Errorf("retrieve deleted customer: want resource_missing, got %v", err)
	}
	fmt.Printf("Retrieving it again: HTTP %d %s\n", payskeErr.HTTPStatusCode, payskeErr.Code)
	return nil
}

// cards manages the cards of one customer.
func cards(ctx context.Context, sc *payske.Client, customerID string) error {
	// The card details become a single-use token (in production, in the
	// browser with Payske.js). The number is a test Visa; it is never printed.
	tok, err := sc.Tokens.New(ctx, &payske.TokenParams{Card: &payske.CardParams{
		Number:   payske.String("4242424242424242"),
		ExpMonth: payske.String("8"),
		ExpYear:  payske.String("2033"),
		CVC:      payske.String("123"),
	}})
	if err != nil {
		return fmt.Errorf("tokenize card: %w", err)
	}
	fmt.Printf("Tokenized a card: %s\n", tok.ID)

	// Attaching the token turns it into a card saved on the customer; the
	// customer's ID is an argument of every card call.
	visa, err := sc.Cards.New(ctx, customerID, &payske.CardParams{Token: payske.String(tok.ID)})
	if err != nil {
		return fmt.Errorf("attach card: %w", err)
	}
	fmt.Printf("Attached card %s: %s ending in %s, expires %d/%d\n", visa.ID, visa.Brand, visa.Last4, visa.ExpMonth, visa.ExpYear)

	// A test token can be attached directly too.
	amex, err := sc.Cards.New(ctx, customerID, &payske.CardParams{Token: payske.String("tok_amex")})
	if err != nil {
		return fmt.Errorf("attach second card: %w", err)
	}
	fmt.Printf("Attached card %s: %s ending in %s\n", amex.ID, amex.Brand, amex.Last4)

	fmt.Println("Cards on the customer:")
	for c, err := range sc.Cards.List(ctx, customerID, nil) {
		if err != nil {
			return fmt.Errorf("list cards: %w", err)
		}
		fmt.Printf("  %s %s ending in %s\n", c.ID, c.Brand, c.Last4)
	}

	// A saved card's number never changes, but its expiry, holder name and
	// billing address can.
	visa, err = sc.Cards.Update(ctx, customerID, visa.ID, &payske.CardParams{
		Name:    payske.String("Sam Lee"),
		ExpYear: payske.String("2035"),
	})
	if err != nil {
		return fmt.Errorf("update card: %w", err)
	}
	fmt.Printf("Updated card %s: name=%s expires %d/%d\n", visa.ID, visa.Name, visa.ExpMonth, visa.ExpYear)

	removed, err := sc.Cards.Del(ctx, customerID, amex.ID, nil)
	if err != nil {
		return fmt.Errorf("delete card: %w", err)
	}
	fmt.Printf("Deleted card %s: deleted=%t\n", removed.ID, removed.Deleted)
	return nil
}
