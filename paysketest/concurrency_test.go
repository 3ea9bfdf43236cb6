package paysketest_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// TestConcurrentChargesWithFaults runs 50 goroutines of 10 charges each
// against a server failing a fifth of the requests: with the SDK's retries
// and idempotency keys every call succeeds and every charge exists once.
func TestConcurrentChargesWithFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for a few seconds of retry backoff")
	}
	const workers, perWorker = 50, 10
	srv := paysketest.NewTestServer(t, paysketest.WithFaults(paysketest.Faults{Rate: 0.2, Seed: 2024}))
	sc := clientWithRetries(srv, 12)

	var wg sync.WaitGroup
	errs := make(chan error, workers*perWorker)
	ids := make(chan string, workers*perWorker)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				p := &payske.ChargeParams{Amount: payske.Int64(int64(100 + i)), Currency: payske.String("usd"),
					Source: &payske.SourceParams{Token: payske.String("tok_visa")}}
				p.AddMetadata("worker", fmt.Sprint(w))
				c, err := sc.Charges.New(p)
				if err != nil {
					errs <- err
					continue
				}
				ids <- c.ID
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(ids)
	for err := range errs {
		t.Error(err)
	}
	seen := map[string]bool{}
	for id := range ids {
		assert.False(t, seen[id], "charge %s returned twice", id)
		seen[id] = true
	}
	require.Len(t, seen, workers*perWorker)

	srv.SetFaults(paysketest.Faults{})
	listed := map[string]int{}
	params := &payske.ChargeListParams{}
	params.Limit = payske.Int64(100)
	for c, err := range sc.Charges.List(params).All() {
		require.NoError(t, err)
		listed[c.ID]++
	}
	assert.Len(t, listed, workers*perWorker, "every charge exists exactly once")
	for id := range seen {
		assert.Equal(t, 1, listed[id], id)
	}
	events := &payske.EventListParams{Type: payske.String("charge.succeeded")}
	events.Limit = payske.Int64(100)
	succeeded := map[string]int{}
	for e, err := range sc.Events.List(events).All() {
		require.NoError(t, err)
		c, err := e.Charge()
		require.NoError(t, err)
		succeeded[c.ID]++
	}
	assert.Equal(t, listed, succeeded, "one charge.succeeded event per charge")
	st := srv.Stats()
	t.Logf("requests %d, replays %d, 500s %d, 503s %d, dropped before %d, lost after %d",
		st.Requests, st.Replays, st.Faults500, st.Faults503, st.DroppedBefore, st.LostAfter)
	assert.Positive(t, st.LostAfter)
}
