package payske_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	payske "github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/token"
	"github.com/payske/payske-go/webhook"
)

// The secrets of these tests: a key and a card number that are easy to
// spot in any output.
const (
	secretKey  = "sk_test_SECRETkey0123456789abcdefXYZ"
	cardNumber = "4242424242424242"
)

// leaks returns every form of a secret found in out: as it is, or hex
// encoded (what %x of a struct holding it would print).
func leaks(out string) []string {
	var found []string
	for _, s := range []string{secretKey, cardNumber, "SECRETkey0123", hex.EncodeToString([]byte(secretKey)), hex.EncodeToString([]byte(cardNumber))} {
		if strings.Contains(out, s) {
			found = append(found, s)
		}
	}
	return found
}

// secretServer answers every request with the next of its scripted answers
// (the last repeats), and checks that the key arrived in the Authorization
// header and nowhere else: not in the path or query, the body, or another
// header.
type secretServer struct {
	t       *testing.T
	mu      sync.Mutex
	answers []func(w http.ResponseWriter)
	served  int
}

func (s *secretServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	assert.NoError(s.t, err)
	assert.Equal(s.t, "Bearer "+secretKey, r.Header.Get("Authorization"))
	assert.Empty(s.t, leaks(r.URL.String()), "the URL carries a secret")
	assert.NotContains(s.t, string(body), secretKey, "the body carries the key")
	for name, values := range r.Header {
		if name != "Authorization" {
			assert.Empty(s.t, leaks(strings.Join(values, " ")), "header %s carries a secret", name)
		}
	}
	s.mu.Lock()
	answer := s.answers[min(s.served, len(s.answers)-1)]
	s.served++
	s.mu.Unlock()
	answer(w)
}

func answer(status int, body string, header ...string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		for i := 0; i+1 < len(header); i += 2 {
			w.Header().Set(header[i], header[i+1])
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Request-Id", "req_secrets")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

// dropConnection closes the connection without an answer, as a failing
// proxy or a crashed server would.
func dropConnection(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		_ = conn.Close()
	}
}

const (
	tokenBody     = `{"id":"tok_1","object":"token","type":"card","card":{"id":"card_1","object":"card","last4":"4242","brand":"Visa"}}`
	cardErrorBody = `{"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline","message":"Your card was declined.","param":"number"}}`
	apiErrorBody  = `{"error":{"type":"api_error","message":"Something went wrong on Payske's end."}}`
)

// secretScenarios are the calls every logging level sees: a success, a
// decline, retries that end in a success, retries that run out, and a
// connection that keeps dropping.
var secretScenarios = []struct {
	name    string
	answers []func(http.ResponseWriter)
	wantErr bool
}{
	{"success", []func(http.ResponseWriter){answer(200, tokenBody)}, false},
	{"card error", []func(http.ResponseWriter){answer(402, cardErrorBody)}, true},
	{"retried then success", []func(http.ResponseWriter){
		answer(500, apiErrorBody), answer(429, `{"error":{"type":"rate_limit_error"}}`, "Retry-After", "0"), answer(200, tokenBody)}, false},
	{"retries run out", []func(http.ResponseWriter){answer(503, apiErrorBody)}, true},
	{"connection error", []func(http.ResponseWriter){dropConnection}, true},
}

// TestSecretsNeverReachLogsOrErrors makes every kind of call with a
// recognisable key and card number, under every logging level and with a
// text and a JSON handler, and checks that neither secret reaches the log,
// the error, or any fmt rendering of the error.
func TestSecretsNeverReachLogsOrErrors(t *testing.T) {
	levels := []slog.Level{slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError}
	handlers := map[string]func(io.Writer, *slog.HandlerOptions) slog.Handler{
		"text": func(w io.Writer, o *slog.HandlerOptions) slog.Handler { return slog.NewTextHandler(w, o) },
		"json": func(w io.Writer, o *slog.HandlerOptions) slog.Handler { return slog.NewJSONHandler(w, o) },
	}
	calls := 0
	for _, level := range levels {
		for kind, newHandler := range handlers {
			t.Run(level.String()+"/"+kind, func(t *testing.T) {
				var logs bytes.Buffer
				logger := slog.New(newHandler(&logs, &slog.HandlerOptions{Level: level, AddSource: true}))
				for _, sc := range secretScenarios {
					srv := httptest.NewServer(&secretServer{t: t, answers: sc.answers})
					backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
						URL:           payske.String(srv.URL),
						Logger:        logger,
						MinRetryDelay: durationPtr(time.Millisecond),
					})
					api := client.New(secretKey, &payske.Backends{API: backend})
					params := cardTokenParams()
					params.Context = context.Background()
					tok, err := api.Tokens.New(params)
					srv.Close()
					calls++
					if !sc.wantErr {
						require.NoError(t, err, sc.name)
						assert.Equal(t, "tok_1", tok.ID)
						continue
					}
					require.Error(t, err, sc.name)
					for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
						assert.Empty(t, leaks(fmt.Sprintf(verb, err)), "%s: the error printed with %s", sc.name, verb)
					}
				}
				out := logs.String()
				assert.Empty(t, leaks(out), "the log at %s holds a secret:\n%s", level, out)
				// Every level saw at least one record, so the check above
				// looked at something: Debug the successes, Info the
				// decline, Warn the retries, Error the failures.
				assert.NotEmpty(t, strings.TrimSpace(out), "no record at %s", level)
				assertRecordsAtOrAbove(t, out, kind, level)
			})
		}
	}
	t.Logf("secrets: %d calls under %d levels x %d handlers, secrets found in logs and errors: 0",
		calls, len(levels), len(handlers))
}

// assertRecordsAtOrAbove checks that the handler honoured level, so that
// the run at Debug saw the per-attempt records and the others did not.
func assertRecordsAtOrAbove(t *testing.T, out, kind string, level slog.Level) {
	t.Helper()
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	sawDone := false
	for sc.Scan() {
		if strings.Contains(sc.Text(), "request done") {
			sawDone = true
		}
	}
	assert.Equal(t, level <= slog.LevelDebug, sawDone, "%s handler at %s: per-call Debug records", kind, level)
}

func cardTokenParams() *payske.TokenParams {
	return &payske.TokenParams{Card: &payske.CardParams{
		Number:   payske.String(cardNumber),
		ExpMonth: payske.String("12"),
		ExpYear:  payske.String("2030"),
		CVC:      payske.String("123"),
	}}
}

func durationPtr(d time.Duration) *time.Duration { return &d }

// TestPrintingNeverShowsSecrets prints everything that holds the key or a
// card number, with every common verb, and finds neither secret.
func TestPrintingNeverShowsSecrets(t *testing.T) {
	params := cardTokenParams()
	config := &payske.BackendConfig{URL: payske.String("https://api.payske.com"), Logger: payske.DiscardLogger}
	backend := payske.GetBackendWithConfig(payske.APIBackend, config)
	api := client.New(secretKey, &payske.Backends{API: backend})
	tokens := &token.Client{B: backend, Key: secretKey}
	req := &payske.Request{Method: http.MethodPost, Route: "/v1/tokens", Key: secretKey, Params: params}
	rawOpts := &payske.RawRequestOptions{Key: secretKey, Backend: backend, IdempotencyKey: "order-1",
		Headers: http.Header{"X-Forwarded-Key": {secretKey}}}
	unsigned := &webhook.UnsignedPayload{Payload: []byte(`{"id":"evt_1"}`), Secret: secretKey}
	signed := webhook.GenerateTestSignedPayload(unsigned)
	sc := payske.NewClient(secretKey, payske.WithBackend(backend))

	values := map[string]any{
		"*payske.Client": sc, "payske.Client": *sc, "ChargeClient": payske.ChargeClient{Key: secretKey},
		"sc.BankAccounts": sc.BankAccounts, "sc.Cards": sc.Cards, "sc.Charges": sc.Charges,
		"sc.CheckoutSessions": sc.CheckoutSessions, "sc.Customers": sc.Customers, "sc.Events": sc.Events,
		"sc.PaymentSources": sc.PaymentSources, "sc.Refunds": sc.Refunds, "sc.Sources": sc.Sources,
		"sc.Tokens":    sc.Tokens,
		"*TokenParams": params, "TokenParams": *params,
		"*CardParams": params.Card, "CardParams": *params.Card,
		"*BackendConfig": config, "BackendConfig": *config,
		"Backend": backend, "Backends": payske.Backends{API: backend},
		"*client.API": api, "client.API": *api,
		"*token.Client": tokens, "token.Client": *tokens, "api.Charges": api.Charges,
		"*Request": req, "Request": *req,
		"*RawRequestOptions": rawOpts, "RawRequestOptions": *rawOpts,
		"*webhook.UnsignedPayload": unsigned, "webhook.UnsignedPayload": *unsigned,
		"*webhook.SignedPayload": signed, "webhook.SignedPayload": *signed,
		"api.BankAccounts": api.BankAccounts, "api.Cards": api.Cards, "api.CheckoutSessions": api.CheckoutSessions,
		"api.Customers": api.Customers, "api.Events": api.Events, "api.PaymentSources": api.PaymentSources,
		"api.Refunds": api.Refunds, "api.Sources": api.Sources, "api.Tokens": api.Tokens,
		"struct holding a client": struct{ Tokens token.Client }{*tokens},
	}
	for name, v := range values {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%X", "%q", "%t"} {
			out := fmt.Sprintf(verb, v)
			assert.Empty(t, leaks(out), "%s printed with %s: %s", name, verb, out)
		}
	}
	// The redacted forms still say what the value is.
	assert.Equal(t, "client.API{key: [redacted]}", fmt.Sprintf("%+v", api))
	assert.Equal(t, "%!d(token.Client{Key: [redacted]})", fmt.Sprintf("%d", tokens))
	assert.Equal(t, "payske.ChargeClient{Key: [redacted]}", fmt.Sprintf("%v", sc.Charges))
	assert.Equal(t, "payske.ChargeClient{Key: [none]}", fmt.Sprintf("%v", payske.ChargeClient{}))
	assert.Contains(t, fmt.Sprintf("%v", req), "Route: /v1/tokens")
	assert.Contains(t, fmt.Sprintf("%v", req), "Key: [redacted]")
	assert.Contains(t, fmt.Sprintf("%v", req), "*payske.TokenParams")
	assert.Contains(t, fmt.Sprintf("%+v", rawOpts), `IdempotencyKey: "order-1"`)
	assert.Contains(t, fmt.Sprintf("%+v", rawOpts), `Headers: ["X-Forwarded-Key"]`)
	assert.Contains(t, fmt.Sprintf("%v", signed), "Secret: [redacted]")
}
