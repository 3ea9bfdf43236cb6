package customer_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/mocktest"
)

func newClient(t *testing.T) (*mocktest.Mock, customer.Client) {
	m := mocktest.New(t)
	return m, customer.Client{B: m.Backend, Key: mocktest.Key}
}

func TestNewSendsEveryCreateParameterOnTheWire(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers", 200, mocktest.Fixture(t, "customer/create.json"))

	params := &payske.CustomerParams{
		Address:      &payske.AddressParams{Line1: payske.String("1 Main St"), City: payske.String("Paris"), Country: payske.String("FR")},
		Balance:      payske.Int64(-500),
		BusinessName: payske.String("Rosen Studio"),
		CashBalance: &payske.CustomerCashBalanceParams{
			Settings: &payske.CustomerCashBalanceSettingsParams{ReconciliationMode: payske.String("manual")},
		},
		Coupon:         payske.String("SPRING"),
		Description:    payske.String("Jenny"),
		Email:          payske.String("jenny.rosen@example.com"),
		IndividualName: payske.String("Jenny Rosen"),
		InvoicePrefix:  payske.String("JR"),
		InvoiceSettings: &payske.CustomerInvoiceSettingsParams{
			CustomFields: []*payske.CustomerInvoiceSettingsCustomFieldParams{
				{Name: payske.String("VAT"), Value: payske.String("FR1")},
			},
			DefaultPaymentMethod: payske.String("pm_1"),
			Footer:               payske.String("Thanks"),
			RenderingOptions: &payske.CustomerInvoiceSettingsRenderingOptionsParams{
				AmountTaxDisplay: payske.String("exclude_tax"),
				Template:         payske.String("inrtem_1"),
			},
		},
		Name:                payske.String("Jenny Rosen"),
		NextInvoiceSequence: payske.Int64(7),
		PaymentMethod:       payske.String("pm_card_visa"),
		Phone:               payske.String("+33123456789"),
		PreferredLocales:    payske.StringSlice([]string{"fr", "en"}),
		PromotionCode:       payske.String("promo_1"),
		Shipping: &payske.ShippingDetailsParams{
			Name:    payske.String("Jenny Rosen"),
			Address: &payske.AddressParams{Line1: payske.String("1 Rue de Rivoli")},
			Phone:   payske.String("+33123456789"),
		},
		Source:    &payske.SourceParams{Token: payske.String("tok_visa")},
		Tax:       &payske.CustomerTaxParams{IPAddress: payske.String("192.0.2.1"), ValidateLocation: payske.String("deferred")},
		TaxExempt: payske.String("reverse"),
		TaxIDData: []*payske.CustomerTaxIDDataParams{
			{Type: payske.String("eu_vat"), Value: payske.String("FR12345678901")},
		},
		TestClock: payske.String("clock_1"),
	}
	params.AddMetadata("tier", "gold")
	params.AddExpand("default_source")
	params.SetIdempotencyKey("customer-jenny")

	cus, err := c.New(params)
	require.NoError(t, err)

	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodPost, req.Method)
	assert.Equal(t, "/v1/customers", req.Path)
	assert.Empty(t, req.RawQuery)
	assert.Equal(t, "customer-jenny", req.Header.Get("Idempotency-Key"))
	assert.Equal(t, "expand%5B0%5D=default_source&metadata%5Btier%5D=gold"+
		"&address%5Bcity%5D=Paris&address%5Bcountry%5D=FR&address%5Bline1%5D=1+Main+St"+
		"&balance=-500&business_name=Rosen+Studio&cash_balance%5Bsettings%5D%5Breconciliation_mode%5D=manual"+
		"&coupon=SPRING&description=Jenny&email=jenny.rosen%40example.com&individual_name=Jenny+Rosen&invoice_prefix=JR"+
		"&invoice_settings%5Bcustom_fields%5D%5B0%5D%5Bname%5D=VAT&invoice_settings%5Bcustom_fields%5D%5B0%5D%5Bvalue%5D=FR1"+
		"&invoice_settings%5Bdefault_payment_method%5D=pm_1&invoice_settings%5Bfooter%5D=Thanks"+
		"&invoice_settings%5Brendering_options%5D%5Bamount_tax_display%5D=exclude_tax"+
		"&invoice_settings%5Brendering_options%5D%5Btemplate%5D=inrtem_1"+
		"&name=Jenny+Rosen&next_invoice_sequence=7&payment_method=pm_card_visa&phone=%2B33123456789"+
		"&preferred_locales%5B0%5D=fr&preferred_locales%5B1%5D=en&promotion_code=promo_1"+
		"&shipping%5Baddress%5D%5Bline1%5D=1+Rue+de+Rivoli&shipping%5Bname%5D=Jenny+Rosen&shipping%5Bphone%5D=%2B33123456789"+
		"&source=tok_visa&tax%5Bip_address%5D=192.0.2.1&tax%5Bvalidate_location%5D=deferred&tax_exempt=reverse"+
		"&tax_id_data%5B0%5D%5Btype%5D=eu_vat&tax_id_data%5B0%5D%5Bvalue%5D=FR12345678901&test_clock=clock_1", req.Body)

	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", cus.ID)
	assert.Equal(t, "My First Test Customer (created for API docs)", cus.Description)
	require.NotNil(t, cus.LastResponse)
	assert.Equal(t, "req_mock", cus.LastResponse.RequestID)
	assert.Equal(t, "customer-jenny", cus.LastResponse.IdempotencyKey)
}

func TestNewWithoutParamsSendsAnEmptyBody(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers", 200, mocktest.Fixture(t, "customer/create.json"))

	cus, err := c.New(nil)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.Body)
	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", cus.ID)
}

func TestGetSendsExpandAsQuery(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/customers/cus_123", 200, mocktest.Fixture(t, "customer/retrieve.json"))
	params := &payske.CustomerParams{}
	params.AddExpand("default_source")
	params.AddExpand("sources")

	cus, err := c.Get("cus_123", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, http.MethodGet, req.Method)
	assert.Equal(t, "/v1/customers/cus_123", req.Path)
	assert.Equal(t, "expand%5B0%5D=default_source&expand%5B1%5D=sources", req.RawQuery)
	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", cus.ID)
	assert.Equal(t, payske.CustomerTaxExemptNone, cus.TaxExempt)
}

func TestGetReturnsADeletedCustomer(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodGet, "/v1/customers/cus_Kc344PP3X2o0IA", 200, mocktest.Fixture(t, "customer/delete.json"))
	cus, err := c.Get("cus_Kc344PP3X2o0IA", nil)
	require.NoError(t, err)
	assert.True(t, cus.Deleted)
	assert.Equal(t, "cus_Kc344PP3X2o0IA", cus.ID)
}

func TestMethodsEscapeTheID(t *testing.T) {
	const escaped = "/v1/customers/cus_1%2F..%2Fsources"
	m, c := newClient(t)
	get := m.Respond(http.MethodGet, escaped, 200, mocktest.Fixture(t, "customer/retrieve.json"))
	update := m.Respond(http.MethodPost, escaped, 200, mocktest.Fixture(t, "customer/update.json"))
	del := m.Respond(http.MethodDelete, escaped, 200, mocktest.Fixture(t, "customer/delete.json"))

	_, err := c.Get("cus_1/../sources", nil)
	require.NoError(t, err)
	_, err = c.Update("cus_1/../sources", nil)
	require.NoError(t, err)
	_, err = c.Del("cus_1/../sources", nil)
	require.NoError(t, err)
	for _, calls := range []*mocktest.Calls{get, update, del} {
		assert.Equal(t, escaped, calls.Only(t).Path)
	}
}

func TestMethodsRefuseAnEmptyID(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/", 200, mocktest.Fixture(t, "customer/update.json"))
	for name, call := range map[string]func() (*payske.Customer, error){
		"Get":    func() (*payske.Customer, error) { return c.Get("", nil) },
		"Update": func() (*payske.Customer, error) { return c.Update("", &payske.CustomerParams{}) },
		"Del":    func() (*payske.Customer, error) { return c.Del("", nil) },
	} {
		t.Run(name, func(t *testing.T) {
			cus, err := call()
			assert.Nil(t, cus)
			require.ErrorIs(t, err, payske.ErrInvalidID)
			assert.Contains(t, err.Error(), "customer ID is empty")
		})
	}
	assert.Empty(t, calls.All())
}

func TestUpdateSendsOnlyWhatIsSet(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_123", 200, mocktest.Fixture(t, "customer/update.json"))
	params := &payske.CustomerParams{
		DefaultSource: payske.String("card_2"),
		Description:   payske.String(""),
		TaxExempt:     payske.String(""),
	}
	params.AddMetadata("order_id", "6735")

	cus, err := c.Update("cus_123", params)
	require.NoError(t, err)
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Equal(t, "/v1/customers/cus_123", req.Path)
	assert.Equal(t, "metadata%5Border_id%5D=6735&default_source=card_2&description=&tax_exempt=", req.Body,
		"an empty string unsets a field")
	assert.Equal(t, "6735", cus.Metadata["order_id"])
}

func TestUpdateSendsTheUpdateOnlyParameters(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodPost, "/v1/customers/cus_123", 200, mocktest.Fixture(t, "customer/update.json"))
	params := &payske.CustomerParams{
		BankAccount: &payske.CustomerBankAccountParams{
			AccountHolderName: payske.String("Jenny Rosen"),
			AccountHolderType: payske.String("individual"),
			AccountNumber:     payske.String("000123456789"),
			Country:           payske.String("US"),
			Currency:          payske.String("usd"),
			Object:            payske.String("bank_account"),
			RoutingNumber:     payske.String("110000000"),
		},
		Card: &payske.CustomerCardParams{
			AddressZip:   payske.String("94103"),
			CVC:          payske.String("123"),
			ExpMonth:     payske.Int64(8),
			ExpYear:      payske.Int64(2030),
			Name:         payske.String("Jenny Rosen"),
			NetworkToken: &payske.CustomerCardNetworkTokenParams{Number: payske.String("4000000000000002")},
			Number:       payske.String("4242424242424242"),
			Object:       payske.String("card"),
		},
		DefaultAlipayAccount: payske.String("aliacc_1"),
		DefaultBankAccount:   payske.String("ba_1"),
		DefaultCard:          payske.String("card_1"),
		Tax:                  &payske.CustomerTaxParams{ValidateLocation: payske.String("auto")},
	}

	_, err := c.Update("cus_123", params)
	require.NoError(t, err)
	assert.Equal(t, "bank_account%5Baccount_holder_name%5D=Jenny+Rosen&bank_account%5Baccount_holder_type%5D=individual"+
		"&bank_account%5Baccount_number%5D=000123456789&bank_account%5Bcountry%5D=US&bank_account%5Bcurrency%5D=usd"+
		"&bank_account%5Bobject%5D=bank_account&bank_account%5Brouting_number%5D=110000000"+
		"&card%5Baddress_zip%5D=94103&card%5Bcvc%5D=123&card%5Bexp_month%5D=8&card%5Bexp_year%5D=2030"+
		"&card%5Bname%5D=Jenny+Rosen&card%5Bnetwork_token%5D%5Bnumber%5D=4000000000000002"+
		"&card%5Bnumber%5D=4242424242424242&card%5Bobject%5D=card"+
		"&default_alipay_account=aliacc_1&default_bank_account=ba_1&default_card=card_1"+
		"&tax%5Bvalidate_location%5D=auto", calls.Only(t).Body)
}

func TestDelReturnsTheDeletedCustomer(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodDelete, "/v1/customers/cus_Kc344PP3X2o0IA", 200, mocktest.Fixture(t, "customer/delete.json"))

	cus, err := c.Del("cus_Kc344PP3X2o0IA", nil)
	require.NoError(t, err)
	_, err = c.Del("cus_Kc344PP3X2o0IA", &payske.CustomerParams{})
	require.NoError(t, err)

	reqs := calls.All()
	require.Len(t, reqs, 2)
	for _, req := range reqs {
		mocktest.AssertHeaders(t, req)
		assert.Equal(t, http.MethodDelete, req.Method)
		assert.Equal(t, "/v1/customers/cus_Kc344PP3X2o0IA", req.Path)
		assert.Empty(t, req.RawQuery)
	}
	assert.True(t, cus.Deleted)
	assert.Equal(t, "cus_Kc344PP3X2o0IA", cus.ID)
	assert.Equal(t, "customer", cus.Object)
	require.NotNil(t, cus.LastResponse)
	assert.Equal(t, "req_mock", cus.LastResponse.RequestID)
}

// customerPage is a list answer holding customers with the given IDs.
func customerPage(ids []string, hasMore bool) []byte {
	data := ""
	for i, id := range ids {
		if i > 0 {
			data += ","
		}
		data += fmt.Sprintf(`{"id":%q,"object":"customer","email":"jenny.rosen@example.com","tax_exempt":"none"}`, id)
	}
	return []byte(fmt.Sprintf(`{"object":"list","url":"/v1/customers","has_more":%t,"data":[%s]}`, hasMore, data))
}

func TestListSendsFiltersAndPages(t *testing.T) {
	m, c := newClient(t)
	first := m.Respond(http.MethodGet, "/v1/customers?email=jenny.rosen%40example.com&expand%5B0%5D=data.default_source&limit=2&test_clock=clock_1",
		200, customerPage([]string{"cus_3", "cus_2"}, true))
	second := m.Respond(http.MethodGet, "/v1/customers?email=jenny.rosen%40example.com&expand%5B0%5D=data.default_source&limit=2&starting_after=cus_2&test_clock=clock_1",
		200, customerPage([]string{"cus_1"}, false))

	params := &payske.CustomerListParams{
		Email:     payske.String("jenny.rosen@example.com"),
		TestClock: payske.String("clock_1"),
	}
	params.Limit = payske.Int64(2)
	params.AddExpand("data.default_source")

	var ids []string
	i := c.List(params)
	for i.Next() {
		ids = append(ids, i.Customer().ID)
	}
	require.NoError(t, i.Err())
	assert.Equal(t, []string{"cus_3", "cus_2", "cus_1"}, ids)
	r1, r2 := first.Only(t), second.Only(t)
	mocktest.AssertHeaders(t, r1)
	mocktest.AssertHeaders(t, r2)
	assert.Equal(t, "/v1/customers", r1.Path)
	assert.Equal(t, "expand%5B0%5D=data.default_source&limit=2&email=jenny.rosen%40example.com&test_clock=clock_1", r1.RawQuery)
	assert.Equal(t, "expand%5B0%5D=data.default_source&limit=2&email=jenny.rosen%40example.com&test_clock=clock_1&starting_after=cus_2", r2.RawQuery)
	assert.False(t, i.Meta().HasMore)
	assert.Nil(t, params.StartingAfter, "the caller's params are left alone")
}

func TestListSendsTheCreatedFilter(t *testing.T) {
	cases := []struct {
		name   string
		params *payske.CustomerListParams
		query  string
	}{
		{"exactly", &payske.CustomerListParams{Created: payske.Int64(1637070678)}, "created=1637070678"},
		{"in a range", &payske.CustomerListParams{CreatedRange: &payske.RangeQueryParams{
			GreaterThanOrEqual: payske.Int64(1600000000), LesserThanOrEqual: payske.Int64(1700000000),
		}}, "created%5Bgte%5D=1600000000&created%5Blte%5D=1700000000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, c := newClient(t)
			calls := m.Respond(http.MethodGet, "/v1/customers", 200, mocktest.Fixture(t, "customer/list.json"))
			i := c.List(tc.params)
			for i.Next() {
			}
			require.NoError(t, i.Err())
			assert.Equal(t, tc.query, calls.Only(t).RawQuery)
		})
	}
}

func TestListDecodesTheReferencePage(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodGet, "/v1/customers", 200, mocktest.Fixture(t, "customer/list.json"))
	var got []*payske.Customer
	for cus, err := range c.List(nil).All() {
		require.NoError(t, err)
		got = append(got, cus)
	}
	req := calls.Only(t)
	mocktest.AssertHeaders(t, req)
	assert.Empty(t, req.RawQuery)
	require.Len(t, got, 1)
	assert.Equal(t, "cus_Kc344PP3X2o0IA", got[0].ID)
	assert.Equal(t, payske.CurrencyUSD, got[0].Currency)
}

func TestUnknownCustomerIsAnInvalidRequestError(t *testing.T) {
	m, c := newClient(t)
	m.Respond(http.MethodGet, "/v1/customers/cus_missing", 404, []byte(`{"error":{"type":"invalid_request_error","code":"resource_missing","param":"id","message":"No such customer: 'cus_missing'"}}`))
	cus, err := c.Get("cus_missing", nil)
	assert.Nil(t, cus)
	var invalid *payske.InvalidRequestError
	require.ErrorAs(t, err, &invalid)
	var perr *payske.Error
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, 404, perr.HTTPStatusCode)
	assert.Equal(t, "id", perr.Param)
}

func TestContextIsHonoured(t *testing.T) {
	m, c := newClient(t)
	calls := m.Respond(http.MethodDelete, "/v1/customers/cus_1", 200, mocktest.Fixture(t, "customer/delete.json"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	params := &payske.CustomerParams{}
	params.Context = ctx
	_, err := c.Del("cus_1", params)
	require.ErrorIs(t, err, context.Canceled)
	assert.Empty(t, calls.All())
}

func TestPackageFunctionsUseTheGlobalKeyAndBackend(t *testing.T) {
	m := mocktest.NewGlobal(t)
	create := m.Respond(http.MethodPost, "/v1/customers", 200, mocktest.Fixture(t, "customer/create.json"))
	get := m.Respond(http.MethodGet, "/v1/customers/cus_1", 200, mocktest.Fixture(t, "customer/retrieve.json"))
	update := m.Respond(http.MethodPost, "/v1/customers/cus_1", 200, mocktest.Fixture(t, "customer/update.json"))
	del := m.Respond(http.MethodDelete, "/v1/customers/cus_1", 200, mocktest.Fixture(t, "customer/delete.json"))
	list := m.Respond(http.MethodGet, "/v1/customers", 200, mocktest.Fixture(t, "customer/list.json"))

	created, err := customer.New(&payske.CustomerParams{Email: payske.String("a@b.c")})
	require.NoError(t, err)
	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", created.ID)

	getParams := &payske.CustomerParams{}
	getParams.AddExpand("tax")
	got, err := customer.Get("cus_1", getParams)
	require.NoError(t, err)
	assert.Equal(t, "3D1D2FB", got.InvoicePrefix)

	updated, err := customer.Update("cus_1", &payske.CustomerParams{Name: payske.String("Jenny")})
	require.NoError(t, err)
	assert.Equal(t, "6735", updated.Metadata["order_id"])

	deleted, err := customer.Del("cus_1", nil)
	require.NoError(t, err)
	assert.True(t, deleted.Deleted)

	listParams := &payske.CustomerListParams{Email: payske.String("a@b.c")}
	var ids []string
	it := customer.List(listParams)
	for it.Next() {
		ids = append(ids, it.Customer().ID)
	}
	require.NoError(t, it.Err())
	assert.Equal(t, []string{"cus_Kc344PP3X2o0IA"}, ids)

	for _, calls := range []*mocktest.Calls{create, get, update, del, list} {
		mocktest.AssertHeaders(t, calls.Only(t))
	}
	assert.Equal(t, "email=a%40b.c", create.Only(t).Body)
	assert.Equal(t, "expand%5B0%5D=tax", get.Only(t).RawQuery)
	assert.Equal(t, "name=Jenny", update.Only(t).Body)
	assert.Empty(t, del.Only(t).RawQuery)
	assert.Equal(t, "email=a%40b.c", list.Only(t).RawQuery)
}

func TestMissingGlobalKeyFailsBeforeAnyRequest(t *testing.T) {
	m := mocktest.NewGlobal(t)
	calls := m.Respond(http.MethodPost, "/v1/customers", 200, mocktest.Fixture(t, "customer/create.json"))
	payske.Key = ""
	_, err := customer.New(&payske.CustomerParams{})
	require.True(t, errors.Is(err, payske.ErrNoAPIKey))
	assert.Empty(t, calls.All())
}
