package payske

import "encoding/json"

// Source is a source object (src_...): a customer's payment instrument of
// one of many kinds (ACH credit transfer, SEPA debit, card, ...). Type names
// the kind, and the field of that name (ACHCreditTransfer, SEPADebit, Card,
// ...) holds its details; the other kind fields are nil.
//
// A source becomes chargeable once its Flow is done: the customer pushed
// funds to Receiver, completed Redirect, or entered the CodeVerification
// code. Attach a reusable source to a customer with paymentsource.New, and
// detach it with source.Detach.
type Source struct {
	APIResource

	ACHCreditTransfer *SourceACHCreditTransfer `json:"ach_credit_transfer"`
	ACHDebit          *SourceACHDebit          `json:"ach_debit"`
	ACSSDebit         *SourceACSSDebit         `json:"acss_debit"`
	Alipay            *SourceAlipay            `json:"alipay"`

	// AllowRedisplay says whether the source may be shown to the customer
	// again in a checkout flow.
	AllowRedisplay SourceAllowRedisplay `json:"allow_redisplay"`

	// Amount is what a single-use source will be charged for, in the
	// smallest unit of Currency. It is nil for reusable sources, whose
	// amount is chosen at each charge.
	Amount      *int64             `json:"amount"`
	AUBECSDebit *SourceAUBECSDebit `json:"au_becs_debit"`
	Bancontact  *SourceBancontact  `json:"bancontact"`
	Card        *SourceCard        `json:"card"`
	CardPresent *SourceCardPresent `json:"card_present"`

	// ClientSecret lets a browser or app read the source (source.Get with
	// SourceObjectParams.ClientSecret) without the secret key. Do not log
	// it or store it.
	ClientSecret string `json:"client_secret"`

	// CodeVerification is set when Flow is code_verification.
	CodeVerification *SourceCodeVerificationFlow `json:"code_verification"`
	Created          int64                       `json:"created"`

	// Currency is the currency of the source's amount; empty for kinds
	// that have no currency, such as reusable cards.
	Currency Currency `json:"currency"`

	// Customer is the ID of the customer the source is attached to.
	Customer   string            `json:"customer"`
	EPS        *SourceEPS        `json:"eps"`
	Flow       SourceFlow        `json:"flow"`
	Giropay    *SourceGiropay    `json:"giropay"`
	ID         string            `json:"id"`
	IDEAL      *SourceIDEAL      `json:"ideal"`
	Klarna     *SourceKlarna     `json:"klarna"`
	Livemode   bool              `json:"livemode"`
	Metadata   map[string]string `json:"metadata"`
	Multibanco *SourceMultibanco `json:"multibanco"`
	Object     string            `json:"object"`

	// Owner is who the source belongs to, as given at creation and, in the
	// Verified fields, as the payment method confirmed it.
	Owner *SourceOwner `json:"owner"`
	P24   *SourceP24   `json:"p24"`

	// Receiver is set when Flow is receiver: where the customer sends the
	// funds, and how much arrived.
	Receiver *SourceReceiverFlow `json:"receiver"`

	// Redirect is set when Flow is redirect: where to send the customer to
	// authorize the payment, and the outcome.
	Redirect  *SourceRedirectFlow `json:"redirect"`
	SEPADebit *SourceSEPADebit    `json:"sepa_debit"`
	Sofort    *SourceSofort       `json:"sofort"`

	// SourceOrder is the order the source pays, for kinds that need one
	// (Klarna).
	SourceOrder *SourceOrder `json:"source_order"`

	// StatementDescriptor is what the customer sees on their statement,
	// for kinds that support it.
	StatementDescriptor string              `json:"statement_descriptor"`
	Status              SourceStatus        `json:"status"`
	ThreeDSecure        *SourceThreeDSecure `json:"three_d_secure"`
	Type                SourceType          `json:"type"`

	// Usage says whether the source can be charged once or many times.
	Usage  SourceUsage   `json:"usage"`
	WeChat *SourceWeChat `json:"wechat"`
}

// UnmarshalJSON decodes a bare source ID (only ID is set) or a full source,
// decoding the object only once.
func (s *Source) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*s = Source{ID: id}
		return nil
	}
	type source Source
	return json.Unmarshal(data, (*source)(s))
}

// MarshalJSON encodes s as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (s Source) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&s) {
		return json.Marshal(s.ID)
	}
	type source Source
	return json.Marshal(source(s))
}

// answerObject implements objectChecker.
func (s *Source) answerObject() (string, objectKinds) { return s.Object, "source" }

// SourceStatus is where a source stands. Only a chargeable source can be
// charged; a single-use source is consumed by its charge, and a detached
// source is consumed too.
type SourceStatus string

// The source statuses.
const (
	SourceStatusCanceled   SourceStatus = "canceled"
	SourceStatusChargeable SourceStatus = "chargeable"
	SourceStatusConsumed   SourceStatus = "consumed"
	SourceStatusFailed     SourceStatus = "failed"
	SourceStatusPending    SourceStatus = "pending"
)

// SourceOwner is who a source belongs to. Address, Email, Name and Phone
// are what was given; the Verified fields are what the payment method
// itself reported (a bank's account holder name, say), empty until then.
type SourceOwner struct {
	Address         *Address `json:"address"`
	Email           string   `json:"email"`
	Name            string   `json:"name"`
	Phone           string   `json:"phone"`
	VerifiedAddress *Address `json:"verified_address"`
	VerifiedEmail   string   `json:"verified_email"`
	VerifiedName    string   `json:"verified_name"`
	VerifiedPhone   string   `json:"verified_phone"`
}

// SourceReceiverFlow is the receiver flow of a source: the customer pushes
// funds to Address, and the amounts tell how much arrived and how much was
// charged or returned since.
type SourceReceiverFlow struct {
	// Address is where the customer sends the funds: an account and
	// routing number, an IBAN, ... depending on the kind of source.
	Address        string `json:"address"`
	AmountCharged  int64  `json:"amount_charged"`
	AmountReceived int64  `json:"amount_received"`
	AmountReturned int64  `json:"amount_returned"`

	// RefundAttributesMethod is how the refund details (where to send
	// excess funds back) are collected, and RefundAttributesStatus whether
	// they have been.
	RefundAttributesMethod SourceRefundAttributesMethod `json:"refund_attributes_method"`
	RefundAttributesStatus SourceRefundAttributesStatus `json:"refund_attributes_status"`
}

// SourceRefundAttributesStatus tells whether a receiver source's refund
// details were collected.
type SourceRefundAttributesStatus string

// The refund details statuses.
const (
	SourceRefundAttributesStatusAvailable SourceRefundAttributesStatus = "available"
	SourceRefundAttributesStatusMissing   SourceRefundAttributesStatus = "missing"
	SourceRefundAttributesStatusRequested SourceRefundAttributesStatus = "requested"
)

// SourceRedirectFlow is the redirect flow of a source: send the customer to
// URL, and they come back to ReturnURL once they authorized the payment or
// gave up.
type SourceRedirectFlow struct {
	// FailureReason says why the redirect failed, when Status is failed.
	FailureReason SourceRedirectFlowFailureReason `json:"failure_reason"`
	ReturnURL     string                          `json:"return_url"`
	Status        SourceRedirectFlowStatus        `json:"status"`
	URL           string                          `json:"url"`
}

// SourceRedirectFlowStatus is where a source's redirect flow stands.
type SourceRedirectFlowStatus string

// The redirect flow statuses.
const (
	SourceRedirectFlowStatusFailed      SourceRedirectFlowStatus = "failed"
	SourceRedirectFlowStatusNotRequired SourceRedirectFlowStatus = "not_required"
	SourceRedirectFlowStatusPending     SourceRedirectFlowStatus = "pending"
	SourceRedirectFlowStatusSucceeded   SourceRedirectFlowStatus = "succeeded"
)

// SourceRedirectFlowFailureReason says why a redirect flow failed.
type SourceRedirectFlowFailureReason string

// The redirect failure reasons.
const (
	SourceRedirectFlowFailureReasonDeclined        SourceRedirectFlowFailureReason = "declined"
	SourceRedirectFlowFailureReasonProcessingError SourceRedirectFlowFailureReason = "processing_error"
	SourceRedirectFlowFailureReasonUserAbort       SourceRedirectFlowFailureReason = "user_abort"
)

// SourceCodeVerificationFlow is the code verification flow of a source: the
// customer enters a code they received, with a limited number of tries.
type SourceCodeVerificationFlow struct {
	AttemptsRemaining int64                            `json:"attempts_remaining"`
	Status            SourceCodeVerificationFlowStatus `json:"status"`
}

// SourceCodeVerificationFlowStatus is where a code verification stands.
type SourceCodeVerificationFlowStatus string

// The code verification statuses.
const (
	SourceCodeVerificationFlowStatusFailed    SourceCodeVerificationFlowStatus = "failed"
	SourceCodeVerificationFlowStatusPending   SourceCodeVerificationFlowStatus = "pending"
	SourceCodeVerificationFlowStatusSucceeded SourceCodeVerificationFlowStatus = "succeeded"
)

// SourceOrder is the order a source pays: its total, its lines and where it
// is shipped.
type SourceOrder struct {
	Amount   int64              `json:"amount"`
	Currency Currency           `json:"currency"`
	Email    string             `json:"email"`
	Items    []*SourceOrderItem `json:"items"`
	Shipping *ShippingDetails   `json:"shipping"`
}

// SourceOrderItem is one line of a source's order.
type SourceOrderItem struct {
	// Amount is the line's total, in the smallest unit of Currency.
	Amount      int64    `json:"amount"`
	Currency    Currency `json:"currency"`
	Description string   `json:"description"`

	// Parent is the ID of the SKU the line is for.
	Parent   string              `json:"parent"`
	Quantity int64               `json:"quantity"`
	Type     SourceOrderItemType `json:"type"`
}

// SourceACHCreditTransfer holds the details of an ach_credit_transfer
// source: the account the customer pushes funds to, and where refunds go.
type SourceACHCreditTransfer struct {
	AccountNumber           string `json:"account_number"`
	BankName                string `json:"bank_name"`
	Fingerprint             string `json:"fingerprint"`
	RefundAccountHolderName string `json:"refund_account_holder_name"`

	// RefundAccountHolderType is "individual" or "company".
	RefundAccountHolderType string `json:"refund_account_holder_type"`
	RefundRoutingNumber     string `json:"refund_routing_number"`
	RoutingNumber           string `json:"routing_number"`
	SwiftCode               string `json:"swift_code"`
}

// SourceACHDebit holds the details of an ach_debit source: the customer's
// bank account that is debited.
type SourceACHDebit struct {
	BankName      string `json:"bank_name"`
	Country       string `json:"country"`
	Fingerprint   string `json:"fingerprint"`
	Last4         string `json:"last4"`
	RoutingNumber string `json:"routing_number"`

	// Type is the account holder type, "individual" or "company".
	Type string `json:"type"`
}

// SourceACSSDebit holds the details of an acss_debit (Canadian
// pre-authorized debit) source.
type SourceACSSDebit struct {
	BankAddressCity       string `json:"bank_address_city"`
	BankAddressLine1      string `json:"bank_address_line_1"`
	BankAddressLine2      string `json:"bank_address_line_2"`
	BankAddressPostalCode string `json:"bank_address_postal_code"`
	BankName              string `json:"bank_name"`

	// Category is the account category, for example "checking".
	Category      string `json:"category"`
	Country       string `json:"country"`
	Fingerprint   string `json:"fingerprint"`
	Last4         string `json:"last4"`
	RoutingNumber string `json:"routing_number"`
}

// SourceAlipay holds the details of an alipay source.
type SourceAlipay struct {
	// DataString is the payload for the Alipay app, and NativeURL the link
	// that opens it.
	DataString          string `json:"data_string"`
	NativeURL           string `json:"native_url"`
	StatementDescriptor string `json:"statement_descriptor"`
}

// SourceAUBECSDebit holds the details of an au_becs_debit (Australian
// direct debit) source.
type SourceAUBECSDebit struct {
	// BSBNumber is the Bank-State-Branch number of the account.
	BSBNumber   string `json:"bsb_number"`
	Fingerprint string `json:"fingerprint"`
	Last4       string `json:"last4"`
}

// SourceBancontact holds the details of a bancontact source, as the bank
// reported them.
type SourceBancontact struct {
	BankCode string `json:"bank_code"`
	BankName string `json:"bank_name"`
	BIC      string `json:"bic"`

	// IBANLast4 is the last four characters of the IBAN debited.
	IBANLast4 string `json:"iban_last4"`

	// PreferredLanguage is the language of the Bancontact pages: "en",
	// "de", "fr" or "nl".
	PreferredLanguage   string `json:"preferred_language"`
	StatementDescriptor string `json:"statement_descriptor"`
}

// SourceCard holds the details of a card source. The checks are the
// issuer's answers about the details given with the card.
type SourceCard struct {
	AddressLine1Check CardVerification `json:"address_line1_check"`
	AddressZipCheck   CardVerification `json:"address_zip_check"`
	Brand             CardBrand        `json:"brand"`

	// Country is the two-letter code of the issuing country.
	Country  string           `json:"country"`
	CVCCheck CardVerification `json:"cvc_check"`

	// DynamicLast4 is the last four digits of the device account number,
	// for tokenized cards.
	DynamicLast4 string `json:"dynamic_last4"`
	ExpMonth     int64  `json:"exp_month"`
	ExpYear      int64  `json:"exp_year"`

	// Fingerprint is the same for every use of one card number.
	Fingerprint string      `json:"fingerprint"`
	Funding     CardFunding `json:"funding"`
	Last4       string      `json:"last4"`

	// Name is the cardholder's name.
	Name string `json:"name"`

	// ThreeDSecure tells whether the card supports or requires 3D Secure:
	// "not_supported", "optional", "recommended" or "required".
	ThreeDSecure       string                 `json:"three_d_secure"`
	TokenizationMethod CardTokenizationMethod `json:"tokenization_method"`
}

// SourceCardPresent holds the details of a card_present source: a card
// read by a terminal, with the EMV data of the read.
type SourceCardPresent struct {
	ApplicationCryptogram     string    `json:"application_cryptogram"`
	ApplicationPreferredName  string    `json:"application_preferred_name"`
	AuthorizationCode         string    `json:"authorization_code"`
	AuthorizationResponseCode string    `json:"authorization_response_code"`
	Brand                     CardBrand `json:"brand"`
	Country                   string    `json:"country"`

	// CVMType is how the cardholder was verified, for example "pin" or
	// "signature".
	CVMType           string `json:"cvm_type"`
	DataType          string `json:"data_type"`
	DedicatedFileName string `json:"dedicated_file_name"`
	EMVAuthData       string `json:"emv_auth_data"`

	EvidenceCustomerSignature      string      `json:"evidence_customer_signature"`
	EvidenceTransactionCertificate string      `json:"evidence_transaction_certificate"`
	ExpMonth                       int64       `json:"exp_month"`
	ExpYear                        int64       `json:"exp_year"`
	Fingerprint                    string      `json:"fingerprint"`
	Funding                        CardFunding `json:"funding"`
	Last4                          string      `json:"last4"`

	// POSDeviceID identifies the terminal; POSEntryMode is how the card was
	// read.
	POSDeviceID  string `json:"pos_device_id"`
	POSEntryMode string `json:"pos_entry_mode"`

	// ReadMethod is how the card was read, for example
	// "contactless_emv".
	ReadMethod                   string `json:"read_method"`
	Reader                       string `json:"reader"`
	TerminalVerificationResults  string `json:"terminal_verification_results"`
	TransactionStatusInformation string `json:"transaction_status_information"`
}

// SourceEPS holds the details of an eps (Austrian bank transfer) source.
type SourceEPS struct {
	Reference           string `json:"reference"`
	StatementDescriptor string `json:"statement_descriptor"`
}

// SourceGiropay holds the details of a giropay source, as the bank reported
// them.
type SourceGiropay struct {
	BankCode            string `json:"bank_code"`
	BankName            string `json:"bank_name"`
	BIC                 string `json:"bic"`
	StatementDescriptor string `json:"statement_descriptor"`
}

// SourceIDEAL holds the details of an ideal source.
type SourceIDEAL struct {
	// Bank is the customer's bank, for example "ing" or "rabobank".
	Bank string `json:"bank"`
	BIC  string `json:"bic"`

	// IBANLast4 is the last four characters of the IBAN debited.
	IBANLast4           string `json:"iban_last4"`
	StatementDescriptor string `json:"statement_descriptor"`
}

// SourceKlarna holds the details of a klarna source: the customer, the
// purchase, and the assets and redirect URLs of each Klarna payment option
// (pay later, pay now, pay over time).
type SourceKlarna struct {
	BackgroundImageURL string `json:"background_image_url"`

	// ClientToken initializes the Klarna SDK in the browser.
	ClientToken string `json:"client_token"`
	FirstName   string `json:"first_name"`
	LastName    string `json:"last_name"`
	Locale      string `json:"locale"`
	LogoURL     string `json:"logo_url"`
	PageTitle   string `json:"page_title"`

	PayLaterAssetURLsDescriptive    string `json:"pay_later_asset_urls_descriptive"`
	PayLaterAssetURLsStandard       string `json:"pay_later_asset_urls_standard"`
	PayLaterName                    string `json:"pay_later_name"`
	PayLaterRedirectURL             string `json:"pay_later_redirect_url"`
	PayNowAssetURLsDescriptive      string `json:"pay_now_asset_urls_descriptive"`
	PayNowAssetURLsStandard         string `json:"pay_now_asset_urls_standard"`
	PayNowName                      string `json:"pay_now_name"`
	PayNowRedirectURL               string `json:"pay_now_redirect_url"`
	PayOverTimeAssetURLsDescriptive string `json:"pay_over_time_asset_urls_descriptive"`
	PayOverTimeAssetURLsStandard    string `json:"pay_over_time_asset_urls_standard"`
	PayOverTimeName                 string `json:"pay_over_time_name"`
	PayOverTimeRedirectURL          string `json:"pay_over_time_redirect_url"`

	// PaymentMethodCategories lists the offered options, comma-separated.
	PaymentMethodCategories string `json:"payment_method_categories"`
	PurchaseCountry         string `json:"purchase_country"`
	PurchaseType            string `json:"purchase_type"`
	RedirectURL             string `json:"redirect_url"`

	// ShippingDelay is how many days after the charge the order ships.
	ShippingDelay     int64  `json:"shipping_delay"`
	ShippingFirstName string `json:"shipping_first_name"`
	ShippingLastName  string `json:"shipping_last_name"`
}

// SourceMultibanco holds the details of a multibanco source: the entity
// and reference the customer pays to, and where refunds go.
type SourceMultibanco struct {
	Entity                               string `json:"entity"`
	Reference                            string `json:"reference"`
	RefundAccountHolderAddressCity       string `json:"refund_account_holder_address_city"`
	RefundAccountHolderAddressCountry    string `json:"refund_account_holder_address_country"`
	RefundAccountHolderAddressLine1      string `json:"refund_account_holder_address_line1"`
	RefundAccountHolderAddressLine2      string `json:"refund_account_holder_address_line2"`
	RefundAccountHolderAddressPostalCode string `json:"refund_account_holder_address_postal_code"`
	RefundAccountHolderAddressState      string `json:"refund_account_holder_address_state"`
	RefundAccountHolderName              string `json:"refund_account_holder_name"`
	RefundIBAN                           string `json:"refund_iban"`
}

// SourceP24 holds the details of a p24 (Przelewy24) source.
type SourceP24 struct {
	Reference string `json:"reference"`
}

// SourceSEPADebit holds the details of a sepa_debit source: the account
// debited and the mandate that allows it.
type SourceSEPADebit struct {
	BankCode    string `json:"bank_code"`
	BranchCode  string `json:"branch_code"`
	Country     string `json:"country"`
	Fingerprint string `json:"fingerprint"`
	Last4       string `json:"last4"`

	// MandateReference identifies the mandate on the customer's bank
	// statement; MandateURL shows it.
	MandateReference string `json:"mandate_reference"`
	MandateURL       string `json:"mandate_url"`
}

// SourceSofort holds the details of a sofort source, as the bank reported
// them.
type SourceSofort struct {
	BankCode string `json:"bank_code"`
	BankName string `json:"bank_name"`
	BIC      string `json:"bic"`
	Country  string `json:"country"`

	// IBANLast4 is the last four characters of the IBAN debited.
	IBANLast4           string `json:"iban_last4"`
	PreferredLanguage   string `json:"preferred_language"`
	StatementDescriptor string `json:"statement_descriptor"`
}

// SourceThreeDSecure holds the details of a three_d_secure source: the card
// source it authenticates and the outcome.
type SourceThreeDSecure struct {
	AddressLine1Check CardVerification `json:"address_line1_check"`
	AddressZipCheck   CardVerification `json:"address_zip_check"`

	// Authenticated is true once the cardholder passed 3D Secure.
	Authenticated bool      `json:"authenticated"`
	Brand         CardBrand `json:"brand"`

	// Card is the ID of the card source authenticated.
	Card    string `json:"card"`
	Country string `json:"country"`

	// Customer is the ID of the customer the card source is attached to.
	Customer     string           `json:"customer"`
	CVCCheck     CardVerification `json:"cvc_check"`
	DynamicLast4 string           `json:"dynamic_last4"`
	ExpMonth     int64            `json:"exp_month"`
	ExpYear      int64            `json:"exp_year"`
	Fingerprint  string           `json:"fingerprint"`
	Funding      CardFunding      `json:"funding"`
	Last4        string           `json:"last4"`
	Name         string           `json:"name"`

	// ThreeDSecure tells whether the card supports or requires 3D Secure.
	ThreeDSecure       string                 `json:"three_d_secure"`
	TokenizationMethod CardTokenizationMethod `json:"tokenization_method"`
}

// SourceWeChat holds the details of a wechat source.
type SourceWeChat struct {
	PrepayID string `json:"prepay_id"`

	// QRCodeURL is the QR code the customer scans to pay.
	QRCodeURL           string `json:"qr_code_url"`
	StatementDescriptor string `json:"statement_descriptor"`
}

// SourceObjectParams are the parameters of source.New, source.Get and
// source.Update (the name sets them apart from SourceParams, which names a
// source by ID in other requests). New takes Type and the fields of that
// kind of source; Update takes Amount, Mandate, Owner, SourceOrder and
// metadata; Get takes only ClientSecret and expansions.
type SourceObjectParams struct {
	Params `form:"*"`

	// Amount is what a single-use source will be charged for, in the
	// smallest unit of Currency.
	Amount *int64 `form:"amount"`

	// ClientSecret lets source.Get read a source with a publishable key
	// (retrieve only).
	ClientSecret *string `form:"client_secret"`

	// Currency is a lowercase ISO 4217 code, for example
	// string(payske.CurrencyUSD).
	Currency *string `form:"currency"`

	// Customer is the customer whose source OriginalSource is cloned onto
	// a connected account (Connect only).
	Customer *string `form:"customer"`

	// Flow is "redirect", "receiver", "code_verification" or "none"; see
	// SourceFlow. By default the kind of source decides.
	Flow *string `form:"flow"`

	// Mandate is the debit mandate the customer accepted, for kinds that
	// need one (SEPA debit, ACH debit, ...).
	Mandate *SourceMandateParams `form:"mandate"`

	// OriginalSource is the ID of the source to clone onto a connected
	// account (Connect only).
	OriginalSource *string `form:"original_source"`

	// Owner is who the source belongs to.
	Owner *SourceOwnerParams `form:"owner"`

	// Receiver configures a receiver flow.
	Receiver *SourceReceiverParams `form:"receiver"`

	// Redirect configures a redirect flow; it is required when Flow is
	// redirect.
	Redirect *SourceRedirectParams `form:"redirect"`

	// SourceOrder is the order the source pays (Klarna).
	SourceOrder *SourceOrderParams `form:"source_order"`

	// StatementDescriptor is what the customer sees on their statement,
	// for kinds that support it.
	StatementDescriptor *string `form:"statement_descriptor"`

	// Token is the ID of a card token to make a card source from.
	Token *string `form:"token"`

	// Type is the kind of source to create, for example
	// "ach_credit_transfer"; see SourceType. Required by source.New.
	Type *string `form:"type"`

	// Usage is "reusable" or "single_use"; see SourceUsage.
	Usage *string `form:"usage"`
}

// SourceOwnerParams set who a source belongs to.
type SourceOwnerParams struct {
	Address *AddressParams `form:"address"`
	Email   *string        `form:"email"`
	Name    *string        `form:"name"`
	Phone   *string        `form:"phone"`
}

// SourceMandateParams describe the debit mandate of a source.
type SourceMandateParams struct {
	// Acceptance records how and when the customer accepted the mandate.
	Acceptance *SourceMandateAcceptanceParams `form:"acceptance"`

	// Amount is the most a debit under the mandate may take. The API also
	// takes "" to remove it: send that with
	// Params.AddExtra("mandate[amount]", "").
	Amount *int64 `form:"amount"`

	// Currency is the currency of Amount.
	Currency *string `form:"currency"`

	// Interval is "one_time", "scheduled" or "variable": how often the
	// mandate may be debited.
	Interval *string `form:"interval"`

	// NotificationMethod is how the customer is told about the mandate
	// and its debits: "email", "manual", "none", "payske_email" or
	// "deprecated_none".
	NotificationMethod *string `form:"notification_method"`
}

// SourceMandateAcceptanceParams record the customer's acceptance of a
// mandate. Status is required.
type SourceMandateAcceptanceParams struct {
	// Date is when the mandate was accepted or refused (Unix seconds).
	Date *int64 `form:"date"`

	// IP is the customer's IP address when they accepted.
	IP *string `form:"ip"`

	// Offline and Online describe an acceptance of that Type.
	Offline *SourceMandateAcceptanceOfflineParams `form:"offline"`
	Online  *SourceMandateAcceptanceOnlineParams  `form:"online"`

	// Status is "accepted", "pending", "refused" or "revoked".
	Status *string `form:"status"`

	// Type is "online" or "offline".
	Type *string `form:"type"`

	// UserAgent is the customer's browser when they accepted.
	UserAgent *string `form:"user_agent"`
}

// SourceMandateAcceptanceOfflineParams describe a mandate accepted offline.
type SourceMandateAcceptanceOfflineParams struct {
	// ContactEmail is where the mandate is sent. Required.
	ContactEmail *string `form:"contact_email"`
}

// SourceMandateAcceptanceOnlineParams describe a mandate accepted online.
type SourceMandateAcceptanceOnlineParams struct {
	Date      *int64  `form:"date"`
	IP        *string `form:"ip"`
	UserAgent *string `form:"user_agent"`
}

// SourceReceiverParams configure the receiver flow of a new source.
type SourceReceiverParams struct {
	// RefundAttributesMethod is "email", "manual" or "none"; see
	// SourceRefundAttributesMethod.
	RefundAttributesMethod *string `form:"refund_attributes_method"`
}

// SourceRedirectParams configure the redirect flow of a new source.
type SourceRedirectParams struct {
	// ReturnURL is where the customer comes back to after authorizing the
	// payment. Required.
	ReturnURL *string `form:"return_url"`
}

// SourceOrderParams describe the order a source pays.
type SourceOrderParams struct {
	Items    []*SourceOrderItemParams `form:"items"`
	Shipping *ShippingDetailsParams   `form:"shipping"`
}

// SourceOrderItemParams are one line of a source's order.
type SourceOrderItemParams struct {
	Amount      *int64  `form:"amount"`
	Currency    *string `form:"currency"`
	Description *string `form:"description"`

	// Parent is the ID of the SKU the line is for.
	Parent   *string `form:"parent"`
	Quantity *int64  `form:"quantity"`

	// Type is "discount", "shipping", "sku" or "tax"; see
	// SourceOrderItemType.
	Type *string `form:"type"`
}

// SourceObjectDetachParams are the parameters of source.Detach. Customer is
// required: the source is detached from that customer, whose ID builds the
// URL and is never sent.
type SourceObjectDetachParams struct {
	Params `form:"*"`

	// Customer is the ID of the customer the source is attached to.
	Customer *string `form:"-"`
}
