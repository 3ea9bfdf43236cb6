package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
)

// The command prints its URL, serves the fake API through the SDK, and
// returns cleanly once its context ends (SIGINT or SIGTERM in main).
func TestRunServesTheFakeUntilTheContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, "127.0.0.1:0", pw, nil)
		pw.Close()
	}()

	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err)
	url := strings.TrimSpace(line)
	require.True(t, strings.HasPrefix(url, "http://127.0.0.1:"), url)
	go func() { _, _ = io.Copy(io.Discard, pr) }() // keep draining the command's output

	backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		URL: payske.String(url), Logger: payske.DiscardLogger})
	sc := client.New(paysketest.TestKey, &payske.Backends{API: backend})
	cus, err := sc.Customers.New(&payske.CustomerParams{Email: payske.String("jenny@example.com")})
	require.NoError(t, err)
	got, err := sc.Customers.Get(cus.ID, nil)
	require.NoError(t, err)
	assert.Equal(t, "jenny@example.com", got.Email)

	cancel()
	require.NoError(t, <-done)
}

func TestRunReportsAnAddressItCannotListenOn(t *testing.T) {
	err := serve(context.Background(), "256.0.0.1:bad", io.Discard, nil)
	require.Error(t, err)
}

// With faults on (-fault-rate 1), no request gets a normal answer.
func TestRunPassesOptionsToTheFake(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, "127.0.0.1:0", pw, nil, paysketest.WithFaults(paysketest.Faults{Rate: 1, Seed: 5}))
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err)
	go func() { _, _ = io.Copy(io.Discard, pr) }()

	hc := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	for i := 0; i < 8; i++ {
		req, err := http.NewRequest(http.MethodGet, strings.TrimSpace(line)+"/v1/customers", nil)
		require.NoError(t, err)
		req.SetBasicAuth(paysketest.TestKey, "")
		resp, err := hc.Do(req)
		if err != nil {
			continue // a dropped connection
		}
		resp.Body.Close()
		assert.Contains(t, []int{http.StatusInternalServerError, http.StatusServiceUnavailable}, resp.StatusCode)
	}
	cancel()
	require.NoError(t, <-done)
}

// The command serves the fake itself, so it routes and bounds requests as
// the fake does: an ID holding an escaped slash stays an ID, a form past
// the parser's limits is a 400, and a connection that never sent a request
// does not hold up the shutdown.
func TestRunRoutesBoundsAndStopsLikeTheFake(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, "127.0.0.1:0", pw, nil)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err)
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	url := strings.TrimSpace(line)

	backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
		URL: payske.String(url), Logger: payske.DiscardLogger})
	sc := client.New(paysketest.TestKey, &payske.Backends{API: backend})
	auth, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(1000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false)})
	require.NoError(t, err)

	post := func(path, body string) (int, string) {
		req, err := http.NewRequest(http.MethodPost, url+path, strings.NewReader(body))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.SetBasicAuth(paysketest.TestKey, "")
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, string(b)
	}
	status, body := post("/v1/charges/"+auth.ID+"%2Fcapture", "")
	assert.Equal(t, http.StatusNotFound, status, body)
	status, body = post("/v1/charges/"+auth.ID+"/capture/", "")
	assert.Equal(t, http.StatusNotFound, status, body)
	assert.Contains(t, body, "Unrecognized request URL")
	status, body = post("/v1/charges", "amount=100&currency=usd&metadata"+strings.Repeat("[a]", 9)+"=1")
	assert.Equal(t, http.StatusBadRequest, status, body)
	assert.Contains(t, body, "form key nesting deeper than 8 levels")
	got, err := sc.Charges.Get(auth.ID, nil)
	require.NoError(t, err)
	assert.False(t, got.Captured, "the authorization was captured")

	spare, err := net.Dial("tcp", strings.TrimPrefix(url, "http://"))
	require.NoError(t, err)
	defer spare.Close()
	_, err = sc.Customers.New(nil) // the server has accepted the spare connection by now
	require.NoError(t, err)
	start := time.Now()
	cancel()
	require.NoError(t, <-done)
	assert.Less(t, time.Since(start), time.Second, "the shutdown waited for a connection that sent nothing")
}
