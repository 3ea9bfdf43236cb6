package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
	"github.com/payske/payske-go/webhook"
)

// mock is an in-process run of the command.
type mock struct {
	url   string
	lines *bufio.Reader // what the command prints, after the URL
	sc    *client.API
}

// startMock runs the command with args (and -addr 127.0.0.1:0) until the
// test ends, and reads the URL it prints.
func startMock(t *testing.T, args ...string) *mock {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), pw, io.Discard)
		pw.Close()
	}()
	lines := bufio.NewReader(pr)
	t.Cleanup(func() {
		// Keep reading, so that a delivery being logged does not hold up
		// the shutdown.
		go func() { _, _ = io.Copy(io.Discard, lines) }()
		cancel()
		assert.Equal(t, 0, <-done)
	})
	url := readLine(t, lines)
	require.True(t, strings.HasPrefix(url, "http://127.0.0.1:"), url)
	backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		URL: payske.String(url), Logger: payske.DiscardLogger})
	return &mock{url: url, lines: lines, sc: client.New(paysketest.TestKey, &payske.Backends{API: backend})}
}

func readLine(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	line, err := r.ReadString('\n')
	require.NoError(t, err)
	return strings.TrimSuffix(line, "\n")
}

// received is one request the webhook endpoint got.
type received struct {
	body      []byte
	signature string
}

// -forward-to sends each event to the endpoint signed with the secret the
// command prints, generated or given, which webhook.ConstructEvent
// accepts; each delivery is logged.
func TestForwardToDeliversEventsSignedWithThePrintedSecret(t *testing.T) {
	cases := []struct {
		name   string
		args   []string
		secret string // empty: a generated one
	}{
		{"generated secret", nil, ""},
		{"given secret", []string{"-webhook-secret", "whsec_given"}, "whsec_given"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := make(chan received, 10)
			endpoint := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				body, err := io.ReadAll(r.Body)
				assert.NoError(t, err)
				got <- received{body: body, signature: r.Header.Get(webhook.SignatureHeader)}
			}))
			t.Cleanup(endpoint.Close)
			m := startMock(t, append([]string{"--forward-to", endpoint.URL + "/webhook"}, tc.args...)...)

			assert.Equal(t, "Forwarding events to "+endpoint.URL+"/webhook", readLine(t, m.lines))
			secret, ok := strings.CutPrefix(readLine(t, m.lines), "Your webhook signing secret is ")
			require.True(t, ok)
			if tc.secret != "" {
				assert.Equal(t, tc.secret, secret)
			} else {
				assert.Regexp(t, "^whsec_[0-9a-f]{48}$", secret)
			}

			cus, err := m.sc.Customers.New(&payske.CustomerParams{Email: payske.String("jenny@example.com")})
			require.NoError(t, err)
			var r received
			select {
			case r = <-got:
			case <-time.After(10 * time.Second):
				t.Fatal("no delivery reached the endpoint")
			}
			ev, err := webhook.ConstructEvent(r.body, r.signature, secret)
			require.NoError(t, err)
			assert.Equal(t, payske.EventTypeCustomerCreated, ev.Type)
			c, err := ev.Customer()
			require.NoError(t, err)
			assert.Equal(t, cus.ID, c.ID)
			_, err = webhook.ConstructEvent(r.body, r.signature, "whsec_other")
			require.Error(t, err)

			sent := readLine(t, m.lines)
			assert.Equal(t, "--> customer.created ["+ev.ID+"]", sent)
			assert.Equal(t, "<-- [200] POST "+endpoint.URL+"/webhook ["+ev.ID+"]", readLine(t, m.lines))
		})
	}
}

// Two runs generate two different secrets.
func TestGeneratedWebhookSecretsDiffer(t *testing.T) {
	a, b := newWebhookSecret(), newWebhookSecret()
	assert.NotEqual(t, a, b)
	assert.True(t, strings.HasPrefix(a, "whsec_"))
}

// triggerEvents is every event trigger knows, which is every event the
// fake produces but the two that take days or hours to happen.
var triggerEvents = []payske.EventType{
	payske.EventTypeCustomerCreated, payske.EventTypeCustomerUpdated, payske.EventTypeCustomerDeleted,
	payske.EventTypeCustomerSourceCreated, payske.EventTypeCustomerSourceUpdated, payske.EventTypeCustomerSourceDeleted,
	payske.EventTypeChargeSucceeded, payske.EventTypeChargeFailed, payske.EventTypeChargeCaptured,
	payske.EventTypeChargeUpdated, payske.EventTypeChargeRefunded, payske.EventTypeChargeRefundUpdated,
	payske.EventTypeSourceChargeable, payske.EventTypeCheckoutSessionCompleted,
}

// trigger makes the running mock produce each named event, new, of
// exactly that type, for the platform and for a connected account, with
// its flags before or after the event's name.
func TestTriggerProducesEachNamedEvent(t *testing.T) {
	names := make([]string, len(triggerEvents))
	for i, e := range triggerEvents {
		names[i] = string(e)
	}
	require.Equal(t, names, triggerNames())

	m := startMock(t, "-account", "acct_1")
	for _, event := range triggerEvents {
		for _, account := range []string{"", "acct_1"} {
			t.Run(string(event)+"/"+account, func(t *testing.T) {
				args := []string{"trigger", string(event), "--addr", strings.TrimPrefix(m.url, "http://")}
				if account != "" {
					args = []string{"trigger", "--addr", m.url, "--account", account, string(event)}
				}
				before := eventIDs(t, m.sc, account)
				var stdout, stderr bytes.Buffer
				require.Equal(t, 0, run(context.Background(), args, &stdout, &stderr), stderr.String())
				id, ok := strings.CutPrefix(strings.TrimSpace(stdout.String()), "Triggered "+string(event)+": ")
				require.True(t, ok, stdout.String())
				assert.NotContains(t, before, id, "the event printed was there before the trigger")

				p := &payske.EventParams{}
				if account != "" {
					p.SetPayskeAccount(account)
				}
				ev, err := m.sc.Events.Get(id, p)
				require.NoError(t, err)
				assert.Equal(t, event, ev.Type)
				assert.Equal(t, account, ev.Account)
			})
		}
	}
}

// eventIDs returns the IDs of every event of account.
func eventIDs(t *testing.T, sc *client.API, account string) []string {
	t.Helper()
	p := &payske.EventListParams{}
	p.Limit = payske.Int64(100)
	if account != "" {
		p.SetPayskeAccount(account)
	}
	var out []string
	for ev, err := range sc.Events.List(p).All() {
		require.NoError(t, err)
		out = append(out, ev.ID)
	}
	return out
}

// An unknown or missing event name is refused with the list of valid
// ones, which -help prints too.
func TestTriggerNamesTheEventsItKnows(t *testing.T) {
	cases := []struct {
		name        string
		args        []string
		wantCode    int
		wantErr     string
		listsEvents bool
	}{
		{"unknown event", []string{"trigger", "charge.exploded"}, 2, `unknown event "charge.exploded"; one of: customer.created, `, true},
		{"no event", []string{"trigger"}, 2, "trigger takes one event name, got 0; one of: customer.created, ", true},
		{"two events", []string{"trigger", "customer.created", "charge.succeeded"}, 2, "got 2", true},
		{"help", []string{"trigger", "-help"}, 0, "Usage: payske-mock trigger [flags] EVENT", true},
		{"live key", []string{"trigger", "-api-key", "sk_live_x", "customer.created"}, 2, "-api-key must be a test secret key", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tc.wantCode, run(context.Background(), tc.args, &stdout, &stderr))
			assert.Contains(t, stderr.String(), tc.wantErr)
			assert.NotContains(t, stderr.String(), "sk_live_x", "the key was printed")
			if tc.listsEvents {
				for _, e := range triggerEvents {
					assert.Contains(t, stderr.String(), string(e))
				}
			}
		})
	}
}

// A trigger against an address where no mock listens fails with exit
// code 1 and says why.
func TestTriggerReportsAnUnreachableMock(t *testing.T) {
	ln := httptest.NewServer(http.NotFoundHandler())
	addr := strings.TrimPrefix(ln.URL, "http://")
	ln.Close()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"trigger", "customer.created", "-addr", addr}, &stdout, &stderr)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr.String(), "payske-mock: trigger customer.created: ")
	assert.Empty(t, stdout.String())
}

// Bad flags of the server are refused before it listens.
func TestRunRefusesBadFlags(t *testing.T) {
	cases := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"fault rate", []string{"-fault-rate", "2"}, "-fault-rate must be between 0 and 1"},
		{"forward-to", []string{"-forward-to", "localhost:8080"}, "-forward-to must be an http or https URL"},
		{"argument", []string{"serve"}, `unexpected argument "serve"`},
		{"empty account", []string{"-account", ""}, "an account ID must not be empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(context.Background(), tc.args, &stdout, &stderr))
			assert.Contains(t, stderr.String(), tc.wantErr)
			assert.Empty(t, stdout.String())
		})
	}
}

// A delivery that cannot reach the endpoint is logged with the reason.
func TestLogDeliveryOfAnUnreachableEndpoint(t *testing.T) {
	var out bytes.Buffer
	logDelivery(&out, "http://127.0.0.1:1/hook", paysketest.Delivery{EventID: "evt_1", Type: "charge.succeeded", Account: "acct_1",
		Err: &url.Error{Op: "Post", URL: "http://127.0.0.1:1/hook", Err: errors.New("connection refused")}})
	assert.Equal(t, "--> charge.succeeded [evt_1] on acct_1\n<-- [failed: connection refused] POST http://127.0.0.1:1/hook [evt_1]\n", out.String())
}
