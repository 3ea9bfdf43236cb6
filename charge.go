package payske

import "encoding/json"

// Charge is a payment attempt on a card or another payment source. Create
// one with charge.New; a charge made with Capture false is only authorized
// until charge.Capture.
//
// Fields that point to other objects (Customer, BalanceTransaction,
// PaymentIntent, ...) hold only an ID unless the request expanded them; see
// Params.AddExpand.
type Charge struct {
	APIResource

	// Amount is what the charge is for, in the smallest unit of Currency
	// (2000 for $20.00). AmountCaptured and AmountRefunded are the parts
	// captured and refunded so far.
	Amount         int64 `json:"amount"`
	AmountCaptured int64 `json:"amount_captured"`
	AmountRefunded int64 `json:"amount_refunded"`

	// Application is the Connect application that created the charge.
	Application *Application `json:"application"`

	// ApplicationFee is the fee the application collected;
	// ApplicationFeeAmount is its amount, nil when there is none.
	ApplicationFee       *ApplicationFee `json:"application_fee"`
	ApplicationFeeAmount *int64          `json:"application_fee_amount"`

	// BalanceTransaction records the charge's effect on the balance.
	BalanceTransaction *BalanceTransaction `json:"balance_transaction"`
	BillingDetails     *BillingDetails     `json:"billing_details"`

	// CalculatedStatementDescriptor is the full statement descriptor the
	// customer sees, after prefixes and suffixes were applied.
	CalculatedStatementDescriptor string `json:"calculated_statement_descriptor"`

	// Captured is false while an authorized charge waits for capture.
	Captured bool     `json:"captured"`
	Created  int64    `json:"created"`
	Currency Currency `json:"currency"`

	// Customer is the customer charged, possibly since deleted.
	Customer    *Customer `json:"customer"`
	Description string    `json:"description"`
	Disputed    bool      `json:"disputed"`

	// FailureBalanceTransaction reverses BalanceTransaction when a charge
	// fails after the funds were counted.
	FailureBalanceTransaction *BalanceTransaction `json:"failure_balance_transaction"`

	// FailureCode and FailureMessage explain a failed charge; FailureCode is
	// one of the ErrorCode values.
	FailureCode    ErrorCode           `json:"failure_code"`
	FailureMessage string              `json:"failure_message"`
	FraudDetails   *ChargeFraudDetails `json:"fraud_details"`
	ID             string              `json:"id"`

	// Invoice is the invoice this charge pays.
	Invoice  *Invoice          `json:"invoice"`
	Livemode bool              `json:"livemode"`
	Metadata map[string]string `json:"metadata"`
	Object   string            `json:"object"`

	// OnBehalfOf is the connected account the charge was made for.
	OnBehalfOf *Account `json:"on_behalf_of"`

	// Order is the order this charge pays.
	Order *Order `json:"order"`

	// Outcome is what the card network and Radar decided about the charge.
	Outcome *ChargeOutcome `json:"outcome"`

	// Paid is true when the charge succeeded or was authorized for a later
	// capture.
	Paid bool `json:"paid"`

	// PaymentIntent is the payment intent that created the charge.
	PaymentIntent *PaymentIntent `json:"payment_intent"`

	// PaymentMethod is the ID of the payment method charged, and
	// PaymentMethodDetails what Payske knows about it for this charge.
	PaymentMethod        string                      `json:"payment_method"`
	PaymentMethodDetails *ChargePaymentMethodDetails `json:"payment_method_details"`

	// PresentmentDetails is the charge in the currency the customer paid in,
	// when it differs from the settlement currency.
	PresentmentDetails *ChargePresentmentDetails `json:"presentment_details"`
	RadarOptions       *ChargeRadarOptions       `json:"radar_options"`

	// ReceiptEmail is where the receipt was sent; ReceiptNumber is set once
	// it has been; ReceiptURL shows the latest receipt.
	ReceiptEmail  string `json:"receipt_email"`
	ReceiptNumber string `json:"receipt_number"`
	ReceiptURL    string `json:"receipt_url"`

	// Refunded is true when the whole amount was refunded; Refunds lists
	// the refunds so far.
	Refunded bool        `json:"refunded"`
	Refunds  *RefundList `json:"refunds"`

	// Review is the Radar review opened on the charge.
	Review   *Review          `json:"review"`
	Shipping *ShippingDetails `json:"shipping"`

	// Source is the payment source charged: a bare ID as the create answer
	// echoes it (only ID set, such as "tok_visa"), or the card, bank account
	// or source object.
	Source *PaymentSource `json:"source"`

	// SourceTransfer is the transfer that funded this charge, for charges
	// created on a connected account by a transfer.
	SourceTransfer *Transfer `json:"source_transfer"`

	// StatementDescriptor and StatementDescriptorSuffix are what the
	// request set for the customer's statement.
	StatementDescriptor       string       `json:"statement_descriptor"`
	StatementDescriptorSuffix string       `json:"statement_descriptor_suffix"`
	Status                    ChargeStatus `json:"status"`

	// Transfer is the transfer to the destination account, for destination
	// charges.
	Transfer     *Transfer           `json:"transfer"`
	TransferData *ChargeTransferData `json:"transfer_data"`

	// TransferGroup ties the charge to the transfers it funds.
	TransferGroup string `json:"transfer_group"`
}

// UnmarshalJSON decodes a bare charge ID (only ID is set) or a full charge,
// decoding the object only once.
func (c *Charge) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*c = Charge{ID: id}
		return nil
	}
	return json.Unmarshal(data, c.objectTarget())
}

// chargeFields is Charge without its methods: the target that decodes the
// object itself (see objectDecoder).
type chargeFields Charge

// objectTarget implements objectDecoder.
func (c *Charge) objectTarget() any { return (*chargeFields)(c) }

// MarshalJSON encodes c as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (c Charge) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&c) {
		return json.Marshal(c.ID)
	}
	type charge Charge
	return json.Marshal(charge(c))
}

// answerObject implements objectChecker.
func (c *Charge) answerObject() (string, objectKinds) { return c.Object, "charge" }

// ChargeList is a page of charges, as GET /v1/charges returns it.
type ChargeList struct {
	ListMeta
	Data []*Charge `json:"data"`
}

// ChargeFraudDetails holds the fraud reports made on a charge, by Payske and
// by you (see ChargeFraudDetailsParams). Both are empty when nobody reported.
type ChargeFraudDetails struct {
	PayskeReport ChargeFraudPayskeReport `json:"payske_report"`
	UserReport   ChargeFraudUserReport   `json:"user_report"`
}

// ChargeFraudPayskeReport is Payske's assessment of a charge.
type ChargeFraudPayskeReport string

// The reports Payske makes.
const (
	ChargeFraudPayskeReportFraudulent ChargeFraudPayskeReport = "fraudulent"
)

// ChargeOutcome is what the card network and Radar decided about a charge,
// and what to tell the seller.
type ChargeOutcome struct {
	// AdviceCode suggests what to do after a decline.
	AdviceCode ChargeOutcomeAdviceCode `json:"advice_code"`

	// NetworkAdviceCode and NetworkDeclineCode are the card network's own
	// codes, passed through.
	NetworkAdviceCode  string                     `json:"network_advice_code"`
	NetworkDeclineCode string                     `json:"network_decline_code"`
	NetworkStatus      ChargeOutcomeNetworkStatus `json:"network_status"`

	// Reason is a short code for the outcome, for example
	// "highest_risk_level" or "insufficient_funds".
	Reason    string                 `json:"reason"`
	RiskLevel ChargeOutcomeRiskLevel `json:"risk_level"`

	// RiskScore is Radar's score from 0 to 100, for accounts that get it.
	RiskScore int64 `json:"risk_score"`

	// Rule is the Radar rule that decided the outcome, if one did.
	Rule *RadarRule `json:"rule"`

	// SellerMessage explains the outcome to you; never show it to the
	// customer.
	SellerMessage string            `json:"seller_message"`
	Type          ChargeOutcomeType `json:"type"`
}

// ChargeOutcomeNetworkStatus tells whether the card network approved the
// charge.
type ChargeOutcomeNetworkStatus string

// The network statuses of a charge.
const (
	ChargeOutcomeNetworkStatusApprovedByNetwork     ChargeOutcomeNetworkStatus = "approved_by_network"
	ChargeOutcomeNetworkStatusDeclinedByNetwork     ChargeOutcomeNetworkStatus = "declined_by_network"
	ChargeOutcomeNetworkStatusNotSentToNetwork      ChargeOutcomeNetworkStatus = "not_sent_to_network"
	ChargeOutcomeNetworkStatusReversedAfterApproval ChargeOutcomeNetworkStatus = "reversed_after_approval"
)

// ChargeOutcomeRiskLevel is Radar's risk assessment of a charge.
type ChargeOutcomeRiskLevel string

// The risk levels.
const (
	ChargeOutcomeRiskLevelElevated    ChargeOutcomeRiskLevel = "elevated"
	ChargeOutcomeRiskLevelHighest     ChargeOutcomeRiskLevel = "highest"
	ChargeOutcomeRiskLevelNormal      ChargeOutcomeRiskLevel = "normal"
	ChargeOutcomeRiskLevelNotAssessed ChargeOutcomeRiskLevel = "not_assessed"
	ChargeOutcomeRiskLevelUnknown     ChargeOutcomeRiskLevel = "unknown"
)

// ChargeOutcomeType is the kind of outcome.
type ChargeOutcomeType string

// The kinds of outcome.
const (
	ChargeOutcomeTypeAuthorized     ChargeOutcomeType = "authorized"
	ChargeOutcomeTypeBlocked        ChargeOutcomeType = "blocked"
	ChargeOutcomeTypeInvalid        ChargeOutcomeType = "invalid"
	ChargeOutcomeTypeIssuerDeclined ChargeOutcomeType = "issuer_declined"
	ChargeOutcomeTypeManualReview   ChargeOutcomeType = "manual_review"
)

// ChargePresentmentDetails is a charge in the currency the customer paid in.
type ChargePresentmentDetails struct {
	PresentmentAmount   int64    `json:"presentment_amount"`
	PresentmentCurrency Currency `json:"presentment_currency"`
}

// ChargeRadarOptions are the Radar options the charge was made with.
type ChargeRadarOptions struct {
	// Session is the Radar session ID collected in the browser.
	Session string `json:"session"`
}

// ChargeTransferData is where a destination charge sends its funds.
type ChargeTransferData struct {
	// Amount is the part transferred; nil means the whole charge less fees.
	Amount *int64 `json:"amount"`

	// Destination is the connected account paid; an ID unless expanded.
	Destination *Account `json:"destination"`
}

// ChargePaymentMethodDetails describes the payment method as it was used for
// a charge. Type names the kind, and the field of that name holds its
// details. Cards are fully typed in Card; the other kinds are kept as raw
// JSON so that nothing Payske sends is lost.
type ChargePaymentMethodDetails struct {
	// Type is the kind of payment method: "card", "sepa_debit", ...
	Type ChargePaymentMethodDetailsType `json:"type"`

	Card *ChargePaymentMethodDetailsCard `json:"card"`

	// The details of the other kinds, each as received (a JSON null when
	// Payske sends one). Switch on Type rather than testing them for nil.
	ACHCreditTransfer json.RawMessage `json:"ach_credit_transfer,omitempty"`
	ACHDebit          json.RawMessage `json:"ach_debit,omitempty"`
	ACSSDebit         json.RawMessage `json:"acss_debit,omitempty"`
	Affirm            json.RawMessage `json:"affirm,omitempty"`
	AfterpayClearpay  json.RawMessage `json:"afterpay_clearpay,omitempty"`
	Alipay            json.RawMessage `json:"alipay,omitempty"`
	Alma              json.RawMessage `json:"alma,omitempty"`
	AmazonPay         json.RawMessage `json:"amazon_pay,omitempty"`
	AUBECSDebit       json.RawMessage `json:"au_becs_debit,omitempty"`
	BACSDebit         json.RawMessage `json:"bacs_debit,omitempty"`
	Bancontact        json.RawMessage `json:"bancontact,omitempty"`
	Billie            json.RawMessage `json:"billie,omitempty"`
	Bizum             json.RawMessage `json:"bizum,omitempty"`
	BLIK              json.RawMessage `json:"blik,omitempty"`
	Boleto            json.RawMessage `json:"boleto,omitempty"`
	CardPresent       json.RawMessage `json:"card_present,omitempty"`
	CashApp           json.RawMessage `json:"cashapp,omitempty"`
	Crypto            json.RawMessage `json:"crypto,omitempty"`
	CustomerBalance   json.RawMessage `json:"customer_balance,omitempty"`
	EPS               json.RawMessage `json:"eps,omitempty"`
	FPX               json.RawMessage `json:"fpx,omitempty"`
	Giropay           json.RawMessage `json:"giropay,omitempty"`
	GrabPay           json.RawMessage `json:"grabpay,omitempty"`
	IDEAL             json.RawMessage `json:"ideal,omitempty"`
	InteracPresent    json.RawMessage `json:"interac_present,omitempty"`
	KakaoPay          json.RawMessage `json:"kakao_pay,omitempty"`
	Klarna            json.RawMessage `json:"klarna,omitempty"`
	Konbini           json.RawMessage `json:"konbini,omitempty"`
	KrCard            json.RawMessage `json:"kr_card,omitempty"`
	Link              json.RawMessage `json:"link,omitempty"`
	MBWay             json.RawMessage `json:"mb_way,omitempty"`
	MobilePay         json.RawMessage `json:"mobilepay,omitempty"`
	Multibanco        json.RawMessage `json:"multibanco,omitempty"`
	NaverPay          json.RawMessage `json:"naver_pay,omitempty"`
	NZBankAccount     json.RawMessage `json:"nz_bank_account,omitempty"`
	OXXO              json.RawMessage `json:"oxxo,omitempty"`
	P24               json.RawMessage `json:"p24,omitempty"`
	PayByBank         json.RawMessage `json:"pay_by_bank,omitempty"`
	Payco             json.RawMessage `json:"payco,omitempty"`
	PayNow            json.RawMessage `json:"paynow,omitempty"`
	PayPal            json.RawMessage `json:"paypal,omitempty"`
	PayskeAccount     json.RawMessage `json:"payske_account,omitempty"`
	PayTo             json.RawMessage `json:"payto,omitempty"`
	Pix               json.RawMessage `json:"pix,omitempty"`
	PromptPay         json.RawMessage `json:"promptpay,omitempty"`
	RevolutPay        json.RawMessage `json:"revolut_pay,omitempty"`
	SamsungPay        json.RawMessage `json:"samsung_pay,omitempty"`
	Satispay          json.RawMessage `json:"satispay,omitempty"`
	Scalapay          json.RawMessage `json:"scalapay,omitempty"`
	SEPADebit         json.RawMessage `json:"sepa_debit,omitempty"`
	Sofort            json.RawMessage `json:"sofort,omitempty"`
	Sunbit            json.RawMessage `json:"sunbit,omitempty"`
	Swish             json.RawMessage `json:"swish,omitempty"`
	Twint             json.RawMessage `json:"twint,omitempty"`
	UPI               json.RawMessage `json:"upi,omitempty"`
	USBankAccount     json.RawMessage `json:"us_bank_account,omitempty"`
	WeChat            json.RawMessage `json:"wechat,omitempty"`
	WeChatPay         json.RawMessage `json:"wechat_pay,omitempty"`
	Zip               json.RawMessage `json:"zip,omitempty"`
}

// ChargePaymentMethodDetailsType is a kind of payment method.
type ChargePaymentMethodDetailsType string

// The kinds of payment methods a charge can use.
const (
	ChargePaymentMethodDetailsTypeACHCreditTransfer ChargePaymentMethodDetailsType = "ach_credit_transfer"
	ChargePaymentMethodDetailsTypeACHDebit          ChargePaymentMethodDetailsType = "ach_debit"
	ChargePaymentMethodDetailsTypeACSSDebit         ChargePaymentMethodDetailsType = "acss_debit"
	ChargePaymentMethodDetailsTypeAffirm            ChargePaymentMethodDetailsType = "affirm"
	ChargePaymentMethodDetailsTypeAfterpayClearpay  ChargePaymentMethodDetailsType = "afterpay_clearpay"
	ChargePaymentMethodDetailsTypeAlipay            ChargePaymentMethodDetailsType = "alipay"
	ChargePaymentMethodDetailsTypeAlma              ChargePaymentMethodDetailsType = "alma"
	ChargePaymentMethodDetailsTypeAmazonPay         ChargePaymentMethodDetailsType = "amazon_pay"
	ChargePaymentMethodDetailsTypeAUBECSDebit       ChargePaymentMethodDetailsType = "au_becs_debit"
	ChargePaymentMethodDetailsTypeBACSDebit         ChargePaymentMethodDetailsType = "bacs_debit"
	ChargePaymentMethodDetailsTypeBancontact        ChargePaymentMethodDetailsType = "bancontact"
	ChargePaymentMethodDetailsTypeBillie            ChargePaymentMethodDetailsType = "billie"
	ChargePaymentMethodDetailsTypeBizum             ChargePaymentMethodDetailsType = "bizum"
	ChargePaymentMethodDetailsTypeBLIK              ChargePaymentMethodDetailsType = "blik"
	ChargePaymentMethodDetailsTypeBoleto            ChargePaymentMethodDetailsType = "boleto"
	ChargePaymentMethodDetailsTypeCard              ChargePaymentMethodDetailsType = "card"
	ChargePaymentMethodDetailsTypeCardPresent       ChargePaymentMethodDetailsType = "card_present"
	ChargePaymentMethodDetailsTypeCashApp           ChargePaymentMethodDetailsType = "cashapp"
	ChargePaymentMethodDetailsTypeCrypto            ChargePaymentMethodDetailsType = "crypto"
	ChargePaymentMethodDetailsTypeCustomerBalance   ChargePaymentMethodDetailsType = "customer_balance"
	ChargePaymentMethodDetailsTypeEPS               ChargePaymentMethodDetailsType = "eps"
	ChargePaymentMethodDetailsTypeFPX               ChargePaymentMethodDetailsType = "fpx"
	ChargePaymentMethodDetailsTypeGiropay           ChargePaymentMethodDetailsType = "giropay"
	ChargePaymentMethodDetailsTypeGrabPay           ChargePaymentMethodDetailsType = "grabpay"
	ChargePaymentMethodDetailsTypeIDEAL             ChargePaymentMethodDetailsType = "ideal"
	ChargePaymentMethodDetailsTypeInteracPresent    ChargePaymentMethodDetailsType = "interac_present"
	ChargePaymentMethodDetailsTypeKakaoPay          ChargePaymentMethodDetailsType = "kakao_pay"
	ChargePaymentMethodDetailsTypeKlarna            ChargePaymentMethodDetailsType = "klarna"
	ChargePaymentMethodDetailsTypeKonbini           ChargePaymentMethodDetailsType = "konbini"
	ChargePaymentMethodDetailsTypeKrCard            ChargePaymentMethodDetailsType = "kr_card"
	ChargePaymentMethodDetailsTypeLink              ChargePaymentMethodDetailsType = "link"
	ChargePaymentMethodDetailsTypeMBWay             ChargePaymentMethodDetailsType = "mb_way"
	ChargePaymentMethodDetailsTypeMobilePay         ChargePaymentMethodDetailsType = "mobilepay"
	ChargePaymentMethodDetailsTypeMultibanco        ChargePaymentMethodDetailsType = "multibanco"
	ChargePaymentMethodDetailsTypeNaverPay          ChargePaymentMethodDetailsType = "naver_pay"
	ChargePaymentMethodDetailsTypeNZBankAccount     ChargePaymentMethodDetailsType = "nz_bank_account"
	ChargePaymentMethodDetailsTypeOXXO              ChargePaymentMethodDetailsType = "oxxo"
	ChargePaymentMethodDetailsTypeP24               ChargePaymentMethodDetailsType = "p24"
	ChargePaymentMethodDetailsTypePayByBank         ChargePaymentMethodDetailsType = "pay_by_bank"
	ChargePaymentMethodDetailsTypePayco             ChargePaymentMethodDetailsType = "payco"
	ChargePaymentMethodDetailsTypePayNow            ChargePaymentMethodDetailsType = "paynow"
	ChargePaymentMethodDetailsTypePayPal            ChargePaymentMethodDetailsType = "paypal"
	ChargePaymentMethodDetailsTypePayskeAccount     ChargePaymentMethodDetailsType = "payske_account"
	ChargePaymentMethodDetailsTypePayTo             ChargePaymentMethodDetailsType = "payto"
	ChargePaymentMethodDetailsTypePix               ChargePaymentMethodDetailsType = "pix"
	ChargePaymentMethodDetailsTypePromptPay         ChargePaymentMethodDetailsType = "promptpay"
	ChargePaymentMethodDetailsTypeRevolutPay        ChargePaymentMethodDetailsType = "revolut_pay"
	ChargePaymentMethodDetailsTypeSamsungPay        ChargePaymentMethodDetailsType = "samsung_pay"
	ChargePaymentMethodDetailsTypeSatispay          ChargePaymentMethodDetailsType = "satispay"
	ChargePaymentMethodDetailsTypeScalapay          ChargePaymentMethodDetailsType = "scalapay"
	ChargePaymentMethodDetailsTypeSEPADebit         ChargePaymentMethodDetailsType = "sepa_debit"
	ChargePaymentMethodDetailsTypeSofort            ChargePaymentMethodDetailsType = "sofort"
	ChargePaymentMethodDetailsTypeSunbit            ChargePaymentMethodDetailsType = "sunbit"
	ChargePaymentMethodDetailsTypeSwish             ChargePaymentMethodDetailsType = "swish"
	ChargePaymentMethodDetailsTypeTwint             ChargePaymentMethodDetailsType = "twint"
	ChargePaymentMethodDetailsTypeUPI               ChargePaymentMethodDetailsType = "upi"
	ChargePaymentMethodDetailsTypeUSBankAccount     ChargePaymentMethodDetailsType = "us_bank_account"
	ChargePaymentMethodDetailsTypeWeChat            ChargePaymentMethodDetailsType = "wechat"
	ChargePaymentMethodDetailsTypeWeChatPay         ChargePaymentMethodDetailsType = "wechat_pay"
	ChargePaymentMethodDetailsTypeZip               ChargePaymentMethodDetailsType = "zip"
)

// ChargePaymentMethodDetailsCard is what Payske knows about the card charged.
type ChargePaymentMethodDetailsCard struct {
	// AmountAuthorized is the amount the issuer authorized; nil before
	// authorization.
	AmountAuthorized *int64 `json:"amount_authorized"`

	// AuthorizationCode is the issuer's authorization code.
	AuthorizationCode string                              `json:"authorization_code"`
	Brand             ChargePaymentMethodDetailsCardBrand `json:"brand"`

	// CaptureBefore is when an uncaptured authorization expires (Unix
	// seconds).
	CaptureBefore int64 `json:"capture_before"`

	// Checks are the results of the CVC and address checks.
	Checks *ChargePaymentMethodDetailsCardChecks `json:"checks"`

	// Country is the two-letter code of the issuing country.
	Country  string `json:"country"`
	ExpMonth int64  `json:"exp_month"`
	ExpYear  int64  `json:"exp_year"`

	ExtendedAuthorization *ChargePaymentMethodDetailsCardExtendedAuthorization `json:"extended_authorization"`

	// Fingerprint is the same for every use of one card number, across
	// customers: use it to spot one card used many times.
	Fingerprint              string                                                  `json:"fingerprint"`
	Funding                  ChargePaymentMethodDetailsCardFunding                   `json:"funding"`
	IncrementalAuthorization *ChargePaymentMethodDetailsCardIncrementalAuthorization `json:"incremental_authorization"`

	// Installments is the installment plan the charge was made with, if any.
	Installments *ChargePaymentMethodDetailsCardInstallments `json:"installments"`
	Last4        string                                      `json:"last4"`

	// Mandate is the ID of the mandate the charge was made under, if any.
	Mandate      string                                      `json:"mandate"`
	Multicapture *ChargePaymentMethodDetailsCardMulticapture `json:"multicapture"`

	// Network is the card network the charge went through, for example
	// "visa".
	Network string `json:"network"`

	// NetworkToken tells whether a network token was used instead of the
	// card number.
	NetworkToken *ChargePaymentMethodDetailsCardNetworkToken `json:"network_token"`

	// NetworkTransactionID is the card network's ID of the transaction.
	NetworkTransactionID string                                     `json:"network_transaction_id"`
	Overcapture          *ChargePaymentMethodDetailsCardOvercapture `json:"overcapture"`

	// RegulatedStatus tells whether the card is subject to interchange fee
	// regulation.
	RegulatedStatus ChargePaymentMethodDetailsCardRegulatedStatus `json:"regulated_status"`

	// ThreeDSecure is the result of 3D Secure authentication, when it ran.
	ThreeDSecure *ChargePaymentMethodDetailsCardThreeDSecure `json:"three_d_secure"`

	// TransactionLinkID links the charge to other transactions of the same
	// card network series.
	TransactionLinkID string `json:"transaction_link_id"`

	// Wallet is the wallet (Apple Pay, Google Pay, ...) the card was used
	// through, if any.
	Wallet *ChargePaymentMethodDetailsCardWallet `json:"wallet"`
}

// ChargePaymentMethodDetailsCardBrand is a card brand, in lowercase.
type ChargePaymentMethodDetailsCardBrand string

// The card brands.
const (
	ChargePaymentMethodDetailsCardBrandAmex            ChargePaymentMethodDetailsCardBrand = "amex"
	ChargePaymentMethodDetailsCardBrandCartesBancaires ChargePaymentMethodDetailsCardBrand = "cartes_bancaires"
	ChargePaymentMethodDetailsCardBrandDiners          ChargePaymentMethodDetailsCardBrand = "diners"
	ChargePaymentMethodDetailsCardBrandDiscover        ChargePaymentMethodDetailsCardBrand = "discover"
	ChargePaymentMethodDetailsCardBrandEftposAU        ChargePaymentMethodDetailsCardBrand = "eftpos_au"
	ChargePaymentMethodDetailsCardBrandInterac         ChargePaymentMethodDetailsCardBrand = "interac"
	ChargePaymentMethodDetailsCardBrandJCB             ChargePaymentMethodDetailsCardBrand = "jcb"
	ChargePaymentMethodDetailsCardBrandLink            ChargePaymentMethodDetailsCardBrand = "link"
	ChargePaymentMethodDetailsCardBrandMastercard      ChargePaymentMethodDetailsCardBrand = "mastercard"
	ChargePaymentMethodDetailsCardBrandUnionPay        ChargePaymentMethodDetailsCardBrand = "unionpay"
	ChargePaymentMethodDetailsCardBrandUnknown         ChargePaymentMethodDetailsCardBrand = "unknown"
	ChargePaymentMethodDetailsCardBrandVisa            ChargePaymentMethodDetailsCardBrand = "visa"
)

// ChargePaymentMethodDetailsCardFunding is a card's funding type.
type ChargePaymentMethodDetailsCardFunding string

// The card funding types.
const (
	ChargePaymentMethodDetailsCardFundingCredit  ChargePaymentMethodDetailsCardFunding = "credit"
	ChargePaymentMethodDetailsCardFundingDebit   ChargePaymentMethodDetailsCardFunding = "debit"
	ChargePaymentMethodDetailsCardFundingPrepaid ChargePaymentMethodDetailsCardFunding = "prepaid"
	ChargePaymentMethodDetailsCardFundingUnknown ChargePaymentMethodDetailsCardFunding = "unknown"
)

// ChargePaymentMethodDetailsCardChecks are the results of the verification
// checks run with a card payment. Each is empty when the data was not given.
type ChargePaymentMethodDetailsCardChecks struct {
	AddressLine1Check      ChargePaymentMethodDetailsCardCheck `json:"address_line1_check"`
	AddressPostalCodeCheck ChargePaymentMethodDetailsCardCheck `json:"address_postal_code_check"`
	CVCCheck               ChargePaymentMethodDetailsCardCheck `json:"cvc_check"`
}

// ChargePaymentMethodDetailsCardCheck is the result of one verification
// check (CVC, address line, postal code).
type ChargePaymentMethodDetailsCardCheck string

// The results of a verification check.
const (
	// ChargePaymentMethodDetailsCardCheckFail means the value given is
	// incorrect.
	ChargePaymentMethodDetailsCardCheckFail ChargePaymentMethodDetailsCardCheck = "fail"
	// ChargePaymentMethodDetailsCardCheckPass means the value given is
	// correct.
	ChargePaymentMethodDetailsCardCheckPass ChargePaymentMethodDetailsCardCheck = "pass"
	// ChargePaymentMethodDetailsCardCheckUnavailable means the issuer did
	// not check the value.
	ChargePaymentMethodDetailsCardCheckUnavailable ChargePaymentMethodDetailsCardCheck = "unavailable"
	// ChargePaymentMethodDetailsCardCheckUnchecked means the value was given
	// but not checked yet.
	ChargePaymentMethodDetailsCardCheckUnchecked ChargePaymentMethodDetailsCardCheck = "unchecked"
)

// ChargePaymentMethodDetailsCardExtendedAuthorization tells whether the
// authorization window of the charge was extended.
type ChargePaymentMethodDetailsCardExtendedAuthorization struct {
	Status ChargePaymentMethodDetailsCardExtendedAuthorizationStatus `json:"status"`
}

// ChargePaymentMethodDetailsCardIncrementalAuthorization tells whether the
// authorized amount can still be increased.
type ChargePaymentMethodDetailsCardIncrementalAuthorization struct {
	Status ChargePaymentMethodDetailsCardIncrementalAuthorizationStatus `json:"status"`
}

// ChargePaymentMethodDetailsCardInstallments is the installment plan of a
// card charge.
type ChargePaymentMethodDetailsCardInstallments struct {
	Plan *ChargePaymentMethodDetailsCardInstallmentsPlan `json:"plan"`
}

// ChargePaymentMethodDetailsCardInstallmentsPlan is an installment plan.
type ChargePaymentMethodDetailsCardInstallmentsPlan struct {
	// Count is the number of installments, for fixed_count plans.
	Count *int64 `json:"count"`

	// Interval is how often an installment is due, for fixed_count plans.
	Interval ChargePaymentMethodDetailsCardInstallmentsPlanInterval `json:"interval"`
	Type     ChargePaymentMethodDetailsCardInstallmentsPlanType     `json:"type"`
}

// ChargePaymentMethodDetailsCardMulticapture tells whether the charge can be
// captured in several parts.
type ChargePaymentMethodDetailsCardMulticapture struct {
	Status ChargePaymentMethodDetailsCardMulticaptureStatus `json:"status"`
}

// ChargePaymentMethodDetailsCardNetworkToken tells whether a network token
// was used for the charge.
type ChargePaymentMethodDetailsCardNetworkToken struct {
	Used bool `json:"used"`
}

// ChargePaymentMethodDetailsCardOvercapture tells whether, and up to what,
// more than the authorized amount can be captured.
type ChargePaymentMethodDetailsCardOvercapture struct {
	// MaximumAmountCapturable is the most that can be captured.
	MaximumAmountCapturable int64                                           `json:"maximum_amount_capturable"`
	Status                  ChargePaymentMethodDetailsCardOvercaptureStatus `json:"status"`
}

// ChargePaymentMethodDetailsCardThreeDSecure is the result of 3D Secure
// authentication of a card charge.
type ChargePaymentMethodDetailsCardThreeDSecure struct {
	AuthenticationFlow ChargePaymentMethodDetailsCardThreeDSecureAuthenticationFlow `json:"authentication_flow"`

	// ElectronicCommerceIndicator is the ECI the network returned.
	ElectronicCommerceIndicator ChargePaymentMethodDetailsCardThreeDSecureElectronicCommerceIndicator `json:"electronic_commerce_indicator"`

	// ExemptionIndicator is the exemption asked for, and
	// ExemptionIndicatorApplied whether the issuer granted it.
	ExemptionIndicator        ChargePaymentMethodDetailsCardThreeDSecureExemptionIndicator `json:"exemption_indicator"`
	ExemptionIndicatorApplied bool                                                         `json:"exemption_indicator_applied"`
	Result                    ChargePaymentMethodDetailsCardThreeDSecureResult             `json:"result"`
	ResultReason              ChargePaymentMethodDetailsCardThreeDSecureResultReason       `json:"result_reason"`

	// TransactionID is the 3D Secure server's transaction ID.
	TransactionID string `json:"transaction_id"`

	// Version is the 3D Secure protocol version used.
	Version ChargePaymentMethodDetailsCardThreeDSecureVersion `json:"version"`
}

// ChargePaymentMethodDetailsCardWallet is the wallet a card was used
// through. Type names the wallet; Masterpass and VisaCheckout carry the
// addresses the wallet gave, the other wallets' details are kept as raw JSON
// (an empty object today).
type ChargePaymentMethodDetailsCardWallet struct {
	AmexExpressCheckout json.RawMessage `json:"amex_express_checkout,omitempty"`
	ApplePay            json.RawMessage `json:"apple_pay,omitempty"`

	// DynamicLast4 is the last four digits of the device account number,
	// for wallets that tokenize the card.
	DynamicLast4 string                                            `json:"dynamic_last4"`
	GooglePay    json.RawMessage                                   `json:"google_pay,omitempty"`
	Link         json.RawMessage                                   `json:"link,omitempty"`
	Masterpass   *ChargePaymentMethodDetailsCardWalletMasterpass   `json:"masterpass"`
	SamsungPay   json.RawMessage                                   `json:"samsung_pay,omitempty"`
	Type         ChargePaymentMethodDetailsCardWalletType          `json:"type"`
	VisaCheckout *ChargePaymentMethodDetailsCardWalletVisaCheckout `json:"visa_checkout"`
}

// ChargePaymentMethodDetailsCardWalletMasterpass is what Masterpass gave
// about the payer.
type ChargePaymentMethodDetailsCardWalletMasterpass struct {
	BillingAddress  *Address `json:"billing_address"`
	Email           string   `json:"email"`
	Name            string   `json:"name"`
	ShippingAddress *Address `json:"shipping_address"`
}

// ChargePaymentMethodDetailsCardWalletVisaCheckout is what Visa Checkout
// gave about the payer.
type ChargePaymentMethodDetailsCardWalletVisaCheckout struct {
	BillingAddress  *Address `json:"billing_address"`
	Email           string   `json:"email"`
	Name            string   `json:"name"`
	ShippingAddress *Address `json:"shipping_address"`
}

// ChargeParams are the parameters of charge.New, charge.Update and
// charge.Get. New takes Amount, Currency and a Source, Customer or Card;
// Update takes only Customer, Description, FraudDetails, ReceiptEmail,
// Shipping, TransferGroup and metadata; Get takes only expansions.
type ChargeParams struct {
	Params `form:"*"`

	// Amount is what to charge, in the smallest unit of Currency.
	Amount *int64 `form:"amount"`

	// ApplicationFee is the older name of ApplicationFeeAmount.
	ApplicationFee *int64 `form:"application_fee"`

	// ApplicationFeeAmount is what the Connect platform collects from a
	// charge on a connected account.
	ApplicationFeeAmount *int64 `form:"application_fee_amount"`

	// Capture false only authorizes the charge; capture it later with
	// charge.Capture. The default is to capture at once.
	Capture *bool `form:"capture"`

	// Card gives the card details inline, instead of a Source token.
	Card *ChargeCardParams `form:"card"`

	// Currency is a lowercase ISO 4217 code, for example
	// string(payske.CurrencyUSD).
	Currency *string `form:"currency"`

	// Customer is the ID of the customer to charge; without Source, the
	// customer's default source is charged.
	Customer    *string `form:"customer"`
	Description *string `form:"description"`

	// Destination makes a destination charge (older form of TransferData).
	Destination *ChargeDestinationParams `form:"destination"`

	// FraudDetails reports the charge as safe or fraudulent (update only).
	FraudDetails *ChargeFraudDetailsParams `form:"fraud_details"`

	// OnBehalfOf is the connected account the charge is made for.
	OnBehalfOf   *string                   `form:"on_behalf_of"`
	RadarOptions *ChargeRadarOptionsParams `form:"radar_options"`

	// ReceiptEmail is where to send the receipt.
	ReceiptEmail *string                `form:"receipt_email"`
	Shipping     *ShippingDetailsParams `form:"shipping"`

	// Source is the token, card or source to charge, sent as source=<id>.
	Source *SourceParams `form:"source"`

	// StatementDescriptor replaces, and StatementDescriptorSuffix completes,
	// the account's statement descriptor for this charge.
	StatementDescriptor       *string `form:"statement_descriptor"`
	StatementDescriptorSuffix *string `form:"statement_descriptor_suffix"`

	// TransferData makes a destination charge: the funds go to the given
	// connected account.
	TransferData *ChargeTransferDataParams `form:"transfer_data"`

	// TransferGroup ties the charge to the transfers it funds.
	TransferGroup *string `form:"transfer_group"`
}

// ChargeCardParams are card details given inline when creating a charge.
// Number, ExpMonth and ExpYear are required.
type ChargeCardParams struct {
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
	Name         *string                       `form:"name"`
	NetworkToken *ChargeCardNetworkTokenParams `form:"network_token"`
	Number       *string                       `form:"number"`

	// Object is "card".
	Object    *string `form:"object"`
	SwipeData *string `form:"swipe_data"`
}

// ChargeCardNetworkTokenParams give a network token in place of the card
// number.
type ChargeCardNetworkTokenParams struct {
	Number *string `form:"number"`
}

// ChargeDestinationParams make a destination charge: Account receives the
// funds, or Amount of them.
type ChargeDestinationParams struct {
	Account *string `form:"account"`
	Amount  *int64  `form:"amount"`
}

// ChargeFraudDetailsParams report a charge as safe or fraudulent.
type ChargeFraudDetailsParams struct {
	// UserReport is "fraudulent", "safe", or "" to withdraw the report; see
	// ChargeFraudUserReport.
	UserReport *string `form:"user_report"`
}

// ChargeRadarOptionsParams are Radar options for a new charge.
type ChargeRadarOptionsParams struct {
	// Session is the Radar session ID collected in the browser.
	Session *string `form:"session"`
}

// ChargeTransferDataParams make a destination charge.
type ChargeTransferDataParams struct {
	// Amount is the part transferred; by default the whole charge less fees.
	Amount *int64 `form:"amount"`

	// Description is the description of the transfer.
	Description *string `form:"description"`

	// Destination is the ID of the connected account paid. Required.
	Destination *string `form:"destination"`
}

// ChargeCaptureParams are the parameters of charge.Capture. All are
// optional: by default the whole authorized amount is captured.
type ChargeCaptureParams struct {
	Params `form:"*"`

	// Amount captures only part of the authorized amount; the rest is
	// refunded.
	Amount                    *int64                           `form:"amount"`
	ApplicationFee            *int64                           `form:"application_fee"`
	ApplicationFeeAmount      *int64                           `form:"application_fee_amount"`
	ReceiptEmail              *string                          `form:"receipt_email"`
	StatementDescriptor       *string                          `form:"statement_descriptor"`
	StatementDescriptorSuffix *string                          `form:"statement_descriptor_suffix"`
	TransferData              *ChargeCaptureTransferDataParams `form:"transfer_data"`
	TransferGroup             *string                          `form:"transfer_group"`
}

// ChargeCaptureTransferDataParams change the transferred part of a
// destination charge at capture.
type ChargeCaptureTransferDataParams struct {
	Amount *int64 `form:"amount"`
}

// ChargeListParams are the parameters of charge.List.
type ChargeListParams struct {
	ListParams `form:"*"`

	// Created keeps the charges created at exactly this time (Unix
	// seconds); CreatedRange keeps those created in a range.
	Created      *int64            `form:"created"`
	CreatedRange *RangeQueryParams `form:"created"`

	// Customer keeps the charges of this customer ID.
	Customer *string `form:"customer"`

	// PaymentIntent keeps the charges of this payment intent ID.
	PaymentIntent *string `form:"payment_intent"`

	// TransferGroup keeps the charges of this transfer group.
	TransferGroup *string `form:"transfer_group"`
}
