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

// do sends one request with the test key straight to the handler.
func do(t *testing.T, s *Server, method, path, body string) (int, map[string]any) {
	t.Helper()
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	r.Header.Set("Authorization", "Bearer "+TestKey)
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	var answer map[string]any
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &answer), w.Body.String())
	return w.Code, answer
}

// TestLedgerCheckCatchesABrokenCharge breaks charges behind the server's
// back, the way a wrong handler would, and checks that the next request
// touching each is answered with a 500 naming the broken invariant and
// that Violations records it: the silence of the check elsewhere means
// something.
func TestLedgerCheckCatchesABrokenCharge(t *testing.T) {
	cases := []struct {
		name  string
		spoil func(st *state, ch obj)
		want  string
	}{
		{"refund wiped", func(_ *state, ch obj) { ch["amount_refunded"] = int64(0) }, "amount_refunded is 0 but its refunds add up to 300"},
		{"refunded flag", func(_ *state, ch obj) { ch["refunded"] = true }, "refunded is true with amount_refunded 300 of 1000"},
		{"captured flag", func(_ *state, ch obj) { ch["captured"] = false }, "captured is false with amount_captured 1000"},
		{"over-captured", func(_ *state, ch obj) { ch["amount_captured"] = int64(1200) }, "amount_captured 1200 is outside 0..amount (1000)"},
		{"expiry of a captured charge", func(st *state, ch obj) { st.uncaptured[ch["id"].(string)] = true }, "may expire is true"},
		{"refunds list", func(_ *state, ch obj) { ch["refunds"].(obj)["data"] = []any{} }, "its refunds list shows 0 of its 1 refunds"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := NewHandlerServer("http://paysketest.invalid")
			code, ch := do(t, s, http.MethodPost, "/v1/charges", "amount=1000&currency=usd&source=tok_visa")
			require.Equal(t, http.StatusOK, code, ch)
			id := ch["id"].(string)
			code, _ = do(t, s, http.MethodPost, "/v1/refunds", "charge="+id+"&amount=300")
			require.Equal(t, http.StatusOK, code)
			require.Empty(t, s.Violations())

			tc.spoil(s.st, s.st.objects[id])
			code, answer := do(t, s, http.MethodGet, "/v1/charges/"+id, "")
			assert.Equal(t, http.StatusInternalServerError, code)
			msg, _ := answer["error"].(map[string]any)["message"].(string)
			assert.Contains(t, msg, tc.want)
			v := s.Violations()
			require.NotEmpty(t, v)
			assert.Contains(t, v[0], "GET /v1/charges/"+id+": charge "+id+": ")
			assert.Contains(t, v[0], tc.want)
		})
	}
}

// TestLedgerCheckAtTheEndSeesEveryCharge breaks a charge no request touches
// afterwards: the end-of-test check of every charge still finds it.
func TestLedgerCheckAtTheEndSeesEveryCharge(t *testing.T) {
	s := NewHandlerServer("http://paysketest.invalid")
	_, ch := do(t, s, http.MethodPost, "/v1/charges", "amount=1000&currency=usd&source=tok_visa")
	s.st.objects[ch["id"].(string)]["amount_refunded"] = int64(5)
	require.Empty(t, s.Violations())
	s.checkAllCharges()
	v := s.Violations()
	require.NotEmpty(t, v)
	assert.Contains(t, v[0], "amount_refunded is 5 but its refunds add up to 0")
}
