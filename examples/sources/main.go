// Sources shows source objects (src_...), the payment instruments that can
// be charged once they are "chargeable": create a card source, read it,
// update its owner, attach it to a customer and detach it again.
//
//	go run ./examples/sources
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

func run(env *exampleenv.Env) error {
	sc := env.Client
	ctx := context.Background()

	// A card source is made from a card token; tok_visa is a test token.
	// The sources of other types (ach_credit_transfer, sepa_debit, ...)
	// take that type's details instead and become chargeable later.
	src, err := sc.Sources.New(ctx, &payske.SourceObjectParams{
		Type:     payske.String(string(payske.SourceTypeCard)),
		Token:    payske.String("tok_visa"),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Owner:    &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")},
	})
	if err != nil {
		return fmt.Errorf("create source: %w", err)
	}
	fmt.Printf("Created source %s: type=%s status=%s usage=%s\n", src.ID, src.Type, src.Status, src.Usage)

	src, err = sc.Sources.Get(ctx, src.ID, nil)
	if err != nil {
		return fmt.Errorf("retrieve source: %w", err)
	}
	fmt.Printf("Retrieved source %s: %s card ending in %s, owner %s\n", src.ID, src.Card.Brand, src.Card.Last4, src.Owner.Email)

	// Update changes the owner, the mandate, the order and metadata only.
	update := &payske.SourceObjectParams{Owner: &payske.SourceOwnerParams{Name: payske.String("Jenny Rosen")}}
	update.AddMetadata("order_id", "6735")
	src, err = sc.Sources.Update(ctx, src.ID, update)
	if err != nil {
		return fmt.Errorf("update source: %w", err)
	}
	fmt.Printf("Updated source %s: owner name=%s metadata[order_id]=%s\n", src.ID, src.Owner.Name, src.Metadata["order_id"])

	cus, err := sc.Customers.New(ctx, &payske.CustomerParams{Email: payske.String("jenny.rosen@example.com")})
	if err != nil {
		return fmt.Errorf("create customer: %w", err)
	}
	fmt.Printf("Created customer %s\n", cus.ID)

	// A reusable source is kept by attaching it to a customer through the
	// customer's sources; the answer says which kind of source it is.
	ps, err := sc.PaymentSources.New(ctx, cus.ID, &payske.CustomerSourceParams{
		Source: &payske.SourceParams{Token: payske.String(src.ID)},
	})
	if err != nil {
		return fmt.Errorf("attach source: %w", err)
	}
	fmt.Printf("Attached %s to customer %s: the customer source is a %s\n", ps.ID, cus.ID, ps.Type)

	// Detaching makes the source unusable: it cannot be attached again.
	src, err = sc.Sources.Detach(ctx, cus.ID, src.ID, nil)
	if err != nil {
		return fmt.Errorf("detach source: %w", err)
	}
	fmt.Printf("Detached source %s: status=%s\n", src.ID, src.Status)

	// Listing the customer's sources of type "source" shows it is gone.
	list := &payske.PaymentSourceListParams{Object: payske.String("source")}
	n := 0
	for _, err := range sc.PaymentSources.List(ctx, cus.ID, list) {
		if err != nil {
			return fmt.Errorf("list sources: %w", err)
		}
		n++
	}
	fmt.Printf("Sources left on the customer: %d\n", n)
	return nil
}
