package source_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/mocktest"
	"github.com/payske/payske-go/source"
)

func newClient(t *testing.T) (*mocktest.Mock, source.Client) {
	m := mocktest.New(t)
	return m, source.Client{B: m.Backend, Key: mocktest.Key}
}

func TestNewSendsTheParametersOnTheWire(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/sources", 200, mocktest.Fixture(t, "source/create.json"))

	params := &payske.SourceObjectParams{
		Type:     payske.String(string(payske.SourceTypeSofort)),
		Amount:   payske.Int64(1099),
		Currency: payske.String(string(payske.CurrencyEUR)),
		Owner: &payske.SourceOwnerParams{
			Name:    payske.String("Jenny Rosen"),
			Address: &payske.AddressParams{Country: payske.String("DE")},
		},
		Redirect: &payske.SourceRedirectParams{ReturnURL: payske.String("https://shop.example.com/return")},
		SourceOrder: &payske.SourceOrderParams{Items: []*payske.SourceOrderItemParams{
			{Type: payske.String("sku"), Amount: payske.Int64(1099), Quantity: payske.Int64(1)},
		}},
		Usage: payske.String(string(payske.SourceUsageSingleUse)),
	}
	params.AddMetadata("order_id", "6735")
	params.SetIdempotencyKey("src-6735")

	s, err := c.New(params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/sources", req.Path)
	assert.Equal(t, "src-6735", req.Header.Get("Idempotency-Key"))
	assert.Equal(t, "metadata%5Border_id%5D=6735&amount=1099&currency=eur"+
		"&owner%5Baddress%5D%5Bcountry%5D=DE&owner%5Bname%5D=Jenny+Rosen"+
		"&redirect%5Breturn_url%5D=https%3A%2F%2Fshop.example.com%2Freturn"+
		"&source_order%5Bitems%5D%5B0%5D%5Bamount%5D=1099&source_order%5Bitems%5D%5B0%5D%5Bquantity%5D=1"+
		"&source_order%5Bitems%5D%5B0%5D%5Btype%5D=sku&type=sofort&usage=single_use", req.Body)

	assert.Equal(t, "src_1Jwvg92eZvKYlo2CeGmNMtVB", s.ID)
	assert.Equal(t, payske.SourceTypeACHCreditTransfer, s.Type)
	require.NotNil(t, s.LastResponse)
	assert.Equal(t, "req_mock", s.LastResponse.RequestID)
}

func TestGetSendsClientSecretAndExpandAsQuery(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/sources/src_123", 200, mocktest.Fixture(t, "source/retrieve.json"))

	params := &payske.SourceObjectParams{ClientSecret: payske.String("src_client_secret_1")}
	params.AddExpand("customer")
	s, err := c.Get("src_123", params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, "expand%5B0%5D=customer&client_secret=src_client_secret_1", req.RawQuery)
	assert.Equal(t, payske.SourceStatusPending, s.Status)
	assert.Equal(t, "jenny.rosen@example.com", s.Owner.Email)
}

func TestGetEscapesTheIDAndRefusesAnEmptyOne(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/sources/src_1%2F..%2Fx", 200, mocktest.Fixture(t, "source/retrieve.json"))
	_, err := c.Get("src_1/../x", nil)
	require.NoError(t, err)
	req := calls.Only(t)
	assert.Equal(t, "/v1/sources/src_1%2F..%2Fx", req.Path)
	assert.Empty(t, req.RawQuery)

	s, err := c.Get("", nil)
	assert.Nil(t, s)
	require.ErrorIs(t, err, payske.ErrInvalidID)
	assert.Len(t, calls.All(), 1, "no second request")
}

func TestUpdateSendsOnlyWhatIsSet(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/sources/src_123", 200, mocktest.Fixture(t, "source/update.json"))

	params := &payske.SourceObjectParams{
		Owner: &payske.SourceOwnerParams{Email: payske.String("jenny@example.com"), Phone: payske.String("")},
		Mandate: &payske.SourceMandateParams{
			Acceptance: &payske.SourceMandateAcceptanceParams{
				Status: payske.String("accepted"),
				Type:   payske.String("offline"),
				Offline: &payske.SourceMandateAcceptanceOfflineParams{
					ContactEmail: payske.String("jenny@example.com"),
				},
			},
		},
	}
	params.AddMetadata("order_id", "6735")
	s, err := c.Update("src_123", params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "metadata%5Border_id%5D=6735"+
		"&mandate%5Bacceptance%5D%5Boffline%5D%5Bcontact_email%5D=jenny%40example.com"+
		"&mandate%5Bacceptance%5D%5Bstatus%5D=accepted&mandate%5Bacceptance%5D%5Btype%5D=offline"+
		"&owner%5Bemail%5D=jenny%40example.com&owner%5Bphone%5D=", req.Body,
		"an empty string unsets the phone")
	assert.Equal(t, "6735", s.Metadata["order_id"])
}

func TestDetachDeletesFromTheCustomer(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodDelete, "/v1/customers/cus_1/sources/src_1", 200, mocktest.Fixture(t, "source/detach.json"))

	s, err := c.Detach("src_1", &payske.SourceObjectDetachParams{Customer: payske.String("cus_1")})
	require.NoError(t, err)

	params := &payske.SourceObjectDetachParams{Customer: payske.String("cus_1")}
	params.AddExpand("customer")
	_, err = c.Detach("src_1", params)
	require.NoError(t, err)

	reqs := calls.All()
	require.Len(t, reqs, 2)
	for _, r := range reqs {
		mocktest.AssertHeaders(t, r)
		assert.Equal(t, http.MethodDelete, r.Method)
	}
	assert.Empty(t, reqs[0].RawQuery, "the customer is only in the path")
	assert.Equal(t, "expand%5B0%5D=customer", reqs[1].RawQuery)

	assert.Equal(t, payske.SourceStatusConsumed, s.Status)
	assert.Equal(t, "cus_AJ6yA7mRH34mJT", s.Customer)
}

func TestDetachEscapesBothIDs(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodDelete, "/v1/customers/cus%2F1/sources/src%3F1", 200, mocktest.Fixture(t, "source/detach.json"))
	_, err := c.Detach("src?1", &payske.SourceObjectDetachParams{Customer: payske.String("cus/1")})
	require.NoError(t, err)
	assert.Equal(t, "/v1/customers/cus%2F1/sources/src%3F1", calls.Only(t).Path)
}

func TestDetachWithoutCustomerSendsNothing(t *testing.T) {
	m, c := newClient(t)
	for name, params := range map[string]*payske.SourceObjectDetachParams{
		"nil params":  nil,
		"no customer": {},
	} {
		t.Run(name, func(t *testing.T) {
			s, err := c.Detach("src_1", params)
			assert.Nil(t, s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "source.Detach: params.Customer is required")
		})
	}
	s, err := c.Detach("src_1", &payske.SourceObjectDetachParams{Customer: payske.String("")})
	assert.Nil(t, s)
	require.ErrorIs(t, err, payske.ErrInvalidID)
	assert.Zero(t, m.Transport.GetTotalCallCount())
}

func TestErrorAnswerGivesNoSource(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodPost, "/v1/sources", 400, []byte(`{"error":{"type":"invalid_request_error","param":"type","message":"Missing required param: type."}}`))
	s, err := c.New(&payske.SourceObjectParams{})
	assert.Nil(t, s)
	var invalid *payske.InvalidRequestError
	require.ErrorAs(t, err, &invalid)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, "type", perr.Param)
}

// TestPackageFunctionsUseTheGlobals covers every package-level function:
// each goes through the global backend and key to the same endpoint as its
// Client method.
func TestPackageFunctionsUseTheGlobals(t *testing.T) {
	m := mocktest.NewGlobal(t)
	created := m.Respond(http.MethodPost, "/v1/sources", 200, mocktest.Fixture(t, "source/create.json"))
	got := m.Respond(http.MethodGet, "/v1/sources/src_1", 200, mocktest.Fixture(t, "source/retrieve.json"))
	updated := m.Respond(http.MethodPost, "/v1/sources/src_1", 200, mocktest.Fixture(t, "source/update.json"))
	detached := m.Respond(http.MethodDelete, "/v1/customers/cus_1/sources/src_1", 200, mocktest.Fixture(t, "source/detach.json"))

	s, err := source.New(&payske.SourceObjectParams{Type: payske.String("ach_credit_transfer")})
	require.NoError(t, err)
	assert.Equal(t, payske.SourceFlowReceiver, s.Flow)
	s, err = source.Get("src_1", nil)
	require.NoError(t, err)
	assert.Equal(t, "src_1Jwvg92eZvKYlo2CeGmNMtVB", s.ID)
	s, err = source.Update("src_1", &payske.SourceObjectParams{Usage: payske.String("reusable")})
	require.NoError(t, err)
	assert.Equal(t, "6735", s.Metadata["order_id"])
	s, err = source.Detach("src_1", &payske.SourceObjectDetachParams{Customer: payske.String("cus_1")})
	require.NoError(t, err)
	assert.Equal(t, payske.SourceStatusConsumed, s.Status)
	_, err = source.Detach("src_1", nil)
	require.Error(t, err)

	for _, r := range []mocktest.Captured{created.Only(t), got.Only(t), updated.Only(t), detached.Only(t)} {
		mocktest.AssertHeaders(t, r)
	}
	assert.Equal(t, "type=ach_credit_transfer", created.Only(t).Body)
	assert.Empty(t, got.Only(t).RawQuery)
	assert.Equal(t, "usage=reusable", updated.Only(t).Body)
	assert.Empty(t, detached.Only(t).RawQuery)
}
