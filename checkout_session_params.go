package payske

// CheckoutSessionParams are the parameters of session.New, and of session.Get
// (which sends only Expand). Mode says what the session is for; payment and
// subscription sessions need LineItems. Metadata, set with AddMetadata, stays
// on the session: repeat it in PaymentIntentData or SubscriptionData to find
// it on the objects the session creates.
type CheckoutSessionParams struct {
	Params `form:"*"`

	AdaptivePricing *CheckoutSessionAdaptivePricingParams `form:"adaptive_pricing"`
	AfterExpiration *CheckoutSessionAfterExpirationParams `form:"after_expiration"`

	// AllowPromotionCodes shows a field for promotion codes on the Checkout page.
	AllowPromotionCodes *bool `form:"allow_promotion_codes"`

	AutomaticTax *CheckoutSessionAutomaticTaxParams `form:"automatic_tax"`

	// BillingAddressCollection is "required" to always collect a billing address,
	// or "auto" to collect it only when needed.
	BillingAddressCollection *string `form:"billing_address_collection"`

	BrandingSettings *CheckoutSessionBrandingSettingsParams `form:"branding_settings"`

	// CancelURL is where the customer goes when they leave the page without
	// paying.
	CancelURL *string `form:"cancel_url"`

	// ClientReferenceID is your own reference for the session (a cart or customer
	// ID), to reconcile it with your system.
	ClientReferenceID *string `form:"client_reference_id"`

	ConsentCollection *CheckoutSessionConsentCollectionParams `form:"consent_collection"`

	// Currency is a lowercase ISO 4217 code; required when no line item has a
	// price.
	Currency *string `form:"currency"`

	CustomFields []*CheckoutSessionCustomFieldParams `form:"custom_fields"`
	CustomText   *CheckoutSessionCustomTextParams    `form:"custom_text"`

	// Customer is the ID of an existing customer to attach the session to; its
	// email and saved details prefill the page.
	Customer *string `form:"customer"`

	// CustomerAccount is the ID of an existing Account acting as the customer.
	CustomerAccount *string `form:"customer_account"`

	// CustomerCreation is "always" or "if_required" (payment mode only): whether
	// a Customer is created when none was given.
	CustomerCreation *string `form:"customer_creation"`

	// CustomerEmail prefills the email field when no Customer is given.
	CustomerEmail *string `form:"customer_email"`

	CustomerUpdate *CheckoutSessionCustomerUpdateParams `form:"customer_update"`
	Discounts      []*CheckoutSessionDiscountParams     `form:"discounts"`

	// ExcludedPaymentMethodTypes removes payment method types that would
	// otherwise be offered.
	ExcludedPaymentMethodTypes []*string `form:"excluded_payment_method_types"`

	// ExpiresAt is when the session stops accepting payments (Unix seconds), 30
	// minutes to 24 hours from now.
	ExpiresAt *int64 `form:"expires_at"`

	// IntegrationIdentifier tags the session for your own tracking.
	IntegrationIdentifier *string `form:"integration_identifier"`

	InvoiceCreation *CheckoutSessionInvoiceCreationParams `form:"invoice_creation"`
	LineItems       []*CheckoutSessionLineItemParams      `form:"line_items"`

	// Locale is the language of the page (see CheckoutSessionLocale); "auto"
	// follows the browser.
	Locale *string `form:"locale"`

	ManagedPayments *CheckoutSessionManagedPaymentsParams `form:"managed_payments"`

	// Mode is payment, setup or subscription; see CheckoutSessionMode.
	Mode *string `form:"mode"`

	NameCollection *CheckoutSessionNameCollectionParams `form:"name_collection"`
	OptionalItems  []*CheckoutSessionOptionalItemParams `form:"optional_items"`

	// OriginContext is where the session is opened from: "web" or "mobile_app".
	OriginContext *string `form:"origin_context"`

	PaymentIntentData *CheckoutSessionPaymentIntentDataParams `form:"payment_intent_data"`

	// PaymentMethodCollection is "if_required" to skip collecting a payment
	// method when nothing is due (subscriptions with a free trial).
	PaymentMethodCollection *string `form:"payment_method_collection"`

	// PaymentMethodConfiguration is the ID of the payment method configuration to
	// use.
	PaymentMethodConfiguration *string `form:"payment_method_configuration"`

	PaymentMethodData    *CheckoutSessionPaymentMethodDataParams    `form:"payment_method_data"`
	PaymentMethodOptions *CheckoutSessionPaymentMethodOptionsParams `form:"payment_method_options"`

	// PaymentMethodTypes restricts the session to these payment method types, for
	// example "card"; by default Payske chooses from the dashboard settings.
	PaymentMethodTypes []*string `form:"payment_method_types"`

	Permissions           *CheckoutSessionPermissionsParams           `form:"permissions"`
	PhoneNumberCollection *CheckoutSessionPhoneNumberCollectionParams `form:"phone_number_collection"`

	// RedirectOnCompletion controls when an embedded session redirects to
	// ReturnURL.
	RedirectOnCompletion *string `form:"redirect_on_completion"`

	// ReturnURL is where embedded sessions send the customer after payment;
	// {CHECKOUT_SESSION_ID} is replaced by the session ID.
	ReturnURL *string `form:"return_url"`

	SavedPaymentMethodOptions *CheckoutSessionSavedPaymentMethodOptionsParams `form:"saved_payment_method_options"`
	SetupIntentData           *CheckoutSessionSetupIntentDataParams           `form:"setup_intent_data"`
	ShippingAddressCollection *CheckoutSessionShippingAddressCollectionParams `form:"shipping_address_collection"`
	ShippingOptions           []*CheckoutSessionShippingOptionParams          `form:"shipping_options"`

	// SubmitType changes the label of the pay button (pay, book, donate,
	// subscribe or auto).
	SubmitType *string `form:"submit_type"`

	SubscriptionData *CheckoutSessionSubscriptionDataParams `form:"subscription_data"`

	// SuccessURL is where the customer goes after paying; {CHECKOUT_SESSION_ID}
	// is replaced by the session ID.
	SuccessURL *string `form:"success_url"`

	TaxIDCollection *CheckoutSessionTaxIDCollectionParams `form:"tax_id_collection"`

	// UIMode is how the session is shown: hosted_page (the default),
	// embedded_page or elements.
	UIMode *string `form:"ui_mode"`

	WalletOptions *CheckoutSessionWalletOptionsParams `form:"wallet_options"`
}

// CheckoutSessionAdaptivePricingParams lets customers pay in their local
// currency, converted by Payske.
type CheckoutSessionAdaptivePricingParams struct {
	Enabled *bool `form:"enabled"`
}

// CheckoutSessionAfterExpirationParams configures what happens once the
// session expires.
type CheckoutSessionAfterExpirationParams struct {
	Recovery *CheckoutSessionAfterExpirationRecoveryParams `form:"recovery"`
}

// CheckoutSessionAfterExpirationRecoveryParams offers an expired session back
// to the customer as a new one, through a recovery URL. Enabled is required.
type CheckoutSessionAfterExpirationRecoveryParams struct {
	AllowPromotionCodes *bool `form:"allow_promotion_codes"`
	Enabled             *bool `form:"enabled"`
}

// CheckoutSessionAutomaticTaxParams has Payske compute tax from the customer's
// location. Enabled is required.
type CheckoutSessionAutomaticTaxParams struct {
	Enabled   *bool                                       `form:"enabled"`
	Liability *CheckoutSessionAutomaticTaxLiabilityParams `form:"liability"`
}

// CheckoutSessionAutomaticTaxLiabilityParams names the account responsible for
// the tax: the platform (self) or a connected account. Type is required.
type CheckoutSessionAutomaticTaxLiabilityParams struct {
	Account *string `form:"account"`
	Type    *string `form:"type"`
}

// CheckoutSessionBrandingSettingsParams overrides the account's branding on
// the Checkout page.
type CheckoutSessionBrandingSettingsParams struct {
	BackgroundColor *string                                    `form:"background_color"`
	BorderStyle     *string                                    `form:"border_style"`
	ButtonColor     *string                                    `form:"button_color"`
	DisplayName     *string                                    `form:"display_name"`
	FontFamily      *string                                    `form:"font_family"`
	Icon            *CheckoutSessionBrandingSettingsIconParams `form:"icon"`
	Logo            *CheckoutSessionBrandingSettingsLogoParams `form:"logo"`
}

// CheckoutSessionBrandingSettingsIconParams is the icon shown on the Checkout
// page: an uploaded file or a URL. Type is required.
type CheckoutSessionBrandingSettingsIconParams struct {
	File *string `form:"file"`
	Type *string `form:"type"`
	URL  *string `form:"url"`
}

// CheckoutSessionBrandingSettingsLogoParams is the logo shown on the Checkout
// page: an uploaded file or a URL. Type is required.
type CheckoutSessionBrandingSettingsLogoParams struct {
	File *string `form:"file"`
	Type *string `form:"type"`
	URL  *string `form:"url"`
}

// CheckoutSessionConsentCollectionParams asks the customer for consents during
// checkout.
type CheckoutSessionConsentCollectionParams struct {
	PaymentMethodReuseAgreement *CheckoutSessionConsentCollectionPaymentMethodReuseAgreementParams `form:"payment_method_reuse_agreement"`
	Promotions                  *string                                                            `form:"promotions"`
	TermsOfService              *string                                                            `form:"terms_of_service"`
}

// CheckoutSessionConsentCollectionPaymentMethodReuseAgreementParams controls
// where the text about saving the payment method for reuse appears. Position
// is required.
type CheckoutSessionConsentCollectionPaymentMethodReuseAgreementParams struct {
	Position *string `form:"position"`
}

// CheckoutSessionCustomFieldParams adds a field for the customer to fill in on
// the Checkout page (up to three). Key, Label and Type are required.
type CheckoutSessionCustomFieldParams struct {
	Dropdown *CheckoutSessionCustomFieldDropdownParams `form:"dropdown"`
	Key      *string                                   `form:"key"`
	Label    *CheckoutSessionCustomFieldLabelParams    `form:"label"`
	Numeric  *CheckoutSessionCustomFieldNumericParams  `form:"numeric"`
	Optional *bool                                     `form:"optional"`
	Text     *CheckoutSessionCustomFieldTextParams     `form:"text"`
	Type     *string                                   `form:"type"`
}

// CheckoutSessionCustomFieldDropdownParams makes a custom field a choice among
// Options. Options is required.
type CheckoutSessionCustomFieldDropdownParams struct {
	DefaultValue *string                                           `form:"default_value"`
	Options      []*CheckoutSessionCustomFieldDropdownOptionParams `form:"options"`
}

// CheckoutSessionCustomFieldDropdownOptionParams is one choice of a dropdown
// custom field: Label is shown, Value is stored. Label and Value are required.
type CheckoutSessionCustomFieldDropdownOptionParams struct {
	Label *string `form:"label"`
	Value *string `form:"value"`
}

// CheckoutSessionCustomFieldLabelParams is the label shown above a custom
// field. Custom and Type are required.
type CheckoutSessionCustomFieldLabelParams struct {
	Custom *string `form:"custom"`
	Type   *string `form:"type"`
}

// CheckoutSessionCustomFieldNumericParams constrains a numeric custom field.
type CheckoutSessionCustomFieldNumericParams struct {
	DefaultValue  *string `form:"default_value"`
	MaximumLength *int64  `form:"maximum_length"`
	MinimumLength *int64  `form:"minimum_length"`
}

// CheckoutSessionCustomFieldTextParams constrains a text custom field.
type CheckoutSessionCustomFieldTextParams struct {
	DefaultValue  *string `form:"default_value"`
	MaximumLength *int64  `form:"maximum_length"`
	MinimumLength *int64  `form:"minimum_length"`
}

// CheckoutSessionCustomTextParams adds your own text next to parts of the
// Checkout page.
type CheckoutSessionCustomTextParams struct {
	AfterSubmit              *CheckoutSessionCustomTextPositionParams `form:"after_submit"`
	ShippingAddress          *CheckoutSessionCustomTextPositionParams `form:"shipping_address"`
	Submit                   *CheckoutSessionCustomTextPositionParams `form:"submit"`
	TermsOfServiceAcceptance *CheckoutSessionCustomTextPositionParams `form:"terms_of_service_acceptance"`
}

// CheckoutSessionCustomTextPositionParams is a piece of custom text shown at
// one place of the Checkout page. Message is required.
type CheckoutSessionCustomTextPositionParams struct {
	Message *string `form:"message"`
}

// CheckoutSessionCustomerUpdateParams saves what the customer enters during
// checkout back onto an existing Customer.
type CheckoutSessionCustomerUpdateParams struct {
	Address  *string `form:"address"`
	Name     *string `form:"name"`
	Shipping *string `form:"shipping"`
}

// CheckoutSessionDiscountParams applies a coupon or a promotion code to the
// session (one of the two).
type CheckoutSessionDiscountParams struct {
	Coupon        *string `form:"coupon"`
	PromotionCode *string `form:"promotion_code"`
}

// CheckoutSessionInvoiceCreationParams creates an invoice for a one-time
// payment once the session completes. Enabled is required.
type CheckoutSessionInvoiceCreationParams struct {
	Enabled     *bool                                            `form:"enabled"`
	InvoiceData *CheckoutSessionInvoiceCreationInvoiceDataParams `form:"invoice_data"`
}

// CheckoutSessionInvoiceCreationInvoiceDataParams is what the invoice created
// after payment carries.
type CheckoutSessionInvoiceCreationInvoiceDataParams struct {
	// AccountTaxIDs are the IDs of the account's tax IDs printed on the
	// invoice; an empty, non-nil slice sends "" to print none.
	AccountTaxIDs []*string `form:"account_tax_ids"`

	CustomFields     []*CheckoutSessionInvoiceCreationInvoiceDataCustomFieldParams    `form:"custom_fields"`
	Description      *string                                                          `form:"description"`
	Footer           *string                                                          `form:"footer"`
	Issuer           *CheckoutSessionInvoiceCreationInvoiceDataIssuerParams           `form:"issuer"`
	Metadata         map[string]string                                                `form:"metadata"`
	RenderingOptions *CheckoutSessionInvoiceCreationInvoiceDataRenderingOptionsParams `form:"rendering_options"`
}

// CheckoutSessionInvoiceCreationInvoiceDataCustomFieldParams is a name and
// value printed on the invoice. Name and Value are required.
type CheckoutSessionInvoiceCreationInvoiceDataCustomFieldParams struct {
	Name  *string `form:"name"`
	Value *string `form:"value"`
}

// CheckoutSessionInvoiceCreationInvoiceDataIssuerParams names the account that
// issues the invoice. Type is required.
type CheckoutSessionInvoiceCreationInvoiceDataIssuerParams struct {
	Account *string `form:"account"`
	Type    *string `form:"type"`
}

// CheckoutSessionInvoiceCreationInvoiceDataRenderingOptionsParams controls how
// the invoice PDF is drawn.
type CheckoutSessionInvoiceCreationInvoiceDataRenderingOptionsParams struct {
	AmountTaxDisplay *string `form:"amount_tax_display"`
	Template         *string `form:"template"`
}

// CheckoutSessionLineItemParams is one item the customer buys: either an
// existing Price by ID or PriceData to create a price inline, and the
// Quantity.
type CheckoutSessionLineItemParams struct {
	AdjustableQuantity *CheckoutSessionLineItemAdjustableQuantityParams `form:"adjustable_quantity"`

	// DynamicTaxRates are tax rate IDs of which Payske applies the one matching
	// the customer's address.
	DynamicTaxRates []*string `form:"dynamic_tax_rates"`

	// Metadata is kept on the line item.
	Metadata map[string]string `form:"metadata"`

	// Price is the ID of an existing price.
	Price *string `form:"price"`

	PriceData *CheckoutSessionLineItemPriceDataParams `form:"price_data"`

	// Quantity is how many of the item the customer buys.
	Quantity *int64 `form:"quantity"`

	// TaxRates are tax rate IDs applied to this item.
	TaxRates []*string `form:"tax_rates"`
}

// CheckoutSessionLineItemAdjustableQuantityParams lets the customer change the
// quantity of an item on the Checkout page. Enabled is required.
type CheckoutSessionLineItemAdjustableQuantityParams struct {
	Enabled *bool  `form:"enabled"`
	Maximum *int64 `form:"maximum"`
	Minimum *int64 `form:"minimum"`
}

// CheckoutSessionLineItemPriceDataParams creates a price for a line item
// inline, instead of referring to an existing Price. Give either Product or
// ProductData. Currency is required.
type CheckoutSessionLineItemPriceDataParams struct {
	// Currency is a lowercase ISO 4217 code.
	Currency *string `form:"currency"`

	// Product is the ID of an existing product the price belongs to.
	Product *string `form:"product"`

	ProductData *CheckoutSessionLineItemPriceDataProductDataParams `form:"product_data"`
	Recurring   *CheckoutSessionLineItemPriceDataRecurringParams   `form:"recurring"`

	// TaxBehavior says whether UnitAmount includes tax; see PriceTaxBehavior.
	TaxBehavior *string `form:"tax_behavior"`

	// UnitAmount is the price in the smallest currency unit.
	UnitAmount *int64 `form:"unit_amount"`

	// UnitAmountDecimal is UnitAmount with up to 12 decimal places, as a decimal
	// string ("0.5"); give one of the two.
	UnitAmountDecimal *string `form:"unit_amount_decimal"`
}

// CheckoutSessionLineItemPriceDataProductDataParams creates the product of an
// inline price. Name is required.
type CheckoutSessionLineItemPriceDataProductDataParams struct {
	Description *string `form:"description"`

	// Images are up to 8 URLs of product images.
	Images []*string `form:"images"`

	Metadata map[string]string `form:"metadata"`

	// Name is shown to the customer.
	Name *string `form:"name"`

	// TaxCode is a Payske tax code, for automatic tax.
	TaxCode *string `form:"tax_code"`

	// UnitLabel names the unit on receipts and invoices, for example "seat".
	UnitLabel *string `form:"unit_label"`
}

// CheckoutSessionLineItemPriceDataRecurringParams makes an inline price
// recurring, for subscription sessions. Interval is required.
type CheckoutSessionLineItemPriceDataRecurringParams struct {
	Interval      *string `form:"interval"`
	IntervalCount *int64  `form:"interval_count"`
}

// CheckoutSessionManagedPaymentsParams lets Payske act as the merchant of
// record for the session.
type CheckoutSessionManagedPaymentsParams struct {
	Enabled *bool `form:"enabled"`
}

// CheckoutSessionNameCollectionParams asks the customer for a business or an
// individual name.
type CheckoutSessionNameCollectionParams struct {
	Business   *CheckoutSessionNameCollectionBusinessParams   `form:"business"`
	Individual *CheckoutSessionNameCollectionIndividualParams `form:"individual"`
}

// CheckoutSessionNameCollectionBusinessParams collects a business name.
// Enabled is required.
type CheckoutSessionNameCollectionBusinessParams struct {
	Enabled  *bool `form:"enabled"`
	Optional *bool `form:"optional"`
}

// CheckoutSessionNameCollectionIndividualParams collects an individual's name.
// Enabled is required.
type CheckoutSessionNameCollectionIndividualParams struct {
	Enabled  *bool `form:"enabled"`
	Optional *bool `form:"optional"`
}

// CheckoutSessionOptionalItemParams is an item the customer may add to the
// purchase on the Checkout page. Price and Quantity are required.
type CheckoutSessionOptionalItemParams struct {
	AdjustableQuantity *CheckoutSessionOptionalItemAdjustableQuantityParams `form:"adjustable_quantity"`
	Price              *string                                              `form:"price"`
	Quantity           *int64                                               `form:"quantity"`
}

// CheckoutSessionOptionalItemAdjustableQuantityParams lets the customer change
// the quantity of an optional item. Enabled is required.
type CheckoutSessionOptionalItemAdjustableQuantityParams struct {
	Enabled *bool  `form:"enabled"`
	Maximum *int64 `form:"maximum"`
	Minimum *int64 `form:"minimum"`
}

// CheckoutSessionPaymentIntentDataParams configures the PaymentIntent a
// payment session creates.
type CheckoutSessionPaymentIntentDataParams struct {
	// ApplicationFeeAmount is what the Connect platform keeps of the payment.
	ApplicationFeeAmount *int64 `form:"application_fee_amount"`

	// CaptureMethod "manual" only authorizes the payment.
	CaptureMethod *string `form:"capture_method"`

	Description *string           `form:"description"`
	Metadata    map[string]string `form:"metadata"`

	// OnBehalfOf is the connected account the payment is made for.
	OnBehalfOf *string `form:"on_behalf_of"`

	ReceiptEmail *string `form:"receipt_email"`

	// SetupFutureUsage saves the payment method for later: "on_session" or
	// "off_session".
	SetupFutureUsage *string `form:"setup_future_usage"`

	Shipping                  *ShippingDetailsParams                              `form:"shipping"`
	StatementDescriptor       *string                                             `form:"statement_descriptor"`
	StatementDescriptorSuffix *string                                             `form:"statement_descriptor_suffix"`
	TransferData              *CheckoutSessionPaymentIntentDataTransferDataParams `form:"transfer_data"`
	TransferGroup             *string                                             `form:"transfer_group"`
}

// CheckoutSessionPaymentIntentDataTransferDataParams makes the payment a
// destination charge to a connected account. Destination is required.
type CheckoutSessionPaymentIntentDataTransferDataParams struct {
	Amount      *int64  `form:"amount"`
	Destination *string `form:"destination"`
}

// CheckoutSessionPaymentMethodDataParams configures the PaymentMethod saved by
// the session.
type CheckoutSessionPaymentMethodDataParams struct {
	AllowRedisplay *string `form:"allow_redisplay"`
}

// CheckoutSessionPaymentMethodOptionsParams configures each payment method
// type the session may offer. Only the options of the types offered matter.
type CheckoutSessionPaymentMethodOptionsParams struct {
	ACSSDebit        *CheckoutSessionPaymentMethodOptionsACSSDebitParams        `form:"acss_debit"`
	Affirm           *CheckoutSessionPaymentMethodOptionsAffirmParams           `form:"affirm"`
	AfterpayClearpay *CheckoutSessionPaymentMethodOptionsAfterpayClearpayParams `form:"afterpay_clearpay"`
	Alipay           *CheckoutSessionPaymentMethodOptionsAlipayParams           `form:"alipay"`
	Alma             *CheckoutSessionPaymentMethodOptionsAlmaParams             `form:"alma"`
	AmazonPay        *CheckoutSessionPaymentMethodOptionsAmazonPayParams        `form:"amazon_pay"`
	AUBECSDebit      *CheckoutSessionPaymentMethodOptionsAUBECSDebitParams      `form:"au_becs_debit"`
	BACSDebit        *CheckoutSessionPaymentMethodOptionsBACSDebitParams        `form:"bacs_debit"`
	Bancontact       *CheckoutSessionPaymentMethodOptionsBancontactParams       `form:"bancontact"`
	Billie           *CheckoutSessionPaymentMethodOptionsBillieParams           `form:"billie"`
	Boleto           *CheckoutSessionPaymentMethodOptionsBoletoParams           `form:"boleto"`
	Card             *CheckoutSessionPaymentMethodOptionsCardParams             `form:"card"`
	CashApp          *CheckoutSessionPaymentMethodOptionsCashAppParams          `form:"cashapp"`
	Crypto           *CheckoutSessionPaymentMethodOptionsCryptoParams           `form:"crypto"`
	CustomerBalance  *CheckoutSessionPaymentMethodOptionsCustomerBalanceParams  `form:"customer_balance"`
	DemoPay          *CheckoutSessionPaymentMethodOptionsDemoPayParams          `form:"demo_pay"`
	EPS              *CheckoutSessionPaymentMethodOptionsEPSParams              `form:"eps"`
	FPX              *CheckoutSessionPaymentMethodOptionsFPXParams              `form:"fpx"`
	Giropay          *CheckoutSessionPaymentMethodOptionsGiropayParams          `form:"giropay"`
	GrabPay          *CheckoutSessionPaymentMethodOptionsGrabPayParams          `form:"grabpay"`
	IDEAL            *CheckoutSessionPaymentMethodOptionsIDEALParams            `form:"ideal"`
	KakaoPay         *CheckoutSessionPaymentMethodOptionsKakaoPayParams         `form:"kakao_pay"`
	Klarna           *CheckoutSessionPaymentMethodOptionsKlarnaParams           `form:"klarna"`
	Konbini          *CheckoutSessionPaymentMethodOptionsKonbiniParams          `form:"konbini"`
	KrCard           *CheckoutSessionPaymentMethodOptionsKrCardParams           `form:"kr_card"`
	Link             *CheckoutSessionPaymentMethodOptionsLinkParams             `form:"link"`
	MobilePay        *CheckoutSessionPaymentMethodOptionsMobilePayParams        `form:"mobilepay"`
	Multibanco       *CheckoutSessionPaymentMethodOptionsMultibancoParams       `form:"multibanco"`
	NaverPay         *CheckoutSessionPaymentMethodOptionsNaverPayParams         `form:"naver_pay"`
	OXXO             *CheckoutSessionPaymentMethodOptionsOXXOParams             `form:"oxxo"`
	P24              *CheckoutSessionPaymentMethodOptionsP24Params              `form:"p24"`
	PayByBank        *CheckoutSessionPaymentMethodOptionsPayByBankParams        `form:"pay_by_bank"`
	Payco            *CheckoutSessionPaymentMethodOptionsPaycoParams            `form:"payco"`
	PayNow           *CheckoutSessionPaymentMethodOptionsPayNowParams           `form:"paynow"`
	PayPal           *CheckoutSessionPaymentMethodOptionsPayPalParams           `form:"paypal"`
	PayTo            *CheckoutSessionPaymentMethodOptionsPayToParams            `form:"payto"`
	Pix              *CheckoutSessionPaymentMethodOptionsPixParams              `form:"pix"`
	RevolutPay       *CheckoutSessionPaymentMethodOptionsRevolutPayParams       `form:"revolut_pay"`
	SamsungPay       *CheckoutSessionPaymentMethodOptionsSamsungPayParams       `form:"samsung_pay"`
	Satispay         *CheckoutSessionPaymentMethodOptionsSatispayParams         `form:"satispay"`
	Scalapay         *CheckoutSessionPaymentMethodOptionsScalapayParams         `form:"scalapay"`
	SEPADebit        *CheckoutSessionPaymentMethodOptionsSEPADebitParams        `form:"sepa_debit"`
	Sofort           *CheckoutSessionPaymentMethodOptionsSofortParams           `form:"sofort"`
	Sunbit           *CheckoutSessionPaymentMethodOptionsSunbitParams           `form:"sunbit"`
	Swish            *CheckoutSessionPaymentMethodOptionsSwishParams            `form:"swish"`
	Twint            *CheckoutSessionPaymentMethodOptionsTwintParams            `form:"twint"`
	UPI              *CheckoutSessionPaymentMethodOptionsUPIParams              `form:"upi"`
	USBankAccount    *CheckoutSessionPaymentMethodOptionsUSBankAccountParams    `form:"us_bank_account"`
	WeChatPay        *CheckoutSessionPaymentMethodOptionsWeChatPayParams        `form:"wechat_pay"`
}

// CheckoutSessionPaymentMethodOptionsACSSDebitParams configures Canadian
// pre-authorized debits.
type CheckoutSessionPaymentMethodOptionsACSSDebitParams struct {
	Currency           *string                                                           `form:"currency"`
	MandateOptions     *CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsParams `form:"mandate_options"`
	SetupFutureUsage   *string                                                           `form:"setup_future_usage"`
	TargetDate         *string                                                           `form:"target_date"`
	VerificationMethod *string                                                           `form:"verification_method"`
}

// CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsParams describes
// the mandate the customer accepts for ACSS debits.
type CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsParams struct {
	CustomMandateURL    *string   `form:"custom_mandate_url"`
	DefaultFor          []*string `form:"default_for"`
	IntervalDescription *string   `form:"interval_description"`
	PaymentSchedule     *string   `form:"payment_schedule"`
	TransactionType     *string   `form:"transaction_type"`
}

// CheckoutSessionPaymentMethodOptionsAffirmParams configures Affirm.
type CheckoutSessionPaymentMethodOptionsAffirmParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsAfterpayClearpayParams configures
// Afterpay / Clearpay.
type CheckoutSessionPaymentMethodOptionsAfterpayClearpayParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsAlipayParams configures Alipay.
type CheckoutSessionPaymentMethodOptionsAlipayParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsAlmaParams configures Alma.
type CheckoutSessionPaymentMethodOptionsAlmaParams struct {
	CaptureMethod *string `form:"capture_method"`
}

// CheckoutSessionPaymentMethodOptionsAmazonPayParams configures Amazon Pay.
type CheckoutSessionPaymentMethodOptionsAmazonPayParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsAUBECSDebitParams configures BECS Direct
// Debit in Australia.
type CheckoutSessionPaymentMethodOptionsAUBECSDebitParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
	TargetDate       *string `form:"target_date"`
}

// CheckoutSessionPaymentMethodOptionsBACSDebitParams configures Bacs Direct
// Debit.
type CheckoutSessionPaymentMethodOptionsBACSDebitParams struct {
	MandateOptions   *CheckoutSessionPaymentMethodOptionsBACSDebitMandateOptionsParams `form:"mandate_options"`
	SetupFutureUsage *string                                                           `form:"setup_future_usage"`
	TargetDate       *string                                                           `form:"target_date"`
}

// CheckoutSessionPaymentMethodOptionsBACSDebitMandateOptionsParams describes
// the Bacs Direct Debit mandate.
type CheckoutSessionPaymentMethodOptionsBACSDebitMandateOptionsParams struct {
	ReferencePrefix *string `form:"reference_prefix"`
}

// CheckoutSessionPaymentMethodOptionsBancontactParams configures Bancontact.
type CheckoutSessionPaymentMethodOptionsBancontactParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsBillieParams configures Billie.
type CheckoutSessionPaymentMethodOptionsBillieParams struct {
	CaptureMethod *string `form:"capture_method"`
}

// CheckoutSessionPaymentMethodOptionsBoletoParams configures Boleto.
type CheckoutSessionPaymentMethodOptionsBoletoParams struct {
	ExpiresAfterDays *int64  `form:"expires_after_days"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsCardParams configures card payments.
type CheckoutSessionPaymentMethodOptionsCardParams struct {
	CaptureMethod                   *string                                                    `form:"capture_method"`
	Installments                    *CheckoutSessionPaymentMethodOptionsCardInstallmentsParams `form:"installments"`
	RequestExtendedAuthorization    *string                                                    `form:"request_extended_authorization"`
	RequestIncrementalAuthorization *string                                                    `form:"request_incremental_authorization"`
	RequestMulticapture             *string                                                    `form:"request_multicapture"`
	RequestOvercapture              *string                                                    `form:"request_overcapture"`
	RequestThreeDSecure             *string                                                    `form:"request_three_d_secure"`
	Restrictions                    *CheckoutSessionPaymentMethodOptionsCardRestrictionsParams `form:"restrictions"`
	SetupFutureUsage                *string                                                    `form:"setup_future_usage"`

	// StatementDescriptorSuffixKana completes the Kana statement descriptor
	// (Japanese cards).
	StatementDescriptorSuffixKana *string `form:"statement_descriptor_suffix_kana"`

	// StatementDescriptorSuffixKanji completes the Kanji statement descriptor
	// (Japanese cards).
	StatementDescriptorSuffixKanji *string `form:"statement_descriptor_suffix_kanji"`
}

// CheckoutSessionPaymentMethodOptionsCardInstallmentsParams offers installment
// plans where the card supports them (Mexico).
type CheckoutSessionPaymentMethodOptionsCardInstallmentsParams struct {
	Enabled *bool `form:"enabled"`
}

// CheckoutSessionPaymentMethodOptionsCardRestrictionsParams refuses cards of
// some brands or funding types.
type CheckoutSessionPaymentMethodOptionsCardRestrictionsParams struct {
	BrandsBlocked       []*string `form:"brands_blocked"`
	FundingTypesBlocked []*string `form:"funding_types_blocked"`
}

// CheckoutSessionPaymentMethodOptionsCashAppParams configures Cash App Pay.
type CheckoutSessionPaymentMethodOptionsCashAppParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsCryptoParams configures crypto payments.
type CheckoutSessionPaymentMethodOptionsCryptoParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsCustomerBalanceParams configures payments
// from the customer's cash balance, funded by bank transfer.
type CheckoutSessionPaymentMethodOptionsCustomerBalanceParams struct {
	BankTransfer     *CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferParams `form:"bank_transfer"`
	FundingType      *string                                                               `form:"funding_type"`
	SetupFutureUsage *string                                                               `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferParams configures
// the bank transfer that funds the customer balance. Type is required.
type CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferParams struct {
	EUBankTransfer        *CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferEUBankTransferParams `form:"eu_bank_transfer"`
	RequestedAddressTypes []*string                                                                           `form:"requested_address_types"`
	Type                  *string                                                                             `form:"type"`
}

// CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferEUBankTransferParams configures
// EU bank transfers. Country is required.
type CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferEUBankTransferParams struct {
	Country *string `form:"country"`
}

// CheckoutSessionPaymentMethodOptionsDemoPayParams configures the demo payment
// method.
type CheckoutSessionPaymentMethodOptionsDemoPayParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsEPSParams configures EPS.
type CheckoutSessionPaymentMethodOptionsEPSParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsFPXParams configures FPX.
type CheckoutSessionPaymentMethodOptionsFPXParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsGiropayParams configures giropay.
type CheckoutSessionPaymentMethodOptionsGiropayParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsGrabPayParams configures GrabPay.
type CheckoutSessionPaymentMethodOptionsGrabPayParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsIDEALParams configures iDEAL.
type CheckoutSessionPaymentMethodOptionsIDEALParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsKakaoPayParams configures Kakao Pay.
type CheckoutSessionPaymentMethodOptionsKakaoPayParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsKlarnaParams configures Klarna.
type CheckoutSessionPaymentMethodOptionsKlarnaParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`

	// Subscriptions describes what the customer subscribes to; an empty, non-nil
	// slice sends "" to clear it.
	Subscriptions []*CheckoutSessionPaymentMethodOptionsKlarnaSubscriptionParams `form:"subscriptions"`
}

// CheckoutSessionPaymentMethodOptionsKlarnaSubscriptionParams describes a
// subscription the customer signs up to with Klarna. Interval, NextBilling and
// Reference are required.
type CheckoutSessionPaymentMethodOptionsKlarnaSubscriptionParams struct {
	Interval      *string                                                                 `form:"interval"`
	IntervalCount *int64                                                                  `form:"interval_count"`
	Name          *string                                                                 `form:"name"`
	NextBilling   *CheckoutSessionPaymentMethodOptionsKlarnaSubscriptionNextBillingParams `form:"next_billing"`
	Reference     *string                                                                 `form:"reference"`
}

// CheckoutSessionPaymentMethodOptionsKlarnaSubscriptionNextBillingParams is
// the next charge of a Klarna subscription. Amount and Date are required.
type CheckoutSessionPaymentMethodOptionsKlarnaSubscriptionNextBillingParams struct {
	Amount *int64  `form:"amount"`
	Date   *string `form:"date"`
}

// CheckoutSessionPaymentMethodOptionsKonbiniParams configures Konbini.
type CheckoutSessionPaymentMethodOptionsKonbiniParams struct {
	ExpiresAfterDays *int64  `form:"expires_after_days"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsKrCardParams configures Korean cards.
type CheckoutSessionPaymentMethodOptionsKrCardParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsLinkParams configures Link.
type CheckoutSessionPaymentMethodOptionsLinkParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsMobilePayParams configures MobilePay.
type CheckoutSessionPaymentMethodOptionsMobilePayParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsMultibancoParams configures Multibanco.
type CheckoutSessionPaymentMethodOptionsMultibancoParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsNaverPayParams configures Naver Pay.
type CheckoutSessionPaymentMethodOptionsNaverPayParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsOXXOParams configures OXXO.
type CheckoutSessionPaymentMethodOptionsOXXOParams struct {
	ExpiresAfterDays *int64  `form:"expires_after_days"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsP24Params configures Przelewy24.
type CheckoutSessionPaymentMethodOptionsP24Params struct {
	SetupFutureUsage    *string `form:"setup_future_usage"`
	TOSShownAndAccepted *bool   `form:"tos_shown_and_accepted"`
}

// CheckoutSessionPaymentMethodOptionsPayByBankParams configures Pay by Bank.
// It has no options yet; a non-nil value sends nothing.
type CheckoutSessionPaymentMethodOptionsPayByBankParams struct {
}

// CheckoutSessionPaymentMethodOptionsPaycoParams configures PAYCO.
type CheckoutSessionPaymentMethodOptionsPaycoParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsPayNowParams configures PayNow.
type CheckoutSessionPaymentMethodOptionsPayNowParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsPayPalParams configures PayPal.
type CheckoutSessionPaymentMethodOptionsPayPalParams struct {
	CaptureMethod     *string `form:"capture_method"`
	PreferredLocale   *string `form:"preferred_locale"`
	Reference         *string `form:"reference"`
	RiskCorrelationID *string `form:"risk_correlation_id"`
	SetupFutureUsage  *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsPayToParams configures PayTo.
type CheckoutSessionPaymentMethodOptionsPayToParams struct {
	MandateOptions   *CheckoutSessionPaymentMethodOptionsPayToMandateOptionsParams `form:"mandate_options"`
	SetupFutureUsage *string                                                       `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsPayToMandateOptionsParams describes the
// PayTo mandate.
type CheckoutSessionPaymentMethodOptionsPayToMandateOptionsParams struct {
	// Amount is the mandate amount in the smallest currency unit.
	Amount *int64 `form:"amount"`

	AmountType        *string `form:"amount_type"`
	EndDate           *string `form:"end_date"`
	PaymentSchedule   *string `form:"payment_schedule"`
	PaymentsPerPeriod *int64  `form:"payments_per_period"`
	Purpose           *string `form:"purpose"`
	StartDate         *string `form:"start_date"`
}

// CheckoutSessionPaymentMethodOptionsPixParams configures Pix.
type CheckoutSessionPaymentMethodOptionsPixParams struct {
	AmountIncludesIOF   *string                                                     `form:"amount_includes_iof"`
	ExpiresAfterSeconds *int64                                                      `form:"expires_after_seconds"`
	MandateOptions      *CheckoutSessionPaymentMethodOptionsPixMandateOptionsParams `form:"mandate_options"`
	SetupFutureUsage    *string                                                     `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsPixMandateOptionsParams describes the Pix
// Automático mandate.
type CheckoutSessionPaymentMethodOptionsPixMandateOptionsParams struct {
	Amount            *int64  `form:"amount"`
	AmountIncludesIOF *string `form:"amount_includes_iof"`
	AmountType        *string `form:"amount_type"`
	Currency          *string `form:"currency"`
	EndDate           *string `form:"end_date"`
	PaymentSchedule   *string `form:"payment_schedule"`
	Reference         *string `form:"reference"`
	StartDate         *string `form:"start_date"`
}

// CheckoutSessionPaymentMethodOptionsRevolutPayParams configures Revolut Pay.
type CheckoutSessionPaymentMethodOptionsRevolutPayParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsSamsungPayParams configures Samsung Pay.
type CheckoutSessionPaymentMethodOptionsSamsungPayParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsSatispayParams configures Satispay.
type CheckoutSessionPaymentMethodOptionsSatispayParams struct {
	CaptureMethod *string `form:"capture_method"`
}

// CheckoutSessionPaymentMethodOptionsScalapayParams configures Scalapay.
type CheckoutSessionPaymentMethodOptionsScalapayParams struct {
	CaptureMethod *string `form:"capture_method"`
}

// CheckoutSessionPaymentMethodOptionsSEPADebitParams configures SEPA Direct
// Debit.
type CheckoutSessionPaymentMethodOptionsSEPADebitParams struct {
	MandateOptions   *CheckoutSessionPaymentMethodOptionsSEPADebitMandateOptionsParams `form:"mandate_options"`
	SetupFutureUsage *string                                                           `form:"setup_future_usage"`
	TargetDate       *string                                                           `form:"target_date"`
}

// CheckoutSessionPaymentMethodOptionsSEPADebitMandateOptionsParams describes
// the SEPA Direct Debit mandate.
type CheckoutSessionPaymentMethodOptionsSEPADebitMandateOptionsParams struct {
	ReferencePrefix *string `form:"reference_prefix"`
}

// CheckoutSessionPaymentMethodOptionsSofortParams configures Sofort.
type CheckoutSessionPaymentMethodOptionsSofortParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsSunbitParams configures Sunbit.
type CheckoutSessionPaymentMethodOptionsSunbitParams struct {
	CaptureMethod    *string `form:"capture_method"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsSwishParams configures Swish.
type CheckoutSessionPaymentMethodOptionsSwishParams struct {
	Reference *string `form:"reference"`
}

// CheckoutSessionPaymentMethodOptionsTwintParams configures TWINT.
type CheckoutSessionPaymentMethodOptionsTwintParams struct {
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsUPIParams configures UPI.
type CheckoutSessionPaymentMethodOptionsUPIParams struct {
	MandateOptions   *CheckoutSessionPaymentMethodOptionsUPIMandateOptionsParams `form:"mandate_options"`
	SetupFutureUsage *string                                                     `form:"setup_future_usage"`
}

// CheckoutSessionPaymentMethodOptionsUPIMandateOptionsParams describes the UPI
// mandate.
type CheckoutSessionPaymentMethodOptionsUPIMandateOptionsParams struct {
	Amount      *int64  `form:"amount"`
	AmountType  *string `form:"amount_type"`
	Description *string `form:"description"`
	EndDate     *int64  `form:"end_date"`
}

// CheckoutSessionPaymentMethodOptionsUSBankAccountParams configures ACH Direct
// Debit.
type CheckoutSessionPaymentMethodOptionsUSBankAccountParams struct {
	FinancialConnections *CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsParams `form:"financial_connections"`
	SetupFutureUsage     *string                                                                     `form:"setup_future_usage"`
	TargetDate           *string                                                                     `form:"target_date"`
	VerificationMethod   *string                                                                     `form:"verification_method"`
}

// CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsParams chooses
// the Financial Connections data requested when the customer links an
// account.
type CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsParams struct {
	Permissions []*string `form:"permissions"`
	Prefetch    []*string `form:"prefetch"`
}

// CheckoutSessionPaymentMethodOptionsWeChatPayParams configures WeChat Pay.
// Client is required.
type CheckoutSessionPaymentMethodOptionsWeChatPayParams struct {
	AppID            *string `form:"app_id"`
	Client           *string `form:"client"`
	SetupFutureUsage *string `form:"setup_future_usage"`
}

// CheckoutSessionPermissionsParams says who may change what on the session
// after it is created.
type CheckoutSessionPermissionsParams struct {
	UpdateShippingDetails *string `form:"update_shipping_details"`
}

// CheckoutSessionPhoneNumberCollectionParams asks the customer for a phone
// number. Enabled is required.
type CheckoutSessionPhoneNumberCollectionParams struct {
	Enabled *bool `form:"enabled"`
}

// CheckoutSessionSavedPaymentMethodOptionsParams controls how saved payment
// methods are shown and saved.
type CheckoutSessionSavedPaymentMethodOptionsParams struct {
	AllowRedisplayFilters []*string `form:"allow_redisplay_filters"`
	PaymentMethodRemove   *string   `form:"payment_method_remove"`
	PaymentMethodSave     *string   `form:"payment_method_save"`
}

// CheckoutSessionSetupIntentDataParams configures the SetupIntent a setup
// session creates.
type CheckoutSessionSetupIntentDataParams struct {
	Description *string           `form:"description"`
	Metadata    map[string]string `form:"metadata"`
	OnBehalfOf  *string           `form:"on_behalf_of"`
}

// CheckoutSessionShippingAddressCollectionParams asks the customer for a
// shipping address in one of AllowedCountries. AllowedCountries is required.
type CheckoutSessionShippingAddressCollectionParams struct {
	// AllowedCountries are two-letter ISO country codes the customer may ship to.
	AllowedCountries []*string `form:"allowed_countries"`
}

// CheckoutSessionShippingOptionParams is a shipping rate offered to the
// customer: an existing ShippingRate ID or ShippingRateData to create one.
type CheckoutSessionShippingOptionParams struct {
	ShippingRate     *string                                              `form:"shipping_rate"`
	ShippingRateData *CheckoutSessionShippingOptionShippingRateDataParams `form:"shipping_rate_data"`
}

// CheckoutSessionShippingOptionShippingRateDataParams creates a shipping rate
// inline. DisplayName is required.
type CheckoutSessionShippingOptionShippingRateDataParams struct {
	DeliveryEstimate *CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateParams `form:"delivery_estimate"`
	DisplayName      *string                                                              `form:"display_name"`
	FixedAmount      *CheckoutSessionShippingOptionShippingRateDataFixedAmountParams      `form:"fixed_amount"`
	Metadata         map[string]string                                                    `form:"metadata"`
	TaxBehavior      *string                                                              `form:"tax_behavior"`
	TaxCode          *string                                                              `form:"tax_code"`
	Type             *string                                                              `form:"type"`
}

// CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateParams is the
// delivery time shown with a shipping rate.
type CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateParams struct {
	Maximum *CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateBoundParams `form:"maximum"`
	Minimum *CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateBoundParams `form:"minimum"`
}

// CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateBoundParams is
// one end of a delivery estimate, for example 5 business_day. Unit and Value
// are required.
type CheckoutSessionShippingOptionShippingRateDataDeliveryEstimateBoundParams struct {
	Unit  *string `form:"unit"`
	Value *int64  `form:"value"`
}

// CheckoutSessionShippingOptionShippingRateDataFixedAmountParams is the price
// of a fixed-amount shipping rate. Amount and Currency are required.
type CheckoutSessionShippingOptionShippingRateDataFixedAmountParams struct {
	Amount   *int64  `form:"amount"`
	Currency *string `form:"currency"`

	// CurrencyOptions prices the shipping rate in more currencies, keyed by
	// lowercase currency code.
	CurrencyOptions map[string]*CheckoutSessionShippingOptionShippingRateDataFixedAmountCurrencyOptionsParams `form:"currency_options"`
}

// CheckoutSessionShippingOptionShippingRateDataFixedAmountCurrencyOptionsParams is
// a fixed shipping amount in one more currency, keyed by currency code in its
// map. Amount is required.
type CheckoutSessionShippingOptionShippingRateDataFixedAmountCurrencyOptionsParams struct {
	Amount      *int64  `form:"amount"`
	TaxBehavior *string `form:"tax_behavior"`
}

// CheckoutSessionSubscriptionDataParams configures the Subscription a
// subscription session creates.
type CheckoutSessionSubscriptionDataParams struct {
	// ApplicationFeePercent is the share of each invoice the Connect platform
	// keeps, in percent.
	ApplicationFeePercent *float64 `form:"application_fee_percent"`

	// BillingCycleAnchor is the first billing date (Unix seconds).
	BillingCycleAnchor *int64 `form:"billing_cycle_anchor"`

	BillingCycleAnchorConfig   *CheckoutSessionSubscriptionDataBillingCycleAnchorConfigParams   `form:"billing_cycle_anchor_config"`
	BillingMode                *CheckoutSessionSubscriptionDataBillingModeParams                `form:"billing_mode"`
	DefaultTaxRates            []*string                                                        `form:"default_tax_rates"`
	Description                *string                                                          `form:"description"`
	InvoiceSettings            *CheckoutSessionSubscriptionDataInvoiceSettingsParams            `form:"invoice_settings"`
	Metadata                   map[string]string                                                `form:"metadata"`
	OnBehalfOf                 *string                                                          `form:"on_behalf_of"`
	PendingInvoiceItemInterval *CheckoutSessionSubscriptionDataPendingInvoiceItemIntervalParams `form:"pending_invoice_item_interval"`
	ProrationBehavior          *string                                                          `form:"proration_behavior"`
	TransferData               *CheckoutSessionSubscriptionDataTransferDataParams               `form:"transfer_data"`

	// TrialEnd ends the trial at this time (Unix seconds), at least 48 hours from
	// now.
	TrialEnd *int64 `form:"trial_end"`

	// TrialPeriodDays is the length of the trial in days, at least 1.
	TrialPeriodDays *int64 `form:"trial_period_days"`

	TrialSettings *CheckoutSessionSubscriptionDataTrialSettingsParams `form:"trial_settings"`
}

// CheckoutSessionSubscriptionDataBillingCycleAnchorConfigParams anchors
// billing to a day and time of the month instead of a timestamp. DayOfMonth is
// required.
type CheckoutSessionSubscriptionDataBillingCycleAnchorConfigParams struct {
	DayOfMonth *int64 `form:"day_of_month"`
	Hour       *int64 `form:"hour"`
	Minute     *int64 `form:"minute"`
	Month      *int64 `form:"month"`
	Second     *int64 `form:"second"`
}

// CheckoutSessionSubscriptionDataBillingModeParams chooses how the
// subscription bills and prorates. Type is required.
type CheckoutSessionSubscriptionDataBillingModeParams struct {
	Flexible *CheckoutSessionSubscriptionDataBillingModeFlexibleParams `form:"flexible"`
	Type     *string                                                   `form:"type"`
}

// CheckoutSessionSubscriptionDataBillingModeFlexibleParams configures flexible
// billing mode.
type CheckoutSessionSubscriptionDataBillingModeFlexibleParams struct {
	ProrationDiscounts *string `form:"proration_discounts"`
}

// CheckoutSessionSubscriptionDataInvoiceSettingsParams configures the
// subscription's invoices.
type CheckoutSessionSubscriptionDataInvoiceSettingsParams struct {
	Issuer *CheckoutSessionSubscriptionDataInvoiceSettingsIssuerParams `form:"issuer"`
}

// CheckoutSessionSubscriptionDataInvoiceSettingsIssuerParams names the account
// that issues the subscription's invoices. Type is required.
type CheckoutSessionSubscriptionDataInvoiceSettingsIssuerParams struct {
	Account *string `form:"account"`
	Type    *string `form:"type"`
}

// CheckoutSessionSubscriptionDataPendingInvoiceItemIntervalParams invoices
// pending items at this interval instead of at each renewal. Interval is
// required.
type CheckoutSessionSubscriptionDataPendingInvoiceItemIntervalParams struct {
	Interval      *string `form:"interval"`
	IntervalCount *int64  `form:"interval_count"`
}

// CheckoutSessionSubscriptionDataTransferDataParams sends part of each invoice
// to a connected account. Destination is required.
type CheckoutSessionSubscriptionDataTransferDataParams struct {
	AmountPercent *float64 `form:"amount_percent"`
	Destination   *string  `form:"destination"`
}

// CheckoutSessionSubscriptionDataTrialSettingsParams configures the end of the
// trial. EndBehavior is required.
type CheckoutSessionSubscriptionDataTrialSettingsParams struct {
	EndBehavior *CheckoutSessionSubscriptionDataTrialSettingsEndBehaviorParams `form:"end_behavior"`
}

// CheckoutSessionSubscriptionDataTrialSettingsEndBehaviorParams says what
// happens when a trial ends without a payment method. MissingPaymentMethod is
// required.
type CheckoutSessionSubscriptionDataTrialSettingsEndBehaviorParams struct {
	MissingPaymentMethod *string `form:"missing_payment_method"`
}

// CheckoutSessionTaxIDCollectionParams asks business customers for their tax
// ID. Enabled is required.
type CheckoutSessionTaxIDCollectionParams struct {
	Enabled  *bool   `form:"enabled"`
	Required *string `form:"required"`
}

// CheckoutSessionWalletOptionsParams configures wallets on the Checkout page.
type CheckoutSessionWalletOptionsParams struct {
	Link *CheckoutSessionWalletOptionsLinkParams `form:"link"`
}

// CheckoutSessionWalletOptionsLinkParams configures how Link is shown.
type CheckoutSessionWalletOptionsLinkParams struct {
	Display *string `form:"display"`
}

// CheckoutSessionListParams are the parameters of session.List. Every filter
// is optional; together they narrow the list.
type CheckoutSessionListParams struct {
	ListParams `form:"*"`

	// Created keeps the sessions created at exactly this time (Unix
	// seconds); CreatedRange keeps those created in a range.
	Created      *int64            `form:"created"`
	CreatedRange *RangeQueryParams `form:"created"`

	// Customer keeps the sessions of this customer ID.
	Customer *string `form:"customer"`

	// CustomerAccount keeps the sessions of this customer account ID.
	CustomerAccount *string `form:"customer_account"`

	// CustomerDetails keeps the sessions whose customer gave this email.
	CustomerDetails *CheckoutSessionListCustomerDetailsParams `form:"customer_details"`

	// PaymentIntent keeps the session that created this payment intent.
	PaymentIntent *string `form:"payment_intent"`

	// PaymentLink keeps the sessions opened from this payment link.
	PaymentLink *string `form:"payment_link"`

	// Status keeps the sessions in this status; see CheckoutSessionStatus.
	Status *string `form:"status"`

	// Subscription keeps the session that created this subscription.
	Subscription *string `form:"subscription"`
}

// CheckoutSessionListCustomerDetailsParams filter sessions on what the
// customer entered. Email is required.
type CheckoutSessionListCustomerDetailsParams struct {
	Email *string `form:"email"`
}

// CheckoutSessionListLineItemParams are the parameters of
// session.ListLineItems. ID, the session whose line items to list, is
// required; it only builds the path and is never sent as a parameter.
type CheckoutSessionListLineItemParams struct {
	ListParams `form:"*"`

	// ID is the Checkout Session ID (cs_...).
	ID *string `form:"-"`
}
