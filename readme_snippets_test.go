package payske_test

// The README's examples for the resources, configuration, errors and
// pagination are copied here verbatim and run against httpmock answers
// built from the reference's JSON examples, so that the README stays true:
// TestREADMESnippetsAreRunHere fails when a README block under one of the
// headings below has no verbatim copy in this file. Only assertions,
// `_ = x` lines for variables Go would reject as unused, a wrapping func
// for blocks that `return`, and the sc and ctx the blocks assume, are
// added.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/internal/mocktest"
)

// readmeSections are the README headings whose Go blocks this file keeps.
var readmeSections = []string{
	"Quickstart", "In an HTTP handler", "Charges", "Customers", "Refunds", "Tokens", "Sources",
	"Payment sources, cards and bank accounts", "Checkout Sessions", "Events",
	"Several keys in one process", "Configuration", "Errors", "Pagination",
	"Retries and idempotency", "Webhooks", "Raw requests", "Observability",
	"Testing code that uses the SDK", "Testing with httpmock",
	"Testing with the fake Payske server",
}

// readmeRoute answers one kind of request with a fixture.
type readmeRoute struct {
	method  string
	path    *regexp.Regexp
	body    string // when set, the request body must contain it
	fixture string
}

var readmeRoutes = []readmeRoute{
	{http.MethodPost, regexp.MustCompile(`^/v1/charges$`), "", "charge/create.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/charges/[^/]+/capture$`), "", "charge/capture.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/charges/[^/]+$`), "", "charge/update.json"},
	{http.MethodGet, regexp.MustCompile(`^/v1/charges/[^/]+$`), "", "charge/retrieve.json"},
	{http.MethodGet, regexp.MustCompile(`^/v1/charges$`), "", "charge/list.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/customers$`), "", "customer/create.json"},
	{http.MethodGet, regexp.MustCompile(`^/v1/customers/[^/]+$`), "", "customer/retrieve.json"},
	{http.MethodDelete, regexp.MustCompile(`^/v1/customers/[^/]+$`), "", "customer/delete.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/refunds$`), "", "refund/create.json"},
	{http.MethodGet, regexp.MustCompile(`^/v1/refunds$`), "", "refund/list.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/tokens$`), "", "token/create_card.json"},
	{http.MethodGet, regexp.MustCompile(`^/v1/tokens/[^/]+$`), "", "token/retrieve.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/sources$`), "", "source/create.json"},
	{http.MethodDelete, regexp.MustCompile(`^/v1/customers/[^/]+/sources/src_[^/]+$`), "", "source/detach.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/customers/[^/]+/sources/[^/]+/verify$`), "", "paymentsource/verify.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/customers/[^/]+/sources$`), "source=btok_", "bankaccount/create.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/customers/[^/]+/sources$`), "source=tok_", "card/create.json"},
	{http.MethodGet, regexp.MustCompile(`^/v1/customers/[^/]+/sources$`), "", "card/list.json"},
	{http.MethodPost, regexp.MustCompile(`^/v1/checkout/sessions$`), "", "checkout_session/create.json"},
	{http.MethodGet, regexp.MustCompile(`^/v1/checkout/sessions/[^/]+/line_items$`), "", "checkout_session/list_line_items.json"},
	{http.MethodGet, regexp.MustCompile(`^/v1/events$`), "", "event/list.json"},
}

// newReadmeMock installs a global backend that answers every route of
// readmeRoutes, records what it answered ("POST /v1/charges"), and fails t
// on any other request.
func newReadmeMock(t *testing.T) *[]string {
	t.Helper()
	m := mocktest.NewGlobal(t)
	var seen []string
	m.Transport.RegisterNoResponder(func(req *http.Request) (*http.Response, error) {
		var body []byte
		if req.Body != nil {
			body, _ = io.ReadAll(req.Body)
		}
		for _, r := range readmeRoutes {
			if r.method == req.Method && r.path.MatchString(req.URL.Path) && bytes.Contains(body, []byte(r.body)) {
				seen = append(seen, req.Method+" "+req.URL.Path)
				resp := httpmock.NewBytesResponse(200, mocktest.Fixture(t, r.fixture))
				resp.Header.Set("Request-Id", "req_readme")
				return resp, nil
			}
		}
		t.Errorf("no README route for %s %s", req.Method, req.URL)
		return nil, errors.New("unexpected request")
	})
	return &seen
}

func TestReadmeQuickstart(t *testing.T) {
	seen := newReadmeMock(t)

	out := captureOutput(t, func() {
		sc := payske.NewClient("sk_test_4eC39HqLyjWDarjtT1zdp7dc")
		ctx := context.Background() // in a handler: r.Context()

		// `source` is obtained with Payske.js
		c, err := sc.Charges.New(ctx, &payske.ChargeParams{
			Amount:      payske.Int64(2000),
			Currency:    payske.String(string(payske.CurrencyUSD)),
			Description: payske.String("My First Test Charge (created for API docs)"),
			Source:      &payske.SourceParams{Token: payske.String("tok_amex")},
		})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(c.ID, c.Status, c.Amount)
	})
	assert.Equal(t, "ch_3JwRFc2eZvKYlo2C0zD9agb3 succeeded 2000\n", out)
	assert.Equal(t, []string{"POST /v1/charges"}, *seen)
}

func TestReadmeCharges(t *testing.T) {
	seen := newReadmeMock(t)

	sc, ctx := readmeClient()

	c, err := sc.Charges.New(ctx, &payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false)})
	require.NoError(t, err)
	c, err = sc.Charges.Get(ctx, c.ID, nil)
	require.NoError(t, err)
	c, err = sc.Charges.Capture(ctx, c.ID, &payske.ChargeCaptureParams{Amount: payske.Int64(1500)})
	require.NoError(t, err)

	params := &payske.ChargeParams{}
	params.AddMetadata("order_id", "6735")
	c, err = sc.Charges.Update(ctx, c.ID, params)
	require.NoError(t, err)

	assert.Equal(t, "6735", c.Metadata["order_id"])
	assert.Equal(t, []string{
		"POST /v1/charges", "GET /v1/charges/ch_3JwRFc2eZvKYlo2C0zD9agb3",
		"POST /v1/charges/ch_3JwRFc2eZvKYlo2C0zD9agb3/capture", "POST /v1/charges/ch_3JwRZH2eZvKYlo2C1rS58zMi",
	}, *seen)
}

func TestReadmeCustomers(t *testing.T) {
	seen := newReadmeMock(t)

	sc, ctx := readmeClient()

	cus, err := sc.Customers.New(ctx, &payske.CustomerParams{
		Email:  payske.String("jenny.rosen@example.com"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")},
	})
	require.NoError(t, err)
	cus, err = sc.Customers.Get(ctx, cus.ID, &payske.CustomerParams{Params: payske.Params{Expand: []*string{payske.String("default_source")}}})
	require.NoError(t, err)
	// cus.DefaultSource is a *payske.PaymentSource: its Type says whether Card,
	// BankAccount or SourceObject is set.
	deleted, err := sc.Customers.Del(ctx, cus.ID, nil) // deleted.Deleted is true
	require.NoError(t, err)

	assert.True(t, deleted.Deleted)
	assert.Equal(t, []string{"POST /v1/customers", "GET /v1/customers/cus_KbfOzdKQ3UK2Fe", "DELETE /v1/customers/cus_KbfOzdKQ3UK2Fe"}, *seen)
}

func TestReadmeRefunds(t *testing.T) {
	seen := newReadmeMock(t)

	sc, ctx := readmeClient()
	var err error
	out := captureOutput(t, func() {
		err = func() error {
			r, err := sc.Refunds.New(ctx, &payske.RefundParams{Charge: payske.String("ch_..."), Amount: payske.Int64(500)})
			require.NoError(t, err)
			_ = r
			for r, err := range sc.Refunds.List(ctx, &payske.RefundListParams{Charge: payske.String("ch_...")}) {
				if err != nil {
					return err
				}
				fmt.Println(r.ID, r.Status)
			}
			return nil
		}()
	})
	require.NoError(t, err)
	assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25 succeeded\n", out)
	assert.Equal(t, []string{"POST /v1/refunds", "GET /v1/refunds"}, *seen)
}

func TestReadmeTokens(t *testing.T) {
	seen := newReadmeMock(t)

	sc, ctx := readmeClient()

	tok, err := sc.Tokens.New(ctx, &payske.TokenParams{Card: &payske.CardParams{
		Number: payske.String("4242424242424242"), ExpMonth: payske.String("12"),
		ExpYear: payske.String("2030"), CVC: payske.String("314"),
	}})
	require.NoError(t, err)
	tok, err = sc.Tokens.Get(ctx, tok.ID, nil) // tok.Card or tok.BankAccount holds the details
	require.NoError(t, err)

	require.NotNil(t, tok.Card)
	assert.Equal(t, "4242", tok.Card.Last4)
	assert.Len(t, *seen, 2)
}

func TestReadmeSources(t *testing.T) {
	seen := newReadmeMock(t)

	sc, ctx := readmeClient()

	src, err := sc.Sources.New(ctx, &payske.SourceObjectParams{
		Type:     payske.String(string(payske.SourceTypeACHCreditTransfer)),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Owner:    &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")},
	})
	require.NoError(t, err)
	src, err = sc.Sources.Detach(ctx, "cus_...", src.ID, nil)
	require.NoError(t, err)

	assert.Equal(t, "src_1JwwRo2eZvKYlo2CZnVjJKlC", src.ID)
	assert.Equal(t, []string{"POST /v1/sources", "DELETE /v1/customers/cus_.../sources/src_1Jwvg92eZvKYlo2CeGmNMtVB"}, *seen)
}

func TestReadmePaymentSourcesCardsAndBankAccounts(t *testing.T) {
	seen := newReadmeMock(t)

	sc, ctx := readmeClient()

	ps, err := sc.PaymentSources.New(ctx, "cus_...", &payske.CustomerSourceParams{
		Source: &payske.SourceParams{Token: payske.String("tok_visa")},
	}) // ps.Card, ps.BankAccount or ps.SourceObject, by ps.Type
	require.NoError(t, err)
	assert.Equal(t, payske.PaymentSourceTypeCard, ps.Type)

	c, err := sc.Cards.New(ctx, "cus_...", &payske.CardParams{Token: payske.String("tok_amex")})
	require.NoError(t, err)
	assert.Equal(t, "4242", c.Last4)
	cards := sc.Cards.List(ctx, "cus_...", nil) // object=card
	for card, err := range cards {
		require.NoError(t, err)
		assert.NotEmpty(t, card.ID)
	}

	ba, err := sc.BankAccounts.New(ctx, "cus_...", &payske.BankAccountParams{Token: payske.String("btok_...")})
	require.NoError(t, err)
	ba, err = sc.BankAccounts.Verify(ctx, "cus_...", ba.ID, &payske.BankAccountVerifyParams{
		Amounts: payske.Int64Slice([]int64{32, 45}),
	})
	require.NoError(t, err)

	assert.Equal(t, payske.BankAccountStatusVerified, ba.Status)
	assert.Equal(t, []string{
		"POST /v1/customers/cus_.../sources", "POST /v1/customers/cus_.../sources", "GET /v1/customers/cus_.../sources",
		"POST /v1/customers/cus_.../sources", "POST /v1/customers/cus_.../sources/ba_1Jw9mB2eZvKYlo2Crly03Iir/verify",
	}, *seen)
}

func TestReadmeCheckoutSessions(t *testing.T) {
	seen := newReadmeMock(t)

	sc, ctx := readmeClient()
	var err error
	out := captureOutput(t, func() {
		err = func() error {
			s, err := sc.CheckoutSessions.New(ctx, &payske.CheckoutSessionParams{
				Mode:       payske.String(string(payske.CheckoutSessionModePayment)),
				SuccessURL: payske.String("https://example.com/success"),
				CancelURL:  payske.String("https://example.com/cancel"),
				LineItems: []*payske.CheckoutSessionLineItemParams{{
					Quantity: payske.Int64(1),
					PriceData: &payske.CheckoutSessionLineItemPriceDataParams{
						Currency:    payske.String("usd"),
						UnitAmount:  payske.Int64(2000),
						ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("T-shirt")},
					},
				}},
			})
			require.NoError(t, err)
			// send the customer to s.URL; later:
			for item, err := range sc.CheckoutSessions.ListLineItems(ctx, s.ID, nil) {
				if err != nil {
					return err
				}
				fmt.Println(item.Description, item.AmountTotal)
			}
			return nil
		}()
	})
	require.NoError(t, err)
	assert.NotEmpty(t, out)
	assert.Len(t, *seen, 2)
}

func TestReadmeEvents(t *testing.T) {
	seen := newReadmeMock(t)
	var typed []error

	sc, ctx := readmeClient()
	listErr := func() error {
		for e, err := range sc.Events.List(ctx, &payske.EventListParams{Type: payske.String(string(payske.EventTypeChargeSucceeded))}) {
			if err != nil {
				return err
			}
			ch, err := e.Charge() // typed: also Customer, Refund, Source, Card, ...
			if err == nil {
				fmt.Println(ch.ID, ch.Amount)
			}
			typed = append(typed, err)
		}
		return nil
	}()

	require.NoError(t, listErr)
	// The reference's event is about a source: asking for a charge says so.
	require.Len(t, typed, 1)
	assert.ErrorContains(t, typed[0], "source")
	assert.Equal(t, []string{"GET /v1/events"}, *seen)
}

func TestReadmeSeveralKeys(t *testing.T) {
	seen := newReadmeMock(t)

	_, ctx := readmeClient()

	shop := payske.NewClient("sk_test_shop") // each client keeps its own key
	c, err := shop.Customers.Get(ctx, "cus_...", nil)
	require.NoError(t, err)
	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", c.ID)

	api := client.New("sk_test_...", nil) // the reference's style; nil: the global backend of the moment
	c, err = api.Customers.Get("cus_...", nil)
	require.NoError(t, err)

	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", c.ID)
	assert.Equal(t, []string{"GET /v1/customers/cus_...", "GET /v1/customers/cus_..."}, *seen)
}

func TestReadmeConfiguration(t *testing.T) {
	newReadmeMock(t) // restores the global backend when the test ends

	payske.SetBackend(payske.APIBackend, payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		URL:               payske.String("https://api.payske.com"), // https only, except loopback hosts
		HTTPClient:        &http.Client{Timeout: 30 * time.Second},
		MaxNetworkRetries: payske.Int64(3),
		Logger:            slog.Default(), // payske.DiscardLogger for silence
	}))

	assert.NotNil(t, payske.GetBackend(payske.APIBackend))
}

func TestReadmeErrors(t *testing.T) {
	cases := []struct {
		name   string
		status int
		body   string
		want   string
	}{
		{"decline", 402, `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds."}}`,
			"declined: insufficient_funds\n"},
		{"invalid", 400, `{"error":{"type":"invalid_request_error","param":"amount","message":"Missing required param: amount."}}`,
			"payske: invalid request error (HTTP 400, request req_mock): Missing required param: amount. [param amount]\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := mocktest.NewGlobal(t)
			m.Respond(http.MethodPost, "/v1/charges", tc.status, []byte(tc.body))
			params := &payske.ChargeParams{}
			sc, ctx := readmeClient()

			out := captureOutput(t, func() {
				_, err := sc.Charges.New(ctx, params)
				var cardErr *payske.CardError
				switch {
				case errors.As(err, &cardErr):
					fmt.Println("declined:", cardErr.DeclineCode)
				case errors.Is(err, context.DeadlineExceeded):
					fmt.Println("timed out")
				case err != nil:
					fmt.Println(err) // payske: invalid request error (HTTP 400, request req_123): Missing required param: amount. [param amount]
				}
			})
			assert.Equal(t, tc.want, out)
		})
	}
}

func TestReadmePagination(t *testing.T) {
	seen := newReadmeMock(t)
	sc, ctx := readmeClient()

	var err error
	out := captureOutput(t, func() {
		err = func() error {
			params := &payske.ChargeListParams{}
			params.Limit = payske.Int64(3)
			for c, err := range sc.Charges.List(ctx, params) {
				if err != nil {
					return err
				}
				fmt.Println(c.ID)
			}
			return nil
		}()
	})
	require.NoError(t, err)
	assert.Equal(t, "ch_3JwRvl2eZvKYlo2C0EOCHQ2f\n", out)

	out = captureOutput(t, func() {
		i := charge.List(&payske.ChargeListParams{})
		for i.Next() {
			c := i.Charge()
			fmt.Println(c.ID)
		}
		if err := i.Err(); err != nil {
			log.Fatal(err)
		}
	})
	assert.Equal(t, "ch_3JwRvl2eZvKYlo2C0EOCHQ2f\n", out)
	assert.Equal(t, []string{"GET /v1/charges", "GET /v1/charges"}, *seen)
}

// readmeClient is the sc and ctx the README's resource blocks assume: a
// context-first client on the global backend, which newReadmeMock answers.
func readmeClient() (*payske.Client, context.Context) {
	return payske.NewClient(mocktest.Key), context.Background()
}

// captureOutput runs fn and returns what it printed to stdout.
func captureOutput(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	orig := os.Stdout
	os.Stdout = w
	defer func() { os.Stdout = orig }()
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	fn()
	require.NoError(t, w.Close())
	return <-done
}

// readmeCopies are the files that hold the README's Go blocks.
var readmeCopies = []string{"readme_snippets_test.go", "readme_testing_snippets_test.go", "handler_test.go"}

// TestREADMESnippetsAreRunHere checks that every Go block of the README
// under readmeSections appears in one of readmeCopies line for line
// (spacing aside), in order, inside one function (a block of declarations:
// inside one declaration). A README block edited without its copy fails
// here; the copies are compiled and run by the tests beside them.
func TestREADMESnippetsAreRunHere(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	var funcs [][]string
	for _, name := range readmeCopies {
		self, err := os.ReadFile(name)
		require.NoError(t, err)
		for _, f := range strings.Split(string(self), "\nfunc ") {
			funcs = append(funcs, normalizedLines("func "+f))
		}
	}

	blocks := readmeGoBlocks(string(readme), readmeSections)
	for _, section := range readmeSections {
		assert.NotEmpty(t, blocks[section], "the README has a Go block under %q", section)
	}
	for section, list := range blocks {
		for n, block := range list {
			want := normalizedLines(block)
			if section == "Quickstart" {
				want = mainBody(want)
			}
			found := false
			for _, f := range funcs {
				if isSubsequence(want, f) {
					found = true
					break
				}
			}
			assert.True(t, found, "README %q, Go block %d, is not copied verbatim in readme_snippets_test.go:\n%s", section, n+1, block)
		}
	}
}

// readmeGoBlocks returns the ```go blocks of markdown under each of the
// "## " headings named in sections.
func readmeGoBlocks(markdown string, sections []string) map[string][]string {
	out := map[string][]string{}
	var section string
	var block []string
	inBlock := false
	for _, line := range strings.Split(markdown, "\n") {
		switch {
		case inBlock && line == "```":
			inBlock = false
			for _, s := range sections {
				if s == section {
					out[section] = append(out[section], strings.Join(block, "\n"))
				}
			}
		case inBlock:
			block = append(block, line)
		case line == "```go":
			inBlock, block = true, nil
		case strings.HasPrefix(line, "## "):
			section = strings.TrimPrefix(line, "## ")
		}
	}
	return out
}

// normalizedLines returns the non-blank lines of src with runs of spaces
// and tabs made one space, so that gofmt's alignment does not matter.
func normalizedLines(src string) []string {
	var out []string
	for _, l := range strings.Split(src, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// mainBody returns the lines inside func main() { ... } of a program.
func mainBody(lines []string) []string {
	for i, l := range lines {
		if l == "func main() {" && len(lines) > i+1 {
			return lines[i+1 : len(lines)-1]
		}
	}
	return lines
}

// isSubsequence reports whether want appears in have in order, other lines
// allowed between.
func isSubsequence(want, have []string) bool {
	i := 0
	for _, l := range have {
		if i < len(want) && l == want[i] {
			i++
		}
	}
	return i == len(want)
}

func TestReadmeGoBlocksAndTheirMatching(t *testing.T) {
	md := "# t\n\n## A\n\n```go\nx := 1\n\n_ = x\n```\n\n```\nnot go\n```\n\n## B\n\n```go\ny := 2\n```\n"
	blocks := readmeGoBlocks(md, []string{"A"})
	assert.Equal(t, map[string][]string{"A": {"x := 1\n\n_ = x"}}, blocks)

	have := normalizedLines("\tx  :=\t1\n\tassert(x)\n\t_ = x\n")
	assert.True(t, isSubsequence(normalizedLines(blocks["A"][0]), have))
	assert.False(t, isSubsequence(normalizedLines("_ = x\nx := 1"), have), "order matters")
	assert.False(t, isSubsequence([]string{"x := 2"}, have))
	assert.Equal(t, []string{"a()"}, mainBody([]string{"package main", "func main() {", "a()", "}"}))
}
