package payske

import "encoding/json"

// CheckoutSession is a customer's visit to a Payske-hosted (or embedded)
// payment page: what they buy, how they may pay, and, once they have, the
// customer, payment intent, setup intent or subscription it produced.
// Create one per attempt to pay with session.New and send the customer to
// URL.
//
// Fields that point to other objects (Customer, PaymentIntent, Invoice, ...)
// hold only an ID unless the request expanded them; LineItems is set only
// when "line_items" is expanded. Use session.ListLineItems to read them all.
type CheckoutSession struct {
	APIResource

	// AdaptivePricing tells whether customers may pay in their local
	// currency.
	AdaptivePricing *CheckoutSessionAdaptivePricing `json:"adaptive_pricing"`

	// AfterExpiration is what happens once the session expires.
	AfterExpiration     *CheckoutSessionAfterExpiration `json:"after_expiration"`
	AllowPromotionCodes bool                            `json:"allow_promotion_codes"`

	// AmountSubtotal is the total before discounts and taxes, AmountTotal
	// the total after them, both in the smallest unit of Currency. Both are
	// 0 in setup mode.
	AmountSubtotal           int64                                   `json:"amount_subtotal"`
	AmountTotal              int64                                   `json:"amount_total"`
	AutomaticTax             *CheckoutSessionAutomaticTax            `json:"automatic_tax"`
	BillingAddressCollection CheckoutSessionBillingAddressCollection `json:"billing_address_collection"`
	BrandingSettings         *CheckoutSessionBrandingSettings        `json:"branding_settings"`

	// CancelURL is where the customer goes when they leave without paying.
	CancelURL string `json:"cancel_url"`

	// ClientReferenceID is the reference the session was created with, to
	// reconcile it with your system.
	ClientReferenceID string `json:"client_reference_id"`

	// ClientSecret lets an embedded or Elements session be mounted in the
	// browser. Never log it.
	ClientSecret string `json:"client_secret"`

	// CollectedInformation is what the customer entered that has not been
	// copied to another object yet.
	CollectedInformation *CheckoutSessionCollectedInformation `json:"collected_information"`

	// Consent is what the customer agreed to; ConsentCollection is what
	// the session asked for.
	Consent           *CheckoutSessionConsent           `json:"consent"`
	ConsentCollection *CheckoutSessionConsentCollection `json:"consent_collection"`
	Created           int64                             `json:"created"`
	Currency          Currency                          `json:"currency"`

	// CurrencyConversion is the session's amounts before conversion, when
	// adaptive pricing converted them to the customer's currency.
	CurrencyConversion *CheckoutSessionCurrencyConversion `json:"currency_conversion"`

	// CustomFields are the extra fields shown on the page, with the values
	// the customer entered.
	CustomFields []*CheckoutSessionCustomField `json:"custom_fields"`
	CustomText   *CheckoutSessionCustomText    `json:"custom_text"`

	// Customer is the customer the session is for or created, possibly
	// since deleted; an ID unless expanded.
	Customer         *Customer                       `json:"customer"`
	CustomerAccount  string                          `json:"customer_account"`
	CustomerCreation CheckoutSessionCustomerCreation `json:"customer_creation"`

	// CustomerDetails is what the customer entered on the page; set once
	// they submitted it.
	CustomerDetails *CheckoutSessionCustomerDetails `json:"customer_details"`

	// CustomerEmail is the email the session was created with, to prefill
	// the page.
	CustomerEmail string                     `json:"customer_email"`
	Discounts     []*CheckoutSessionDiscount `json:"discounts"`

	// ExcludedPaymentMethodTypes are the types the session was told never
	// to offer.
	ExcludedPaymentMethodTypes []CheckoutSessionPaymentMethodType `json:"excluded_payment_method_types"`

	// ExpiresAt is when the session stops accepting payment (Unix seconds).
	ExpiresAt             int64  `json:"expires_at"`
	ID                    string `json:"id"`
	IntegrationIdentifier string `json:"integration_identifier"`

	// Invoice is the invoice created after a one-time payment; an ID unless
	// expanded.
	Invoice         *Invoice                        `json:"invoice"`
	InvoiceCreation *CheckoutSessionInvoiceCreation `json:"invoice_creation"`

	// LineItems is the first page of the session's items; Payske sends it
	// only when "line_items" is expanded.
	LineItems       *LineItemList                   `json:"line_items"`
	Livemode        bool                            `json:"livemode"`
	Locale          CheckoutSessionLocale           `json:"locale"`
	ManagedPayments *CheckoutSessionManagedPayments `json:"managed_payments"`
	Metadata        map[string]string               `json:"metadata"`
	Mode            CheckoutSessionMode             `json:"mode"`
	NameCollection  *CheckoutSessionNameCollection  `json:"name_collection"`
	Object          string                          `json:"object"`

	// OptionalItems are the items the customer could add on the page.
	OptionalItems []*CheckoutSessionOptionalItem `json:"optional_items"`
	OriginContext CheckoutSessionOriginContext   `json:"origin_context"`

	// PaymentIntent is the payment intent of a payment session; an ID
	// unless expanded.
	PaymentIntent *PaymentIntent `json:"payment_intent"`

	// PaymentLink is the payment link the session was opened from.
	PaymentLink             *PaymentLink                           `json:"payment_link"`
	PaymentMethodCollection CheckoutSessionPaymentMethodCollection `json:"payment_method_collection"`

	// PaymentMethodConfigurationDetails names the payment method
	// configuration that chose the payment method types.
	PaymentMethodConfigurationDetails *CheckoutSessionPaymentMethodConfigurationDetails `json:"payment_method_configuration_details"`
	PaymentMethodOptions              *CheckoutSessionPaymentMethodOptions              `json:"payment_method_options"`

	// PaymentMethodTypes are the payment method types the page offers.
	PaymentMethodTypes []CheckoutSessionPaymentMethodType `json:"payment_method_types"`

	// PaymentStatus tells whether the funds can be counted on: fulfil the
	// order when it is paid or no_payment_required.
	PaymentStatus         CheckoutSessionPaymentStatus          `json:"payment_status"`
	Permissions           *CheckoutSessionPermissions           `json:"permissions"`
	PhoneNumberCollection *CheckoutSessionPhoneNumberCollection `json:"phone_number_collection"`
	PresentmentDetails    *CheckoutSessionPresentmentDetails    `json:"presentment_details"`

	// RecoveredFrom is the ID of the expired session this one recovers.
	RecoveredFrom             string                                    `json:"recovered_from"`
	RedirectOnCompletion      CheckoutSessionRedirectOnCompletion       `json:"redirect_on_completion"`
	ReturnURL                 string                                    `json:"return_url"`
	SavedPaymentMethodOptions *CheckoutSessionSavedPaymentMethodOptions `json:"saved_payment_method_options"`

	// SetupIntent is the setup intent of a setup session; an ID unless
	// expanded.
	SetupIntent *SetupIntent `json:"setup_intent"`

	// Shipping is the shipping address the customer entered, as older API
	// versions report it; newer ones use CollectedInformation.
	Shipping                  *ShippingDetails                          `json:"shipping"`
	ShippingAddressCollection *CheckoutSessionShippingAddressCollection `json:"shipping_address_collection"`

	// ShippingCost is the shipping rate the customer chose and what it
	// costs.
	ShippingCost    *CheckoutSessionShippingCost     `json:"shipping_cost"`
	ShippingOptions []*CheckoutSessionShippingOption `json:"shipping_options"`

	// ShippingRate is the shipping rate the customer chose, as older API
	// versions report it; newer ones use ShippingCost.
	ShippingRate *ShippingRate             `json:"shipping_rate"`
	Status       CheckoutSessionStatus     `json:"status"`
	SubmitType   CheckoutSessionSubmitType `json:"submit_type"`

	// Subscription is the subscription of a subscription session; an ID
	// unless expanded.
	Subscription *Subscription `json:"subscription"`

	// SuccessURL is where the customer goes after paying.
	SuccessURL      string                          `json:"success_url"`
	TaxIDCollection *CheckoutSessionTaxIDCollection `json:"tax_id_collection"`

	// TotalDetails sums the discounts, shipping and taxes of the session.
	TotalDetails *CheckoutSessionTotalDetails `json:"total_details"`
	UIMode       CheckoutSessionUIMode        `json:"ui_mode"`

	// URL is the page to send the customer to, for hosted sessions; empty
	// once the session is complete or expired.
	URL           string                        `json:"url"`
	WalletOptions *CheckoutSessionWalletOptions `json:"wallet_options"`
}

// UnmarshalJSON decodes a bare session ID (only ID is set) or a full
// session, decoding the object only once.
func (s *CheckoutSession) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*s = CheckoutSession{ID: id}
		return nil
	}
	return json.Unmarshal(data, s.objectTarget())
}

// checkoutSessionFields is CheckoutSession without its methods: the target that decodes the
// object itself (see objectDecoder).
type checkoutSessionFields CheckoutSession

// objectTarget implements objectDecoder.
func (s *CheckoutSession) objectTarget() any { return (*checkoutSessionFields)(s) }

// MarshalJSON encodes s as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (s CheckoutSession) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&s) {
		return json.Marshal(s.ID)
	}
	type checkoutSession CheckoutSession
	return json.Marshal(checkoutSession(s))
}

// answerObject implements objectChecker.
func (s *CheckoutSession) answerObject() (string, objectKinds) { return s.Object, "checkout.session" }

// CheckoutSessionList is a page of Checkout Sessions, as GET
// /v1/checkout/sessions returns it.
type CheckoutSessionList struct {
	ListMeta
	Data []*CheckoutSession `json:"data"`
}

// CheckoutSessionAdaptivePricing tells whether adaptive pricing is on.
type CheckoutSessionAdaptivePricing struct {
	Enabled bool `json:"enabled"`
}

// CheckoutSessionAfterExpiration is what happens once a session expires.
type CheckoutSessionAfterExpiration struct {
	Recovery *CheckoutSessionAfterExpirationRecovery `json:"recovery"`
}

// CheckoutSessionAfterExpirationRecovery is the recovery offered for an
// expired session: a URL that opens a new session with the same items.
type CheckoutSessionAfterExpirationRecovery struct {
	AllowPromotionCodes bool `json:"allow_promotion_codes"`
	Enabled             bool `json:"enabled"`

	// ExpiresAt is when URL stops working (Unix seconds).
	ExpiresAt int64  `json:"expires_at"`
	URL       string `json:"url"`
}

// CheckoutSessionAutomaticTax is how tax is computed for a session.
type CheckoutSessionAutomaticTax struct {
	Enabled bool `json:"enabled"`

	// Liability is the account responsible for the tax.
	Liability *CheckoutSessionAccountReference `json:"liability"`

	// Provider is the tax provider that computed the tax.
	Provider string                            `json:"provider"`
	Status   CheckoutSessionAutomaticTaxStatus `json:"status"`
}

// CheckoutSessionAccountReference names an account that is responsible for
// something (tax, issuing invoices): the platform itself (Type self) or a
// connected account.
type CheckoutSessionAccountReference struct {
	// Account is the connected account, for Type account; an ID unless
	// expanded.
	Account *Account                            `json:"account"`
	Type    CheckoutSessionAccountReferenceType `json:"type"`
}

// CheckoutSessionBrandingSettings is the branding the Checkout page shows.
type CheckoutSessionBrandingSettings struct {
	// BackgroundColor and ButtonColor are hex colors such as "#ffffff".
	BackgroundColor string                                     `json:"background_color"`
	BorderStyle     CheckoutSessionBrandingSettingsBorderStyle `json:"border_style"`
	ButtonColor     string                                     `json:"button_color"`
	DisplayName     string                                     `json:"display_name"`
	FontFamily      string                                     `json:"font_family"`
	Icon            *CheckoutSessionBrandingSettingsImage      `json:"icon"`
	Logo            *CheckoutSessionBrandingSettingsImage      `json:"logo"`
}

// CheckoutSessionBrandingSettingsImage is the icon or logo of the page: an
// uploaded file (File) or an image URL (URL), as Type says.
type CheckoutSessionBrandingSettingsImage struct {
	File string                                   `json:"file"`
	Type CheckoutSessionBrandingSettingsImageType `json:"type"`
	URL  string                                   `json:"url"`
}

// CheckoutSessionCollectedInformation is what the customer entered on the
// page.
type CheckoutSessionCollectedInformation struct {
	BusinessName    string                         `json:"business_name"`
	IndividualName  string                         `json:"individual_name"`
	ShippingDetails *CheckoutSessionAddressDetails `json:"shipping_details"`
}

// CheckoutSessionAddressDetails is a name and an address the customer
// entered.
type CheckoutSessionAddressDetails struct {
	Address *Address `json:"address"`
	Name    string   `json:"name"`
}

// CheckoutSessionConsent is what the customer agreed to during checkout.
type CheckoutSessionConsent struct {
	Promotions     CheckoutSessionConsentPromotions     `json:"promotions"`
	TermsOfService CheckoutSessionConsentTermsOfService `json:"terms_of_service"`
}

// CheckoutSessionConsentCollection is what consents the session asks for.
type CheckoutSessionConsentCollection struct {
	PaymentMethodReuseAgreement *CheckoutSessionConsentCollectionPaymentMethodReuseAgreement `json:"payment_method_reuse_agreement"`
	Promotions                  CheckoutSessionConsentCollectionPromotions                   `json:"promotions"`
	TermsOfService              CheckoutSessionConsentCollectionTermsOfService               `json:"terms_of_service"`
}

// CheckoutSessionConsentCollectionPaymentMethodReuseAgreement says where
// the text about reusing the payment method is shown.
type CheckoutSessionConsentCollectionPaymentMethodReuseAgreement struct {
	Position CheckoutSessionConsentCollectionPaymentMethodReuseAgreementPosition `json:"position"`
}

// CheckoutSessionCurrencyConversion is a session's amounts in its own
// currency, before adaptive pricing converted them.
type CheckoutSessionCurrencyConversion struct {
	AmountSubtotal int64 `json:"amount_subtotal"`
	AmountTotal    int64 `json:"amount_total"`

	// FXRate is the exchange rate used, as a decimal string.
	FXRate         string   `json:"fx_rate"`
	SourceCurrency Currency `json:"source_currency"`
}

// CheckoutSessionCustomField is an extra field of the page and the value
// the customer entered; the field named by Type holds its settings and
// value.
type CheckoutSessionCustomField struct {
	Dropdown *CheckoutSessionCustomFieldDropdown `json:"dropdown"`

	// Key identifies the field in your integration.
	Key      string                           `json:"key"`
	Label    *CheckoutSessionCustomFieldLabel `json:"label"`
	Numeric  *CheckoutSessionCustomFieldInput `json:"numeric"`
	Optional bool                             `json:"optional"`
	Text     *CheckoutSessionCustomFieldInput `json:"text"`
	Type     CheckoutSessionCustomFieldType   `json:"type"`
}

// CheckoutSessionCustomFieldDropdown is a choice field and the option the
// customer chose.
type CheckoutSessionCustomFieldDropdown struct {
	DefaultValue string                                      `json:"default_value"`
	Options      []*CheckoutSessionCustomFieldDropdownOption `json:"options"`

	// Value is the Value of the option chosen.
	Value string `json:"value"`
}

// CheckoutSessionCustomFieldDropdownOption is one choice of a dropdown:
// Label is shown, Value is stored.
type CheckoutSessionCustomFieldDropdownOption struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// CheckoutSessionCustomFieldLabel is the label of a custom field.
type CheckoutSessionCustomFieldLabel struct {
	Custom string                              `json:"custom"`
	Type   CheckoutSessionCustomFieldLabelType `json:"type"`
}

// CheckoutSessionCustomFieldInput is a numeric or text custom field: its
// length limits and what the customer entered. Numeric values are strings
// too, so that leading zeros survive.
type CheckoutSessionCustomFieldInput struct {
	DefaultValue  string `json:"default_value"`
	MaximumLength int64  `json:"maximum_length"`
	MinimumLength int64  `json:"minimum_length"`
	Value         string `json:"value"`
}

// CheckoutSessionCustomText is the text you added to parts of the page.
type CheckoutSessionCustomText struct {
	AfterSubmit              *CheckoutSessionCustomTextPosition `json:"after_submit"`
	ShippingAddress          *CheckoutSessionCustomTextPosition `json:"shipping_address"`
	Submit                   *CheckoutSessionCustomTextPosition `json:"submit"`
	TermsOfServiceAcceptance *CheckoutSessionCustomTextPosition `json:"terms_of_service_acceptance"`
}

// CheckoutSessionCustomTextPosition is custom text at one place of the page.
type CheckoutSessionCustomTextPosition struct {
	Message string `json:"message"`
}

// CheckoutSessionCustomerDetails is what the customer entered about
// themselves on the page.
type CheckoutSessionCustomerDetails struct {
	Address        *Address                                `json:"address"`
	BusinessName   string                                  `json:"business_name"`
	Email          string                                  `json:"email"`
	IndividualName string                                  `json:"individual_name"`
	Name           string                                  `json:"name"`
	Phone          string                                  `json:"phone"`
	TaxExempt      CheckoutSessionCustomerDetailsTaxExempt `json:"tax_exempt"`
	TaxIDs         []*CheckoutSessionCustomerDetailsTaxID  `json:"tax_ids"`
}

// CheckoutSessionCustomerDetailsTaxID is a tax ID the customer entered.
type CheckoutSessionCustomerDetailsTaxID struct {
	Type  CheckoutSessionCustomerDetailsTaxIDType `json:"type"`
	Value string                                  `json:"value"`
}

// CheckoutSessionDiscount is a coupon or promotion code applied to a
// session.
type CheckoutSessionDiscount struct {
	// Coupon and PromotionCode are IDs unless expanded; one of them is set.
	Coupon        *Coupon        `json:"coupon"`
	PromotionCode *PromotionCode `json:"promotion_code"`
}

// CheckoutSessionInvoiceCreation says whether a one-time payment session
// creates an invoice, and what it carries.
type CheckoutSessionInvoiceCreation struct {
	Enabled     bool                                       `json:"enabled"`
	InvoiceData *CheckoutSessionInvoiceCreationInvoiceData `json:"invoice_data"`
}

// CheckoutSessionInvoiceCreationInvoiceData is what the invoice created
// after payment carries.
type CheckoutSessionInvoiceCreationInvoiceData struct {
	// AccountTaxIDs are the account's tax IDs printed on the invoice; IDs
	// unless expanded.
	AccountTaxIDs    []*TaxID                                                   `json:"account_tax_ids"`
	CustomFields     []*CheckoutSessionInvoiceCreationInvoiceDataCustomField    `json:"custom_fields"`
	Description      string                                                     `json:"description"`
	Footer           string                                                     `json:"footer"`
	Issuer           *CheckoutSessionAccountReference                           `json:"issuer"`
	Metadata         map[string]string                                          `json:"metadata"`
	RenderingOptions *CheckoutSessionInvoiceCreationInvoiceDataRenderingOptions `json:"rendering_options"`
}

// CheckoutSessionInvoiceCreationInvoiceDataCustomField is a name and value
// printed on the invoice.
type CheckoutSessionInvoiceCreationInvoiceDataCustomField struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// CheckoutSessionInvoiceCreationInvoiceDataRenderingOptions controls how
// the invoice PDF is drawn.
type CheckoutSessionInvoiceCreationInvoiceDataRenderingOptions struct {
	// AmountTaxDisplay is "exclude_tax" or "include_inclusive_tax".
	AmountTaxDisplay string `json:"amount_tax_display"`

	// Template is the ID of the invoice rendering template.
	Template string `json:"template"`
}

// CheckoutSessionManagedPayments tells whether Payske is the merchant of
// record.
type CheckoutSessionManagedPayments struct {
	Enabled bool `json:"enabled"`
}

// CheckoutSessionNameCollection is which names the page asks for.
type CheckoutSessionNameCollection struct {
	Business   *CheckoutSessionNameCollectionField `json:"business"`
	Individual *CheckoutSessionNameCollectionField `json:"individual"`
}

// CheckoutSessionNameCollectionField tells whether a name is asked for and
// whether the customer may leave it out.
type CheckoutSessionNameCollectionField struct {
	Enabled  bool `json:"enabled"`
	Optional bool `json:"optional"`
}

// CheckoutSessionOptionalItem is an item the customer could add on the
// page.
type CheckoutSessionOptionalItem struct {
	AdjustableQuantity *CheckoutSessionOptionalItemAdjustableQuantity `json:"adjustable_quantity"`

	// Price is the ID of the item's price.
	Price    string `json:"price"`
	Quantity int64  `json:"quantity"`
}

// CheckoutSessionOptionalItemAdjustableQuantity lets the customer change
// the quantity of an optional item, between Minimum and Maximum (0 when
// unset).
type CheckoutSessionOptionalItemAdjustableQuantity struct {
	Enabled bool  `json:"enabled"`
	Maximum int64 `json:"maximum"`
	Minimum int64 `json:"minimum"`
}

// CheckoutSessionPaymentMethodConfigurationDetails names the payment method
// configuration a session used.
type CheckoutSessionPaymentMethodConfigurationDetails struct {
	ID string `json:"id"`

	// Parent is the configuration this one inherits from, if any.
	Parent string `json:"parent"`
}

// CheckoutSessionPaymentMethodOptions are the options a session applies to
// each payment method type. Card options are typed; those of the other
// types are kept as received (JSON null or absent when not set), for you to
// decode when you need them.
type CheckoutSessionPaymentMethodOptions struct {
	ACSSDebit        json.RawMessage                          `json:"acss_debit,omitempty"`
	Affirm           json.RawMessage                          `json:"affirm,omitempty"`
	AfterpayClearpay json.RawMessage                          `json:"afterpay_clearpay,omitempty"`
	Alipay           json.RawMessage                          `json:"alipay,omitempty"`
	Alma             json.RawMessage                          `json:"alma,omitempty"`
	AmazonPay        json.RawMessage                          `json:"amazon_pay,omitempty"`
	AUBECSDebit      json.RawMessage                          `json:"au_becs_debit,omitempty"`
	BACSDebit        json.RawMessage                          `json:"bacs_debit,omitempty"`
	Bancontact       json.RawMessage                          `json:"bancontact,omitempty"`
	Billie           json.RawMessage                          `json:"billie,omitempty"`
	Boleto           json.RawMessage                          `json:"boleto,omitempty"`
	Card             *CheckoutSessionPaymentMethodOptionsCard `json:"card"`
	CashApp          json.RawMessage                          `json:"cashapp,omitempty"`
	Crypto           json.RawMessage                          `json:"crypto,omitempty"`
	CustomerBalance  json.RawMessage                          `json:"customer_balance,omitempty"`
	DemoPay          json.RawMessage                          `json:"demo_pay,omitempty"`
	EPS              json.RawMessage                          `json:"eps,omitempty"`
	FPX              json.RawMessage                          `json:"fpx,omitempty"`
	Giropay          json.RawMessage                          `json:"giropay,omitempty"`
	GrabPay          json.RawMessage                          `json:"grabpay,omitempty"`
	IDEAL            json.RawMessage                          `json:"ideal,omitempty"`
	KakaoPay         json.RawMessage                          `json:"kakao_pay,omitempty"`
	Klarna           json.RawMessage                          `json:"klarna,omitempty"`
	Konbini          json.RawMessage                          `json:"konbini,omitempty"`
	KrCard           json.RawMessage                          `json:"kr_card,omitempty"`
	Link             json.RawMessage                          `json:"link,omitempty"`
	MobilePay        json.RawMessage                          `json:"mobilepay,omitempty"`
	Multibanco       json.RawMessage                          `json:"multibanco,omitempty"`
	NaverPay         json.RawMessage                          `json:"naver_pay,omitempty"`
	OXXO             json.RawMessage                          `json:"oxxo,omitempty"`
	P24              json.RawMessage                          `json:"p24,omitempty"`
	PayByBank        json.RawMessage                          `json:"pay_by_bank,omitempty"`
	Payco            json.RawMessage                          `json:"payco,omitempty"`
	PayNow           json.RawMessage                          `json:"paynow,omitempty"`
	PayPal           json.RawMessage                          `json:"paypal,omitempty"`
	PayTo            json.RawMessage                          `json:"payto,omitempty"`
	Pix              json.RawMessage                          `json:"pix,omitempty"`
	RevolutPay       json.RawMessage                          `json:"revolut_pay,omitempty"`
	SamsungPay       json.RawMessage                          `json:"samsung_pay,omitempty"`
	Satispay         json.RawMessage                          `json:"satispay,omitempty"`
	Scalapay         json.RawMessage                          `json:"scalapay,omitempty"`
	SEPADebit        json.RawMessage                          `json:"sepa_debit,omitempty"`
	Sofort           json.RawMessage                          `json:"sofort,omitempty"`
	Sunbit           json.RawMessage                          `json:"sunbit,omitempty"`
	Swish            json.RawMessage                          `json:"swish,omitempty"`
	Twint            json.RawMessage                          `json:"twint,omitempty"`
	UPI              json.RawMessage                          `json:"upi,omitempty"`
	USBankAccount    json.RawMessage                          `json:"us_bank_account,omitempty"`
	WeChatPay        json.RawMessage                          `json:"wechat_pay,omitempty"`
}

// CheckoutSessionPaymentMethodOptionsCard are the card options of a
// session.
type CheckoutSessionPaymentMethodOptionsCard struct {
	CaptureMethod                   CheckoutSessionPaymentMethodOptionsCardCaptureMethod       `json:"capture_method"`
	Installments                    *CheckoutSessionPaymentMethodOptionsCardInstallments       `json:"installments"`
	RequestExtendedAuthorization    CheckoutSessionPaymentMethodOptionsCardRequest             `json:"request_extended_authorization"`
	RequestIncrementalAuthorization CheckoutSessionPaymentMethodOptionsCardRequest             `json:"request_incremental_authorization"`
	RequestMulticapture             CheckoutSessionPaymentMethodOptionsCardRequest             `json:"request_multicapture"`
	RequestOvercapture              CheckoutSessionPaymentMethodOptionsCardRequest             `json:"request_overcapture"`
	RequestThreeDSecure             CheckoutSessionPaymentMethodOptionsCardRequestThreeDSecure `json:"request_three_d_secure"`
	Restrictions                    *CheckoutSessionPaymentMethodOptionsCardRestrictions       `json:"restrictions"`
	SetupFutureUsage                CheckoutSessionPaymentMethodOptionsCardSetupFutureUsage    `json:"setup_future_usage"`

	// StatementDescriptorSuffixKana and StatementDescriptorSuffixKanji
	// complete the statement descriptor of Japanese cards.
	StatementDescriptorSuffixKana  string `json:"statement_descriptor_suffix_kana"`
	StatementDescriptorSuffixKanji string `json:"statement_descriptor_suffix_kanji"`
}

// CheckoutSessionPaymentMethodOptionsCardInstallments tells whether
// installment plans are offered.
type CheckoutSessionPaymentMethodOptionsCardInstallments struct {
	Enabled bool `json:"enabled"`
}

// CheckoutSessionPaymentMethodOptionsCardRestrictions are the cards a
// session refuses.
type CheckoutSessionPaymentMethodOptionsCardRestrictions struct {
	BrandsBlocked       []CheckoutSessionPaymentMethodOptionsCardRestrictionsBrand       `json:"brands_blocked"`
	FundingTypesBlocked []CheckoutSessionPaymentMethodOptionsCardRestrictionsFundingType `json:"funding_types_blocked"`
}

// CheckoutSessionPermissions is who may change the session after it was
// created.
type CheckoutSessionPermissions struct {
	UpdateShippingDetails CheckoutSessionPermissionsUpdateShippingDetails `json:"update_shipping_details"`
}

// CheckoutSessionPhoneNumberCollection tells whether the page asks for a
// phone number.
type CheckoutSessionPhoneNumberCollection struct {
	Enabled bool `json:"enabled"`
}

// CheckoutSessionPresentmentDetails is the session's total in the currency
// the customer pays in, when it differs from Currency.
type CheckoutSessionPresentmentDetails struct {
	PresentmentAmount   int64    `json:"presentment_amount"`
	PresentmentCurrency Currency `json:"presentment_currency"`
}

// CheckoutSessionSavedPaymentMethodOptions controls how saved payment
// methods are shown and saved.
type CheckoutSessionSavedPaymentMethodOptions struct {
	// AllowRedisplayFilters are the allow_redisplay values of the saved
	// payment methods the page shows.
	AllowRedisplayFilters []CheckoutSessionSavedPaymentMethodOptionsAllowRedisplayFilter `json:"allow_redisplay_filters"`
	PaymentMethodRemove   CheckoutSessionSavedPaymentMethodOptionsSetting                `json:"payment_method_remove"`
	PaymentMethodSave     CheckoutSessionSavedPaymentMethodOptionsSetting                `json:"payment_method_save"`
}

// CheckoutSessionShippingAddressCollection is where the customer may ship
// to.
type CheckoutSessionShippingAddressCollection struct {
	// AllowedCountries are two-letter ISO country codes.
	AllowedCountries []string `json:"allowed_countries"`
}

// CheckoutSessionShippingCost is the shipping rate the customer chose and
// what it costs, taxes included in AmountTotal.
type CheckoutSessionShippingCost struct {
	AmountSubtotal int64 `json:"amount_subtotal"`
	AmountTax      int64 `json:"amount_tax"`
	AmountTotal    int64 `json:"amount_total"`

	// ShippingRate is an ID unless expanded.
	ShippingRate *ShippingRate        `json:"shipping_rate"`
	Taxes        []*LineItemTaxAmount `json:"taxes"`
}

// CheckoutSessionShippingOption is a shipping rate offered on the page.
type CheckoutSessionShippingOption struct {
	ShippingAmount int64 `json:"shipping_amount"`

	// ShippingRate is an ID unless expanded.
	ShippingRate *ShippingRate `json:"shipping_rate"`
}

// CheckoutSessionTaxIDCollection tells whether the page asks for a tax ID.
type CheckoutSessionTaxIDCollection struct {
	Enabled  bool                                   `json:"enabled"`
	Required CheckoutSessionTaxIDCollectionRequired `json:"required"`
}

// CheckoutSessionTotalDetails sums what the session's total is made of.
type CheckoutSessionTotalDetails struct {
	AmountDiscount int64 `json:"amount_discount"`
	AmountShipping int64 `json:"amount_shipping"`
	AmountTax      int64 `json:"amount_tax"`

	// Breakdown lists each discount and tax; Payske sends it only when
	// "total_details.breakdown" is expanded.
	Breakdown *CheckoutSessionTotalDetailsBreakdown `json:"breakdown"`
}

// CheckoutSessionTotalDetailsBreakdown lists the discounts and taxes of a
// session.
type CheckoutSessionTotalDetailsBreakdown struct {
	Discounts []*LineItemDiscountAmount `json:"discounts"`
	Taxes     []*LineItemTaxAmount      `json:"taxes"`
}

// CheckoutSessionWalletOptions configures wallets on the page.
type CheckoutSessionWalletOptions struct {
	Link *CheckoutSessionWalletOptionsLink `json:"link"`
}

// CheckoutSessionWalletOptionsLink configures Link on the page.
type CheckoutSessionWalletOptionsLink struct {
	Display CheckoutSessionWalletOptionsLinkDisplay `json:"display"`
}

// The types below are objects a session points to that this SDK does not
// model in full: they decode from a bare ID or from the expanded object,
// keep its ID and object type, and keep the whole object in RawJSON (decode
// it into your own type to read further fields). MarshalJSON emits RawJSON
// unchanged when it is set and the bare ID otherwise.

// Coupon is a coupon (a discount definition) applied to a session.
type Coupon struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare coupon ID or an expanded coupon.
func (c *Coupon) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &c.ID, &c.Object, &c.RawJSON)
}

// MarshalJSON encodes c as it was received: a bare ID or the full object.
func (c Coupon) MarshalJSON() ([]byte, error) {
	return encodeReference(c.ID, c.Object, c.RawJSON)
}

// PaymentLink is the payment link (plink_...) a session was opened from.
type PaymentLink struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare payment link ID or an expanded payment link.
func (p *PaymentLink) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &p.ID, &p.Object, &p.RawJSON)
}

// MarshalJSON encodes p as it was received: a bare ID or the full object.
func (p PaymentLink) MarshalJSON() ([]byte, error) {
	return encodeReference(p.ID, p.Object, p.RawJSON)
}

// PromotionCode is a customer-facing code (promo_...) for a coupon.
type PromotionCode struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare promotion code ID or an expanded promotion
// code.
func (p *PromotionCode) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &p.ID, &p.Object, &p.RawJSON)
}

// MarshalJSON encodes p as it was received: a bare ID or the full object.
func (p PromotionCode) MarshalJSON() ([]byte, error) {
	return encodeReference(p.ID, p.Object, p.RawJSON)
}

// SetupIntent is the setup intent (seti_...) a setup session creates to
// save a payment method.
type SetupIntent struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare setup intent ID or an expanded setup intent.
func (s *SetupIntent) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &s.ID, &s.Object, &s.RawJSON)
}

// MarshalJSON encodes s as it was received: a bare ID or the full object.
func (s SetupIntent) MarshalJSON() ([]byte, error) {
	return encodeReference(s.ID, s.Object, s.RawJSON)
}

// ShippingRate is a shipping rate (shr_...) offered or chosen on the page.
type ShippingRate struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare shipping rate ID or an expanded shipping
// rate.
func (s *ShippingRate) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &s.ID, &s.Object, &s.RawJSON)
}

// MarshalJSON encodes s as it was received: a bare ID or the full object.
func (s ShippingRate) MarshalJSON() ([]byte, error) {
	return encodeReference(s.ID, s.Object, s.RawJSON)
}

// Subscription is the subscription (sub_...) a subscription session
// creates.
type Subscription struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare subscription ID or an expanded subscription.
func (s *Subscription) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &s.ID, &s.Object, &s.RawJSON)
}

// MarshalJSON encodes s as it was received: a bare ID or the full object.
func (s Subscription) MarshalJSON() ([]byte, error) {
	return encodeReference(s.ID, s.Object, s.RawJSON)
}

// TaxID is a tax ID (txi_...) of the account or a customer, possibly since
// deleted (its RawJSON then holds "deleted": true).
type TaxID struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare tax ID ID or an expanded tax ID.
func (t *TaxID) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &t.ID, &t.Object, &t.RawJSON)
}

// MarshalJSON encodes t as it was received: a bare ID or the full object.
func (t TaxID) MarshalJSON() ([]byte, error) {
	return encodeReference(t.ID, t.Object, t.RawJSON)
}
