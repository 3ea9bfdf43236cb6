package payske

import "encoding/json"

// Customer is a Payske customer: someone you charge repeatedly and whose
// payment sources you keep. A deleted customer decodes into the same type
// with Deleted set and only ID and Object filled.
//
// Fields that point to other objects (DefaultSource, TestClock,
// InvoiceSettings.DefaultPaymentMethod) hold only an ID unless the request
// expanded them; see Params.AddExpand.
type Customer struct {
	APIResource

	// Address is the customer's postal address, used for tax and invoices.
	Address *Address `json:"address"`

	// Balance is what the customer owes (positive) or is owed as credit
	// (negative), in the smallest unit of Currency; the next invoice uses
	// it up.
	Balance int64 `json:"balance"`

	// BusinessName is the customer's business name, when it is a business.
	BusinessName string `json:"business_name"`

	// CashBalance is the customer's cash balance; Payske includes it only
	// when the request expanded "cash_balance".
	CashBalance *CustomerCashBalance `json:"cash_balance"`
	Created     int64                `json:"created"`

	// Currency is the currency the customer is billed in; it is set by
	// their first charge, invoice or subscription and cannot change after.
	Currency Currency `json:"currency"`

	// CustomerAccount is the ID of the account that represents this
	// customer, for accounts configured as customers.
	CustomerAccount string `json:"customer_account"`

	// DefaultSource is the source charged when a charge names the customer
	// but no source: a card, bank account or source object (an ID unless
	// expanded).
	DefaultSource *PaymentSource `json:"default_source"`

	// Deleted is true for a deleted customer.
	Deleted bool `json:"deleted"`

	// Delinquent is true when the customer's latest invoice or charge
	// failed.
	Delinquent  bool   `json:"delinquent"`
	Description string `json:"description"`

	// Discount is the discount applied to the customer's recurring
	// charges, if any.
	Discount *CustomerDiscount `json:"discount"`
	Email    string            `json:"email"`
	ID       string            `json:"id"`

	// IndividualName is the customer's name, when it is a person.
	IndividualName string `json:"individual_name"`

	// InvoiceCreditBalance is the credit each currency's invoices can draw
	// on, keyed by lowercase currency code, in the smallest unit of that
	// currency.
	InvoiceCreditBalance map[string]int64 `json:"invoice_credit_balance"`

	// InvoicePrefix starts the number of every invoice of the customer.
	InvoicePrefix   string                   `json:"invoice_prefix"`
	InvoiceSettings *CustomerInvoiceSettings `json:"invoice_settings"`
	Livemode        bool                     `json:"livemode"`
	Metadata        map[string]string        `json:"metadata"`
	Name            string                   `json:"name"`

	// NextInvoiceSequence is the number the customer's next invoice gets,
	// after InvoicePrefix.
	NextInvoiceSequence int64  `json:"next_invoice_sequence"`
	Object              string `json:"object"`
	Phone               string `json:"phone"`

	// PreferredLocales are the customer's languages, most preferred first;
	// they choose the language of receipts and invoices.
	PreferredLocales []string         `json:"preferred_locales"`
	Shipping         *ShippingDetails `json:"shipping"`

	// Sources lists the customer's payment sources; Payske includes it only
	// when the request expanded "sources".
	Sources *PaymentSourceList `json:"sources"`

	// Subscriptions lists the customer's subscriptions; Payske includes it
	// only when the request expanded "subscriptions".
	Subscriptions *CustomerSubscriptionList `json:"subscriptions"`

	// Tax is how Payske locates the customer for automatic tax; Payske
	// includes it only when the request expanded "tax".
	Tax       *CustomerTax      `json:"tax"`
	TaxExempt CustomerTaxExempt `json:"tax_exempt"`

	// TaxIDs lists the customer's tax IDs; Payske includes it only when the
	// request expanded "tax_ids".
	TaxIDs *CustomerTaxIDList `json:"tax_ids"`

	// TestClock is the test clock the customer belongs to, for test-mode
	// simulations of time (an ID unless expanded).
	TestClock *TestClock `json:"test_clock"`
}

// UnmarshalJSON decodes a bare customer ID (only ID is set), a customer or a
// deleted customer.
func (c *Customer) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*c = Customer{ID: id}
		return nil
	}
	return json.Unmarshal(data, c.objectTarget())
}

// customerFields is Customer without its methods: the target that decodes the
// object itself (see objectDecoder).
type customerFields Customer

// objectTarget implements objectDecoder.
func (c *Customer) objectTarget() any { return (*customerFields)(c) }

// MarshalJSON encodes c as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (c Customer) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&c) {
		return json.Marshal(c.ID)
	}
	type customer Customer
	return json.Marshal(customer(c))
}

// answerObject implements objectChecker.
func (c *Customer) answerObject() (string, objectKinds) { return c.Object, "customer" }

// CustomerList is a page of customers, as GET /v1/customers returns it.
type CustomerList struct {
	ListMeta
	Data []*Customer `json:"data"`
}

// CustomerCashBalance is the money a customer sent by bank transfer that is
// not yet applied to a payment.
type CustomerCashBalance struct {
	// Available is the funds available, keyed by lowercase currency code,
	// in the smallest unit of that currency.
	Available map[string]int64 `json:"available"`

	// Customer is the ID of the customer the balance belongs to.
	Customer        string                       `json:"customer"`
	CustomerAccount string                       `json:"customer_account"`
	Livemode        bool                         `json:"livemode"`
	Object          string                       `json:"object"`
	Settings        *CustomerCashBalanceSettings `json:"settings"`
}

// CustomerCashBalanceSettings say how incoming funds are applied to open
// payments.
type CustomerCashBalanceSettings struct {
	ReconciliationMode CustomerCashBalanceSettingsReconciliationMode `json:"reconciliation_mode"`

	// UsingMerchantDefault is true when ReconciliationMode comes from the
	// account's default rather than from the customer.
	UsingMerchantDefault bool `json:"using_merchant_default"`
}

// CustomerDiscount is the discount (di_...) on a customer's recurring
// charges. Its coupon or promotion code is outside this SDK's scope, so it
// keeps ID and Object and the whole object in RawJSON; decode RawJSON into
// your own type to read further fields.
type CustomerDiscount struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a discount object (or a bare discount ID).
func (d *CustomerDiscount) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &d.ID, &d.Object, &d.RawJSON)
}

// MarshalJSON encodes d as it was received.
func (d CustomerDiscount) MarshalJSON() ([]byte, error) {
	return encodeReference(d.ID, d.Object, d.RawJSON)
}

// CustomerInvoiceSettings are the defaults of the customer's invoices.
type CustomerInvoiceSettings struct {
	// CustomFields are shown on every invoice of the customer.
	CustomFields []*CustomerInvoiceSettingsCustomField `json:"custom_fields"`

	// DefaultPaymentMethod pays the customer's invoices and subscriptions
	// unless they name another (an ID unless expanded).
	DefaultPaymentMethod *PaymentMethod `json:"default_payment_method"`

	// Footer is printed at the bottom of every invoice of the customer.
	Footer           string                                   `json:"footer"`
	RenderingOptions *CustomerInvoiceSettingsRenderingOptions `json:"rendering_options"`
}

// CustomerInvoiceSettingsCustomField is a name and value printed on
// invoices.
type CustomerInvoiceSettingsCustomField struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// CustomerInvoiceSettingsRenderingOptions control how the customer's
// invoices are rendered.
type CustomerInvoiceSettingsRenderingOptions struct {
	// AmountTaxDisplay is how line item amounts show tax; empty means the
	// account's default.
	AmountTaxDisplay CustomerInvoiceSettingsRenderingOptionsAmountTaxDisplay `json:"amount_tax_display"`

	// Template is the ID of the invoice rendering template.
	Template string `json:"template"`
}

// CustomerSubscriptionList is a page of a customer's subscriptions.
// Subscriptions are outside this SDK's scope: each one is kept as the JSON
// received; decode it into your own type.
type CustomerSubscriptionList struct {
	ListMeta
	Data []json.RawMessage `json:"data"`
}

// CustomerTaxIDList is a page of a customer's tax IDs. Tax ID objects are
// outside this SDK's scope: each one is kept as the JSON received; decode it
// into your own type.
type CustomerTaxIDList struct {
	ListMeta
	Data []json.RawMessage `json:"data"`
}

// CustomerTax is where Payske places the customer for automatic tax, and
// whether it can compute tax there.
type CustomerTax struct {
	AutomaticTax CustomerTaxAutomaticTax `json:"automatic_tax"`

	// IPAddress is the customer's IP address, when it was given to locate
	// them.
	IPAddress string               `json:"ip_address"`
	Location  *CustomerTaxLocation `json:"location"`

	// Provider is the service that computes the customer's tax.
	Provider string `json:"provider"`
}

// CustomerTaxLocation is where the customer is for tax purposes.
type CustomerTaxLocation struct {
	// Country is a two-letter ISO 3166-1 country code.
	Country string `json:"country"`

	// Source is what the location was derived from.
	Source CustomerTaxLocationSource `json:"source"`

	// State is the state, county, province or region, where it matters.
	State string `json:"state"`
}

// TestClock is a test clock (clock_...), which moves time forward for the
// test-mode customers attached to it. Test clocks are outside this SDK's
// scope: it keeps ID and Object, and an expanded clock whole in RawJSON.
type TestClock struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare test clock ID or an expanded test clock.
func (c *TestClock) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &c.ID, &c.Object, &c.RawJSON)
}

// MarshalJSON encodes c as it was received: a bare ID or the full object.
func (c TestClock) MarshalJSON() ([]byte, error) {
	return encodeReference(c.ID, c.Object, c.RawJSON)
}

// CustomerParams are the parameters of customer.New, customer.Update,
// customer.Get and customer.Del. New and Update take the same fields,
// except that BankAccount, Card and the Default* fields are for Update
// only and TaxIDData and TestClock for New only; Get takes only
// expansions, and Del nothing.
//
// A field set to a pointer to "" is sent empty, which unsets it. Parameters
// this struct cannot unset, such as invoice_settings[custom_fields], can be
// sent with AddExtra("invoice_settings[custom_fields]", "").
type CustomerParams struct {
	Params `form:"*"`

	Address *AddressParams `form:"address"`

	// Balance sets what the customer owes (positive) or is owed as credit
	// (negative), in the smallest unit of their currency.
	Balance *int64 `form:"balance"`

	// BankAccount gives a bank account inline, to become the default
	// source (update only).
	BankAccount  *CustomerBankAccountParams `form:"bank_account"`
	BusinessName *string                    `form:"business_name"`

	// Card gives card details inline, to become the default source (update
	// only).
	Card        *CustomerCardParams        `form:"card"`
	CashBalance *CustomerCashBalanceParams `form:"cash_balance"`

	// Coupon is the ID of a coupon to apply to the customer's recurring
	// charges.
	Coupon *string `form:"coupon"`

	// DefaultAlipayAccount, DefaultBankAccount and DefaultCard are older
	// names of DefaultSource for one kind of source (update only).
	DefaultAlipayAccount *string `form:"default_alipay_account"`
	DefaultBankAccount   *string `form:"default_bank_account"`
	DefaultCard          *string `form:"default_card"`

	// DefaultSource is the ID of one of the customer's sources to make the
	// default (update only). Unlike Source, it does not retry past-due
	// invoices.
	DefaultSource   *string                        `form:"default_source"`
	Description     *string                        `form:"description"`
	Email           *string                        `form:"email"`
	IndividualName  *string                        `form:"individual_name"`
	InvoicePrefix   *string                        `form:"invoice_prefix"`
	InvoiceSettings *CustomerInvoiceSettingsParams `form:"invoice_settings"`
	Name            *string                        `form:"name"`

	// NextInvoiceSequence is the number of the customer's next invoice.
	NextInvoiceSequence *int64 `form:"next_invoice_sequence"`

	// PaymentMethod is the ID of a payment method to attach to the new
	// customer (create only).
	PaymentMethod *string `form:"payment_method"`
	Phone         *string `form:"phone"`

	// PreferredLocales are the customer's languages, most preferred first.
	PreferredLocales []*string `form:"preferred_locales"`

	// PromotionCode is the ID of a promotion code whose coupon applies to
	// the customer's recurring charges.
	PromotionCode *string                `form:"promotion_code"`
	Shipping      *ShippingDetailsParams `form:"shipping"`

	// Source is a token or source ID, sent as source=<id>; it is attached
	// and becomes the default source, replacing the previous default.
	Source *SourceParams `form:"source"`

	// Tax gives what Payske needs to locate the customer for automatic tax.
	Tax *CustomerTaxParams `form:"tax"`

	// TaxExempt is "exempt", "none", "reverse", or "" to unset; see
	// CustomerTaxExempt.
	TaxExempt *string `form:"tax_exempt"`

	// TaxIDData adds tax IDs to the new customer (create only).
	TaxIDData []*CustomerTaxIDDataParams `form:"tax_id_data"`

	// TestClock is the ID of a test clock to attach the new customer to
	// (create only, test mode).
	TestClock *string `form:"test_clock"`
}

// CustomerBankAccountParams are bank account details given inline to
// customer.Update. AccountNumber and Country are required.
type CustomerBankAccountParams struct {
	AccountHolderName *string `form:"account_holder_name"`

	// AccountHolderType is "company" or "individual".
	AccountHolderType *string `form:"account_holder_type"`
	AccountNumber     *string `form:"account_number"`

	// Country is a two-letter ISO 3166-1 country code.
	Country  *string `form:"country"`
	Currency *string `form:"currency"`

	// Object is "bank_account".
	Object        *string `form:"object"`
	RoutingNumber *string `form:"routing_number"`
}

// CustomerCardParams are card details given inline to customer.Update.
// Number, ExpMonth and ExpYear are required.
type CustomerCardParams struct {
	AddressCity    *string           `form:"address_city"`
	AddressCountry *string           `form:"address_country"`
	AddressLine1   *string           `form:"address_line1"`
	AddressLine2   *string           `form:"address_line2"`
	AddressState   *string           `form:"address_state"`
	AddressZip     *string           `form:"address_zip"`
	CVC            *string           `form:"cvc"`
	Encrypted      *string           `form:"encrypted"`
	ExpMonth       *int64            `form:"exp_month"`
	ExpYear        *int64            `form:"exp_year"`
	Metadata       map[string]string `form:"metadata"`

	// Name is the cardholder's name.
	Name         *string                         `form:"name"`
	NetworkToken *CustomerCardNetworkTokenParams `form:"network_token"`
	Number       *string                         `form:"number"`

	// Object is "card".
	Object    *string `form:"object"`
	SwipeData *string `form:"swipe_data"`
}

// CustomerCardNetworkTokenParams give a network token in place of the card
// number.
type CustomerCardNetworkTokenParams struct {
	Number *string `form:"number"`
}

// CustomerCashBalanceParams configure the customer's cash balance.
type CustomerCashBalanceParams struct {
	Settings *CustomerCashBalanceSettingsParams `form:"settings"`
}

// CustomerCashBalanceSettingsParams configure how the cash balance is
// applied.
type CustomerCashBalanceSettingsParams struct {
	// ReconciliationMode is "automatic", "manual" or "merchant_default"
	// (follow the account's setting).
	ReconciliationMode *string `form:"reconciliation_mode"`
}

// CustomerInvoiceSettingsParams set the defaults of the customer's
// invoices.
type CustomerInvoiceSettingsParams struct {
	// CustomFields replace the custom fields shown on invoices (up to 4).
	CustomFields []*CustomerInvoiceSettingsCustomFieldParams `form:"custom_fields"`

	// DefaultPaymentMethod is the ID of the payment method that pays the
	// customer's invoices and subscriptions.
	DefaultPaymentMethod *string                                        `form:"default_payment_method"`
	Footer               *string                                        `form:"footer"`
	RenderingOptions     *CustomerInvoiceSettingsRenderingOptionsParams `form:"rendering_options"`
}

// CustomerInvoiceSettingsCustomFieldParams are a name and value printed on
// invoices. Both are required.
type CustomerInvoiceSettingsCustomFieldParams struct {
	Name  *string `form:"name"`
	Value *string `form:"value"`
}

// CustomerInvoiceSettingsRenderingOptionsParams control how the customer's
// invoices are rendered.
type CustomerInvoiceSettingsRenderingOptionsParams struct {
	// AmountTaxDisplay is "exclude_tax", "include_inclusive_tax", or "" for
	// the account's default.
	AmountTaxDisplay *string `form:"amount_tax_display"`

	// Template is the ID of an invoice rendering template.
	Template *string `form:"template"`
}

// CustomerTaxParams give what Payske needs to locate a customer for
// automatic tax.
type CustomerTaxParams struct {
	// IPAddress is the customer's IP address; "" removes it.
	IPAddress *string `form:"ip_address"`

	// ValidateLocation is "deferred", "immediately" or (update only)
	// "auto": whether the request fails when the customer cannot be
	// located.
	ValidateLocation *string `form:"validate_location"`
}

// CustomerTaxIDDataParams are a tax ID to add to a new customer. Both are
// required.
type CustomerTaxIDDataParams struct {
	// Type is the kind of tax ID, for example "eu_vat" or "us_ein".
	Type  *string `form:"type"`
	Value *string `form:"value"`
}

// CustomerListParams are the parameters of customer.List.
type CustomerListParams struct {
	ListParams `form:"*"`

	// Created keeps the customers created at exactly this time (Unix
	// seconds); CreatedRange keeps those created in a range.
	Created      *int64            `form:"created"`
	CreatedRange *RangeQueryParams `form:"created"`

	// Email keeps the customers with exactly this email address (case
	// sensitive).
	Email *string `form:"email"`

	// TestClock keeps the customers attached to this test clock ID.
	TestClock *string `form:"test_clock"`
}
