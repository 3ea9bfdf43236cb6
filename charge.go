package payske

// ChargeFraudPayskeReport is Payske's assessment of a charge.
type ChargeFraudPayskeReport string

// The reports Payske makes.
const (
	ChargeFraudPayskeReportFraudulent ChargeFraudPayskeReport = "fraudulent"
)

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
