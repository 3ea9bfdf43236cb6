package paysketest_test

import (
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// TestNewTestClientClosesWithTheTest checks the one-line helper: the client
// it returns works during the test, and the server is gone once the test
// (here a subtest) has ended.
func TestNewTestClientClosesWithTheTest(t *testing.T) {
	var url string
	t.Run("user test", func(t *testing.T) {
		sc, srv := paysketest.NewTestClient(t)
		url = srv.URL
		_, err := sc.Customers.New(nil)
		require.NoError(t, err)
	})
	require.NotEmpty(t, url)
	resp, err := http.Get(url + "/v1/customers")
	if err == nil {
		resp.Body.Close()
	}
	assert.Error(t, err, "the server still answers after its test ended")
}

// TestBackendsAndClient checks the ways of pointing the SDK at a server:
// Backends for client.New with a key of one's own, Client with the default
// key, and the URL for a BackendConfig.
func TestBackendsAndClient(t *testing.T) {
	srv := paysketest.NewServer()
	defer srv.Close()
	require.Regexp(t, `^http://127\.0\.0\.1:\d+$`, srv.URL)

	cus, err := client.New("sk_test_mine", srv.Backends()).Customers.New(&payske.CustomerParams{Email: payske.String("a@example.com")})
	require.NoError(t, err)
	got, err := srv.Client("").Customers.Get(cus.ID, nil)
	require.NoError(t, err, "every test key sees the same data")
	assert.Equal(t, "a@example.com", got.Email)

	byURL := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{URL: payske.String(srv.URL), Logger: payske.DiscardLogger})
	_, err = client.New(paysketest.TestKey, &payske.Backends{API: byURL}).Customers.Get(cus.ID, nil)
	require.NoError(t, err)

	srv.Close()
	srv.Close() // closing twice is harmless
	_, err = clientWithRetries(srv, 0).Customers.Get(cus.ID, nil)
	assert.Error(t, err, "a closed server answers nothing")
}

// TestIDPrefixes checks that every kind of object gets an ID with the API's
// prefix.
func TestIDPrefixes(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, card := customerWithCard(t, sc, "tok_visa")
	cardTok, err := sc.Tokens.New(&payske.TokenParams{Card: &payske.CardParams{Number: payske.String("4242424242424242"),
		ExpMonth: payske.String("12"), ExpYear: payske.String("2031")}})
	require.NoError(t, err)
	bankTok := newBankToken(t, sc)
	ba, err := sc.BankAccounts.New(&payske.BankAccountParams{Customer: payske.String(cus.ID), Token: payske.String(bankTok)})
	require.NoError(t, err)
	ch := charge(t, sc, 1000, "tok_visa")
	re, err := sc.Refunds.New(&payske.RefundParams{Charge: payske.String(ch.ID), Amount: payske.Int64(100)})
	require.NoError(t, err)
	src, err := sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("card"), Token: payske.String("tok_visa")})
	require.NoError(t, err)
	sess, err := sc.CheckoutSessions.New(&payske.CheckoutSessionParams{Mode: payske.String("payment"),
		SuccessURL: payske.String("https://example.com/ok"),
		LineItems: []*payske.CheckoutSessionLineItemParams{{Quantity: payske.Int64(1),
			PriceData: &payske.CheckoutSessionLineItemPriceDataParams{Currency: payske.String("usd"), UnitAmount: payske.Int64(500),
				ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("Mug")}}}}})
	require.NoError(t, err)
	items := sc.CheckoutSessions.ListLineItems(&payske.CheckoutSessionListLineItemParams{ID: payske.String(sess.ID)})
	require.True(t, items.Next())
	events := sc.Events.List(nil)
	require.True(t, events.Next())
	require.NotNil(t, ch.BalanceTransaction)

	for _, tc := range []struct{ id, prefix string }{
		{ch.ID, "ch_"}, {cus.ID, "cus_"}, {re.ID, "re_"}, {cardTok.ID, "tok_"}, {bankTok, "btok_"},
		{src.ID, "src_"}, {card.ID, "card_"}, {ba.ID, "ba_"}, {sess.ID, "cs_test_"},
		{items.LineItem().ID, "li_"}, {events.Event().ID, "evt_"}, {ch.BalanceTransaction.ID, "txn_"},
		{re.BalanceTransaction.ID, "txn_"}, {ch.LastResponse.RequestID, "req_"},
	} {
		assert.Regexp(t, "^"+tc.prefix+"[0-9A-Za-z]{8,}$", tc.id)
	}
}

// TestCloseAfterConcurrentClientsIsPrompt has 20 clients use the server at
// once, which leaves keep-alive connections open, then measures Close: it
// must not wait for idle connections. Concurrent requests make the
// client's transport dial connections it then keeps without using them;
// the raw connection that sends nothing stands for one of those, so that
// every run has one.
func TestCloseAfterConcurrentClientsIsPrompt(t *testing.T) {
	srv := paysketest.NewServer()
	defer srv.Close()
	spare, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	require.NoError(t, err)
	defer spare.Close()
	sc := srv.Client("")
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				_, err := sc.Customers.New(nil)
				assert.NoError(t, err)
			}
		}()
	}
	wg.Wait()

	start := time.Now()
	srv.Close()
	assert.Less(t, time.Since(start), time.Second, "Close waited for idle connections")
}
