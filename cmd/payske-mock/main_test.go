package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

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
		done <- run(ctx, "127.0.0.1:0", pw)
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
	err := run(context.Background(), "256.0.0.1:bad", io.Discard)
	require.Error(t, err)
}

// With faults on (-fault-rate 1), no request gets a normal answer.
func TestRunPassesOptionsToTheFake(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, "127.0.0.1:0", pw, paysketest.WithFaults(paysketest.Faults{Rate: 1, Seed: 5}))
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
