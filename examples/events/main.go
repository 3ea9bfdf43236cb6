// Events lists what happened in the account: events filtered by type, read
// one page at a time forwards and backwards with cursors, and walked with the
// range-over-func iterator that fetches the pages for you.
//
//	go run ./examples/events
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

	// Five new customers make five customer.created events.
	var since int64
	for i := 1; i <= 5; i++ {
		cus, err := sc.Customers.New(ctx, &payske.CustomerParams{Email: payske.String(fmt.Sprintf("customer%d@example.com", i))})
		if err != nil {
			return fmt.Errorf("create customer: %w", err)
		}
		if since == 0 {
			// Payske's own clock, not this machine's, dates the events.
			since = cus.Created
		}
	}
	fmt.Println("Created 5 customers")

	// Reading page by page needs each page's has_more, which a range loop
	// does not show: ListIter walks the same list as a *payske.Iter, whose
	// Meta holds it.
	events := sc.Events

	// Lists are newest first. Limit is the page size and Single stops after
	// one page, so each call below reads exactly one page.
	page := func(edit func(p *payske.EventListParams)) *payske.EventListParams {
		p := &payske.EventListParams{Type: payske.String(string(payske.EventTypeCustomerCreated))}
		p.Limit = payske.Int64(2)
		p.Single = true
		if edit != nil {
			edit(p)
		}
		return p
	}

	first, err := printPage(ctx, events, "Page 1", page(nil))
	if err != nil {
		return err
	}
	// StartingAfter continues after the last event of a page...
	second, err := printPage(ctx, events, "Page 2 (starting_after the last of page 1)", page(func(p *payske.EventListParams) {
		p.StartingAfter = payske.String(first[len(first)-1].ID)
	}))
	if err != nil {
		return err
	}
	// ...and EndingBefore goes back from the first event of a page. The
	// iterator yields the events moving away from the cursor, so page 1
	// comes back from its last event to its first.
	if _, err := printPage(ctx, events, "Back from page 2 (ending_before the first of page 2)", page(func(p *payske.EventListParams) {
		p.EndingBefore = payske.String(second[0].ID)
	})); err != nil {
		return err
	}

	// Without Single, List fetches page after page by itself while the
	// loop runs. The created filter keeps the events of this run, and
	// breaking out of the loop stops the fetching.
	all := &payske.EventListParams{
		Type:         payske.String(string(payske.EventTypeCustomerCreated)),
		CreatedRange: &payske.RangeQueryParams{GreaterThanOrEqual: payske.Int64(since)},
	}
	all.Limit = payske.Int64(2)
	n := 0
	for e, err := range sc.Events.List(ctx, all) {
		if err != nil {
			return fmt.Errorf("list events: %w", err)
		}
		// The getters decode the event's object into the SDK's type.
		cus, err := e.Customer()
		if err != nil {
			return fmt.Errorf("decode event %s: %w", e.ID, err)
		}
		n++
		fmt.Printf("List() #%d: %s %s for %s\n", n, e.ID, e.Type, cus.Email)
		if n == 20 {
			break
		}
	}
	fmt.Printf("List() read %d customer.created events in pages of 2\n", n)
	return nil
}

// printPage reads one page of events and prints it.
func printPage(ctx context.Context, ec payske.EventService, title string, params *payske.EventListParams) ([]*payske.Event, error) {
	it := ec.ListIter(ctx, params)
	var events []*payske.Event
	for it.Next() {
		events = append(events, it.Current())
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("list events (%s): %w", title, err)
	}
	if len(events) == 0 {
		return nil, fmt.Errorf("list events (%s): the page is empty", title)
	}
	fmt.Printf("%s, has_more=%t:\n", title, it.Meta().HasMore)
	for _, e := range events {
		fmt.Printf("  %s %s\n", e.ID, e.Type)
	}
	return events, nil
}
