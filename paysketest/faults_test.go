package paysketest_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/paysketest"
)

// rawPost sends one POST with no retries and a fresh connection. dropped
// reports a connection closed without an answer.
func rawPost(t *testing.T, srv *paysketest.Server, path, body, idemKey string) (status int, header http.Header, id string, dropped bool) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, srv.URL+path, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+paysketest.TestKey)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if idemKey != "" {
		req.Header.Set("Idempotency-Key", idemKey)
	}
	hc := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, nil, "", true
	}
	defer resp.Body.Close()
	var out struct {
		ID string `json:"id"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, resp.Header, out.ID, false
}

// TestFaultKindsApplyOrNot checks what each kind of fault does to the
// state: 500s, 503s and connections dropped before the request apply
// nothing; answers lost after the request were applied all the same. It
// also checks that SetFaults switches faults on and off on a running
// server.
func TestFaultKindsApplyOrNot(t *testing.T) {
	srv := paysketest.NewTestServer(t)
	sc := clientWithRetries(srv, 0)
	customers := func() int {
		n := 0
		for _, err := range sc.Customers.List(nil).All() {
			require.NoError(t, err)
			n++
		}
		return n
	}

	const n = 80
	srv.SetFaults(paysketest.Faults{Rate: 0.5, Seed: 11})
	var answered, failed, dropped int
	for i := 0; i < n; i++ {
		status, _, _, lost := rawPost(t, srv, "/v1/customers", "email=c@example.com", "")
		switch {
		case lost:
			dropped++
		case status == http.StatusOK:
			answered++
		case status == http.StatusInternalServerError || status == http.StatusServiceUnavailable:
			failed++
		default:
			t.Fatalf("unexpected status %d", status)
		}
	}
	srv.SetFaults(paysketest.Faults{})
	st := srv.Stats()
	t.Logf("answered %d, failed %d, dropped %d; stats %+v", answered, failed, dropped, st)

	for name, count := range map[string]int64{"500": st.Faults500, "503": st.Faults503,
		"dropped before": st.DroppedBefore, "lost after": st.LostAfter} {
		assert.Positive(t, count, "no %s fault in %d requests at rate 0.5", name, n)
	}
	assert.Equal(t, int64(failed), st.Faults500+st.Faults503)
	assert.Equal(t, int64(dropped), st.DroppedBefore+st.LostAfter)
	assert.Equal(t, answered+int(st.LostAfter), customers(), "exactly the answered and the lost-after requests were applied")
}

// TestLostAnswerIsReplayedByIdempotencyKey sends a request whose answer is
// lost after it was applied, then sends it again with the same
// Idempotency-Key: the retry gets the first answer and nothing is applied
// twice.
func TestLostAnswerIsReplayedByIdempotencyKey(t *testing.T) {
	srv := paysketest.NewTestServer(t, paysketest.WithFaults(paysketest.Faults{Rate: 1, Seed: 3}))
	const body = "amount=700&currency=usd&source=tok_visa"
	var key string
	for i := 0; i < 50 && key == ""; i++ {
		before := srv.Stats().LostAfter
		k := "order-" + strings.Repeat("x", i+1)
		_, _, _, dropped := rawPost(t, srv, "/v1/charges", body, k)
		if dropped && srv.Stats().LostAfter > before {
			key = k
		}
	}
	require.NotEmpty(t, key, "no answer was lost after being applied in 50 requests")
	srv.SetFaults(paysketest.Faults{})

	status, header, id, dropped := rawPost(t, srv, "/v1/charges", body, key)
	require.False(t, dropped)
	require.Equal(t, http.StatusOK, status)
	assert.Equal(t, "true", header.Get("Idempotent-Replayed"))
	assert.Regexp(t, "^ch_", id)
	assert.Equal(t, 1, countCharges(t, srv.Client("")), "the lost charge exists once, and the retry did not add one")
}
