package payske

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/jsontest"
)

// Every type the backend decodes a customer answer into must carry the
// response.
var (
	_ LastResponseSetter = &Customer{}
	_ LastResponseSetter = &CustomerList{}
)

// customerFixtures are the customer answers of the API reference, plus
// expanded.json, written for these tests with every field set and the
// expandable fields expanded or given as IDs.
var customerFixtures = []string{
	"create.json", "customer_object.json", "delete.json", "expanded.json",
	"list.json", "retrieve.json", "update.json",
}

func readCustomerFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "customer", name))
	require.NoError(t, err)
	return data
}

func decodeCustomerFixture(t *testing.T, name string) *Customer {
	t.Helper()
	c := &Customer{}
	require.NoError(t, json.Unmarshal(readCustomerFixture(t, name), c))
	return c
}

func TestCustomerFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "customer", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, customerFixtures, files)
}

func TestCustomerFixturesRoundTrip(t *testing.T) {
	for _, name := range customerFixtures {
		t.Run(name, func(t *testing.T) {
			var v any = &Customer{}
			if name == "list.json" {
				v = &CustomerList{}
			}
			jsontest.RoundTrip(t, readCustomerFixture(t, name), v)
		})
	}
}

func TestCustomerDecodesTheReferenceObject(t *testing.T) {
	c := decodeCustomerFixture(t, "customer_object.json")

	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", c.ID)
	assert.Equal(t, "customer", c.Object)
	assert.False(t, c.Deleted)
	assert.Nil(t, c.Address)
	assert.Equal(t, int64(0), c.Balance)
	assert.Equal(t, int64(1637070678), c.Created)
	assert.Equal(t, CurrencyUSD, c.Currency)
	assert.Nil(t, c.DefaultSource)
	assert.False(t, c.Delinquent)
	assert.Empty(t, c.Description)
	assert.Nil(t, c.Discount)
	assert.Empty(t, c.Email)
	assert.Equal(t, "3D1D2FB", c.InvoicePrefix)
	require.NotNil(t, c.InvoiceSettings)
	assert.Equal(t, CustomerInvoiceSettings{}, *c.InvoiceSettings, "custom_fields, default_payment_method and footer are null")
	assert.False(t, c.Livemode)
	assert.NotNil(t, c.Metadata)
	assert.Empty(t, c.Metadata)
	assert.Empty(t, c.Name)
	assert.Equal(t, int64(1), c.NextInvoiceSequence)
	assert.Empty(t, c.Phone)
	assert.NotNil(t, c.PreferredLocales, "an empty array, not null")
	assert.Empty(t, c.PreferredLocales)
	assert.Nil(t, c.Shipping)
	assert.Equal(t, CustomerTaxExemptNone, c.TaxExempt)
	assert.Nil(t, c.Sources)
	assert.Nil(t, c.TestClock)
}

func TestCustomerDecodesTheReferenceAnswers(t *testing.T) {
	create := decodeCustomerFixture(t, "create.json")
	assert.Equal(t, "My First Test Customer (created for API docs)", create.Description)

	retrieve := decodeCustomerFixture(t, "retrieve.json")
	assert.Equal(t, "cus_KbfOzdKQ3UK2Fe", retrieve.ID)

	update := decodeCustomerFixture(t, "update.json")
	assert.Equal(t, map[string]string{"order_id": "6735"}, update.Metadata)

	list := &CustomerList{}
	require.NoError(t, json.Unmarshal(readCustomerFixture(t, "list.json"), list))
	assert.Equal(t, "list", list.Object)
	assert.Equal(t, "/v1/customers", list.URL)
	assert.False(t, list.HasMore)
	require.Len(t, list.Data, 1)
	assert.Equal(t, "cus_Kc344PP3X2o0IA", list.Data[0].ID)
	assert.Equal(t, "B24281E", list.Data[0].InvoicePrefix)
	assert.Equal(t, CustomerTaxExemptNone, list.Data[0].TaxExempt)
}

// TestCustomerDecodesTheDeleteAnswer: DELETE /v1/customers/{customer}
// answers with a deleted_customer, which decodes into Customer with Deleted
// set and nothing else but ID and Object, and encodes back with deleted.
func TestCustomerDecodesTheDeleteAnswer(t *testing.T) {
	c := decodeCustomerFixture(t, "delete.json")
	assert.Equal(t, &Customer{ID: "cus_Kc344PP3X2o0IA", Object: "customer", Deleted: true}, c)

	out, err := json.Marshal(c)
	require.NoError(t, err)
	var back map[string]any
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, true, back["deleted"])
	assert.Equal(t, "cus_Kc344PP3X2o0IA", back["id"])
}

func TestCustomerDecodesTheExpandedFixture(t *testing.T) {
	c := decodeCustomerFixture(t, "expanded.json")

	require.NotNil(t, c.Address)
	assert.Equal(t, "94103", c.Address.PostalCode)
	assert.Equal(t, int64(-500), c.Balance, "a credit is negative")
	assert.Equal(t, "Rosen Studio", c.BusinessName)
	assert.Equal(t, "Jenny Rosen", c.IndividualName)
	assert.Equal(t, CurrencyEUR, c.Currency)
	assert.Equal(t, "acct_1Customer", c.CustomerAccount)
	assert.True(t, c.Delinquent)

	require.NotNil(t, c.CashBalance)
	assert.Equal(t, map[string]int64{"eur": 1200}, c.CashBalance.Available)
	assert.Equal(t, "cus_1Expanded", c.CashBalance.Customer)
	assert.Equal(t, CustomerCashBalanceSettingsReconciliationModeManual, c.CashBalance.Settings.ReconciliationMode)
	assert.False(t, c.CashBalance.Settings.UsingMerchantDefault)

	require.NotNil(t, c.Discount)
	assert.Equal(t, "di_1Discount", c.Discount.ID)
	assert.Equal(t, "discount", c.Discount.Object)
	assert.Contains(t, string(c.Discount.RawJSON), `"percent_off": 25`)

	assert.Equal(t, map[string]int64{"eur": 300}, c.InvoiceCreditBalance)
	is := c.InvoiceSettings
	require.NotNil(t, is)
	assert.Equal(t, []*CustomerInvoiceSettingsCustomField{{Name: "VAT", Value: "FR12345678901"}}, is.CustomFields)
	require.NotNil(t, is.DefaultPaymentMethod)
	assert.Equal(t, "pm_1Default", is.DefaultPaymentMethod.ID)
	assert.Equal(t, "payment_method", is.DefaultPaymentMethod.Object)
	assert.Equal(t, "Thank you", is.Footer)
	assert.Equal(t, CustomerInvoiceSettingsRenderingOptionsAmountTaxDisplayIncludeInclusiveTax, is.RenderingOptions.AmountTaxDisplay)
	assert.Equal(t, "inrtem_1Template", is.RenderingOptions.Template)

	assert.Equal(t, int64(7), c.NextInvoiceSequence)
	assert.Equal(t, []string{"fr", "en"}, c.PreferredLocales)
	require.NotNil(t, c.Shipping)
	assert.Equal(t, "Paris", c.Shipping.Address.City)
	assert.Equal(t, "+33123456789", c.Shipping.Phone)

	assert.Equal(t, &PaymentSource{ID: "card_1Default"}, c.DefaultSource)
	require.NotNil(t, c.Sources)
	assert.Equal(t, Int64(1), c.Sources.TotalCount)
	require.Len(t, c.Sources.Data, 1)
	assert.Equal(t, "card_1Default", c.Sources.Data[0].ID)
	assert.Equal(t, PaymentSourceTypeCard, c.Sources.Data[0].Type)
	require.NotNil(t, c.Sources.Data[0].Card)
	assert.Equal(t, "4242", c.Sources.Data[0].Card.Last4)
	assert.Equal(t, &Customer{ID: "cus_1Expanded"}, c.Sources.Data[0].Card.Customer)

	require.NotNil(t, c.Subscriptions)
	assert.Equal(t, "/v1/customers/cus_1Expanded/subscriptions", c.Subscriptions.URL)
	require.Len(t, c.Subscriptions.Data, 1)
	assert.Contains(t, string(c.Subscriptions.Data[0]), `"sub_1Monthly"`)

	require.NotNil(t, c.TaxIDs)
	require.Len(t, c.TaxIDs.Data, 1)
	assert.Contains(t, string(c.TaxIDs.Data[0]), `"eu_vat"`)

	require.NotNil(t, c.Tax)
	assert.Equal(t, CustomerTaxAutomaticTaxSupported, c.Tax.AutomaticTax)
	assert.Equal(t, "192.0.2.10", c.Tax.IPAddress)
	assert.Equal(t, &CustomerTaxLocation{Country: "FR", Source: CustomerTaxLocationSourceBillingAddress}, c.Tax.Location)
	assert.Equal(t, "payske", c.Tax.Provider)
	assert.Equal(t, CustomerTaxExemptReverse, c.TaxExempt)

	require.NotNil(t, c.TestClock)
	assert.Equal(t, "clock_1Clock", c.TestClock.ID)
	assert.Equal(t, "test_helpers.test_clock", c.TestClock.Object)
}

// expandableCustomerFields lists the fields of a customer that hold an ID
// or, expanded, an object: where it sits in the JSON, an object for it, and
// how to read its ID and whether it was decoded as a full object.
var expandableCustomerFields = []struct {
	path   []string
	object string
	get    func(c *Customer) (id string, full bool)
}{
	{[]string{"test_clock"}, `{"id":"clock_1","object":"test_helpers.test_clock","status":"ready"}`,
		func(c *Customer) (string, bool) { return c.TestClock.ID, c.TestClock.Object != "" }},
	{[]string{"invoice_settings", "default_payment_method"}, `{"id":"pm_1","object":"payment_method","type":"card"}`,
		func(c *Customer) (string, bool) {
			return c.InvoiceSettings.DefaultPaymentMethod.ID, c.InvoiceSettings.DefaultPaymentMethod.Object != ""
		}},
}

func TestCustomerExpandableFieldsDecodeFromIDOrObject(t *testing.T) {
	for _, f := range expandableCustomerFields {
		name := strings.Join(f.path, ".")
		var head struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(f.object), &head))

		t.Run(name+"/id", func(t *testing.T) {
			data := nestJSON(f.path, strconv.Quote(head.ID))
			c := &Customer{}
			require.NoError(t, json.Unmarshal([]byte(data), c))
			id, full := f.get(c)
			assert.Equal(t, head.ID, id)
			assert.False(t, full)

			out, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, strconv.Quote(head.ID), string(lookupJSON(t, out, f.path)),
				"an ID-only reference encodes as the bare ID")
			jsontest.RoundTrip(t, []byte(data), &Customer{})
		})

		t.Run(name+"/object", func(t *testing.T) {
			data := nestJSON(f.path, f.object)
			c := &Customer{}
			require.NoError(t, json.Unmarshal([]byte(data), c))
			id, full := f.get(c)
			assert.Equal(t, head.ID, id)
			assert.True(t, full)
			jsontest.RoundTrip(t, []byte(data), &Customer{})
		})
	}
}

// TestCustomerDefaultSourceDecodesFromAnIDOrByObject: an unexpanded
// default_source is the source's ID alone, and encodes back as that ID; an
// expanded one is a card, a bank account or a source, told apart by its
// "object" value.
func TestCustomerDefaultSourceDecodesFromAnIDOrByObject(t *testing.T) {
	cases := []struct {
		name   string
		source string
		check  func(t *testing.T, s *PaymentSource)
	}{
		{"bare card ID", `"card_1Default"`, func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, &PaymentSource{ID: "card_1Default"}, s)
		}},
		{"bare bank account ID", `"ba_1Default"`, func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, &PaymentSource{ID: "ba_1Default"}, s)
		}},
		{"bare source ID", `"src_1Default"`, func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, &PaymentSource{ID: "src_1Default"}, s)
		}},
		{"card", `{"id":"card_1","object":"card","brand":"Visa","last4":"4242","exp_month":8,"exp_year":2030}`,
			func(t *testing.T, s *PaymentSource) {
				assert.Equal(t, "card_1", s.ID)
				assert.Equal(t, PaymentSourceTypeCard, s.Type)
				require.NotNil(t, s.Card)
				assert.Equal(t, CardBrandVisa, s.Card.Brand)
				assert.Equal(t, "4242", s.Card.Last4)
				assert.Nil(t, s.BankAccount)
				assert.Nil(t, s.SourceObject)
			}},
		{"bank account", `{"id":"ba_1","object":"bank_account","bank_name":"STRIPE TEST BANK","last4":"6789","status":"new"}`,
			func(t *testing.T, s *PaymentSource) {
				assert.Equal(t, "ba_1", s.ID)
				assert.Equal(t, PaymentSourceTypeBankAccount, s.Type)
				require.NotNil(t, s.BankAccount)
				assert.Equal(t, "6789", s.BankAccount.Last4)
				assert.Equal(t, BankAccountStatusNew, s.BankAccount.Status)
				assert.Nil(t, s.Card)
			}},
		{"source", `{"id":"src_1","object":"source"}`, func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, "src_1", s.ID)
			assert.Equal(t, PaymentSourceTypeSource, s.Type)
			require.NotNil(t, s.SourceObject)
			assert.Equal(t, "src_1", s.SourceObject.ID)
			assert.Nil(t, s.Card)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(`{"id":"cus_1","object":"customer","default_source":` + tc.source + `}`)
			c := &Customer{}
			require.NoError(t, json.Unmarshal(data, c))
			require.NotNil(t, c.DefaultSource)
			tc.check(t, c.DefaultSource)

			out, err := json.Marshal(c)
			require.NoError(t, err)
			if strings.HasPrefix(tc.source, `"`) {
				assert.Equal(t, tc.source, string(lookupJSON(t, out, []string{"default_source"})),
					"an ID-only source encodes as the bare ID")
			}
			jsontest.RoundTrip(t, data, &Customer{})
		})
	}
}

// TestCustomerAsAnExpandableReference: a customer pointed to by another
// object (a charge, a refund, a card) is an ID, a customer or a deleted
// customer.
func TestCustomerAsAnExpandableReference(t *testing.T) {
	cases := []struct {
		name string
		data string
		want *Customer
	}{
		{"bare ID", `"cus_1"`, &Customer{ID: "cus_1"}},
		{"customer", `{"id":"cus_1","object":"customer","email":"a@b.c","balance":7}`,
			&Customer{ID: "cus_1", Object: "customer", Email: "a@b.c", Balance: 7}},
		{"deleted customer", `{"id":"cus_1","object":"customer","deleted":true}`,
			&Customer{ID: "cus_1", Object: "customer", Deleted: true}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(`{"id":"re_1","object":"refund","customer":` + tc.data + `}`)
			r := &Refund{}
			require.NoError(t, json.Unmarshal(data, r))
			assert.Equal(t, tc.want, r.Customer)
			jsontest.RoundTrip(t, data, &Refund{})
		})
	}
}

func TestCustomerTypesMarshalAnIDOnlyValueAsTheBareID(t *testing.T) {
	cases := []struct {
		name string
		v    any
		want string
	}{
		{"Customer", Customer{ID: "cus_1"}, `"cus_1"`},
		{"*Customer with LastResponse", &Customer{ID: "cus_1", APIResource: APIResource{LastResponse: &APIResponse{}}}, `"cus_1"`},
		{"TestClock", &TestClock{ID: "clock_1"}, `"clock_1"`},
		{"CustomerDiscount", &CustomerDiscount{ID: "di_1"}, `"di_1"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(out))
		})
	}

	for _, c := range []*Customer{{ID: "cus_1", Deleted: true}, {ID: "cus_1", Balance: -1}, {}} {
		out, err := json.Marshal(c)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(out), "{"), "got %s", out)
	}
}

func TestCustomerUnmarshalRejectsBrokenJSON(t *testing.T) {
	fixture := readCustomerFixture(t, "expanded.json")
	cases := []struct {
		name string
		data string
	}{
		{"empty", ``},
		{"not JSON", `customer`},
		{"truncated", string(fixture[:len(fixture)/2])},
		{"unterminated bare ID", `"cus_1`},
		{"trailing garbage", `{"id":"cus_1"}}`},
		{"a number", `42`},
		{"balance of the wrong type", `{"balance":"5"}`},
		{"deleted of the wrong type", `{"deleted":"true"}`},
		{"preferred_locales of the wrong type", `{"preferred_locales":"fr"}`},
		{"test_clock of the wrong type", `{"test_clock":7}`},
		{"discount of the wrong type", `{"discount":[]}`},
		{"invoice_credit_balance of the wrong type", `{"invoice_credit_balance":{"eur":"1"}}`},
		{"subscriptions of the wrong type", `{"subscriptions":{"data":{}}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(tc.data), &Customer{}))
		})
	}
}

func TestCustomerUnmarshalNullLeavesTheValueAlone(t *testing.T) {
	c := &Customer{ID: "cus_1"}
	require.NoError(t, json.Unmarshal([]byte(`null`), c))
	assert.Equal(t, &Customer{ID: "cus_1"}, c)

	clock := &TestClock{ID: "clock_1"}
	require.NoError(t, json.Unmarshal([]byte(`null`), clock))
	assert.Equal(t, &TestClock{ID: "clock_1"}, clock)
}

// TestCustomerParamsEncoding checks the wire form of the nested and list
// parameters, which the package tests exercise only in part.
func TestCustomerParamsEncoding(t *testing.T) {
	cases := []struct {
		name   string
		params any
		want   string
	}{
		{"source as a plain ID", &CustomerParams{Source: &SourceParams{Token: String("tok_visa")}}, "source=tok_visa"},
		{"preferred locales", &CustomerParams{PreferredLocales: StringSlice([]string{"fr", "en"})},
			"preferred_locales[0]=fr&preferred_locales[1]=en"},
		{"tax id data", &CustomerParams{TaxIDData: []*CustomerTaxIDDataParams{
			{Type: String("eu_vat"), Value: String("FR1")}, {Type: String("us_ein"), Value: String("12-3")}}},
			"tax_id_data[0][type]=eu_vat&tax_id_data[0][value]=FR1&tax_id_data[1][type]=us_ein&tax_id_data[1][value]=12-3"},
		{"invoice settings", &CustomerParams{InvoiceSettings: &CustomerInvoiceSettingsParams{
			CustomFields:         []*CustomerInvoiceSettingsCustomFieldParams{{Name: String("VAT"), Value: String("FR1")}},
			DefaultPaymentMethod: String("pm_1"),
			Footer:               String(""),
			RenderingOptions:     &CustomerInvoiceSettingsRenderingOptionsParams{AmountTaxDisplay: String("exclude_tax")},
		}}, "invoice_settings[custom_fields][0][name]=VAT&invoice_settings[custom_fields][0][value]=FR1" +
			"&invoice_settings[default_payment_method]=pm_1&invoice_settings[footer]=" +
			"&invoice_settings[rendering_options][amount_tax_display]=exclude_tax"},
		{"tax and cash balance", &CustomerParams{
			CashBalance: &CustomerCashBalanceParams{Settings: &CustomerCashBalanceSettingsParams{ReconciliationMode: String("manual")}},
			Tax:         &CustomerTaxParams{IPAddress: String("192.0.2.1"), ValidateLocation: String("immediately")},
		}, "cash_balance[settings][reconciliation_mode]=manual&tax[ip_address]=192.0.2.1&tax[validate_location]=immediately"},
		{"inline card", &CustomerParams{Card: &CustomerCardParams{
			Number: String("4242424242424242"), ExpMonth: Int64(8), ExpYear: Int64(2030), CVC: String("123"),
			NetworkToken: &CustomerCardNetworkTokenParams{Number: String("4000")}, Metadata: map[string]string{"k": "v"},
		}}, "card[cvc]=123&card[exp_month]=8&card[exp_year]=2030&card[metadata][k]=v&card[network_token][number]=4000&card[number]=4242424242424242"},
		{"inline bank account", &CustomerParams{BankAccount: &CustomerBankAccountParams{
			AccountNumber: String("000123456789"), Country: String("US"), Object: String("bank_account"),
		}}, "bank_account[account_number]=000123456789&bank_account[country]=US&bank_account[object]=bank_account"},
		{"unset with empty strings", &CustomerParams{TaxExempt: String(""), IndividualName: String(""), Phone: String("")},
			"individual_name=&phone=&tax_exempt="},
		{"list by email and clock", &CustomerListParams{Email: String("a@b.c"), TestClock: String("clock_1")},
			"email=a@b.c&test_clock=clock_1"},
		{"list created exactly", &CustomerListParams{Created: Int64(1600000000)}, "created=1600000000"},
		{"list created in a range", &CustomerListParams{CreatedRange: &RangeQueryParams{
			GreaterThanOrEqual: Int64(1600000000), LesserThan: Int64(1700000000)}},
			"created[gte]=1600000000&created[lt]=1700000000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			values := &form.Values{}
			form.AppendTo(values, tc.params)
			var pairs []string
			values.Range(func(k, v string) { pairs = append(pairs, k+"="+v) })
			assert.Equal(t, tc.want, strings.Join(pairs, "&"))
		})
	}
}

func FuzzCustomerUnmarshal(f *testing.F) {
	for _, name := range customerFixtures {
		f.Add(readCustomerFixture(f, name))
	}
	for _, seed := range []string{`"cus_1"`, `null`, `{}`, `{"deleted":true}`,
		`{"default_source":"card_1"}`, `{"default_source":{"id":"ba_1","object":"bank_account"}}`,
		`{"test_clock":{"id":"clock_1"}}`, `{"discount":"di_1"}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Customer
		if json.Unmarshal(data, &c) != nil {
			return
		}
		if _, err := json.Marshal(&c); err != nil {
			t.Fatalf("decoded %q but cannot encode it again: %v", data, err)
		}
	})
}
