package paysketest_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/paysketest"
)

// postForm sends body to path on the server with the test key and returns
// the status and the error object of the answer.
func postForm(t *testing.T, url, path, body string) (int, map[string]string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+path, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(paysketest.TestKey, "")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var answer struct{ Error map[string]string }
	require.NoError(t, json.Unmarshal(raw, &answer), string(raw))
	return resp.StatusCode, answer.Error
}

// TestOversizedFormsAre400 sends forms past each limit of the parser: a
// 400 invalid_request_error names the limit and, for a key, the key
// shortened, and answers at once. The first case, eight at once, used to
// take seconds and gigabytes.
func TestOversizedFormsAre400(t *testing.T) {
	_, srv := paysketest.NewTestClient(t)
	var many strings.Builder
	for i := range 1001 {
		fmt.Fprintf(&many, "metadata[k%d]=v&", i)
	}
	cases := []struct {
		name, body, message, param string
	}{
		{"1 MiB of nesting", "a" + strings.Repeat("[]", (1<<20-4)/2) + "=1",
			"form key longer than 1024 bytes", "a" + strings.Repeat("[]", 31) + "[..."},
		{"nesting", "amount=100&currency=usd&metadata" + strings.Repeat("[a]", 9) + "=1",
			"form key nesting deeper than 8 levels", "metadata" + strings.Repeat("[a]", 9)},
		{"parameters", "amount=100&currency=usd&" + many.String(), "more than 1000 form parameters", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			done := make(chan struct{})
			for range 8 {
				go func() {
					defer func() { done <- struct{}{} }()
					status, e := postForm(t, srv.URL, "/v1/charges", tc.body)
					assert.Equal(t, http.StatusBadRequest, status)
					assert.Equal(t, "invalid_request_error", e["type"])
					assert.Contains(t, e["message"], tc.message)
					assert.Equal(t, tc.param, e["param"])
				}()
			}
			for range 8 {
				<-done
			}
			t.Logf("8 requests in %s", time.Since(start))
		})
	}
}
