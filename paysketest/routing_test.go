package paysketest_test

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/card"
	chargeapi "github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/fakeglobal"
	"github.com/payske/payske-go/paysketest"
	"github.com/payske/payske-go/refund"
)

// TestHostileIDsStayInTheirSegment passes IDs that hold a slash (or an
// escaped one, or dots) to the package-level functions. The SDK escapes
// each ID into one path segment, so the fake must look the whole ID up and
// find nothing: a charge must not be captured by updating "ch/capture", a
// card must not be deleted by deleting the customer "cus/sources/card".
func TestHostileIDsStayInTheirSegment(t *testing.T) {
	srv, stop := fakeglobal.Start()
	defer stop()
	sc := srv.Client("")

	cus, crd := customerWithCard(t, sc, "tok_visa")
	auth, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(1000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false)})
	require.NoError(t, err)
	paid := charge(t, sc, 500, "tok_visa")

	cases := []struct {
		name string
		do   func() error
	}{
		{"update of ch/capture", func() error {
			_, err := chargeapi.Update(auth.ID+"/capture", &payske.ChargeParams{Description: payske.String("x")})
			return err
		}},
		{"get of ch/capture", func() error { _, err := chargeapi.Get(auth.ID+"/capture", nil); return err }},
		{"capture of ch/capture", func() error { _, err := chargeapi.Capture(auth.ID+"/capture", nil); return err }},
		{"capture of ch%2Fcapture", func() error { _, err := chargeapi.Capture(auth.ID+"%2Fcapture", nil); return err }},
		{"capture of ch/", func() error { _, err := chargeapi.Capture(auth.ID+"/", nil); return err }},
		{"capture of ../ch", func() error { _, err := chargeapi.Capture("../"+auth.ID, nil); return err }},
		{"capture of %2e%2e/ch", func() error { _, err := chargeapi.Capture("%2e%2e/"+auth.ID, nil); return err }},
		{"capture of ..", func() error { _, err := chargeapi.Capture("..", nil); return err }},
		{"del of cus/sources/card", func() error {
			_, err := customer.Del(cus.ID+"/sources/"+crd.ID, nil)
			return err
		}},
		{"del of cus%2Fsources%2Fcard", func() error {
			_, err := customer.Del(cus.ID+"%2Fsources%2F"+crd.ID, nil)
			return err
		}},
		{"del of cus/", func() error { _, err := customer.Del(cus.ID+"/", nil); return err }},
		{"del of card/..", func() error {
			_, err := card.Del(crd.ID+"/..", &payske.CardParams{Customer: payske.String(cus.ID)})
			return err
		}},
		{"del of card in customer cus/..", func() error {
			_, err := card.Del(crd.ID, &payske.CardParams{Customer: payske.String(cus.ID + "/..")})
			return err
		}},
		{"refund get of re/../../charges/ch", func() error {
			_, err := refund.Get("re_x/../../charges/"+paid.ID, nil)
			return err
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.do()
			require.Error(t, err)
			if errors.Is(err, payske.ErrInvalidID) {
				return // refused before it left the SDK
			}
			perr := apiError(t, err)
			assert.Equal(t, http.StatusNotFound, perr.HTTPStatusCode, perr.Msg)
			assert.Equal(t, payske.ErrorTypeInvalidRequest, perr.Type)
		})
	}

	got, err := sc.Charges.Get(auth.ID, nil)
	require.NoError(t, err)
	assert.False(t, got.Captured, "the authorization was captured")
	assert.Empty(t, got.Description)
	gotCus, err := sc.Customers.Get(cus.ID, nil)
	require.NoError(t, err)
	assert.False(t, gotCus.Deleted)
	gotCard, err := sc.Cards.Get(crd.ID, &payske.CardParams{Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	assert.False(t, gotCard.Deleted, "the card was deleted")
	assert.Zero(t, countEvents(t, sc, "charge.captured")+countEvents(t, sc, "customer.deleted")+
		countEvents(t, sc, "customer.source.deleted")+countEvents(t, sc, "charge.updated"))
}

// countEvents counts the events of type typ.
func countEvents(t *testing.T, sc *client.API, typ string) int {
	t.Helper()
	n := 0
	for _, err := range sc.Events.List(&payske.EventListParams{Type: payske.String(typ)}).All() {
		require.NoError(t, err)
		n++
	}
	return n
}

// TestUnrecognizedURLsAre404 sends raw requests whose paths are not exactly
// a route: extra, empty or escaped separators, dot segments, a wrong
// method. Each is a 404 in the API's error shape and changes nothing.
func TestUnrecognizedURLsAre404(t *testing.T) {
	sc, srv := paysketest.NewTestClient(t)
	auth, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(1000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String("tok_visa")}, Capture: payske.Bool(false)})
	require.NoError(t, err)
	cus, crd := customerWithCard(t, sc, "tok_visa")

	cases := []struct {
		method, path string
		missing      bool // a route, but the ID names nothing: resource_missing
	}{
		{"POST", "/v1/charges/" + auth.ID + "%2Fcapture", true},
		{"POST", "/v1/charges/" + auth.ID + "%2fcapture", true},
		{"POST", "/v1/charges/" + auth.ID + "/capture/", false},
		{"POST", "/v1/charges/" + auth.ID + "//capture", false},
		{"POST", "/v1/charges//" + auth.ID + "/capture", false},
		{"POST", "/v1/charges/" + auth.ID + "/capture/extra", false},
		{"POST", "/v1/charges/x/../" + auth.ID + "/capture", false},
		{"POST", "/v1/charges/%2e%2e/charges/" + auth.ID + "/capture", false},
		{"POST", "/v1/charges/" + auth.ID + "/%2e/capture", false},
		{"POST", "/v1/charges/" + auth.ID + "/capture%2F", false},
		{"POST", "/v1/charges/" + auth.ID + "/%63apture", false},
		{"DELETE", "/v1/customers/" + cus.ID + "%2Fsources%2F" + crd.ID, true},
		{"DELETE", "/v1/customers/" + cus.ID + "/sources/" + crd.ID + "/", false},
		{"DELETE", "/v1/customers/" + cus.ID + "/", false},
		{"DELETE", "/v1/charges/" + auth.ID, false},
		{"PUT", "/v1/charges/" + auth.ID + "/capture", false},
		{"GET", "/v1/charges/" + auth.ID + "/capture", false},
		{"GET", "/v1//charges", false},
		{"GET", "/v1/charges%2F" + auth.ID, false},
		{"GET", "//v1/charges", false},
	}
	for _, tc := range cases {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, srv.URL+tc.path, strings.NewReader(""))
			require.NoError(t, err)
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.SetBasicAuth(paysketest.TestKey, "")
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, http.StatusNotFound, resp.StatusCode, string(body))
			var answer struct {
				Error struct{ Type, Code, Message string }
			}
			require.NoError(t, json.Unmarshal(body, &answer), string(body))
			assert.Equal(t, "invalid_request_error", answer.Error.Type)
			if tc.missing {
				assert.Equal(t, "resource_missing", answer.Error.Code)
			} else {
				assert.True(t, strings.HasPrefix(answer.Error.Message, "Unrecognized request URL ("+tc.method+": "), answer.Error.Message)
			}
		})
	}

	got, err := sc.Charges.Get(auth.ID, nil)
	require.NoError(t, err)
	assert.False(t, got.Captured, "the authorization was captured")
	gotCard, err := sc.Cards.Get(crd.ID, &payske.CardParams{Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	assert.False(t, gotCard.Deleted, "the card was deleted")
	gotCus, err := sc.Customers.Get(cus.ID, nil)
	require.NoError(t, err)
	assert.False(t, gotCus.Deleted, "the customer was deleted")
}
