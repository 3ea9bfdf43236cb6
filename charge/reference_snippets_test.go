package charge_test

// These tests run the Go snippets of the Payske API reference verbatim
// (Charges and the error-handling snippet) against httpmock answers built
// from the reference's JSON examples. Only `_ = x` lines for variables Go
// would reject as unused, and assertions, are added.

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/internal/mocktest"
)

func TestReferenceCreateCharge(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/charges", 200, mocktest.Fixture(t, "charge/create.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	// `source` is obtained with Payske.js; see https://payske.com/docs/payments/accept-a-payment-charges#web-create-token
	params := &payske.ChargeParams{
		Amount:      payske.Int64(2000),
		Currency:    payske.String(string(payske.CurrencyUSD)),
		Description: payske.String("My First Test Charge (created for API docs)"),
		Source:      &payske.SourceParams{Token: payske.String("tok_amex")},
	}
	c, _ := charge.New(params)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "amount=2000&currency=usd&description=My+First+Test+Charge+%28created+for+API+docs%29&source=tok_amex", req.Body)
	require.NotNil(t, c)
	assert.Equal(t, "ch_3JwRFc2eZvKYlo2C0zD9agb3", c.ID)
	assert.Equal(t, int64(2000), c.Amount)
}

func TestReferenceRetrieveCharge(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/charges/ch_3JwRP32eZvKYlo2C1eIYPv3p", 200, mocktest.Fixture(t, "charge/retrieve.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	c, _ := charge.Get(
		"ch_3JwRP32eZvKYlo2C1eIYPv3p",
		nil,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.NotNil(t, c)
	assert.Equal(t, "ch_3JwRFc2eZvKYlo2C0zD9agb3", c.ID)
}

func TestReferenceUpdateCharge(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/charges/ch_3JwRYn2eZvKYlo2C18JrMOJ1", 200, mocktest.Fixture(t, "charge/update.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.ChargeParams{}
	params.AddMetadata("order_id", "6735")
	c, _ := charge.Update(
		"ch_3JwRYn2eZvKYlo2C18JrMOJ1",
		params,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "metadata%5Border_id%5D=6735", req.Body)
	require.NotNil(t, c)
	assert.Equal(t, "6735", c.Metadata["order_id"])
}

func TestReferenceCaptureCharge(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/charges/ch_3JwRvH2eZvKYlo2C1zfYTkf1/capture", 200, mocktest.Fixture(t, "charge/capture.json"))

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	c, _ := charge.Capture(
		"ch_3JwRvH2eZvKYlo2C1zfYTkf1",
		nil,
	)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.Body)
	require.NotNil(t, c)
	assert.Equal(t, "ch_3JwRZH2eZvKYlo2C1rS58zMi", c.ID)
}

func TestReferenceListCharges(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodGet, "/v1/charges", 200, mocktest.Fixture(t, "charge/list.json"))
	var seen []string

	payske.Key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

	params := &payske.ChargeListParams{}
	params.Filters.AddFilter("limit", "", "3")
	i := charge.List(params)
	for i.Next() {
		c := i.Charge()
		seen = append(seen, c.ID)
	}

	require.NoError(t, i.Err())
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "limit=3", req.RawQuery)
	assert.Equal(t, []string{"ch_3JwRvl2eZvKYlo2C0EOCHQ2f"}, seen)
}

// captureStdout runs fn and returns what it printed, for snippets that
// report through fmt.Printf.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	orig := os.Stdout
	os.Stdout = w
	defer func() { os.Stdout = orig }()
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	fn()
	require.NoError(t, w.Close())
	return <-done
}

// TestReferenceErrorHandling runs the reference's Go error-handling snippet
// with a charge.New call as "// Go library call", for a decline, another
// Payske error, and an error that does not come from Payske.
func TestReferenceErrorHandling(t *testing.T) {
	cases := []struct {
		name   string
		status int
		body   string
		key    string
		want   string
		code   payske.ErrorCode
	}{
		{"decline", 402, `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds."}}`,
			mocktest.Key, "Card was declined with code: insufficient_funds\n", payske.ErrorCodeCardDeclined},
		{"invalid request", 400, `{"error":{"type":"invalid_request_error","param":"amount","message":"Missing required param: amount."}}`,
			mocktest.Key, "Other Payske error occurred: payske: invalid request error (HTTP 400, request req_mock): Missing required param: amount. [param amount]\n", ""},
		{"no key", 200, `{}`, "", "Other error occurred: " + payske.ErrNoAPIKey.Error() + "\n", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := mocktest.NewGlobal(t)
			m.Respond(http.MethodPost, "/v1/charges", tc.status, []byte(tc.body))
			payske.Key = tc.key
			var code payske.ErrorCode

			out := captureStdout(t, func() {
				_, err := charge.New(&payske.ChargeParams{})

				if err != nil {
					// Try to safely cast a generic error to a payske.Error so that we can get at
					// some additional Payske-specific information about what went wrong.
					if payskeErr, ok := err.(*payske.Error); ok {
						// The Code field will contain a basic identifier for the failure.
						switch payskeErr.Code {
						case payske.ErrorCodeCardDeclined:
						case payske.ErrorCodeExpiredCard:
						case payske.ErrorCodeIncorrectCVC:
						case payske.ErrorCodeIncorrectZip:
							// etc.
						}
						code = payskeErr.Code

						// The Err field can be coerced to a more specific error type with a type
						// assertion. This technique can be used to get more specialized
						// information for certain errors.
						if cardErr, ok := payskeErr.Err.(*payske.CardError); ok {
							fmt.Printf("Card was declined with code: %v\n", cardErr.DeclineCode)
						} else {
							fmt.Printf("Other Payske error occurred: %v\n", payskeErr.Error())
						}
					} else {
						fmt.Printf("Other error occurred: %v\n", err.Error())
					}
				}
			})
			assert.Equal(t, tc.want, out)
			assert.Equal(t, tc.code, code)
		})
	}
}
