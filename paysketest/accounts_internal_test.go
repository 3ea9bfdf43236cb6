package paysketest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// doAs is do on behalf of connected account acct.
func doAs(t *testing.T, s *Server, acct, method, path, body string) (int, map[string]any) {
	t.Helper()
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	r.Header.Set("Authorization", "Bearer "+TestKey)
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set(AccountHeader, acct)
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	var answer map[string]any
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &answer), w.Body.String())
	return w.Code, answer
}

// The ledger check runs on the connected account a request acts for, and
// its findings name the account.
func TestLedgerCheckRunsPerConnectedAccount(t *testing.T) {
	s := NewHandlerServer("http://paysketest.invalid", WithAccounts("acct_1"))
	code, ch := doAs(t, s, "acct_1", http.MethodPost, "/v1/charges", "amount=1000&currency=usd&source=tok_visa")
	require.Equal(t, http.StatusOK, code, ch)
	id := ch["id"].(string)
	require.Empty(t, s.Violations())

	s.accounts["acct_1"].objects[id]["amount_refunded"] = int64(5)
	code, _ = do(t, s, http.MethodGet, "/v1/charges/"+id, "")
	assert.Equal(t, http.StatusNotFound, code, "the platform reached the account's charge")
	require.Empty(t, s.Violations())

	code, answer := doAs(t, s, "acct_1", http.MethodGet, "/v1/charges/"+id, "")
	assert.Equal(t, http.StatusInternalServerError, code)
	msg, _ := answer["error"].(map[string]any)["message"].(string)
	assert.Contains(t, msg, "charge "+id+" of account acct_1: amount_refunded is 5 but its refunds add up to 0")
	require.Len(t, s.Violations(), 1)
}

// The end-of-test check sees every account's charges.
func TestLedgerCheckAtTheEndSeesEveryConnectedAccount(t *testing.T) {
	s := NewHandlerServer("http://paysketest.invalid", WithAccounts("acct_1"))
	acct := s.CreateAccount()
	for _, a := range []string{"acct_1", acct} {
		code, ch := doAs(t, s, a, http.MethodPost, "/v1/charges", "amount=1000&currency=usd&source=tok_visa")
		require.Equal(t, http.StatusOK, code, ch)
		s.accounts[a].objects[ch["id"].(string)]["amount_refunded"] = int64(5)
	}
	require.Empty(t, s.Violations())
	s.checkAllCharges()
	v := s.Violations()
	require.Len(t, v, 2, v)
	assert.Contains(t, strings.Join(v, "\n"), "of account acct_1: amount_refunded is 5")
	assert.Contains(t, strings.Join(v, "\n"), "of account "+acct+": amount_refunded is 5")
}
