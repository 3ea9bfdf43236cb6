package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// trigger is one event the trigger subcommand can make the mock produce,
// through the API calls that cause it in the fake.
type trigger struct {
	event payske.EventType
	// does says which calls it makes, for the usage text.
	does string
	run  func(*triggerRun) error
}

// triggers lists every event the fake produces that API calls can cause.
// charge.expired and checkout.session.expired are left out: they take the
// passing of 7 days or 24 hours on the fake's clock.
var triggers = []trigger{
	{payske.EventTypeCustomerCreated, "creates a customer", func(t *triggerRun) error {
		_, err := t.customer()
		return err
	}},
	{payske.EventTypeCustomerUpdated, "creates a customer, then updates its name", func(t *triggerRun) error {
		cus, err := t.customer()
		if err != nil {
			return err
		}
		_, err = t.sc.Customers.Update(cus.ID, &payske.CustomerParams{Params: t.params(), Name: payske.String("Jenny Rosen")})
		return err
	}},
	{payske.EventTypeCustomerDeleted, "creates a customer, then deletes it", func(t *triggerRun) error {
		cus, err := t.customer()
		if err != nil {
			return err
		}
		_, err = t.sc.Customers.Del(cus.ID, &payske.CustomerParams{Params: t.params()})
		return err
	}},
	{payske.EventTypeCustomerSourceCreated, "creates a customer, then attaches a card (tok_visa)", func(t *triggerRun) error {
		_, _, err := t.customerCard()
		return err
	}},
	{payske.EventTypeCustomerSourceUpdated, "attaches a card to a new customer, then updates its name", func(t *triggerRun) error {
		cus, card, err := t.customerCard()
		if err != nil {
			return err
		}
		_, err = t.sc.Cards.Update(card.ID, &payske.CardParams{Params: t.params(), Customer: payske.String(cus.ID),
			Name: payske.String("Jenny Rosen")})
		return err
	}},
	{payske.EventTypeCustomerSourceDeleted, "attaches a card to a new customer, then deletes it", func(t *triggerRun) error {
		cus, card, err := t.customerCard()
		if err != nil {
			return err
		}
		_, err = t.sc.Cards.Del(card.ID, &payske.CardParams{Params: t.params(), Customer: payske.String(cus.ID)})
		return err
	}},
	{payske.EventTypeChargeSucceeded, "charges tok_visa", func(t *triggerRun) error {
		_, err := t.charge("tok_visa", true)
		return err
	}},
	{payske.EventTypeChargeFailed, "charges tok_chargeDeclined, which is declined", func(t *triggerRun) error {
		_, err := t.charge("tok_chargeDeclined", true)
		var declined *payske.CardError
		if errors.As(err, &declined) {
			return nil
		}
		if err == nil {
			return errors.New("the charge of tok_chargeDeclined was not declined")
		}
		return err
	}},
	{payske.EventTypeChargeCaptured, "authorizes tok_visa (capture=false), then captures it", func(t *triggerRun) error {
		ch, err := t.charge("tok_visa", false)
		if err != nil {
			return err
		}
		_, err = t.sc.Charges.Capture(ch.ID, &payske.ChargeCaptureParams{Params: t.params()})
		return err
	}},
	{payske.EventTypeChargeUpdated, "charges tok_visa, then updates its description", func(t *triggerRun) error {
		ch, err := t.charge("tok_visa", true)
		if err != nil {
			return err
		}
		_, err = t.sc.Charges.Update(ch.ID, &payske.ChargeParams{Params: t.params(), Description: payske.String("Updated by payske-mock trigger")})
		return err
	}},
	{payske.EventTypeChargeRefunded, "charges tok_visa, then refunds it", func(t *triggerRun) error {
		_, err := t.refund()
		return err
	}},
	{payske.EventTypeChargeRefundUpdated, "charges tok_visa, refunds it, then updates the refund's metadata", func(t *triggerRun) error {
		re, err := t.refund()
		if err != nil {
			return err
		}
		p := &payske.RefundParams{Params: t.params()}
		p.AddMetadata("reason", "payske-mock trigger")
		_, err = t.sc.Refunds.Update(re.ID, p)
		return err
	}},
	{payske.EventTypeSourceChargeable, "creates a card source from tok_visa", func(t *triggerRun) error {
		_, err := t.sc.Sources.New(&payske.SourceObjectParams{Params: t.params(), Type: payske.String("card"), Token: payske.String("tok_visa")})
		return err
	}},
	{payske.EventTypeCheckoutSessionCompleted, "creates a Checkout Session, then pays it (a payske-mock test helper)", func(t *triggerRun) error {
		sess, err := t.sc.CheckoutSessions.New(&payske.CheckoutSessionParams{Params: t.params(), Mode: payske.String("payment"),
			SuccessURL: payske.String("https://example.com/success"),
			LineItems: []*payske.CheckoutSessionLineItemParams{{Quantity: payske.Int64(1),
				PriceData: &payske.CheckoutSessionLineItemPriceDataParams{Currency: payske.String("usd"), UnitAmount: payske.Int64(2000),
					ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("T-shirt")}}}}})
		if err != nil {
			return err
		}
		return t.completeSession(sess.ID)
	}},
}

// triggerRun is one run of the trigger subcommand: the client bound to the
// mock and the account it acts for.
type triggerRun struct {
	ctx     context.Context
	sc      *client.API
	base    string
	key     string
	account string
}

// params returns the per-call parameters every call of the run carries.
func (t *triggerRun) params() payske.Params {
	p := payske.Params{Context: t.ctx}
	if t.account != "" {
		p.SetPayskeAccount(t.account)
	}
	return p
}

func (t *triggerRun) customer() (*payske.Customer, error) {
	return t.sc.Customers.New(&payske.CustomerParams{Params: t.params(), Email: payske.String("jenny.rosen@example.com")})
}

func (t *triggerRun) customerCard() (*payske.Customer, *payske.Card, error) {
	cus, err := t.customer()
	if err != nil {
		return nil, nil, err
	}
	card, err := t.sc.Cards.New(&payske.CardParams{Params: t.params(), Customer: payske.String(cus.ID), Token: payske.String("tok_visa")})
	return cus, card, err
}

func (t *triggerRun) charge(token string, capture bool) (*payske.Charge, error) {
	return t.sc.Charges.New(&payske.ChargeParams{Params: t.params(), Amount: payske.Int64(2000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String(token)}, Capture: payske.Bool(capture)})
}

func (t *triggerRun) refund() (*payske.Refund, error) {
	ch, err := t.charge("tok_visa", true)
	if err != nil {
		return nil, err
	}
	return t.sc.Refunds.New(&payske.RefundParams{Params: t.params(), Charge: payske.String(ch.ID)})
}

// completeSession calls the mock's test helper that pays a session.
func (t *triggerRun) completeSession(id string) error {
	req, err := http.NewRequestWithContext(t.ctx, http.MethodPost, t.base+completePathPrefix+url.PathEscape(id)+"/complete", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+t.key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return fmt.Errorf("completing Checkout Session %s: the mock answered %s: %s", id, resp.Status, strings.TrimSpace(string(body)))
	}
	return nil
}

// newestEvent returns the ID of the newest event of type typ.
func (t *triggerRun) newestEvent(typ payske.EventType) (string, error) {
	p := &payske.EventListParams{Type: payske.String(string(typ))}
	p.Context = t.ctx
	p.Limit = payske.Int64(1)
	p.Single = true
	if t.account != "" {
		p.SetPayskeAccount(t.account)
	}
	for ev, err := range t.sc.Events.List(p).All() {
		if err != nil {
			return "", err
		}
		return ev.ID, nil
	}
	return "", fmt.Errorf("the mock has no %s event after the trigger's calls", typ)
}

// runTrigger is the trigger subcommand: it makes the mock at -addr produce
// the named event through the SDK, and prints the event's ID.
func runTrigger(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("payske-mock trigger", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:12111", "address (or base URL) of the running payske-mock")
	key := fs.String("api-key", "", "test secret key to call the mock with (default: paysketest.TestKey)")
	account := fs.String("account", "", "connected account to act on behalf of (one the mock was started with -account)")
	fs.Usage = func() { triggerUsage(fs) }
	var names []string
	// Flags may come before or after the event's name.
	for rest := args; ; rest = fs.Args()[1:] {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		names = append(names, fs.Arg(0))
	}
	if len(names) != 1 {
		fmt.Fprintf(stderr, "payske-mock: trigger takes one event name, got %d; one of: %s\n", len(names), strings.Join(triggerNames(), ", "))
		return 2
	}
	i := slices.IndexFunc(triggers, func(tr trigger) bool { return string(tr.event) == names[0] })
	if i < 0 {
		fmt.Fprintf(stderr, "payske-mock: trigger: unknown event %q; one of: %s\n", names[0], strings.Join(triggerNames(), ", "))
		return 2
	}
	if *key == "" {
		*key = paysketest.TestKey
	}
	if !strings.HasPrefix(*key, "sk_test_") {
		fmt.Fprintln(stderr, "payske-mock: trigger: -api-key must be a test secret key (sk_test_...)")
		return 2
	}
	base := *addr
	if !strings.Contains(base, "://") {
		base = "http://" + base
	}
	base = strings.TrimSuffix(base, "/")
	backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{URL: payske.String(base), Logger: payske.DiscardLogger})
	t := &triggerRun{ctx: ctx, sc: client.New(*key, &payske.Backends{API: backend}), base: base, key: *key, account: *account}
	tr := triggers[i]
	if err := tr.run(t); err != nil {
		fmt.Fprintf(stderr, "payske-mock: trigger %s: %v\n", tr.event, err)
		return 1
	}
	id, err := t.newestEvent(tr.event)
	if err != nil {
		fmt.Fprintf(stderr, "payske-mock: trigger %s: %v\n", tr.event, err)
		return 1
	}
	fmt.Fprintf(stdout, "Triggered %s: %s\n", tr.event, id)
	return 0
}

// triggerNames lists the events trigger knows, in the usage's order.
func triggerNames() []string {
	out := make([]string, len(triggers))
	for i, tr := range triggers {
		out[i] = string(tr.event)
	}
	return out
}

// triggerUsage prints the subcommand's usage with every event it knows.
func triggerUsage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintln(w, "Usage: payske-mock trigger [flags] EVENT\n\nMakes the running payske-mock produce EVENT through the API calls that cause it,\nand prints the event's ID.\n\nEvents:")
	for _, tr := range triggers {
		fmt.Fprintf(w, "  %-28s %s\n", tr.event, tr.does)
	}
	fmt.Fprintln(w, "\ncharge.expired and checkout.session.expired are not triggered: they take 7 days\nor 24 hours on the fake's clock (paysketest.Clock.Advance in Go tests).\n\nFlags:")
	fs.PrintDefaults()
}
