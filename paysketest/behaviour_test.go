package paysketest_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

func TestPaginationBothWays(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	var created []string
	for i := 0; i < 7; i++ {
		created = append(created, charge(t, sc, int64(100+i), "tok_visa").ID)
	}
	newestFirst := make([]string, len(created))
	for i, id := range created {
		newestFirst[len(created)-1-i] = id
	}

	params := &payske.ChargeListParams{}
	params.Limit = payske.Int64(3)
	it := sc.Charges.List(params)
	var forward []string
	for c, err := range it.All() {
		require.NoError(t, err)
		forward = append(forward, c.ID)
	}
	assert.Equal(t, newestFirst, forward)

	back := &payske.ChargeListParams{}
	back.Limit = payske.Int64(2)
	back.EndingBefore = payske.String(created[0])
	var backward []string
	for c, err := range sc.Charges.List(back).All() {
		require.NoError(t, err)
		backward = append(backward, c.ID)
	}
	assert.Equal(t, created[1:], backward, "walking backwards from the oldest yields the newer ones, nearest first")

	single := &payske.ChargeListParams{}
	single.Limit = payske.Int64(2)
	single.Single = true
	single.StartingAfter = payske.String(newestFirst[1])
	page := sc.Charges.List(single)
	var got []string
	for page.Next() {
		got = append(got, page.Charge().ID)
	}
	require.NoError(t, page.Err())
	assert.Equal(t, newestFirst[2:4], got)
	assert.True(t, page.Meta().HasMore)
	assert.Equal(t, "/v1/charges", page.Meta().URL)
}

func TestExpand(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, card := customerWithCard(t, sc, "tok_visa")
	params := &payske.ChargeParams{Amount: payske.Int64(900), Currency: payske.String("usd"), Customer: payske.String(cus.ID)}
	params.AddExpand("customer.default_source")
	c, err := sc.Charges.New(params)
	require.NoError(t, err)
	require.NotNil(t, c.Customer)
	assert.Equal(t, "jenny@example.com", c.Customer.Email)
	require.NotNil(t, c.Customer.DefaultSource.Card)
	assert.Equal(t, card.ID, c.Customer.DefaultSource.Card.ID)
	assert.Equal(t, "4242", c.Customer.DefaultSource.Card.Last4)

	list := &payske.ChargeListParams{}
	list.AddExpand("data.customer")
	for ch, err := range sc.Charges.List(list).All() {
		require.NoError(t, err)
		assert.Equal(t, "jenny@example.com", ch.Customer.Email)
	}

	bad := &payske.ChargeParams{}
	bad.AddExpand("description")
	_, err = sc.Charges.Get(c.ID, bad)
	perr := apiError(t, err)
	assert.Equal(t, "expand", perr.Param)
	assert.Contains(t, perr.Msg, "cannot be expanded")
}

func TestExpandParameterForms(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	sc := srv.Client("")
	cus, _ := customerWithCard(t, sc, "tok_visa")
	c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(900), Currency: payske.String("usd"), Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	for _, q := range []string{"expand=customer", "expand[]=customer", "expand[0]=customer"} {
		body := get(t, srv, "/v1/charges/"+c.ID+"?"+q)
		assert.Contains(t, body, `"email":"jenny@example.com"`, q)
	}
	for _, q := range []string{"expand=data.customer", "expand[]=data.customer", "expand[0]=data.customer"} {
		body := get(t, srv, "/v1/charges?"+q)
		assert.Contains(t, body, `"email":"jenny@example.com"`, q)
	}
	assert.NotContains(t, get(t, srv, "/v1/charges"), `"email":"jenny@example.com"`, "without expand the customer is an ID")
}

// get sends a GET with the test key and returns the body.
func get(t *testing.T, srv *paysketest.Server, path string) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+paysketest.TestKey)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

func TestIdempotency(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	sc := srv.Client("")
	newCharge := func(amount int64) (*payske.Charge, error) {
		p := &payske.ChargeParams{Amount: payske.Int64(amount), Currency: payske.String("usd"),
			Source: &payske.SourceParams{Token: payske.String("tok_visa")}}
		p.SetIdempotencyKey("order-42")
		return sc.Charges.New(p)
	}
	first, err := newCharge(1000)
	require.NoError(t, err)
	again, err := newCharge(1000)
	require.NoError(t, err)
	assert.Equal(t, first.ID, again.ID)
	assert.Equal(t, first.LastResponse.RawJSON, again.LastResponse.RawJSON, "a replay is byte for byte")
	assert.Equal(t, "true", again.LastResponse.Header.Get("Idempotent-Replayed"))
	assert.Empty(t, first.LastResponse.Header.Get("Idempotent-Replayed"))

	_, err = newCharge(2000)
	perr := apiError(t, err)
	assert.Equal(t, payske.ErrorTypeIdempotency, perr.Type)
	assert.Equal(t, http.StatusBadRequest, perr.HTTPStatusCode)

	other := srv.Client("sk_test_another")
	p := &payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd"), Source: &payske.SourceParams{Token: payske.String("tok_visa")}}
	p.SetIdempotencyKey("order-42")
	c, err := other.Charges.New(p)
	require.NoError(t, err, "keys are scoped per API key")
	assert.NotEqual(t, first.ID, c.ID)
	assert.Equal(t, int64(1), srv.Stats().Replays)
}

func TestValidationNamesTheParameter(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	cases := []struct {
		name, method, path, body, param, message string
	}{
		{"unknown", "POST", "/v1/charges", "amount=100&currency=usd&source=tok_visa&colour=red", "colour", "unknown parameter"},
		{"unknown nested", "POST", "/v1/charges", "amount=100&currency=usd&source=tok_visa&shipping[name]=J&shipping[address][line9]=x", "shipping[address][line9]", "unknown parameter"},
		{"wrong type", "POST", "/v1/charges", "amount=lots&currency=usd", "amount", "integer"},
		{"wrong boolean", "POST", "/v1/charges", "amount=100&currency=usd&capture=maybe", "capture", "boolean"},
		{"bad enum", "POST", "/v1/customers", "tax_exempt=sometimes", "tax_exempt", "must be one of"},
		{"missing required nested", "POST", "/v1/charges", "amount=100&currency=usd&source=tok_visa&shipping[name]=Jenny", "shipping[address]", "Missing required param"},
		{"missing amount", "POST", "/v1/charges", "currency=usd&source=tok_visa", "amount", "Missing required param"},
		{"object given a value", "POST", "/v1/charges", "amount=100&currency=usd&shipping=x", "shipping", "expected an object"},
		{"limit too large", "GET", "/v1/charges?limit=101", "", "limit", "between 1 and 100"},
		{"limit zero", "GET", "/v1/customers?limit=0", "", "limit", "between 1 and 100"},
		{"list filter type", "GET", "/v1/events?created[gte]=soon", "", "created[gte]", "integer"},
		{"unknown list filter", "GET", "/v1/refunds?customer=cus_1", "", "customer", "unknown parameter"},
		{"unknown on delete", "DELETE", "/v1/customers/cus_1?force=true", "", "force", "unknown parameter"},
		{"bad enum in a query", "GET", "/v1/checkout/sessions?status=later", "", "status", "must be one of"},
		{"bad enum on a refund", "POST", "/v1/refunds", "charge=ch_1&reason=bored", "reason", "must be one of"},
		{"missing required card field", "POST", "/v1/tokens", "card[number]=4242424242424242&card[exp_year]=2031", "card[exp_month]", "Missing required param"},
		{"wrong type in a list", "POST", "/v1/customers/cus_1/sources/ba_1/verify", "amounts[0]=32&amounts[1]=x", "amounts[1]", "integer"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, e := rawCall(t, srv, tc.method, tc.path, tc.body, paysketest.TestKey)
			assert.Equal(t, http.StatusBadRequest, status)
			assert.Equal(t, "invalid_request_error", e["type"])
			assert.Equal(t, tc.param, e["param"])
			assert.Contains(t, e["message"], tc.message)
		})
	}
}

func TestAuthentication(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	for _, tc := range []struct{ name, header string }{
		{"none", ""},
		{"live key", "Bearer sk_live_abc"},
		{"publishable key", "Bearer pk_test_abc"},
		{"garbage", "Token abc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodGet, srv.URL+"/v1/charges", nil)
			require.NoError(t, err)
			if tc.header != "" {
				req.Header.Set("Authorization", tc.header)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
			assert.Contains(t, string(body), "authentication_error")
			assert.NotContains(t, string(body), "sk_live_abc", "the key is never echoed")
		})
	}
	req, err := http.NewRequest(http.MethodGet, srv.URL+"/v1/charges", nil)
	require.NoError(t, err)
	req.SetBasicAuth(paysketest.TestKey, "")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "basic authentication with a test key")

	_, err = srv.Client("sk_live_nope").Customers.New(nil)
	assert.Equal(t, payske.ErrorTypeAuthentication, apiError(t, err).Type)
}

func TestEvents(t *testing.T) {
	clock := paysketest.NewClock(time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC))
	sc, _ := paysketest.NewTestClient(t, paysketest.WithClock(clock))
	cus, err := sc.Customers.New(&payske.CustomerParams{Email: payske.String("a@example.com")})
	require.NoError(t, err)
	clock.Advance(time.Hour)
	_, err = sc.Customers.Update(cus.ID, &payske.CustomerParams{Email: payske.String("b@example.com")})
	require.NoError(t, err)
	c := charge(t, sc, 500, "tok_visa")
	_, err = sc.Refunds.New(&payske.RefundParams{Charge: payske.String(c.ID)})
	require.NoError(t, err)
	_, err = sc.Customers.Del(cus.ID, nil)
	require.NoError(t, err)

	var types []string
	for e, err := range sc.Events.List(nil).All() {
		require.NoError(t, err)
		types = append(types, string(e.Type))
	}
	assert.Equal(t, []string{"customer.deleted", "charge.refunded", "charge.succeeded", "customer.updated", "customer.created"}, types)

	upd := &payske.EventListParams{Type: payske.String("customer.updated")}
	it := sc.Events.List(upd)
	require.True(t, it.Next())
	e := it.Event()
	assert.Equal(t, "a@example.com", e.Data.PreviousAttributes["email"])
	got, err := e.Customer()
	require.NoError(t, err)
	assert.Equal(t, "b@example.com", got.Email)
	assert.Equal(t, clock.Now().Unix(), e.Created)

	byID, err := sc.Events.Get(e.ID, nil)
	require.NoError(t, err)
	assert.Equal(t, e.ID, byID.ID)

	since := &payske.EventListParams{CreatedRange: &payske.RangeQueryParams{GreaterThanOrEqual: payske.Int64(clock.Now().Unix())}}
	var recent int
	for _, err := range sc.Events.List(since).All() {
		require.NoError(t, err)
		recent++
	}
	assert.Equal(t, 4, recent, "customer.created is an hour older")

	wildcard := &payske.EventListParams{Type: payske.String("charge.*")}
	var charges int
	for _, err := range sc.Events.List(wildcard).All() {
		require.NoError(t, err)
		charges++
	}
	assert.Equal(t, 2, charges)
}

func TestUncapturedChargesExpire(t *testing.T) {
	clock := paysketest.NewClock(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	sc, _ := paysketest.NewTestClient(t, paysketest.WithClock(clock))
	c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(800), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false)})
	require.NoError(t, err)

	clock.Advance(7*24*time.Hour - time.Second)
	got, err := sc.Charges.Get(c.ID, nil)
	require.NoError(t, err)
	assert.False(t, got.Refunded, "not yet expired")

	clock.Advance(time.Second)
	got, err = sc.Charges.Get(c.ID, nil)
	require.NoError(t, err)
	assert.True(t, got.Refunded)
	assert.Equal(t, int64(800), got.AmountRefunded)
	_, err = sc.Charges.Capture(c.ID, nil)
	assert.Equal(t, payske.ErrorCode("charge_expired_for_capture"), apiError(t, err).Code)

	it := sc.Events.List(&payske.EventListParams{Type: payske.String("charge.expired")})
	require.True(t, it.Next())
	require.NoError(t, it.Err())
}

func TestFaultsAreInjectedAndRetriesAreSafe(t *testing.T) {
	srv := paysketest.NewTestServer(t, paysketest.WithFaults(paysketest.Faults{Rate: 0.5, Seed: 7}))
	retries := int64(10)
	sc := clientWithRetries(srv, retries)
	for i := 0; i < 12; i++ {
		_, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(100), Currency: payske.String("usd"),
			Source: &payske.SourceParams{Token: payske.String("tok_visa")}})
		require.NoError(t, err)
	}
	srv.SetFaults(paysketest.Faults{})
	assert.Equal(t, 12, countCharges(t, sc), "every charge exists exactly once")
	st := srv.Stats()
	t.Logf("stats: %+v", st)
	assert.Positive(t, st.Faults500+st.Faults503+st.DroppedBefore+st.LostAfter)
}

func TestFaultsAreReproducible(t *testing.T) {
	run := func() []string {
		srv := paysketest.NewTestServer(t, paysketest.WithFaults(paysketest.Faults{Rate: 0.4, Seed: 99}))
		hc := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
		var fates []string
		for i := 0; i < 40; i++ {
			req, err := http.NewRequest(http.MethodGet, srv.URL+"/v1/customers", nil)
			require.NoError(t, err)
			req.Header.Set("Authorization", "Bearer "+paysketest.TestKey)
			resp, err := hc.Do(req)
			if err != nil {
				fates = append(fates, "dropped")
				continue
			}
			resp.Body.Close()
			fates = append(fates, resp.Status)
		}
		return fates
	}
	first := run()
	assert.Equal(t, first, run())
	assert.Contains(t, first, "dropped")
	assert.Contains(t, first, "200 OK")
}

func TestWebhookDelivery(t *testing.T) {
	const secret = "whsec_test"
	var mu sync.Mutex
	var got []string
	received := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		sig := r.Header.Get("Payske-Signature")
		ts, v1, ok := strings.Cut(sig, ",v1=")
		ts = strings.TrimPrefix(ts, "t=")
		mac := hmac.New(sha256.New, []byte(secret))
		fmt.Fprintf(mac, "%s.%s", ts, body)
		valid := ok && hmac.Equal([]byte(v1), []byte(hex.EncodeToString(mac.Sum(nil))))
		mu.Lock()
		got = append(got, fmt.Sprintf("%v %s", valid, typeOf(string(body))))
		mu.Unlock()
	})
	endpoint := httptest.NewServer(received)
	t.Cleanup(endpoint.Close)
	sc, srv := paysketest.NewTestClient(t, paysketest.WithWebhook(endpoint.URL, secret))
	cus, err := sc.Customers.New(nil)
	require.NoError(t, err)
	_, err = sc.Customers.Update(cus.ID, &payske.CustomerParams{Name: payske.String("J")})
	require.NoError(t, err)
	charge(t, sc, 100, "tok_visa")

	deliveries := srv.WaitDeliveries()
	require.Len(t, deliveries, 3)
	for _, d := range deliveries {
		assert.NoError(t, d.Err)
		assert.Equal(t, http.StatusOK, d.StatusCode)
	}
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, []string{"true customer.created", "true customer.updated", "true charge.succeeded"}, got)
}

func typeOf(body string) string {
	i := strings.LastIndex(body, `"type":"`)
	if i < 0 {
		return ""
	}
	rest := body[i+len(`"type":"`):]
	return rest[:strings.IndexByte(rest, '"')]
}

// rawCall sends a request with its own encoding and returns the status and
// the error object of the answer.
func rawCall(t *testing.T, srv *paysketest.Server, method, path, body, key string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var envelope struct {
		Error map[string]any `json:"error"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&envelope))
	return resp.StatusCode, envelope.Error
}
