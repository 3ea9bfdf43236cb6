package bench

// PlainDecoders maps each decoding fixture (a path under paysketest/fixtures/) to a
// constructor of its floor: a plain struct with the fixture's fields, as a
// developer would write it for encoding/json. The structs have no
// UnmarshalJSON anywhere, hold references as the ID strings the fixtures
// carry and nullable values as pointers. TestPlainTypesCoverTheFixtures
// proves that each decodes every field of its fixture, so the floor does all
// the work the SDK does.
var PlainDecoders = map[string]func() any{
	ChargeFixture:   func() any { return new(plainCharge) },
	CustomerFixture: func() any { return new(plainCustomer) },
	SessionFixture:  func() any { return new(plainCheckoutSession) },
}

// The decoding fixtures, as paths under paysketest/fixtures/.
const (
	ChargeFixture   = "charge/charge_object.json"
	CustomerFixture = "customer/customer_object.json"
	SessionFixture  = "checkout_session/session_object.json"
)

type plainAddress struct {
	City       *string `json:"city"`
	Country    *string `json:"country"`
	Line1      *string `json:"line1"`
	Line2      *string `json:"line2"`
	PostalCode *string `json:"postal_code"`
	State      *string `json:"state"`
}

type plainShipping struct {
	Address        *plainAddress `json:"address"`
	Carrier        *string       `json:"carrier"`
	Name           string        `json:"name"`
	Phone          *string       `json:"phone"`
	TrackingNumber *string       `json:"tracking_number"`
}

type plainBillingDetails struct {
	Address *plainAddress `json:"address"`
	Email   *string       `json:"email"`
	Name    *string       `json:"name"`
	Phone   *string       `json:"phone"`
}

type plainCardChecks struct {
	AddressLine1Check      *string `json:"address_line1_check"`
	AddressPostalCodeCheck *string `json:"address_postal_code_check"`
	CVCCheck               *string `json:"cvc_check"`
}

type plainCardDetails struct {
	Brand        string           `json:"brand"`
	Checks       *plainCardChecks `json:"checks"`
	Country      string           `json:"country"`
	ExpMonth     int64            `json:"exp_month"`
	ExpYear      int64            `json:"exp_year"`
	Fingerprint  string           `json:"fingerprint"`
	Funding      string           `json:"funding"`
	Installments *struct {
		Plan *string `json:"plan"`
	} `json:"installments"`
	Last4        string `json:"last4"`
	Network      string `json:"network"`
	ThreeDSecure *struct {
		Result *string `json:"result"`
	} `json:"three_d_secure"`
	Wallet *struct {
		Type string `json:"type"`
	} `json:"wallet"`
}

type plainPaymentMethodDetails struct {
	Card *plainCardDetails `json:"card"`
	Type string            `json:"type"`
}

type plainRefund struct {
	ID     string `json:"id"`
	Amount int64  `json:"amount"`
	Status string `json:"status"`
}

type plainRefundList struct {
	Object  string         `json:"object"`
	Data    []*plainRefund `json:"data"`
	HasMore bool           `json:"has_more"`
	URL     string         `json:"url"`
}

type plainOutcome struct {
	NetworkStatus string `json:"network_status"`
	RiskLevel     string `json:"risk_level"`
	SellerMessage string `json:"seller_message"`
	Type          string `json:"type"`
}

type plainTransferData struct {
	Amount      *int64 `json:"amount"`
	Destination string `json:"destination"`
}

type plainFraudDetails struct {
	PayskeReport string `json:"payske_report,omitempty"`
	UserReport   string `json:"user_report,omitempty"`
}

type plainCharge struct {
	ID                            string                     `json:"id"`
	Object                        string                     `json:"object"`
	Amount                        int64                      `json:"amount"`
	AmountCaptured                int64                      `json:"amount_captured"`
	AmountRefunded                int64                      `json:"amount_refunded"`
	Application                   *string                    `json:"application"`
	ApplicationFee                *string                    `json:"application_fee"`
	ApplicationFeeAmount          *int64                     `json:"application_fee_amount"`
	BalanceTransaction            *string                    `json:"balance_transaction"`
	BillingDetails                *plainBillingDetails       `json:"billing_details"`
	CalculatedStatementDescriptor *string                    `json:"calculated_statement_descriptor"`
	Captured                      bool                       `json:"captured"`
	Created                       int64                      `json:"created"`
	Currency                      string                     `json:"currency"`
	Customer                      *string                    `json:"customer"`
	Description                   *string                    `json:"description"`
	Disputed                      bool                       `json:"disputed"`
	FailureCode                   *string                    `json:"failure_code"`
	FailureMessage                *string                    `json:"failure_message"`
	FraudDetails                  *plainFraudDetails         `json:"fraud_details"`
	Invoice                       *string                    `json:"invoice"`
	Livemode                      bool                       `json:"livemode"`
	Metadata                      map[string]string          `json:"metadata"`
	OnBehalfOf                    *string                    `json:"on_behalf_of"`
	Order                         *string                    `json:"order"`
	Outcome                       *plainOutcome              `json:"outcome"`
	Paid                          bool                       `json:"paid"`
	PaymentIntent                 *string                    `json:"payment_intent"`
	PaymentMethod                 *string                    `json:"payment_method"`
	PaymentMethodDetails          *plainPaymentMethodDetails `json:"payment_method_details"`
	ReceiptEmail                  *string                    `json:"receipt_email"`
	ReceiptNumber                 *string                    `json:"receipt_number"`
	ReceiptURL                    *string                    `json:"receipt_url"`
	Refunded                      bool                       `json:"refunded"`
	Refunds                       *plainRefundList           `json:"refunds"`
	Review                        *string                    `json:"review"`
	Shipping                      *plainShipping             `json:"shipping"`
	SourceTransfer                *string                    `json:"source_transfer"`
	StatementDescriptor           *string                    `json:"statement_descriptor"`
	StatementDescriptorSuffix     *string                    `json:"statement_descriptor_suffix"`
	Status                        string                     `json:"status"`
	TransferData                  *plainTransferData         `json:"transfer_data"`
	TransferGroup                 *string                    `json:"transfer_group"`
}

type plainInvoiceSettings struct {
	CustomFields []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"custom_fields"`
	DefaultPaymentMethod *string `json:"default_payment_method"`
	Footer               *string `json:"footer"`
}

type plainCustomer struct {
	ID                  string                `json:"id"`
	Object              string                `json:"object"`
	Address             *plainAddress         `json:"address"`
	Balance             int64                 `json:"balance"`
	Created             int64                 `json:"created"`
	Currency            *string               `json:"currency"`
	DefaultSource       *string               `json:"default_source"`
	Delinquent          bool                  `json:"delinquent"`
	Description         *string               `json:"description"`
	Discount            *struct{ ID string }  `json:"discount"`
	Email               *string               `json:"email"`
	InvoicePrefix       *string               `json:"invoice_prefix"`
	InvoiceSettings     *plainInvoiceSettings `json:"invoice_settings"`
	Livemode            bool                  `json:"livemode"`
	Metadata            map[string]string     `json:"metadata"`
	Name                *string               `json:"name"`
	NextInvoiceSequence int64                 `json:"next_invoice_sequence"`
	Phone               *string               `json:"phone"`
	PreferredLocales    []string              `json:"preferred_locales"`
	Shipping            *plainShipping        `json:"shipping"`
	TaxExempt           *string               `json:"tax_exempt"`
}

type plainEnabled struct {
	Enabled bool `json:"enabled"`
}

type plainAutomaticTax struct {
	Enabled bool    `json:"enabled"`
	Status  *string `json:"status"`
}

type plainCustomerDetails struct {
	Email     *string `json:"email"`
	TaxExempt *string `json:"tax_exempt"`
}

type plainTotalDetails struct {
	AmountDiscount int64 `json:"amount_discount"`
	AmountShipping int64 `json:"amount_shipping"`
	AmountTax      int64 `json:"amount_tax"`
}

type plainShippingOption struct {
	ShippingAmount int64  `json:"shipping_amount"`
	ShippingRate   string `json:"shipping_rate"`
}

type plainMethodOptions struct {
	Card *struct {
		SetupFutureUsage string `json:"setup_future_usage"`
	} `json:"card,omitempty"`
}

type plainCheckoutSession struct {
	ID                        string                 `json:"id"`
	Object                    string                 `json:"object"`
	AfterExpiration           *struct{}              `json:"after_expiration"`
	AllowPromotionCodes       *bool                  `json:"allow_promotion_codes"`
	AmountSubtotal            *int64                 `json:"amount_subtotal"`
	AmountTotal               *int64                 `json:"amount_total"`
	AutomaticTax              *plainAutomaticTax     `json:"automatic_tax"`
	BillingAddressCollection  *string                `json:"billing_address_collection"`
	CancelURL                 *string                `json:"cancel_url"`
	ClientReferenceID         *string                `json:"client_reference_id"`
	Consent                   *struct{}              `json:"consent"`
	ConsentCollection         *struct{}              `json:"consent_collection"`
	Currency                  *string                `json:"currency"`
	Customer                  *string                `json:"customer"`
	CustomerDetails           *plainCustomerDetails  `json:"customer_details"`
	CustomerEmail             *string                `json:"customer_email"`
	ExpiresAt                 int64                  `json:"expires_at"`
	Livemode                  bool                   `json:"livemode"`
	Locale                    *string                `json:"locale"`
	Metadata                  map[string]string      `json:"metadata"`
	Mode                      string                 `json:"mode"`
	PaymentIntent             *string                `json:"payment_intent"`
	PaymentMethodOptions      *plainMethodOptions    `json:"payment_method_options"`
	PaymentMethodTypes        []string               `json:"payment_method_types"`
	PaymentStatus             string                 `json:"payment_status"`
	PhoneNumberCollection     *plainEnabled          `json:"phone_number_collection"`
	RecoveredFrom             *string                `json:"recovered_from"`
	SetupIntent               *string                `json:"setup_intent"`
	Shipping                  *plainShipping         `json:"shipping"`
	ShippingAddressCollection *struct{}              `json:"shipping_address_collection"`
	ShippingOptions           []*plainShippingOption `json:"shipping_options"`
	ShippingRate              *string                `json:"shipping_rate"`
	Status                    *string                `json:"status"`
	SubmitType                *string                `json:"submit_type"`
	Subscription              *string                `json:"subscription"`
	SuccessURL                string                 `json:"success_url"`
	TotalDetails              *plainTotalDetails     `json:"total_details"`
	URL                       *string                `json:"url"`
}
