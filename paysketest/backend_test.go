package paysketest_test

import (
	"errors"
	"io"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	chargeapi "github.com/payske/payske-go/charge"
	"github.com/payske/payske-go/client"
	"github.com/payske/payske-go/paysketest"
	"github.com/payske/payske-go/paysketest/fixtures"
)

// noWait bounds a call whose retries must not wait: the SDK's default
// backoff would take at least 750 ms over two retries.
const noWait = 100 * time.Millisecond

const chargesURL = payske.APIURL + "/v1/charges"

func TestNewBackendRetriesWithoutWaiting(t *testing.T) {
	mt := httpmock.NewMockTransport()
	mt.RegisterResponder(http.MethodPost, chargesURL,
		httpmock.NewStringResponder(500, fixtures.APIError).
			Then(httpmock.NewStringResponder(500, fixtures.APIError)).
			Then(httpmock.NewStringResponder(200, fixtures.ChargeCreate)))
	sc := client.New(paysketest.TestKey, &payske.Backends{API: paysketest.NewBackend(mt)})

	start := time.Now()
	c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")})
	elapsed := time.Since(start)

	require.NoError(t, err)
	assert.Equal(t, int64(2000), c.Amount)
	assert.Equal(t, 3, mt.GetTotalCallCount(), "two retries, then the answer")
	assert.Less(t, elapsed, noWait)
}

func TestNewBackendGivesUpOnA500WithoutWaitingOrLogging(t *testing.T) {
	mt := httpmock.NewMockTransport()
	mt.RegisterResponder(http.MethodPost, chargesURL, httpmock.NewStringResponder(500, fixtures.APIError))

	// The SDK's default logger writes to the os.Stderr of the moment the
	// backend is made; the backend's logger must not be that one.
	r, w, err := os.Pipe()
	require.NoError(t, err)
	stderr := os.Stderr
	os.Stderr = w
	b := paysketest.NewBackend(mt)
	os.Stderr = stderr

	start := time.Now()
	_, err = (&chargeapi.Client{B: b, Key: paysketest.TestKey}).New(&payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")})
	elapsed := time.Since(start)
	require.NoError(t, w.Close())
	logged, readErr := io.ReadAll(r)
	require.NoError(t, readErr)

	var apiErr *payske.APIError
	require.True(t, errors.As(err, &apiErr), "got %v", err)
	assert.Equal(t, 1+int(payske.DefaultMaxNetworkRetries), mt.GetTotalCallCount())
	assert.Less(t, elapsed, noWait)
	assert.Empty(t, string(logged), "the backend logs nothing")
}

func TestNewBackendWithConfigKeepsItsOtherSettings(t *testing.T) {
	mt := httpmock.NewMockTransport()
	mt.RegisterResponder(http.MethodPost, chargesURL, httpmock.NewStringResponder(500, fixtures.APIError))
	b := paysketest.NewBackendWithConfig(mt, payske.BackendConfig{
		MaxNetworkRetries: payske.Int64(0),
		// Neither may be used: the transport is always mt.
		URL:        payske.String("https://elsewhere.example.com"),
		HTTPClient: &http.Client{Transport: httpmock.NewMockTransport()},
	})
	_, err := (&chargeapi.Client{B: b, Key: paysketest.TestKey}).New(&payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")})
	var apiErr *payske.APIError
	require.True(t, errors.As(err, &apiErr), "got %v", err)
	assert.Equal(t, 1, mt.GetTotalCallCount(), "no retries")
}

func TestNewBackendDoesNotFollowRedirects(t *testing.T) {
	mt := httpmock.NewMockTransport()
	redirect := httpmock.NewStringResponse(http.StatusFound, "")
	redirect.Header.Set("Location", payske.APIURL+"/v1/elsewhere")
	mt.RegisterResponder(http.MethodGet, chargesURL+"/ch_1", httpmock.ResponderFromResponse(redirect))
	mt.RegisterResponder(http.MethodGet, payske.APIURL+"/v1/elsewhere", httpmock.NewStringResponder(200, fixtures.Charge))

	_, err := paysketest.NewTransportClient(mt).Charges.Get("ch_1", nil)
	require.Error(t, err)
	assert.Equal(t, 0, mt.GetCallCountInfo()["GET "+payske.APIURL+"/v1/elsewhere"])
}

func TestUseBackendServesThePackageLevelFunctionsAndRestoresThem(t *testing.T) {
	prevKey, prevBackend := payske.Key, payske.GetBackend(payske.APIBackend)
	t.Run("mocked", func(t *testing.T) {
		mt := httpmock.NewMockTransport()
		mt.RegisterResponder(http.MethodPost, chargesURL, httpmock.NewStringResponder(200, fixtures.ChargeCreate))
		mt.RegisterResponder(http.MethodGet, chargesURL, httpmock.NewStringResponder(200, fixtures.ChargeList))
		paysketest.UseBackend(t, mt)

		c, err := chargeapi.New(&payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")})
		require.NoError(t, err)
		assert.Equal(t, int64(2000), c.Amount)
		n := 0
		for _, err := range chargeapi.List(nil).All() {
			require.NoError(t, err)
			n++
		}
		assert.Equal(t, 1, n)
		assert.Equal(t, paysketest.TestKey, payske.Key)

		mt.RegisterResponder(http.MethodPost, chargesURL, httpmock.NewStringResponder(402, fixtures.CardDeclined))
		_, err = chargeapi.New(&payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")})
		var cardErr *payske.CardError
		require.True(t, errors.As(err, &cardErr), "got %v", err)
		assert.Equal(t, payske.DeclineCode("generic_decline"), cardErr.DeclineCode)

		assert.Equal(t, 3, mt.GetTotalCallCount(), "two charges and one page, none retried")
	})
	assert.Equal(t, prevKey, payske.Key)
	assert.True(t, prevBackend == payske.GetBackend(payske.APIBackend), "the previous backend is back")
}

func TestNewBackendWithNilTransportUsesTheDefaultOneHTTPMockActivates(t *testing.T) {
	httpmock.Activate(t)
	httpmock.RegisterResponder(http.MethodGet, chargesURL+"/ch_1", httpmock.NewStringResponder(200, fixtures.ChargeRetrieve))

	c, err := paysketest.NewTransportClient(nil).Charges.Get("ch_1", nil)
	require.NoError(t, err)
	assert.Equal(t, int64(100), c.Amount)
	assert.Equal(t, 1, httpmock.GetTotalCallCount())
}
