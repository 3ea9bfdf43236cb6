package payske

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/jsontest"
)

// Every type the backend decodes a Checkout Session answer into must carry
// the response.
var (
	_ LastResponseSetter = &CheckoutSession{}
	_ LastResponseSetter = &CheckoutSessionList{}
	_ LastResponseSetter = &LineItem{}
	_ LastResponseSetter = &LineItemList{}
	_ LastResponseSetter = &Price{}
)

// checkoutSessionFixtures are the Checkout Session answers of the API
// reference, plus expanded.json, written for these tests with every field
// set and every expandable field expanded.
var checkoutSessionFixtures = []string{
	"create.json", "expanded.json", "list.json", "list_line_items.json",
	"retrieve.json", "session_object.json",
}

func readCheckoutSessionFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "checkout_session", name))
	require.NoError(t, err)
	return data
}

// checkoutSessionFixtureTarget returns the value a fixture decodes into.
func checkoutSessionFixtureTarget(name string) any {
	switch name {
	case "list.json":
		return &CheckoutSessionList{}
	case "list_line_items.json":
		return &LineItemList{}
	}
	return &CheckoutSession{}
}

func decodeCheckoutSessionFixture(t *testing.T, name string) *CheckoutSession {
	t.Helper()
	s := &CheckoutSession{}
	require.NoError(t, json.Unmarshal(readCheckoutSessionFixture(t, name), s))
	return s
}

func TestCheckoutSessionFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "checkout_session", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, checkoutSessionFixtures, files)
}

func TestCheckoutSessionFixturesRoundTrip(t *testing.T) {
	for _, name := range checkoutSessionFixtures {
		t.Run(name, func(t *testing.T) {
			jsontest.RoundTrip(t, readCheckoutSessionFixture(t, name), checkoutSessionFixtureTarget(name))
		})
	}
}

func TestCheckoutSessionDecodesTheReferenceObject(t *testing.T) {
	s := decodeCheckoutSessionFixture(t, "session_object.json")

	assert.Equal(t, "cs_test_9JAHiKx2kgFg2Snc5Gnop1iNIgawrLGBlo3XBXfWfEicPzx9oXBcytyz", s.ID)
	assert.Equal(t, "checkout.session", s.Object)
	assert.Equal(t, CheckoutSessionModePayment, s.Mode)
	assert.Equal(t, CheckoutSessionStatusExpired, s.Status)
	assert.Equal(t, CheckoutSessionPaymentStatusUnpaid, s.PaymentStatus)
	assert.Equal(t, int64(1637227692), s.ExpiresAt)
	assert.Equal(t, "https://example.com/cancel", s.CancelURL)
	assert.Equal(t, "https://example.com/success", s.SuccessURL)
	assert.Empty(t, s.URL)
	assert.Equal(t, []CheckoutSessionPaymentMethodType{CheckoutSessionPaymentMethodTypeCard}, s.PaymentMethodTypes)
	assert.Equal(t, &PaymentIntent{ID: "pi_1DpdOt2eZvKYlo2CFOGrwsj4"}, s.PaymentIntent,
		"an unexpanded payment_intent sets only the ID")
	require.NotNil(t, s.AutomaticTax)
	assert.Equal(t, CheckoutSessionAutomaticTax{}, *s.AutomaticTax)
	require.NotNil(t, s.PhoneNumberCollection)
	assert.False(t, s.PhoneNumberCollection.Enabled)
	require.NotNil(t, s.PaymentMethodOptions, "an empty object is not null")
	assert.Nil(t, s.PaymentMethodOptions.Card)
	assert.NotNil(t, s.Metadata)
	assert.Empty(t, s.Metadata)
	assert.NotNil(t, s.ShippingOptions)
	assert.Empty(t, s.ShippingOptions)

	for name, v := range map[string]any{
		"after_expiration": s.AfterExpiration, "consent": s.Consent, "consent_collection": s.ConsentCollection,
		"customer": s.Customer, "customer_details": s.CustomerDetails, "setup_intent": s.SetupIntent,
		"shipping": s.Shipping, "shipping_address_collection": s.ShippingAddressCollection,
		"shipping_rate": s.ShippingRate, "subscription": s.Subscription, "total_details": s.TotalDetails,
		"line_items": s.LineItems,
	} {
		assert.True(t, reflect.ValueOf(v).IsNil(), "%s is null", name)
	}
	assert.Empty(t, s.Currency)
	assert.Empty(t, s.Locale)
	assert.Empty(t, s.SubmitType)
	assert.Empty(t, s.BillingAddressCollection)
}

func TestCheckoutSessionDecodesTheReferenceAnswers(t *testing.T) {
	create := decodeCheckoutSessionFixture(t, "create.json")
	assert.Equal(t, "https://checkout.payske.com/pay/...", create.URL)

	retrieve := decodeCheckoutSessionFixture(t, "retrieve.json")
	assert.Equal(t, CheckoutSessionStatusExpired, retrieve.Status)

	list := &CheckoutSessionList{}
	require.NoError(t, json.Unmarshal(readCheckoutSessionFixture(t, "list.json"), list))
	assert.Equal(t, "/v1/checkout/sessions", list.URL)
	require.Len(t, list.Data, 1)
	assert.Equal(t, CheckoutSessionModePayment, list.Data[0].Mode)

	items := &LineItemList{}
	require.NoError(t, json.Unmarshal(readCheckoutSessionFixture(t, "list_line_items.json"), items))
	assert.Equal(t, "list", items.Object)
	assert.False(t, items.HasMore)
	require.Len(t, items.Data, 1)
	li := items.Data[0]
	assert.Equal(t, "li_1Jx6ue2eZvKYlo2CPmEdYb2N", li.ID)
	assert.Equal(t, "item", li.Object)
	assert.Equal(t, "Tin of Cookies", li.Description)
	assert.Equal(t, int64(1), li.Quantity)
	assert.Equal(t, CurrencyUSD, li.Currency)
	require.NotNil(t, li.Price)
	p := li.Price
	assert.Equal(t, "price_1Jx64D2eZvKYlo2C5cws8LZD", p.ID)
	assert.Equal(t, "price", p.Object)
	assert.True(t, p.Active)
	assert.Equal(t, PriceBillingSchemePerUnit, p.BillingScheme)
	assert.Equal(t, PriceTaxBehaviorUnspecified, p.TaxBehavior)
	assert.Equal(t, PriceTypeOneTime, p.Type)
	assert.Equal(t, int64(299), p.UnitAmount)
	assert.Equal(t, "299", p.UnitAmountDecimal)
	assert.Equal(t, int64(1637224441), p.Created)
	assert.Equal(t, &Product{ID: "prod_KcKjmOkvbeSdpk"}, p.Product)
	assert.Nil(t, p.Recurring)
	assert.Empty(t, p.TiersMode)
}

func TestCheckoutSessionDecodesTheExpandedFixture(t *testing.T) {
	s := decodeCheckoutSessionFixture(t, "expanded.json")

	assert.Equal(t, CheckoutSessionModeSubscription, s.Mode)
	assert.Equal(t, CheckoutSessionStatusComplete, s.Status)
	assert.Equal(t, CheckoutSessionPaymentStatusPaid, s.PaymentStatus)
	assert.Equal(t, CheckoutSessionLocaleFrCA, s.Locale)
	assert.Equal(t, CheckoutSessionSubmitTypeDonate, s.SubmitType)
	assert.Equal(t, CheckoutSessionUIModeHostedPage, s.UIMode)
	assert.Equal(t, CheckoutSessionOriginContextWeb, s.OriginContext)
	assert.Equal(t, CheckoutSessionCustomerCreationIfRequired, s.CustomerCreation)
	assert.Equal(t, CheckoutSessionBillingAddressCollectionRequired, s.BillingAddressCollection)
	assert.Equal(t, CheckoutSessionPaymentMethodCollectionIfRequired, s.PaymentMethodCollection)
	assert.Equal(t, CheckoutSessionRedirectOnCompletionIfRequired, s.RedirectOnCompletion)
	assert.Equal(t, int64(5980), s.AmountSubtotal)
	assert.Equal(t, int64(5718), s.AmountTotal)
	assert.True(t, s.AllowPromotionCodes)
	assert.Equal(t, []CheckoutSessionPaymentMethodType{CheckoutSessionPaymentMethodTypeSEPADebit}, s.ExcludedPaymentMethodTypes)

	assert.Equal(t, "https://checkout.payske.com/r/cs_test_a1Expanded", s.AfterExpiration.Recovery.URL)
	assert.Equal(t, CheckoutSessionAutomaticTaxStatusComplete, s.AutomaticTax.Status)
	assert.Equal(t, CheckoutSessionAccountReferenceTypeAccount, s.AutomaticTax.Liability.Type)
	assert.Equal(t, "account", s.AutomaticTax.Liability.Account.Object)
	assert.Equal(t, CheckoutSessionBrandingSettingsBorderStyleRounded, s.BrandingSettings.BorderStyle)
	assert.Equal(t, CheckoutSessionBrandingSettingsImageTypeFile, s.BrandingSettings.Icon.Type)
	assert.Equal(t, CheckoutSessionBrandingSettingsImageTypeURL, s.BrandingSettings.Logo.Type)
	assert.Equal(t, "75001", s.CollectedInformation.ShippingDetails.Address.PostalCode)
	assert.Equal(t, CheckoutSessionConsentPromotionsOptIn, s.Consent.Promotions)
	assert.Equal(t, CheckoutSessionConsentTermsOfServiceAccepted, s.Consent.TermsOfService)
	assert.Equal(t, CheckoutSessionConsentCollectionPaymentMethodReuseAgreementPositionHidden,
		s.ConsentCollection.PaymentMethodReuseAgreement.Position)
	assert.Equal(t, "0.91970", s.CurrencyConversion.FXRate)
	assert.Equal(t, CurrencyEUR, s.CurrencyConversion.SourceCurrency)

	require.Len(t, s.CustomFields, 3)
	assert.Equal(t, CheckoutSessionCustomFieldTypeDropdown, s.CustomFields[0].Type)
	assert.Equal(t, "gift", s.CustomFields[0].Dropdown.Value)
	assert.Equal(t, "self", s.CustomFields[0].Dropdown.Options[1].Value)
	assert.Equal(t, CheckoutSessionCustomFieldLabelTypeCustom, s.CustomFields[0].Label.Type)
	assert.Equal(t, "007123", s.CustomFields[1].Numeric.Value, "numeric values keep leading zeros")
	assert.Equal(t, int64(10), s.CustomFields[1].Numeric.MaximumLength)
	assert.Equal(t, "Ring twice", s.CustomFields[2].Text.Value)
	assert.Nil(t, s.CustomText.ShippingAddress)
	assert.Equal(t, "Thanks!", s.CustomText.AfterSubmit.Message)

	assert.Equal(t, "jenny@example.com", s.Customer.Email)
	assert.Equal(t, CheckoutSessionCustomerDetailsTaxExemptNone, s.CustomerDetails.TaxExempt)
	assert.Equal(t, CheckoutSessionCustomerDetailsTaxIDTypeEUVAT, s.CustomerDetails.TaxIDs[0].Type)
	assert.Equal(t, CheckoutSessionCustomerDetailsTaxIDTypeUnknown, s.CustomerDetails.TaxIDs[1].Type)

	require.Len(t, s.Discounts, 2)
	assert.Equal(t, "coupon", s.Discounts[0].Coupon.Object)
	assert.Nil(t, s.Discounts[0].PromotionCode)
	assert.Equal(t, &PromotionCode{ID: "promo_1Code"}, s.Discounts[1].PromotionCode)

	data := s.InvoiceCreation.InvoiceData
	assert.Equal(t, &TaxID{ID: "txi_1Account"}, data.AccountTaxIDs[0])
	assert.Equal(t, "tax_id", data.AccountTaxIDs[1].Object)
	assert.Contains(t, string(data.AccountTaxIDs[1].RawJSON), `"deleted": true`)
	assert.Equal(t, "4711", data.CustomFields[0].Value)
	assert.Equal(t, &Account{ID: "acct_1Issuer"}, data.Issuer.Account)
	assert.Equal(t, "exclude_tax", data.RenderingOptions.AmountTaxDisplay)

	assert.Equal(t, "paid", mustField(t, s.Invoice.RawJSON, "status"))
	assert.Equal(t, "active", mustField(t, s.Subscription.RawJSON, "status"))
	assert.Equal(t, "succeeded", mustField(t, s.SetupIntent.RawJSON, "status"))
	assert.Equal(t, "plink_1Link", s.PaymentLink.ID)
	assert.Equal(t, "payment_intent", s.PaymentIntent.Object)

	require.NotNil(t, s.LineItems)
	assert.True(t, s.LineItems.HasMore)
	require.Len(t, s.LineItems.Data, 2)
	li := s.LineItems.Data[0]
	assert.Equal(t, LineItemAdjustableQuantity{Enabled: true, Maximum: 10, Minimum: 1}, *li.AdjustableQuantity)
	assert.Equal(t, int64(299), li.AmountDiscount)
	assert.Equal(t, int64(37), li.AmountTax)
	assert.Equal(t, "di_1Winter", li.Discounts[0].Discount.ID)
	assert.Equal(t, "discount", li.Discounts[0].Discount.Object)
	assert.Equal(t, LineItemTaxAmountTaxabilityReasonStandardRated, li.Taxes[0].TaxabilityReason)
	assert.Equal(t, int64(5681), li.Taxes[0].TaxableAmount)
	assert.Equal(t, "tax_rate", li.Taxes[0].Rate.Object)
	assert.Equal(t, map[string]string{"sku": "COOK-1"}, li.Metadata)

	p := li.Price
	assert.Equal(t, PriceBillingSchemeTiered, p.BillingScheme)
	assert.Equal(t, PriceTiersModeGraduated, p.TiersMode)
	assert.Equal(t, PriceTypeRecurring, p.Type)
	assert.Equal(t, PriceTaxBehaviorExclusive, p.TaxBehavior)
	assert.Equal(t, "cookies_tin", p.LookupKey)
	assert.Equal(t, "product", p.Product.Object)
	assert.Equal(t, "Tin of Cookies", mustField(t, p.Product.RawJSON, "name"))
	assert.Equal(t, PriceRecurring{Interval: PriceRecurringIntervalMonth, IntervalCount: 3, Meter: "mtr_1Usage",
		UsageType: PriceRecurringUsageTypeMetered}, *p.Recurring)
	require.Len(t, p.Tiers, 2)
	assert.Equal(t, PriceTier{FlatAmount: 100, FlatAmountDecimal: "100", UnitAmount: 299, UnitAmountDecimal: "299.5", UpTo: 10}, *p.Tiers[0])
	assert.Equal(t, int64(0), p.Tiers[1].UpTo, "the last tier has no upper bound")
	assert.Equal(t, PriceTransformQuantity{DivideBy: 6, Round: PriceTransformQuantityRoundUp}, *p.TransformQuantity)
	require.Contains(t, p.CurrencyOptions, "eur")
	assert.Equal(t, PriceTaxBehaviorInclusive, p.CurrencyOptions["eur"].TaxBehavior)
	assert.Equal(t, "275", p.CurrencyOptions["eur"].Tiers[0].UnitAmountDecimal)

	gift := s.LineItems.Data[1]
	assert.Nil(t, gift.AdjustableQuantity)
	assert.Equal(t, int64(0), gift.Quantity)
	assert.Equal(t, PriceCustomUnitAmount{Maximum: 10000, Minimum: 500, Preset: 1500}, *gift.Price.CustomUnitAmount)
	assert.False(t, gift.Price.Active)
	assert.Contains(t, string(gift.Price.Product.RawJSON), `"deleted": true`)
	assert.Empty(t, gift.Taxes[0].TaxabilityReason)

	assert.Equal(t, CheckoutSessionNameCollectionField{Enabled: true, Optional: true}, *s.NameCollection.Business)
	assert.Equal(t, "price_3Extra", s.OptionalItems[0].Price)
	assert.Equal(t, int64(5), s.OptionalItems[0].AdjustableQuantity.Maximum)
	assert.Equal(t, "pmc_0Parent", s.PaymentMethodConfigurationDetails.Parent)

	card := s.PaymentMethodOptions.Card
	require.NotNil(t, card)
	assert.Equal(t, CheckoutSessionPaymentMethodOptionsCardCaptureMethodManual, card.CaptureMethod)
	assert.True(t, card.Installments.Enabled)
	assert.Equal(t, CheckoutSessionPaymentMethodOptionsCardRequestIfAvailable, card.RequestExtendedAuthorization)
	assert.Equal(t, CheckoutSessionPaymentMethodOptionsCardRequestNever, card.RequestIncrementalAuthorization)
	assert.Equal(t, CheckoutSessionPaymentMethodOptionsCardRequestThreeDSecureChallenge, card.RequestThreeDSecure)
	assert.Equal(t, []CheckoutSessionPaymentMethodOptionsCardRestrictionsBrand{
		CheckoutSessionPaymentMethodOptionsCardRestrictionsBrandAmericanExpress}, card.Restrictions.BrandsBlocked)
	assert.Equal(t, []CheckoutSessionPaymentMethodOptionsCardRestrictionsFundingType{
		CheckoutSessionPaymentMethodOptionsCardRestrictionsFundingTypePrepaid,
		CheckoutSessionPaymentMethodOptionsCardRestrictionsFundingTypeDebit}, card.Restrictions.FundingTypesBlocked)
	assert.Equal(t, CheckoutSessionPaymentMethodOptionsCardSetupFutureUsageOffSession, card.SetupFutureUsage)
	assert.Equal(t, "漢字", card.StatementDescriptorSuffixKanji)
	assert.JSONEq(t, `{"expires_after_days": 3, "setup_future_usage": "none"}`, string(s.PaymentMethodOptions.Konbini))
	assert.Nil(t, s.PaymentMethodOptions.PayPal, "options of types not offered stay absent")

	assert.Equal(t, CheckoutSessionPermissionsUpdateShippingDetailsServerOnly, s.Permissions.UpdateShippingDetails)
	assert.Equal(t, CurrencyEUR, s.PresentmentDetails.PresentmentCurrency)
	assert.Equal(t, []CheckoutSessionSavedPaymentMethodOptionsAllowRedisplayFilter{
		CheckoutSessionSavedPaymentMethodOptionsAllowRedisplayFilterAlways,
		CheckoutSessionSavedPaymentMethodOptionsAllowRedisplayFilterLimited}, s.SavedPaymentMethodOptions.AllowRedisplayFilters)
	assert.Equal(t, CheckoutSessionSavedPaymentMethodOptionsSettingEnabled, s.SavedPaymentMethodOptions.PaymentMethodRemove)
	assert.Equal(t, "Jenny Rosen", s.Shipping.Name)
	assert.Equal(t, []string{"FR", "DE", "US"}, s.ShippingAddressCollection.AllowedCountries)
	assert.Equal(t, "Express", mustField(t, s.ShippingCost.ShippingRate.RawJSON, "display_name"))
	assert.Equal(t, &TaxRate{ID: "txr_3Shipping"}, s.ShippingCost.Taxes[0].Rate)
	assert.Equal(t, &ShippingRate{ID: "shr_1Express"}, s.ShippingOptions[0].ShippingRate)
	assert.Equal(t, "shipping_rate", s.ShippingOptions[1].ShippingRate.Object)
	assert.Equal(t, &ShippingRate{ID: "shr_1Express"}, s.ShippingRate)
	assert.Equal(t, CheckoutSessionTaxIDCollectionRequiredIfSupported, s.TaxIDCollection.Required)
	assert.Equal(t, int64(500), s.TotalDetails.AmountShipping)
	assert.Equal(t, int64(299), s.TotalDetails.Breakdown.Discounts[0].Amount)
	assert.Equal(t, "txr_1Sales", s.TotalDetails.Breakdown.Taxes[0].Rate.ID)
	assert.Equal(t, CheckoutSessionWalletOptionsLinkDisplayNever, s.WalletOptions.Link.Display)
}

// mustField reads one string field of a raw JSON object.
func mustField(t *testing.T, raw json.RawMessage, key string) string {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	s, ok := m[key].(string)
	require.True(t, ok, "no string %q in %s", key, raw)
	return s
}

// csNestJSON wraps value in objects along path: ["a", "b"] gives
// {"a":{"b":value}}; a "0" element wraps in an array instead.
func csNestJSON(path []string, value string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == "0" {
			value = `[` + value + `]`
			continue
		}
		value = `{` + strconv.Quote(path[i]) + `:` + value + `}`
	}
	return value
}

// csLookupJSON returns the raw JSON at path in data ("0" indexes an array).
func csLookupJSON(t *testing.T, data []byte, path []string) json.RawMessage {
	t.Helper()
	raw := json.RawMessage(data)
	for _, key := range path {
		if key == "0" {
			var a []json.RawMessage
			require.NoError(t, json.Unmarshal(raw, &a))
			require.NotEmpty(t, a)
			raw = a[0]
			continue
		}
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(raw, &m))
		var ok bool
		raw, ok = m[key]
		require.True(t, ok, "no key %q in %s", key, raw)
	}
	return raw
}

// expandableCheckoutSessionFields lists every field of a session, its line
// items and their prices that holds an ID or, expanded, an object: where it
// sits in the JSON, an object for it, and how to read its ID and whether it
// was decoded as a full object.
var expandableCheckoutSessionFields = []struct {
	path   []string
	object string
	get    func(s *CheckoutSession) (id string, full bool)
}{
	{[]string{"automatic_tax", "liability", "account"}, `{"id":"acct_1","object":"account"}`,
		func(s *CheckoutSession) (string, bool) {
			return s.AutomaticTax.Liability.Account.ID, s.AutomaticTax.Liability.Account.Object != ""
		}},
	{[]string{"customer"}, `{"id":"cus_1","object":"customer","email":"a@b.c"}`,
		func(s *CheckoutSession) (string, bool) { return s.Customer.ID, s.Customer.Email != "" }},
	{[]string{"customer"}, `{"id":"cus_1","object":"customer","deleted":true}`,
		func(s *CheckoutSession) (string, bool) { return s.Customer.ID, s.Customer.Deleted }},
	{[]string{"discounts", "0", "coupon"}, `{"id":"WINTER","object":"coupon"}`,
		func(s *CheckoutSession) (string, bool) {
			return s.Discounts[0].Coupon.ID, s.Discounts[0].Coupon.Object != ""
		}},
	{[]string{"discounts", "0", "promotion_code"}, `{"id":"promo_1","object":"promotion_code"}`,
		func(s *CheckoutSession) (string, bool) {
			return s.Discounts[0].PromotionCode.ID, s.Discounts[0].PromotionCode.Object != ""
		}},
	{[]string{"invoice"}, `{"id":"in_1","object":"invoice"}`,
		func(s *CheckoutSession) (string, bool) { return s.Invoice.ID, s.Invoice.Object != "" }},
	{[]string{"invoice_creation", "invoice_data", "account_tax_ids", "0"}, `{"id":"txi_1","object":"tax_id"}`,
		func(s *CheckoutSession) (string, bool) {
			t := s.InvoiceCreation.InvoiceData.AccountTaxIDs[0]
			return t.ID, t.Object != ""
		}},
	{[]string{"invoice_creation", "invoice_data", "issuer", "account"}, `{"id":"acct_1","object":"account"}`,
		func(s *CheckoutSession) (string, bool) {
			a := s.InvoiceCreation.InvoiceData.Issuer.Account
			return a.ID, a.Object != ""
		}},
	{[]string{"line_items", "data", "0", "price"}, `{"id":"price_1","object":"price","unit_amount":5}`,
		func(s *CheckoutSession) (string, bool) {
			p := s.LineItems.Data[0].Price
			return p.ID, p.UnitAmount == 5
		}},
	{[]string{"line_items", "data", "0", "price", "product"}, `{"id":"prod_1","object":"product"}`,
		func(s *CheckoutSession) (string, bool) {
			p := s.LineItems.Data[0].Price.Product
			return p.ID, p.Object != ""
		}},
	{[]string{"line_items", "data", "0", "discounts", "0", "discount"}, `{"id":"di_1","object":"discount"}`,
		func(s *CheckoutSession) (string, bool) {
			d := s.LineItems.Data[0].Discounts[0].Discount
			return d.ID, d.Object != ""
		}},
	{[]string{"line_items", "data", "0", "taxes", "0", "rate"}, `{"id":"txr_1","object":"tax_rate"}`,
		func(s *CheckoutSession) (string, bool) {
			r := s.LineItems.Data[0].Taxes[0].Rate
			return r.ID, r.Object != ""
		}},
	{[]string{"payment_intent"}, `{"id":"pi_1","object":"payment_intent"}`,
		func(s *CheckoutSession) (string, bool) { return s.PaymentIntent.ID, s.PaymentIntent.Object != "" }},
	{[]string{"payment_link"}, `{"id":"plink_1","object":"payment_link"}`,
		func(s *CheckoutSession) (string, bool) { return s.PaymentLink.ID, s.PaymentLink.Object != "" }},
	{[]string{"setup_intent"}, `{"id":"seti_1","object":"setup_intent"}`,
		func(s *CheckoutSession) (string, bool) { return s.SetupIntent.ID, s.SetupIntent.Object != "" }},
	{[]string{"shipping_cost", "shipping_rate"}, `{"id":"shr_1","object":"shipping_rate"}`,
		func(s *CheckoutSession) (string, bool) {
			return s.ShippingCost.ShippingRate.ID, s.ShippingCost.ShippingRate.Object != ""
		}},
	{[]string{"shipping_options", "0", "shipping_rate"}, `{"id":"shr_1","object":"shipping_rate"}`,
		func(s *CheckoutSession) (string, bool) {
			return s.ShippingOptions[0].ShippingRate.ID, s.ShippingOptions[0].ShippingRate.Object != ""
		}},
	{[]string{"shipping_rate"}, `{"id":"shr_1","object":"shipping_rate"}`,
		func(s *CheckoutSession) (string, bool) { return s.ShippingRate.ID, s.ShippingRate.Object != "" }},
	{[]string{"subscription"}, `{"id":"sub_1","object":"subscription"}`,
		func(s *CheckoutSession) (string, bool) { return s.Subscription.ID, s.Subscription.Object != "" }},
	{[]string{"total_details", "breakdown", "taxes", "0", "rate"}, `{"id":"txr_1","object":"tax_rate"}`,
		func(s *CheckoutSession) (string, bool) {
			r := s.TotalDetails.Breakdown.Taxes[0].Rate
			return r.ID, r.Object != ""
		}},
}

func TestCheckoutSessionExpandableFieldsDecodeFromIDOrObject(t *testing.T) {
	for _, f := range expandableCheckoutSessionFields {
		name := strings.Join(f.path, ".")
		var head struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(f.object), &head))

		t.Run(name+"/id", func(t *testing.T) {
			data := csNestJSON(f.path, strconv.Quote(head.ID))
			s := &CheckoutSession{}
			require.NoError(t, json.Unmarshal([]byte(data), s))
			id, full := f.get(s)
			assert.Equal(t, head.ID, id)
			assert.False(t, full)

			out, err := json.Marshal(s)
			require.NoError(t, err)
			assert.Equal(t, strconv.Quote(head.ID), string(csLookupJSON(t, out, f.path)),
				"an ID-only reference encodes as the bare ID")
			jsontest.RoundTrip(t, []byte(data), &CheckoutSession{})
		})

		t.Run(name+"/object", func(t *testing.T) {
			data := csNestJSON(f.path, f.object)
			s := &CheckoutSession{}
			require.NoError(t, json.Unmarshal([]byte(data), s))
			id, full := f.get(s)
			assert.Equal(t, head.ID, id)
			assert.True(t, full)
			jsontest.RoundTrip(t, []byte(data), &CheckoutSession{})
		})
	}
}

func TestCheckoutSessionTypesMarshalAnIDOnlyValueAsTheBareID(t *testing.T) {
	cases := []struct {
		name string
		v    any
		want string
	}{
		{"CheckoutSession", CheckoutSession{ID: "cs_1"}, `"cs_1"`},
		{"*CheckoutSession with LastResponse", &CheckoutSession{ID: "cs_1", APIResource: APIResource{LastResponse: &APIResponse{}}}, `"cs_1"`},
		{"Price", &Price{ID: "price_1"}, `"price_1"`},
		{"Product", &Product{ID: "prod_1"}, `"prod_1"`},
		{"Coupon", &Coupon{ID: "WINTER"}, `"WINTER"`},
		{"Discount", &Discount{ID: "di_1"}, `"di_1"`},
		{"PaymentLink", &PaymentLink{ID: "plink_1"}, `"plink_1"`},
		{"PromotionCode", &PromotionCode{ID: "promo_1"}, `"promo_1"`},
		{"SetupIntent", &SetupIntent{ID: "seti_1"}, `"seti_1"`},
		{"ShippingRate", &ShippingRate{ID: "shr_1"}, `"shr_1"`},
		{"Subscription", &Subscription{ID: "sub_1"}, `"sub_1"`},
		{"TaxID", &TaxID{ID: "txi_1"}, `"txi_1"`},
		{"TaxRate", &TaxRate{ID: "txr_1"}, `"txr_1"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(out))
		})
	}
}

func TestCheckoutSessionTypesMarshalAnythingMoreAsAnObject(t *testing.T) {
	cases := []struct {
		name string
		v    any
	}{
		{"CheckoutSession with a mode", &CheckoutSession{ID: "cs_1", Mode: CheckoutSessionModePayment}},
		{"CheckoutSession with empty metadata", &CheckoutSession{ID: "cs_1", Metadata: map[string]string{}}},
		{"CheckoutSession without ID", &CheckoutSession{}},
		{"Price with a product", &Price{ID: "price_1", Product: &Product{ID: "prod_1"}}},
		{"Price with an amount", &Price{ID: "price_1", UnitAmount: 5}},
		{"Product with its object", &Product{ID: "prod_1", Object: "product"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(string(out), "{"), "got %s", out)
		})
	}
}

func TestPriceDecodesFromIDOrObject(t *testing.T) {
	p := &Price{}
	require.NoError(t, json.Unmarshal([]byte(` "price_1" `), p))
	assert.Equal(t, &Price{ID: "price_1"}, p)

	p = &Price{}
	data := []byte(`{"id":"price_1","object":"price","type":"recurring","recurring":{"interval":"year","interval_count":1,"meter":null,"usage_type":"licensed"},"product":"prod_1"}`)
	require.NoError(t, json.Unmarshal(data, p))
	assert.Equal(t, PriceTypeRecurring, p.Type)
	assert.Equal(t, PriceRecurringIntervalYear, p.Recurring.Interval)
	assert.Equal(t, PriceRecurringUsageTypeLicensed, p.Recurring.UsageType)
	assert.Equal(t, &Product{ID: "prod_1"}, p.Product)
	jsontest.RoundTrip(t, data, &Price{})
}

func TestCheckoutSessionUnmarshalRejectsBrokenJSON(t *testing.T) {
	fixture := readCheckoutSessionFixture(t, "expanded.json")
	cases := []struct {
		name string
		data string
	}{
		{"empty", ``},
		{"not JSON", `session`},
		{"truncated", string(fixture[:len(fixture)/2])},
		{"unterminated bare ID", `"cs_1`},
		{"trailing garbage", `{"id":"cs_1"}}`},
		{"a number", `42`},
		{"an array", `[]`},
		{"amount of the wrong type", `{"amount_total":"100"}`},
		{"customer of the wrong type", `{"customer":42}`},
		{"line items of the wrong type", `{"line_items":{"data":{}}}`},
		{"price of the wrong type", `{"line_items":{"data":[{"price":7}]}}`},
		{"product of the wrong type", `{"line_items":{"data":[{"price":{"product":[]}}]}}`},
		{"shipping rate of the wrong type", `{"shipping_options":[{"shipping_rate":true}]}`},
		{"card options of the wrong type", `{"payment_method_options":{"card":"x"}}`},
		{"truncated raw options", `{"payment_method_options":{"klarna":{"a":}}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(tc.data), &CheckoutSession{}))
		})
	}
}

func TestCheckoutSessionUnmarshalNullLeavesTheValueAlone(t *testing.T) {
	s := &CheckoutSession{ID: "cs_1"}
	require.NoError(t, json.Unmarshal([]byte(`null`), s))
	assert.Equal(t, &CheckoutSession{ID: "cs_1"}, s)

	p := &Product{ID: "prod_1"}
	require.NoError(t, json.Unmarshal([]byte(`null`), p))
	assert.Equal(t, &Product{ID: "prod_1"}, p)
}

// checkoutSessionCreateKeys is every parameter of POST /v1/checkout/sessions
// in the API schema, as its form key (lists at index 0, maps at key "k"),
// except expand and metadata, which Params carries. Beyond the schema:
// line_items[0][dynamic_tax_rates], the fields of
// invoice_data[custom_fields] and klarna[subscriptions] (the schema lists no
// fields for them) and the per-currency object of
// fixed_amount[currency_options] (the schema only says "map").
var checkoutSessionCreateKeys = []string{
	"adaptive_pricing[enabled]",
	"after_expiration[recovery][allow_promotion_codes]",
	"after_expiration[recovery][enabled]",
	"allow_promotion_codes",
	"automatic_tax[enabled]",
	"automatic_tax[liability][account]",
	"automatic_tax[liability][type]",
	"billing_address_collection",
	"branding_settings[background_color]",
	"branding_settings[border_style]",
	"branding_settings[button_color]",
	"branding_settings[display_name]",
	"branding_settings[font_family]",
	"branding_settings[icon][file]",
	"branding_settings[icon][type]",
	"branding_settings[icon][url]",
	"branding_settings[logo][file]",
	"branding_settings[logo][type]",
	"branding_settings[logo][url]",
	"cancel_url",
	"client_reference_id",
	"consent_collection[payment_method_reuse_agreement][position]",
	"consent_collection[promotions]",
	"consent_collection[terms_of_service]",
	"currency",
	"custom_fields[0][dropdown][default_value]",
	"custom_fields[0][dropdown][options][0][label]",
	"custom_fields[0][dropdown][options][0][value]",
	"custom_fields[0][key]",
	"custom_fields[0][label][custom]",
	"custom_fields[0][label][type]",
	"custom_fields[0][numeric][default_value]",
	"custom_fields[0][numeric][maximum_length]",
	"custom_fields[0][numeric][minimum_length]",
	"custom_fields[0][optional]",
	"custom_fields[0][text][default_value]",
	"custom_fields[0][text][maximum_length]",
	"custom_fields[0][text][minimum_length]",
	"custom_fields[0][type]",
	"custom_text[after_submit][message]",
	"custom_text[shipping_address][message]",
	"custom_text[submit][message]",
	"custom_text[terms_of_service_acceptance][message]",
	"customer",
	"customer_account",
	"customer_creation",
	"customer_email",
	"customer_update[address]",
	"customer_update[name]",
	"customer_update[shipping]",
	"discounts[0][coupon]",
	"discounts[0][promotion_code]",
	"excluded_payment_method_types[0]",
	"expires_at",
	"integration_identifier",
	"invoice_creation[enabled]",
	"invoice_creation[invoice_data][account_tax_ids][0]",
	"invoice_creation[invoice_data][custom_fields][0][name]",
	"invoice_creation[invoice_data][custom_fields][0][value]",
	"invoice_creation[invoice_data][description]",
	"invoice_creation[invoice_data][footer]",
	"invoice_creation[invoice_data][issuer][account]",
	"invoice_creation[invoice_data][issuer][type]",
	"invoice_creation[invoice_data][metadata][k]",
	"invoice_creation[invoice_data][rendering_options][amount_tax_display]",
	"invoice_creation[invoice_data][rendering_options][template]",
	"line_items[0][adjustable_quantity][enabled]",
	"line_items[0][adjustable_quantity][maximum]",
	"line_items[0][adjustable_quantity][minimum]",
	"line_items[0][dynamic_tax_rates][0]",
	"line_items[0][metadata][k]",
	"line_items[0][price]",
	"line_items[0][price_data][currency]",
	"line_items[0][price_data][product]",
	"line_items[0][price_data][product_data][description]",
	"line_items[0][price_data][product_data][images][0]",
	"line_items[0][price_data][product_data][metadata][k]",
	"line_items[0][price_data][product_data][name]",
	"line_items[0][price_data][product_data][tax_code]",
	"line_items[0][price_data][product_data][unit_label]",
	"line_items[0][price_data][recurring][interval]",
	"line_items[0][price_data][recurring][interval_count]",
	"line_items[0][price_data][tax_behavior]",
	"line_items[0][price_data][unit_amount]",
	"line_items[0][price_data][unit_amount_decimal]",
	"line_items[0][quantity]",
	"line_items[0][tax_rates][0]",
	"locale",
	"managed_payments[enabled]",
	"mode",
	"name_collection[business][enabled]",
	"name_collection[business][optional]",
	"name_collection[individual][enabled]",
	"name_collection[individual][optional]",
	"optional_items[0][adjustable_quantity][enabled]",
	"optional_items[0][adjustable_quantity][maximum]",
	"optional_items[0][adjustable_quantity][minimum]",
	"optional_items[0][price]",
	"optional_items[0][quantity]",
	"origin_context",
	"payment_intent_data[application_fee_amount]",
	"payment_intent_data[capture_method]",
	"payment_intent_data[description]",
	"payment_intent_data[metadata][k]",
	"payment_intent_data[on_behalf_of]",
	"payment_intent_data[receipt_email]",
	"payment_intent_data[setup_future_usage]",
	"payment_intent_data[shipping][address][city]",
	"payment_intent_data[shipping][address][country]",
	"payment_intent_data[shipping][address][line1]",
	"payment_intent_data[shipping][address][line2]",
	"payment_intent_data[shipping][address][postal_code]",
	"payment_intent_data[shipping][address][state]",
	"payment_intent_data[shipping][carrier]",
	"payment_intent_data[shipping][name]",
	"payment_intent_data[shipping][phone]",
	"payment_intent_data[shipping][tracking_number]",
	"payment_intent_data[statement_descriptor]",
	"payment_intent_data[statement_descriptor_suffix]",
	"payment_intent_data[transfer_data][amount]",
	"payment_intent_data[transfer_data][destination]",
	"payment_intent_data[transfer_group]",
	"payment_method_collection",
	"payment_method_configuration",
	"payment_method_data[allow_redisplay]",
	"payment_method_options[acss_debit][currency]",
	"payment_method_options[acss_debit][mandate_options][custom_mandate_url]",
	"payment_method_options[acss_debit][mandate_options][default_for][0]",
	"payment_method_options[acss_debit][mandate_options][interval_description]",
	"payment_method_options[acss_debit][mandate_options][payment_schedule]",
	"payment_method_options[acss_debit][mandate_options][transaction_type]",
	"payment_method_options[acss_debit][setup_future_usage]",
	"payment_method_options[acss_debit][target_date]",
	"payment_method_options[acss_debit][verification_method]",
	"payment_method_options[affirm][capture_method]",
	"payment_method_options[affirm][setup_future_usage]",
	"payment_method_options[afterpay_clearpay][capture_method]",
	"payment_method_options[afterpay_clearpay][setup_future_usage]",
	"payment_method_options[alipay][setup_future_usage]",
	"payment_method_options[alma][capture_method]",
	"payment_method_options[amazon_pay][capture_method]",
	"payment_method_options[amazon_pay][setup_future_usage]",
	"payment_method_options[au_becs_debit][setup_future_usage]",
	"payment_method_options[au_becs_debit][target_date]",
	"payment_method_options[bacs_debit][mandate_options][reference_prefix]",
	"payment_method_options[bacs_debit][setup_future_usage]",
	"payment_method_options[bacs_debit][target_date]",
	"payment_method_options[bancontact][setup_future_usage]",
	"payment_method_options[billie][capture_method]",
	"payment_method_options[boleto][expires_after_days]",
	"payment_method_options[boleto][setup_future_usage]",
	"payment_method_options[card][capture_method]",
	"payment_method_options[card][installments][enabled]",
	"payment_method_options[card][request_extended_authorization]",
	"payment_method_options[card][request_incremental_authorization]",
	"payment_method_options[card][request_multicapture]",
	"payment_method_options[card][request_overcapture]",
	"payment_method_options[card][request_three_d_secure]",
	"payment_method_options[card][restrictions][brands_blocked][0]",
	"payment_method_options[card][restrictions][funding_types_blocked][0]",
	"payment_method_options[card][setup_future_usage]",
	"payment_method_options[card][statement_descriptor_suffix_kana]",
	"payment_method_options[card][statement_descriptor_suffix_kanji]",
	"payment_method_options[cashapp][capture_method]",
	"payment_method_options[cashapp][setup_future_usage]",
	"payment_method_options[crypto][setup_future_usage]",
	"payment_method_options[customer_balance][bank_transfer][eu_bank_transfer][country]",
	"payment_method_options[customer_balance][bank_transfer][requested_address_types][0]",
	"payment_method_options[customer_balance][bank_transfer][type]",
	"payment_method_options[customer_balance][funding_type]",
	"payment_method_options[customer_balance][setup_future_usage]",
	"payment_method_options[demo_pay][setup_future_usage]",
	"payment_method_options[eps][setup_future_usage]",
	"payment_method_options[fpx][setup_future_usage]",
	"payment_method_options[giropay][setup_future_usage]",
	"payment_method_options[grabpay][setup_future_usage]",
	"payment_method_options[ideal][setup_future_usage]",
	"payment_method_options[kakao_pay][capture_method]",
	"payment_method_options[kakao_pay][setup_future_usage]",
	"payment_method_options[klarna][capture_method]",
	"payment_method_options[klarna][setup_future_usage]",
	"payment_method_options[klarna][subscriptions][0][interval]",
	"payment_method_options[klarna][subscriptions][0][interval_count]",
	"payment_method_options[klarna][subscriptions][0][name]",
	"payment_method_options[klarna][subscriptions][0][next_billing][amount]",
	"payment_method_options[klarna][subscriptions][0][next_billing][date]",
	"payment_method_options[klarna][subscriptions][0][reference]",
	"payment_method_options[konbini][expires_after_days]",
	"payment_method_options[konbini][setup_future_usage]",
	"payment_method_options[kr_card][capture_method]",
	"payment_method_options[kr_card][setup_future_usage]",
	"payment_method_options[link][capture_method]",
	"payment_method_options[link][setup_future_usage]",
	"payment_method_options[mobilepay][capture_method]",
	"payment_method_options[mobilepay][setup_future_usage]",
	"payment_method_options[multibanco][setup_future_usage]",
	"payment_method_options[naver_pay][capture_method]",
	"payment_method_options[naver_pay][setup_future_usage]",
	"payment_method_options[oxxo][expires_after_days]",
	"payment_method_options[oxxo][setup_future_usage]",
	"payment_method_options[p24][setup_future_usage]",
	"payment_method_options[p24][tos_shown_and_accepted]",
	"payment_method_options[payco][capture_method]",
	"payment_method_options[payco][setup_future_usage]",
	"payment_method_options[paynow][setup_future_usage]",
	"payment_method_options[paypal][capture_method]",
	"payment_method_options[paypal][preferred_locale]",
	"payment_method_options[paypal][reference]",
	"payment_method_options[paypal][risk_correlation_id]",
	"payment_method_options[paypal][setup_future_usage]",
	"payment_method_options[payto][mandate_options][amount]",
	"payment_method_options[payto][mandate_options][amount_type]",
	"payment_method_options[payto][mandate_options][end_date]",
	"payment_method_options[payto][mandate_options][payment_schedule]",
	"payment_method_options[payto][mandate_options][payments_per_period]",
	"payment_method_options[payto][mandate_options][purpose]",
	"payment_method_options[payto][mandate_options][start_date]",
	"payment_method_options[payto][setup_future_usage]",
	"payment_method_options[pix][amount_includes_iof]",
	"payment_method_options[pix][expires_after_seconds]",
	"payment_method_options[pix][mandate_options][amount]",
	"payment_method_options[pix][mandate_options][amount_includes_iof]",
	"payment_method_options[pix][mandate_options][amount_type]",
	"payment_method_options[pix][mandate_options][currency]",
	"payment_method_options[pix][mandate_options][end_date]",
	"payment_method_options[pix][mandate_options][payment_schedule]",
	"payment_method_options[pix][mandate_options][reference]",
	"payment_method_options[pix][mandate_options][start_date]",
	"payment_method_options[pix][setup_future_usage]",
	"payment_method_options[revolut_pay][capture_method]",
	"payment_method_options[revolut_pay][setup_future_usage]",
	"payment_method_options[samsung_pay][capture_method]",
	"payment_method_options[samsung_pay][setup_future_usage]",
	"payment_method_options[satispay][capture_method]",
	"payment_method_options[scalapay][capture_method]",
	"payment_method_options[sepa_debit][mandate_options][reference_prefix]",
	"payment_method_options[sepa_debit][setup_future_usage]",
	"payment_method_options[sepa_debit][target_date]",
	"payment_method_options[sofort][setup_future_usage]",
	"payment_method_options[sunbit][capture_method]",
	"payment_method_options[sunbit][setup_future_usage]",
	"payment_method_options[swish][reference]",
	"payment_method_options[twint][setup_future_usage]",
	"payment_method_options[upi][mandate_options][amount]",
	"payment_method_options[upi][mandate_options][amount_type]",
	"payment_method_options[upi][mandate_options][description]",
	"payment_method_options[upi][mandate_options][end_date]",
	"payment_method_options[upi][setup_future_usage]",
	"payment_method_options[us_bank_account][financial_connections][permissions][0]",
	"payment_method_options[us_bank_account][financial_connections][prefetch][0]",
	"payment_method_options[us_bank_account][setup_future_usage]",
	"payment_method_options[us_bank_account][target_date]",
	"payment_method_options[us_bank_account][verification_method]",
	"payment_method_options[wechat_pay][app_id]",
	"payment_method_options[wechat_pay][client]",
	"payment_method_options[wechat_pay][setup_future_usage]",
	"payment_method_types[0]",
	"permissions[update_shipping_details]",
	"phone_number_collection[enabled]",
	"redirect_on_completion",
	"return_url",
	"saved_payment_method_options[allow_redisplay_filters][0]",
	"saved_payment_method_options[payment_method_remove]",
	"saved_payment_method_options[payment_method_save]",
	"setup_intent_data[description]",
	"setup_intent_data[metadata][k]",
	"setup_intent_data[on_behalf_of]",
	"shipping_address_collection[allowed_countries][0]",
	"shipping_options[0][shipping_rate]",
	"shipping_options[0][shipping_rate_data][delivery_estimate][maximum][unit]",
	"shipping_options[0][shipping_rate_data][delivery_estimate][maximum][value]",
	"shipping_options[0][shipping_rate_data][delivery_estimate][minimum][unit]",
	"shipping_options[0][shipping_rate_data][delivery_estimate][minimum][value]",
	"shipping_options[0][shipping_rate_data][display_name]",
	"shipping_options[0][shipping_rate_data][fixed_amount][amount]",
	"shipping_options[0][shipping_rate_data][fixed_amount][currency]",
	"shipping_options[0][shipping_rate_data][fixed_amount][currency_options][k][amount]",
	"shipping_options[0][shipping_rate_data][fixed_amount][currency_options][k][tax_behavior]",
	"shipping_options[0][shipping_rate_data][metadata][k]",
	"shipping_options[0][shipping_rate_data][tax_behavior]",
	"shipping_options[0][shipping_rate_data][tax_code]",
	"shipping_options[0][shipping_rate_data][type]",
	"submit_type",
	"subscription_data[application_fee_percent]",
	"subscription_data[billing_cycle_anchor]",
	"subscription_data[billing_cycle_anchor_config][day_of_month]",
	"subscription_data[billing_cycle_anchor_config][hour]",
	"subscription_data[billing_cycle_anchor_config][minute]",
	"subscription_data[billing_cycle_anchor_config][month]",
	"subscription_data[billing_cycle_anchor_config][second]",
	"subscription_data[billing_mode][flexible][proration_discounts]",
	"subscription_data[billing_mode][type]",
	"subscription_data[default_tax_rates][0]",
	"subscription_data[description]",
	"subscription_data[invoice_settings][issuer][account]",
	"subscription_data[invoice_settings][issuer][type]",
	"subscription_data[metadata][k]",
	"subscription_data[on_behalf_of]",
	"subscription_data[pending_invoice_item_interval][interval]",
	"subscription_data[pending_invoice_item_interval][interval_count]",
	"subscription_data[proration_behavior]",
	"subscription_data[transfer_data][amount_percent]",
	"subscription_data[transfer_data][destination]",
	"subscription_data[trial_end]",
	"subscription_data[trial_period_days]",
	"subscription_data[trial_settings][end_behavior][missing_payment_method]",
	"success_url",
	"tax_id_collection[enabled]",
	"tax_id_collection[required]",
	"ui_mode",
	"wallet_options[link][display]",
}

// TestCheckoutSessionParamsModelEveryParameter fills every field of a
// CheckoutSessionParams through reflection and checks that the encoded keys
// are exactly the API's parameters: none missing, none misspelt.
func TestCheckoutSessionParamsModelEveryParameter(t *testing.T) {
	params := &CheckoutSessionParams{}
	fillParams(t, reflect.ValueOf(params).Elem())
	values := &form.Values{}
	form.AppendTo(values, params)

	var got []string
	values.Range(func(k, _ string) { got = append(got, k) })
	want := append([]string(nil), checkoutSessionCreateKeys...)
	sort.Strings(got)
	sort.Strings(want)
	assert.Equal(t, want, got)
}

// fillParams sets every form-tagged field of the params struct v, leaving
// the embedded Params alone: scalars to a non-zero value, slices to one
// element, maps to the key "k", pointers to a filled value.
func fillParams(t *testing.T, v reflect.Value) {
	t.Helper()
	for i := range v.NumField() {
		f := v.Type().Field(i)
		tag := f.Tag.Get("form")
		if f.Anonymous || tag == "" || tag == "-" {
			continue
		}
		require.NotContains(t, tag, "*", "%s.%s", v.Type(), f.Name)
		v.Field(i).Set(filledValue(t, f.Type))
	}
}

func filledValue(t *testing.T, typ reflect.Type) reflect.Value {
	t.Helper()
	switch typ.Kind() {
	case reflect.Pointer:
		p := reflect.New(typ.Elem())
		p.Elem().Set(filledValue(t, typ.Elem()))
		return p
	case reflect.Struct:
		s := reflect.New(typ).Elem()
		fillParams(t, s)
		return s
	case reflect.Slice:
		s := reflect.MakeSlice(typ, 1, 1)
		s.Index(0).Set(filledValue(t, typ.Elem()))
		return s
	case reflect.Map:
		m := reflect.MakeMap(typ)
		m.SetMapIndex(reflect.ValueOf("k"), filledValue(t, typ.Elem()))
		return m
	case reflect.String:
		return reflect.ValueOf("x").Convert(typ)
	case reflect.Int64:
		return reflect.ValueOf(int64(1)).Convert(typ)
	case reflect.Float64:
		return reflect.ValueOf(1.5).Convert(typ)
	case reflect.Bool:
		return reflect.ValueOf(true).Convert(typ)
	}
	t.Fatalf("params field of unexpected type %s", typ)
	return reflect.Value{}
}

func TestCheckoutSessionListParamsEncode(t *testing.T) {
	params := &CheckoutSessionListParams{
		CreatedRange:    &RangeQueryParams{GreaterThan: Int64(1600000000), LesserThanOrEqual: Int64(1700000000)},
		Customer:        String("cus_1"),
		CustomerAccount: String("acct_1"),
		CustomerDetails: &CheckoutSessionListCustomerDetailsParams{Email: String("jenny@example.com")},
		PaymentIntent:   String("pi_1"),
		PaymentLink:     String("plink_1"),
		Status:          String(string(CheckoutSessionStatusOpen)),
		Subscription:    String("sub_1"),
	}
	params.Limit = Int64(3)
	assert.Equal(t, "limit=3&created%5Bgt%5D=1600000000&created%5Blte%5D=1700000000&customer=cus_1"+
		"&customer_account=acct_1&customer_details%5Bemail%5D=jenny%40example.com&payment_intent=pi_1"+
		"&payment_link=plink_1&status=open&subscription=sub_1", form.Encode(params))

	assert.Equal(t, "created=1600000000", form.Encode(&CheckoutSessionListParams{Created: Int64(1600000000)}))
}

func TestCheckoutSessionListLineItemParamsNeverSendTheID(t *testing.T) {
	params := &CheckoutSessionListLineItemParams{ID: String("cs_1")}
	assert.Empty(t, form.Encode(params))
	params.Limit = Int64(5)
	params.AddExpand("data.price.product")
	assert.Equal(t, "expand%5B0%5D=data.price.product&limit=5", form.Encode(params))
}

func FuzzCheckoutSessionUnmarshal(f *testing.F) {
	for _, name := range checkoutSessionFixtures {
		f.Add(readCheckoutSessionFixture(f, name))
	}
	for _, seed := range []string{`"cs_1"`, `null`, `{}`, `{"customer":"cus_1"}`,
		`{"line_items":{"data":[{"price":{"product":"prod_1","tiers":[{"up_to":null}]}}]}}`,
		`{"payment_method_options":{"card":{"restrictions":{"brands_blocked":["visa"]}},"klarna":null}}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var s CheckoutSession
		if json.Unmarshal(data, &s) == nil {
			if _, err := json.Marshal(&s); err != nil {
				t.Fatalf("decoded %q but cannot encode it again: %v", data, err)
			}
		}
		var items LineItemList
		if json.Unmarshal(data, &items) == nil {
			if _, err := json.Marshal(&items); err != nil {
				t.Fatalf("decoded %q as line items but cannot encode them again: %v", data, err)
			}
		}
	})
}
