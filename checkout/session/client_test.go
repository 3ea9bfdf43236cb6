package session_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/checkout/session"
	"github.com/payske/payske-go/internal/mocktest"
)

func newClient(t *testing.T) (*mocktest.Mock, session.Client) {
	m := mocktest.New(t)
	return m, session.Client{B: m.Backend, Key: mocktest.Key}
}

func TestNewSendsInlinePricesAndProducts(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/checkout/sessions", 200, mocktest.Fixture(t, "checkout_session/create.json"))

	params := &payske.CheckoutSessionParams{
		LineItems: []*payske.CheckoutSessionLineItemParams{
			{
				PriceData: &payske.CheckoutSessionLineItemPriceDataParams{
					Currency: payske.String(string(payske.CurrencyUSD)),
					ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{
						Name:        payske.String("Tin of Cookies"),
						Description: payske.String("Butter & chocolate"),
						Images:      payske.StringSlice([]string{"https://example.com/a.png", "https://example.com/b.png"}),
						Metadata:    map[string]string{"sku": "COOK-1", "batch": "42"},
					},
					TaxBehavior: payske.String(string(payske.PriceTaxBehaviorExclusive)),
					UnitAmount:  payske.Int64(299),
				},
				Quantity: payske.Int64(2),
			},
			{
				Metadata: map[string]string{"gift": "yes"},
				PriceData: &payske.CheckoutSessionLineItemPriceDataParams{
					Currency:          payske.String("usd"),
					Product:           payske.String("prod_1"),
					Recurring:         &payske.CheckoutSessionLineItemPriceDataRecurringParams{Interval: payske.String("month"), IntervalCount: payske.Int64(3)},
					UnitAmountDecimal: payske.String("0.5"),
				},
				AdjustableQuantity: &payske.CheckoutSessionLineItemAdjustableQuantityParams{Enabled: payske.Bool(true), Minimum: payske.Int64(0), Maximum: payske.Int64(10)},
				Quantity:           payske.Int64(1),
				TaxRates:           payske.StringSlice([]string{"txr_1"}),
				DynamicTaxRates:    payske.StringSlice([]string{"txr_2", "txr_3"}),
			},
		},
		Mode:       payske.String(string(payske.CheckoutSessionModePayment)),
		SuccessURL: payske.String("https://example.com/success?session_id={CHECKOUT_SESSION_ID}"),
	}

	s, err := c.New(params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodPost, req.Method)
	assert.Equal(t, "/v1/checkout/sessions", req.Path)
	assert.Empty(t, req.RawQuery)
	assert.Equal(t, "line_items%5B0%5D%5Bprice_data%5D%5Bcurrency%5D=usd"+
		"&line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bdescription%5D=Butter+%26+chocolate"+
		"&line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bimages%5D%5B0%5D=https%3A%2F%2Fexample.com%2Fa.png"+
		"&line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bimages%5D%5B1%5D=https%3A%2F%2Fexample.com%2Fb.png"+
		"&line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bmetadata%5D%5Bbatch%5D=42"+
		"&line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bmetadata%5D%5Bsku%5D=COOK-1"+
		"&line_items%5B0%5D%5Bprice_data%5D%5Bproduct_data%5D%5Bname%5D=Tin+of+Cookies"+
		"&line_items%5B0%5D%5Bprice_data%5D%5Btax_behavior%5D=exclusive"+
		"&line_items%5B0%5D%5Bprice_data%5D%5Bunit_amount%5D=299"+
		"&line_items%5B0%5D%5Bquantity%5D=2"+
		"&line_items%5B1%5D%5Badjustable_quantity%5D%5Benabled%5D=true"+
		"&line_items%5B1%5D%5Badjustable_quantity%5D%5Bmaximum%5D=10"+
		"&line_items%5B1%5D%5Badjustable_quantity%5D%5Bminimum%5D=0"+
		"&line_items%5B1%5D%5Bdynamic_tax_rates%5D%5B0%5D=txr_2"+
		"&line_items%5B1%5D%5Bdynamic_tax_rates%5D%5B1%5D=txr_3"+
		"&line_items%5B1%5D%5Bmetadata%5D%5Bgift%5D=yes"+
		"&line_items%5B1%5D%5Bprice_data%5D%5Bcurrency%5D=usd"+
		"&line_items%5B1%5D%5Bprice_data%5D%5Bproduct%5D=prod_1"+
		"&line_items%5B1%5D%5Bprice_data%5D%5Brecurring%5D%5Binterval%5D=month"+
		"&line_items%5B1%5D%5Bprice_data%5D%5Brecurring%5D%5Binterval_count%5D=3"+
		"&line_items%5B1%5D%5Bprice_data%5D%5Bunit_amount_decimal%5D=0.5"+
		"&line_items%5B1%5D%5Bquantity%5D=1"+
		"&line_items%5B1%5D%5Btax_rates%5D%5B0%5D=txr_1"+
		"&mode=payment"+
		"&success_url=https%3A%2F%2Fexample.com%2Fsuccess%3Fsession_id%3D%7BCHECKOUT_SESSION_ID%7D", req.Body)

	assert.Equal(t, "cs_test_9JAHiKx2kgFg2Snc5Gnop1iNIgawrLGBlo3XBXfWfEicPzx9oXBcytyz", s.ID)
	assert.Equal(t, "https://checkout.payske.com/pay/...", s.URL)
	require.NotNil(t, s.LastResponse)
	assert.Equal(t, "req_mock", s.LastResponse.RequestID)
}

func TestNewSendsNestedOptionsMetadataAndExpand(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/checkout/sessions", 200, mocktest.Fixture(t, "checkout_session/expanded.json"))

	params := &payske.CheckoutSessionParams{
		AutomaticTax:      &payske.CheckoutSessionAutomaticTaxParams{Enabled: payske.Bool(true), Liability: &payske.CheckoutSessionAutomaticTaxLiabilityParams{Type: payske.String("self")}},
		CancelURL:         payske.String("https://example.com/cancel"),
		ClientReferenceID: payske.String("cart_42"),
		ConsentCollection: &payske.CheckoutSessionConsentCollectionParams{TermsOfService: payske.String("required")},
		CustomFields: []*payske.CheckoutSessionCustomFieldParams{{
			Dropdown: &payske.CheckoutSessionCustomFieldDropdownParams{Options: []*payske.CheckoutSessionCustomFieldDropdownOptionParams{
				{Label: payske.String("Gift"), Value: payske.String("gift")},
			}},
			Key:   payske.String("purpose"),
			Label: &payske.CheckoutSessionCustomFieldLabelParams{Custom: payske.String("For?"), Type: payske.String("custom")},
			Type:  payske.String("dropdown"),
		}},
		CustomText: &payske.CheckoutSessionCustomTextParams{Submit: &payske.CheckoutSessionCustomTextPositionParams{Message: payske.String("Ships in 2 days")}},
		Customer:   payske.String("cus_1"),
		Discounts:  []*payske.CheckoutSessionDiscountParams{{PromotionCode: payske.String("promo_1")}},
		ExpiresAt:  payske.Int64(1700086400),
		LineItems:  []*payske.CheckoutSessionLineItemParams{{Price: payske.String("price_1"), Quantity: payske.Int64(1)}},
		Locale:     payske.String(string(payske.CheckoutSessionLocaleFrCA)),
		Mode:       payske.String(string(payske.CheckoutSessionModeSubscription)),
		PaymentMethodOptions: &payske.CheckoutSessionPaymentMethodOptionsParams{
			Card: &payske.CheckoutSessionPaymentMethodOptionsCardParams{
				Restrictions:        &payske.CheckoutSessionPaymentMethodOptionsCardRestrictionsParams{BrandsBlocked: payske.StringSlice([]string{"american_express"})},
				RequestThreeDSecure: payske.String("challenge"),
			},
			Klarna: &payske.CheckoutSessionPaymentMethodOptionsKlarnaParams{
				Subscriptions: []*payske.CheckoutSessionPaymentMethodOptionsKlarnaSubscriptionParams{{
					Interval:    payske.String("month"),
					NextBilling: &payske.CheckoutSessionPaymentMethodOptionsKlarnaSubscriptionNextBillingParams{Amount: payske.Int64(999), Date: payske.String("2026-01-01")},
					Reference:   payske.String("sub-ref"),
				}},
			},
		},
		PaymentMethodTypes: payske.StringSlice([]string{string(payske.CheckoutSessionPaymentMethodTypeCard), "klarna"}),
		ShippingOptions: []*payske.CheckoutSessionShippingOptionParams{{
			ShippingRateData: &payske.CheckoutSessionShippingOptionShippingRateDataParams{
				DeliveryEstimate: &payske.CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateParams{
					Maximum: &payske.CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateBoundParams{Unit: payske.String("business_day"), Value: payske.Int64(5)},
				},
				DisplayName: payske.String("Express"),
				FixedAmount: &payske.CheckoutSessionShippingOptionShippingRateDataFixedAmountParams{
					Amount:   payske.Int64(500),
					Currency: payske.String("usd"),
					CurrencyOptions: map[string]*payske.CheckoutSessionShippingOptionShippingRateDataFixedAmountCurrencyOptionsParams{
						"eur": {Amount: payske.Int64(450)},
					},
				},
				Type: payske.String("fixed_amount"),
			},
		}},
		SubscriptionData: &payske.CheckoutSessionSubscriptionDataParams{
			ApplicationFeePercent: payske.Float64(12.5),
			Metadata:              map[string]string{"plan": "tins"},
			TrialPeriodDays:       payske.Int64(14),
		},
		SuccessURL: payske.String("https://example.com/success"),
	}
	params.AddMetadata("order_id", "6735")
	params.AddExpand("line_items")
	params.SetIdempotencyKey("cart-42")

	s, err := c.New(params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "cart-42", req.Header.Get("Idempotency-Key"))
	assert.Equal(t, "expand%5B0%5D=line_items&metadata%5Border_id%5D=6735"+
		"&automatic_tax%5Benabled%5D=true&automatic_tax%5Bliability%5D%5Btype%5D=self"+
		"&cancel_url=https%3A%2F%2Fexample.com%2Fcancel&client_reference_id=cart_42"+
		"&consent_collection%5Bterms_of_service%5D=required"+
		"&custom_fields%5B0%5D%5Bdropdown%5D%5Boptions%5D%5B0%5D%5Blabel%5D=Gift"+
		"&custom_fields%5B0%5D%5Bdropdown%5D%5Boptions%5D%5B0%5D%5Bvalue%5D=gift"+
		"&custom_fields%5B0%5D%5Bkey%5D=purpose"+
		"&custom_fields%5B0%5D%5Blabel%5D%5Bcustom%5D=For%3F&custom_fields%5B0%5D%5Blabel%5D%5Btype%5D=custom"+
		"&custom_fields%5B0%5D%5Btype%5D=dropdown"+
		"&custom_text%5Bsubmit%5D%5Bmessage%5D=Ships+in+2+days"+
		"&customer=cus_1&discounts%5B0%5D%5Bpromotion_code%5D=promo_1&expires_at=1700086400"+
		"&line_items%5B0%5D%5Bprice%5D=price_1&line_items%5B0%5D%5Bquantity%5D=1"+
		"&locale=fr-CA&mode=subscription"+
		"&payment_method_options%5Bcard%5D%5Brequest_three_d_secure%5D=challenge"+
		"&payment_method_options%5Bcard%5D%5Brestrictions%5D%5Bbrands_blocked%5D%5B0%5D=american_express"+
		"&payment_method_options%5Bklarna%5D%5Bsubscriptions%5D%5B0%5D%5Binterval%5D=month"+
		"&payment_method_options%5Bklarna%5D%5Bsubscriptions%5D%5B0%5D%5Bnext_billing%5D%5Bamount%5D=999"+
		"&payment_method_options%5Bklarna%5D%5Bsubscriptions%5D%5B0%5D%5Bnext_billing%5D%5Bdate%5D=2026-01-01"+
		"&payment_method_options%5Bklarna%5D%5Bsubscriptions%5D%5B0%5D%5Breference%5D=sub-ref"+
		"&payment_method_types%5B0%5D=card&payment_method_types%5B1%5D=klarna"+
		"&shipping_options%5B0%5D%5Bshipping_rate_data%5D%5Bdelivery_estimate%5D%5Bmaximum%5D%5Bunit%5D=business_day"+
		"&shipping_options%5B0%5D%5Bshipping_rate_data%5D%5Bdelivery_estimate%5D%5Bmaximum%5D%5Bvalue%5D=5"+
		"&shipping_options%5B0%5D%5Bshipping_rate_data%5D%5Bdisplay_name%5D=Express"+
		"&shipping_options%5B0%5D%5Bshipping_rate_data%5D%5Bfixed_amount%5D%5Bamount%5D=500"+
		"&shipping_options%5B0%5D%5Bshipping_rate_data%5D%5Bfixed_amount%5D%5Bcurrency%5D=usd"+
		"&shipping_options%5B0%5D%5Bshipping_rate_data%5D%5Bfixed_amount%5D%5Bcurrency_options%5D%5Beur%5D%5Bamount%5D=450"+
		"&shipping_options%5B0%5D%5Bshipping_rate_data%5D%5Btype%5D=fixed_amount"+
		"&subscription_data%5Bapplication_fee_percent%5D=12.5"+
		"&subscription_data%5Bmetadata%5D%5Bplan%5D=tins"+
		"&subscription_data%5Btrial_period_days%5D=14"+
		"&success_url=https%3A%2F%2Fexample.com%2Fsuccess", req.Body)

	assert.Equal(t, "cs_test_a1Expanded", s.ID)
	require.NotNil(t, s.LineItems)
	assert.Len(t, s.LineItems.Data, 2)
	assert.Equal(t, "cart-42", s.LastResponse.IdempotencyKey)
}

func TestNewWithNilParamsSendsAnEmptyBody(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/checkout/sessions", 400,
		[]byte(`{"error":{"type":"invalid_request_error","code":"parameter_missing","param":"success_url","message":"Missing required param: success_url."}}`))

	s, err := c.New(nil)
	assert.Nil(t, s)
	var invalid *payske.InvalidRequestError
	require.ErrorAs(t, err, &invalid)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, "success_url", perr.Param)
	assert.Equal(t, 400, perr.HTTPStatusCode)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.Body)
}

func TestGetSendsOnlyExpand(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_test_1", 200, mocktest.Fixture(t, "checkout_session/expanded.json"))
	params := &payske.CheckoutSessionParams{
		SuccessURL: payske.String("https://example.com/never-sent"),
		LineItems:  []*payske.CheckoutSessionLineItemParams{{Price: payske.String("price_never_sent")}},
	}
	params.AddExpand("line_items")
	params.AddExpand("payment_intent")

	s, err := c.Get("cs_test_1", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, "expand%5B0%5D=line_items&expand%5B1%5D=payment_intent", req.RawQuery,
		"creation fields never reach the query of a GET")
	assert.Equal(t, "cs_test_a1Expanded", s.ID)
	assert.Equal(t, "payment_intent", s.PaymentIntent.Object)
}

func TestGetWithNilParams(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_test_1", 200, mocktest.Fixture(t, "checkout_session/retrieve.json"))
	s, err := c.Get("cs_test_1", nil)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	assert.Equal(t, payske.CheckoutSessionStatusExpired, s.Status)
}

func TestIDsAreEscapedIntoTheirSegment(t *testing.T) {
	m, c := newClient(t)
	get := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_1%2F..%2Fline_items", 200, mocktest.Fixture(t, "checkout_session/retrieve.json"))
	items := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_1%2Fx%3Fy/line_items", 200, mocktest.Fixture(t, "checkout_session/list_line_items.json"))

	_, err := c.Get("cs_1/../line_items", nil)
	require.NoError(t, err)
	assert.Equal(t, "/v1/checkout/sessions/cs_1%2F..%2Fline_items", get.Only(t).Path)

	i := c.ListLineItems(&payske.CheckoutSessionListLineItemParams{ID: payske.String("cs_1/x?y")})
	for i.Next() {
	}
	require.NoError(t, i.Err())
	req := items.Only(t)
	assert.Equal(t, "/v1/checkout/sessions/cs_1%2Fx%3Fy/line_items", req.Path)
	assert.Empty(t, req.RawQuery)
}

func TestGetRefusesAnEmptyID(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/checkout/sessions/", 200, mocktest.Fixture(t, "checkout_session/retrieve.json"))
	s, err := c.Get("", nil)
	assert.Nil(t, s)
	require.ErrorIs(t, err, payske.ErrInvalidID)
	assert.Contains(t, err.Error(), "session ID is empty")
	assert.Empty(t, calls.All())
}

// sessionsPage answers a list page of minimal sessions.
func sessionsPage(ids []string, hasMore bool) []byte {
	data := ""
	for i, id := range ids {
		if i > 0 {
			data += ","
		}
		data += fmt.Sprintf(`{"id":%q,"object":"checkout.session","mode":"payment","status":"complete"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/checkout/sessions","has_more":%t,"data":[%s]}`, hasMore, data))
}

func TestListSendsFiltersAndPages(t *testing.T) {
	m, c := newClient(t)
	query := "created%5Bgte%5D=1600000000&customer_details%5Bemail%5D=jenny%40example.com&limit=2&status=complete"
	first := m.Respond(http.MethodGet, "/v1/checkout/sessions?"+query, 200, sessionsPage([]string{"cs_3", "cs_2"}, true))
	// httpmock matches the query sorted by key.
	second := m.Respond(http.MethodGet, "/v1/checkout/sessions?created%5Bgte%5D=1600000000&customer_details%5Bemail%5D=jenny%40example.com&limit=2&starting_after=cs_2&status=complete", 200, sessionsPage([]string{"cs_1"}, false))

	params := &payske.CheckoutSessionListParams{
		CreatedRange:    &payske.RangeQueryParams{GreaterThanOrEqual: payske.Int64(1600000000)},
		CustomerDetails: &payske.CheckoutSessionListCustomerDetailsParams{Email: payske.String("jenny@example.com")},
		Status:          payske.String(string(payske.CheckoutSessionStatusComplete)),
	}
	params.Limit = payske.Int64(2)

	var ids []string
	i := c.List(params)
	for i.Next() {
		s := i.CheckoutSession()
		assert.Equal(t, payske.CheckoutSessionStatusComplete, s.Status)
		ids = append(ids, s.ID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, []string{"cs_3", "cs_2", "cs_1"}, ids)
	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	mocktest.AssertHeaders(t, r2)
	assert.Equal(t, "limit=2&created%5Bgte%5D=1600000000&customer_details%5Bemail%5D=jenny%40example.com&status=complete", r1.RawQuery)
	assert.Equal(t, "limit=2&created%5Bgte%5D=1600000000&customer_details%5Bemail%5D=jenny%40example.com&status=complete&starting_after=cs_2", r2.RawQuery)
	assert.False(t, i.Meta().HasMore)
}

func TestListDecodesTheReferencePage(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/checkout/sessions", 200, mocktest.Fixture(t, "checkout_session/list.json"))
	var got []*payske.CheckoutSession
	for s, err := range c.List(nil).All() {
		require.NoError(t, err)
		got = append(got, s)
	}
	require.Len(t, got, 1)
	assert.Equal(t, "cs_test_9JAHiKx2kgFg2Snc5Gnop1iNIgawrLGBlo3XBXfWfEicPzx9oXBcytyz", got[0].ID)
	assert.Empty(t, calls.Only(t).RawQuery)
}

// lineItemsPage answers a page of line items of the session cs_1.
func lineItemsPage(ids []string, hasMore bool) []byte {
	data := ""
	for i, id := range ids {
		if i > 0 {
			data += ","
		}
		data += fmt.Sprintf(`{"id":%q,"object":"item","amount_total":299,"currency":"usd","price":{"id":"price_1","object":"price","product":"prod_1"},"quantity":1}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/checkout/sessions/cs_1/line_items","has_more":%t,"data":[%s]}`, hasMore, data))
}

func TestListLineItemsPagesWithoutSendingTheID(t *testing.T) {
	m, c := newClient(t)
	query := "expand%5B0%5D=data.price.product&limit=2"
	first := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_1/line_items?"+query, 200, lineItemsPage([]string{"li_1", "li_2"}, true))
	second := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_1/line_items?"+query+"&starting_after=li_2", 200, lineItemsPage([]string{"li_3"}, false))

	params := &payske.CheckoutSessionListLineItemParams{ID: payske.String("cs_1")}
	params.Limit = payske.Int64(2)
	params.AddExpand("data.price.product")

	var ids []string
	i := c.ListLineItems(params)
	for i.Next() {
		li := i.LineItem()
		assert.Equal(t, "price_1", li.Price.ID)
		assert.Equal(t, &payske.Product{ID: "prod_1"}, li.Price.Product)
		ids = append(ids, li.ID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, []string{"li_1", "li_2", "li_3"}, ids)
	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	mocktest.AssertHeaders(t, r2)
	assert.Equal(t, "/v1/checkout/sessions/cs_1/line_items", r1.Path)
	assert.Equal(t, "expand%5B0%5D=data.price.product&limit=2", r1.RawQuery)
	assert.Equal(t, "expand%5B0%5D=data.price.product&limit=2&starting_after=li_2", r2.RawQuery)
	assert.Equal(t, "/v1/checkout/sessions/cs_1/line_items", i.Meta().URL)
	assert.Equal(t, "cs_1", *params.ID, "the caller's params are not changed")
	assert.Nil(t, params.StartingAfter)
}

func TestListLineItemsWithoutIDFailsBeforeAnyRequest(t *testing.T) {
	cases := []struct {
		name   string
		params *payske.CheckoutSessionListLineItemParams
	}{
		{"nil params", nil},
		{"nil ID", &payske.CheckoutSessionListLineItemParams{}},
		{"empty ID", &payske.CheckoutSessionListLineItemParams{ID: payske.String("")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, c := newClient(t)
			calls := m.Respond(http.MethodGet, "/v1/checkout/sessions//line_items", 200, lineItemsPage([]string{"li_1"}, false))

			i := c.ListLineItems(tc.params)
			assert.False(t, i.Next())
			assert.Nil(t, i.LineItem())
			err := i.Err()
			require.Error(t, err)
			assert.True(t, errors.Is(err, payske.ErrInvalidID))
			assert.Equal(t, "payske: session.ListLineItems: params.ID is required (the Checkout Session whose line items to list)", err.Error())
			assert.False(t, i.Next(), "the iterator stays stopped")

			var seen int
			for _, err := range c.ListLineItems(tc.params).All() {
				require.ErrorIs(t, err, payske.ErrInvalidID)
				seen++
			}
			assert.Equal(t, 1, seen, "All yields the error once")
			assert.Empty(t, calls.All())
			assert.Zero(t, m.Transport.GetTotalCallCount())
		})
	}
}

func TestListLineItemsDecodesTheReferencePage(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_test_1/line_items", 200, mocktest.Fixture(t, "checkout_session/list_line_items.json"))
	i := c.ListLineItems(&payske.CheckoutSessionListLineItemParams{ID: payske.String("cs_test_1")})
	require.True(t, i.Next())
	li := i.LineItem()
	assert.Equal(t, "li_1Jx6ue2eZvKYlo2CPmEdYb2N", li.ID)
	assert.Equal(t, int64(299), li.Price.UnitAmount)
	assert.Equal(t, payske.PriceTypeOneTime, li.Price.Type)
	assert.False(t, i.Next())
	require.NoError(t, i.Err())
}

func TestContextIsHonoured(t *testing.T) {
	m, c := newClient(t)
	get := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_1", 200, mocktest.Fixture(t, "checkout_session/retrieve.json"))
	items := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_1/line_items", 200, lineItemsPage([]string{"li_1"}, false))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	params := &payske.CheckoutSessionParams{}
	params.Context = ctx
	_, err := c.Get("cs_1", params)
	require.ErrorIs(t, err, context.Canceled)

	listParams := &payske.CheckoutSessionListLineItemParams{ID: payske.String("cs_1")}
	listParams.Context = ctx
	i := c.ListLineItems(listParams)
	assert.False(t, i.Next())
	require.ErrorIs(t, i.Err(), context.Canceled)

	assert.Empty(t, get.All())
	assert.Empty(t, items.All())
}

func TestPackageFunctionsUseTheGlobalKeyAndBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	create := m.Respond(http.MethodPost, "/v1/checkout/sessions", 200, mocktest.Fixture(t, "checkout_session/create.json"))
	get := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_1", 200, mocktest.Fixture(t, "checkout_session/retrieve.json"))
	list := m.Respond(http.MethodGet, "/v1/checkout/sessions", 200, mocktest.Fixture(t, "checkout_session/list.json"))
	items := m.Respond(http.MethodGet, "/v1/checkout/sessions/cs_1/line_items", 200, mocktest.Fixture(t, "checkout_session/list_line_items.json"))

	s, err := session.New(&payske.CheckoutSessionParams{Mode: payske.String("setup"), Currency: payske.String("eur")})
	require.NoError(t, err)
	assert.NotEmpty(t, s.ID)
	_, err = session.Get("cs_1", nil)
	require.NoError(t, err)
	it := session.List(nil)
	for it.Next() {
		assert.NotNil(t, it.CheckoutSession())
	}
	require.NoError(t, it.Err())
	li := session.ListLineItems(&payske.CheckoutSessionListLineItemParams{ID: payske.String("cs_1")})
	for li.Next() {
		assert.NotNil(t, li.LineItem())
	}
	require.NoError(t, li.Err())

	for _, calls := range []*mocktest.Calls{create, get, list, items} {
		mocktest.AssertHeaders(t, calls.Only(t))
	}
	assert.Equal(t, "currency=eur&mode=setup", create.Only(t).Body)
	assert.Empty(t, get.Only(t).RawQuery)
	assert.Empty(t, items.Only(t).RawQuery)

	i := session.ListLineItems(nil)
	assert.False(t, i.Next())
	require.ErrorIs(t, i.Err(), payske.ErrInvalidID)
}

func TestMissingGlobalKeyFailsBeforeAnyRequest(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/checkout/sessions", 200, mocktest.Fixture(t, "checkout_session/create.json"))
	payske.Key = ""
	_, err := session.New(&payske.CheckoutSessionParams{Mode: payske.String("payment")})
	require.ErrorIs(t, err, payske.ErrNoAPIKey)
	assert.Empty(t, calls.All())
}
