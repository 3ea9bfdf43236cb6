package payske

// Token is a single-use reference to card or bank account details (or to
// account, person or PII data), made with token.New. Pass its ID where a
// source is expected (charge.New, card.New, bankaccount.New); once used,
// Used is true and it cannot be used again. Card or BankAccount holds the
// tokenized instrument, without its full number.
type Token struct {
	APIResource

	BankAccount *BankAccount `json:"bank_account"`
	Card        *Card        `json:"card"`

	// ClientIP is the IP address the token was created from, when known.
	ClientIP string    `json:"client_ip"`
	Created  int64     `json:"created"`
	ID       string    `json:"id"`
	Livemode bool      `json:"livemode"`
	Object   string    `json:"object"`
	Type     TokenType `json:"type"`

	// Used is true once the token was consumed.
	Used bool `json:"used"`
}

// answerObject implements objectChecker.
func (t *Token) answerObject() (string, objectKinds) { return t.Object, "token" }

// TokenType is what a token stands for.
type TokenType string

// The token types.
const (
	TokenTypeAccount     TokenType = "account"
	TokenTypeBankAccount TokenType = "bank_account"
	TokenTypeCard        TokenType = "card"
	TokenTypeCVCUpdate   TokenType = "cvc_update"
	TokenTypePerson      TokenType = "person"
	TokenTypePII         TokenType = "pii"
)

// TokenParams are the parameters of token.New (and, for expand, of
// token.Get). Set exactly one of Card, BankAccount, CVCUpdate, Account,
// Person or PII: each makes a different kind of token.
type TokenParams struct {
	Params `form:"*"`

	// Account tokenizes the details of a connected account.
	Account *TokenAccountParams `form:"account"`

	// BankAccount tokenizes a bank account, sent as bank_account[...].
	BankAccount *BankAccountParams `form:"bank_account"`

	// Card tokenizes a card, sent as card[...].
	Card *CardParams `form:"card"`

	// Customer is the ID of the customer whose card or bank account a
	// connected account tokenizes (Connect only).
	Customer *string `form:"customer"`

	// CVCUpdate tokenizes a fresh CVC for a saved card.
	CVCUpdate *TokenCVCUpdateParams `form:"cvc_update"`

	// Person tokenizes a person of a connected account.
	Person *TokenPersonParams `form:"person"`

	// PII tokenizes personally identifiable information.
	PII *TokenPIIParams `form:"pii"`
}

// TokenCVCUpdateParams carry the CVC of a cvc_update token.
type TokenCVCUpdateParams struct {
	// CVC is the card's security code. Required.
	CVC *string `form:"cvc"`
}

// TokenPIIParams carry the personally identifiable information of a pii
// token.
type TokenPIIParams struct {
	// IDNumber is the person's ID number (a full SSN in the US).
	IDNumber *string `form:"id_number"`
}

// TokenAccountParams are the details of a connected account to tokenize.
type TokenAccountParams struct {
	// BusinessType is "company", "government_entity", "individual" or
	// "non_profit".
	BusinessType *string                       `form:"business_type"`
	Company      *TokenAccountCompanyParams    `form:"company"`
	Individual   *TokenAccountIndividualParams `form:"individual"`

	// TOSShownAndAccepted records that the account holder accepted
	// Payske's terms of service.
	TOSShownAndAccepted *bool `form:"tos_shown_and_accepted"`
}

// TokenAccountCompanyParams describe the company behind a connected
// account.
type TokenAccountCompanyParams struct {
	Address               *AddressParams           `form:"address"`
	AddressKana           *TokenJapanAddressParams `form:"address_kana"`
	AddressKanji          *TokenJapanAddressParams `form:"address_kanji"`
	AdministrativeAddress *AddressParams           `form:"administrative_address"`

	// DirectorsProvided, ExecutivesProvided and OwnersProvided record that
	// every director, executive or owner was given as a person.
	DirectorsProvided       *bool                   `form:"directors_provided"`
	DirectorshipDeclaration *TokenDeclarationParams `form:"directorship_declaration"`
	ExecutivesProvided      *bool                   `form:"executives_provided"`
	ExportLicenseID         *string                 `form:"export_license_id"`
	ExportPurposeCode       *string                 `form:"export_purpose_code"`
	Name                    *string                 `form:"name"`
	NameKana                *string                 `form:"name_kana"`
	NameKanji               *string                 `form:"name_kanji"`
	OwnersProvided          *bool                   `form:"owners_provided"`
	OwnershipDeclaration    *TokenDeclarationParams `form:"ownership_declaration"`

	// OwnershipDeclarationShownAndSigned records that the beneficial
	// ownership declaration was shown to, and signed by, the representative.
	OwnershipDeclarationShownAndSigned *bool `form:"ownership_declaration_shown_and_signed"`

	// OwnershipExemptionReason is "qualified_entity_exceeds_ownership_threshold",
	// "qualifies_as_financial_institution", or "" to unset it.
	OwnershipExemptionReason  *string                 `form:"ownership_exemption_reason"`
	Phone                     *string                 `form:"phone"`
	PrincipalPlaceOfBusiness  *AddressParams          `form:"principal_place_of_business"`
	RegistrationDate          *TokenDateParams        `form:"registration_date"`
	RegistrationNumber        *string                 `form:"registration_number"`
	RepresentativeDeclaration *TokenDeclarationParams `form:"representative_declaration"`

	// Structure is the legal structure, for example "llc" or
	// "private_corporation".
	Structure      *string                                `form:"structure"`
	TaxID          *string                                `form:"tax_id"`
	TaxIDRegistrar *string                                `form:"tax_id_registrar"`
	VATID          *string                                `form:"vat_id"`
	Verification   *TokenAccountCompanyVerificationParams `form:"verification"`
}

// TokenAccountCompanyVerificationParams hold the document that proves a
// company's details.
type TokenAccountCompanyVerificationParams struct {
	Document *TokenDocumentParams `form:"document"`
}

// TokenAccountIndividualParams describe the person behind an individual
// connected account.
type TokenAccountIndividualParams struct {
	Address      *AddressParams           `form:"address"`
	AddressKana  *TokenJapanAddressParams `form:"address_kana"`
	AddressKanji *TokenJapanAddressParams `form:"address_kanji"`

	// DOB is the date of birth.
	DOB            *TokenDateParams `form:"dob"`
	Email          *string          `form:"email"`
	FirstName      *string          `form:"first_name"`
	FirstNameKana  *string          `form:"first_name_kana"`
	FirstNameKanji *string          `form:"first_name_kanji"`

	// FullNameAliases are other names the person is known by; an empty,
	// non-nil slice clears them.
	FullNameAliases   []*string         `form:"full_name_aliases"`
	Gender            *string           `form:"gender"`
	IDNumber          *string           `form:"id_number"`
	IDNumberSecondary *string           `form:"id_number_secondary"`
	LastName          *string           `form:"last_name"`
	LastNameKana      *string           `form:"last_name_kana"`
	LastNameKanji     *string           `form:"last_name_kanji"`
	MaidenName        *string           `form:"maiden_name"`
	Metadata          map[string]string `form:"metadata"`
	Phone             *string           `form:"phone"`

	// PoliticalExposure is "existing" or "none".
	PoliticalExposure *string                                   `form:"political_exposure"`
	RegisteredAddress *AddressParams                            `form:"registered_address"`
	Relationship      *TokenAccountIndividualRelationshipParams `form:"relationship"`

	// SSNLast4 is the last four digits of a US Social Security Number.
	SSNLast4     *string                  `form:"ssn_last_4"`
	Verification *TokenVerificationParams `form:"verification"`
}

// TokenAccountIndividualRelationshipParams describe how the person of an
// individual account relates to it.
type TokenAccountIndividualRelationshipParams struct {
	Director  *bool `form:"director"`
	Executive *bool `form:"executive"`
	Owner     *bool `form:"owner"`

	// PercentOwnership is the share of the account the person owns, 0 to
	// 100.
	PercentOwnership *float64 `form:"percent_ownership"`
	Title            *string  `form:"title"`
}

// TokenPersonParams describe a person of a connected account.
type TokenPersonParams struct {
	AdditionalTOSAcceptances *TokenPersonAdditionalTOSAcceptancesParams `form:"additional_tos_acceptances"`
	Address                  *AddressParams                             `form:"address"`
	AddressKana              *TokenJapanAddressParams                   `form:"address_kana"`
	AddressKanji             *TokenJapanAddressParams                   `form:"address_kanji"`

	// DOB is the date of birth.
	DOB            *TokenDateParams            `form:"dob"`
	Documents      *TokenPersonDocumentsParams `form:"documents"`
	Email          *string                     `form:"email"`
	FirstName      *string                     `form:"first_name"`
	FirstNameKana  *string                     `form:"first_name_kana"`
	FirstNameKanji *string                     `form:"first_name_kanji"`

	// FullNameAliases are other names the person is known by; an empty,
	// non-nil slice clears them.
	FullNameAliases   []*string         `form:"full_name_aliases"`
	Gender            *string           `form:"gender"`
	IDNumber          *string           `form:"id_number"`
	IDNumberSecondary *string           `form:"id_number_secondary"`
	LastName          *string           `form:"last_name"`
	LastNameKana      *string           `form:"last_name_kana"`
	LastNameKanji     *string           `form:"last_name_kanji"`
	MaidenName        *string           `form:"maiden_name"`
	Metadata          map[string]string `form:"metadata"`

	// Nationality is a two-letter country code.
	Nationality *string `form:"nationality"`
	Phone       *string `form:"phone"`

	// PoliticalExposure is "existing" or "none".
	PoliticalExposure *string                        `form:"political_exposure"`
	RegisteredAddress *AddressParams                 `form:"registered_address"`
	Relationship      *TokenPersonRelationshipParams `form:"relationship"`

	// SSNLast4 is the last four digits of a US Social Security Number.
	SSNLast4     *string                      `form:"ssn_last_4"`
	USCfpbData   *TokenPersonUSCfpbDataParams `form:"us_cfpb_data"`
	Verification *TokenVerificationParams     `form:"verification"`
}

// TokenPersonAdditionalTOSAcceptancesParams record the person's acceptance
// of further terms of service.
type TokenPersonAdditionalTOSAcceptancesParams struct {
	Account *TokenDeclarationParams `form:"account"`
}

// TokenPersonDocumentsParams hold the documents a person provides, as
// uploaded file IDs.
type TokenPersonDocumentsParams struct {
	CompanyAuthorization *TokenPersonDocumentParams `form:"company_authorization"`
	Passport             *TokenPersonDocumentParams `form:"passport"`
	Visa                 *TokenPersonDocumentParams `form:"visa"`
}

// TokenPersonDocumentParams are the file IDs of one kind of document.
type TokenPersonDocumentParams struct {
	Files []*string `form:"files"`
}

// TokenPersonRelationshipParams describe how a person relates to the
// connected account.
type TokenPersonRelationshipParams struct {
	Authorizer    *bool `form:"authorizer"`
	Director      *bool `form:"director"`
	Executive     *bool `form:"executive"`
	LegalGuardian *bool `form:"legal_guardian"`
	Owner         *bool `form:"owner"`

	// PercentOwnership is the share of the account the person owns, 0 to
	// 100.
	PercentOwnership *float64 `form:"percent_ownership"`
	Representative   *bool    `form:"representative"`
	Title            *string  `form:"title"`
}

// TokenPersonUSCfpbDataParams are the demographic data US regulation (CFPB)
// asks lenders to collect, given by the person.
type TokenPersonUSCfpbDataParams struct {
	EthnicityDetails *TokenPersonUSCfpbDataEthnicityDetailsParams `form:"ethnicity_details"`
	RaceDetails      *TokenPersonUSCfpbDataRaceDetailsParams      `form:"race_details"`

	// SelfIdentifiedGender is the gender as the person describes it.
	SelfIdentifiedGender *string `form:"self_identified_gender"`
}

// TokenPersonUSCfpbDataEthnicityDetailsParams give the person's ethnicity.
type TokenPersonUSCfpbDataEthnicityDetailsParams struct {
	// Ethnicity holds values such as "hispanic_or_latino" or
	// "prefer_not_to_answer".
	Ethnicity      []*string `form:"ethnicity"`
	EthnicityOther *string   `form:"ethnicity_other"`
}

// TokenPersonUSCfpbDataRaceDetailsParams give the person's race.
type TokenPersonUSCfpbDataRaceDetailsParams struct {
	// Race holds values such as "asian" or "prefer_not_to_answer".
	Race      []*string `form:"race"`
	RaceOther *string   `form:"race_other"`
}

// TokenJapanAddressParams is an address in Japanese kana or kanji script,
// which adds the town (chome) to the usual parts.
type TokenJapanAddressParams struct {
	City       *string `form:"city"`
	Country    *string `form:"country"`
	Line1      *string `form:"line1"`
	Line2      *string `form:"line2"`
	PostalCode *string `form:"postal_code"`
	State      *string `form:"state"`
	Town       *string `form:"town"`
}

// TokenDateParams is a calendar date (a birth or registration date); all
// three parts are required.
type TokenDateParams struct {
	Day   *int64 `form:"day"`
	Month *int64 `form:"month"`
	Year  *int64 `form:"year"`
}

// TokenDeclarationParams record when, from which IP address and with which
// browser a declaration was made or terms were accepted.
type TokenDeclarationParams struct {
	// Date is when (Unix seconds).
	Date      *int64  `form:"date"`
	IP        *string `form:"ip"`
	UserAgent *string `form:"user_agent"`
}

// TokenVerificationParams hold the identity documents of a person.
type TokenVerificationParams struct {
	AdditionalDocument *TokenDocumentParams `form:"additional_document"`
	Document           *TokenDocumentParams `form:"document"`
}

// TokenDocumentParams are the uploaded file IDs of the two sides of a
// document.
type TokenDocumentParams struct {
	Back  *string `form:"back"`
	Front *string `form:"front"`
}
