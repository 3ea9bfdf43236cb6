package payske

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/jsontest"
)

var (
	_ LastResponseSetter = &Token{}
	_ ParamsContainer    = &TokenParams{}
)

// tokenFixtures are the token answers of the API reference.
var tokenFixtures = []string{
	"create_bank_account.json", "create_card.json", "retrieve.json", "token_object.json",
}

func readTokenFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "token", name))
	require.NoError(t, err)
	return data
}

func decodeTokenFixture(t *testing.T, name string) *Token {
	t.Helper()
	tok := &Token{}
	require.NoError(t, json.Unmarshal(readTokenFixture(t, name), tok))
	return tok
}

func TestTokenFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "token", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, tokenFixtures, files)
}

func TestTokenFixturesRoundTrip(t *testing.T) {
	for _, name := range tokenFixtures {
		t.Run(name, func(t *testing.T) {
			jsontest.RoundTrip(t, readTokenFixture(t, name), &Token{})
		})
	}
}

func TestTokenDecodesACardToken(t *testing.T) {
	for _, name := range []string{"token_object.json", "create_card.json", "retrieve.json"} {
		t.Run(name, func(t *testing.T) {
			tok := decodeTokenFixture(t, name)
			assert.Equal(t, "tok_1Jwoyx2eZvKYlo2Cst4eQ7CX", tok.ID)
			assert.Equal(t, "token", tok.Object)
			assert.Equal(t, TokenTypeCard, tok.Type)
			assert.Equal(t, int64(1637158767), tok.Created)
			assert.False(t, tok.Livemode)
			assert.False(t, tok.Used)
			assert.Empty(t, tok.ClientIP)
			assert.Nil(t, tok.BankAccount)
			require.NotNil(t, tok.Card)
			assert.Equal(t, "card_1Jwoyx2eZvKYlo2CzoY3eYaj", tok.Card.ID)
			assert.Equal(t, CardBrandVisa, tok.Card.Brand)
			assert.Equal(t, CardFundingCredit, tok.Card.Funding)
			assert.Equal(t, CardVerificationPass, tok.Card.CVCCheck)
			assert.Equal(t, "4242", tok.Card.Last4)
			assert.Equal(t, int64(8), tok.Card.ExpMonth)
		})
	}
}

func TestTokenDecodesABankAccountToken(t *testing.T) {
	tok := decodeTokenFixture(t, "create_bank_account.json")
	assert.Equal(t, "btok_1Jwoyx2eZvKYlo2CeuW0logQ", tok.ID)
	assert.Equal(t, TokenTypeBankAccount, tok.Type)
	assert.Nil(t, tok.Card)
	require.NotNil(t, tok.BankAccount)
	b := tok.BankAccount
	assert.Equal(t, "ba_1Jwoyx2eZvKYlo2CylNVcYhE", b.ID)
	assert.Equal(t, "Jane Austen", b.AccountHolderName)
	assert.Equal(t, BankAccountAccountHolderTypeIndividual, b.AccountHolderType)
	assert.Equal(t, CurrencyUSD, b.Currency)
	assert.Equal(t, "6789", b.Last4)
	assert.Equal(t, BankAccountStatusNew, b.Status)
}

func TestTokenUnmarshalRejectsBrokenJSON(t *testing.T) {
	for name, data := range map[string]string{
		"truncated":          `{"id":"tok_1`,
		"a bare string":      `"tok_1"`,
		"card of wrong type": `{"card":1}`,
		"used of wrong type": `{"used":"no"}`,
	} {
		assert.Error(t, json.Unmarshal([]byte(data), &Token{}), name)
	}
}

func TestTokenParamsSendEveryKindOfToken(t *testing.T) {
	cases := []struct {
		name   string
		params *TokenParams
		want   string
	}{
		{"cvc update", &TokenParams{CVCUpdate: &TokenCVCUpdateParams{CVC: String("123")}}, "cvc_update[cvc]=123"},
		{"pii", &TokenParams{PII: &TokenPIIParams{IDNumber: String("000000000")}}, "pii[id_number]=000000000"},
		{"card of a customer, for a connected account", &TokenParams{Customer: String("cus_1"), Card: &CardParams{Token: String("card_1")}},
			"customer=cus_1"},
		{"account", &TokenParams{Account: &TokenAccountParams{
			BusinessType:        String("company"),
			TOSShownAndAccepted: Bool(true),
			Company: &TokenAccountCompanyParams{
				Address:                            &AddressParams{City: String("Tokyo"), Country: String("JP")},
				AddressKana:                        &TokenJapanAddressParams{Town: String("ｺｳｼﾞﾏﾁ")},
				AddressKanji:                       &TokenJapanAddressParams{Town: String("麹町")},
				AdministrativeAddress:              &AddressParams{Line1: String("1 Main St")},
				DirectorsProvided:                  Bool(true),
				DirectorshipDeclaration:            &TokenDeclarationParams{Date: Int64(1600000000), IP: String("1.2.3.4"), UserAgent: String("UA")},
				ExecutivesProvided:                 Bool(false),
				ExportLicenseID:                    String("EL"),
				ExportPurposeCode:                  String("EP"),
				Name:                               String("Acme"),
				NameKana:                           String("ｱｸﾒ"),
				NameKanji:                          String("阿久目"),
				OwnersProvided:                     Bool(true),
				OwnershipDeclaration:               &TokenDeclarationParams{Date: Int64(1)},
				OwnershipDeclarationShownAndSigned: Bool(true),
				OwnershipExemptionReason:           String(""),
				Phone:                              String("+81"),
				PrincipalPlaceOfBusiness:           &AddressParams{PostalCode: String("100")},
				RegistrationDate:                   &TokenDateParams{Day: Int64(1), Month: Int64(2), Year: Int64(2003)},
				RegistrationNumber:                 String("RN"),
				RepresentativeDeclaration:          &TokenDeclarationParams{IP: String("5.6.7.8")},
				Structure:                          String("llc"),
				TaxID:                              String("TX"),
				TaxIDRegistrar:                     String("TR"),
				VATID:                              String("VAT"),
				Verification:                       &TokenAccountCompanyVerificationParams{Document: &TokenDocumentParams{Back: String("file_b"), Front: String("file_f")}},
			},
			Individual: &TokenAccountIndividualParams{
				DOB:               &TokenDateParams{Day: Int64(9), Month: Int64(8), Year: Int64(1990)},
				FirstName:         String("Jenny"),
				FullNameAliases:   StringSlice([]string{"J", "JR"}),
				Metadata:          map[string]string{"b": "2", "a": "1"},
				PoliticalExposure: String("none"),
				Relationship:      &TokenAccountIndividualRelationshipParams{Owner: Bool(true), PercentOwnership: Float64(12.5), Title: String("CEO")},
				SSNLast4:          String("0000"),
				Verification:      &TokenVerificationParams{AdditionalDocument: &TokenDocumentParams{Front: String("file_a")}},
			},
		}},
			"account[business_type]=company" +
				"&account[company][address][city]=Tokyo&account[company][address][country]=JP" +
				"&account[company][address_kana][town]=ｺｳｼﾞﾏﾁ&account[company][address_kanji][town]=麹町" +
				"&account[company][administrative_address][line1]=1 Main St&account[company][directors_provided]=true" +
				"&account[company][directorship_declaration][date]=1600000000&account[company][directorship_declaration][ip]=1.2.3.4" +
				"&account[company][directorship_declaration][user_agent]=UA&account[company][executives_provided]=false" +
				"&account[company][export_license_id]=EL&account[company][export_purpose_code]=EP&account[company][name]=Acme" +
				"&account[company][name_kana]=ｱｸﾒ&account[company][name_kanji]=阿久目&account[company][owners_provided]=true" +
				"&account[company][ownership_declaration][date]=1&account[company][ownership_declaration_shown_and_signed]=true" +
				"&account[company][ownership_exemption_reason]=&account[company][phone]=+81" +
				"&account[company][principal_place_of_business][postal_code]=100" +
				"&account[company][registration_date][day]=1&account[company][registration_date][month]=2&account[company][registration_date][year]=2003" +
				"&account[company][registration_number]=RN&account[company][representative_declaration][ip]=5.6.7.8" +
				"&account[company][structure]=llc&account[company][tax_id]=TX&account[company][tax_id_registrar]=TR&account[company][vat_id]=VAT" +
				"&account[company][verification][document][back]=file_b&account[company][verification][document][front]=file_f" +
				"&account[individual][dob][day]=9&account[individual][dob][month]=8&account[individual][dob][year]=1990" +
				"&account[individual][first_name]=Jenny&account[individual][full_name_aliases][0]=J&account[individual][full_name_aliases][1]=JR" +
				"&account[individual][metadata][a]=1&account[individual][metadata][b]=2&account[individual][political_exposure]=none" +
				"&account[individual][relationship][owner]=true&account[individual][relationship][percent_ownership]=12.5" +
				"&account[individual][relationship][title]=CEO&account[individual][ssn_last_4]=0000" +
				"&account[individual][verification][additional_document][front]=file_a" +
				"&account[tos_shown_and_accepted]=true"},
		{"person", &TokenParams{Person: &TokenPersonParams{
			AdditionalTOSAcceptances: &TokenPersonAdditionalTOSAcceptancesParams{Account: &TokenDeclarationParams{Date: Int64(2)}},
			Documents: &TokenPersonDocumentsParams{
				CompanyAuthorization: &TokenPersonDocumentParams{Files: StringSlice([]string{"file_1"})},
				Passport:             &TokenPersonDocumentParams{Files: StringSlice([]string{"file_2", "file_3"})},
				Visa:                 &TokenPersonDocumentParams{Files: []*string{}},
			},
			Email:       String("j@example.com"),
			Nationality: String("FR"),
			Relationship: &TokenPersonRelationshipParams{
				Authorizer: Bool(true), Director: Bool(false), Executive: Bool(true), LegalGuardian: Bool(false),
				Owner: Bool(true), PercentOwnership: Float64(50), Representative: Bool(true), Title: String("CFO"),
			},
			USCfpbData: &TokenPersonUSCfpbDataParams{
				EthnicityDetails:     &TokenPersonUSCfpbDataEthnicityDetailsParams{Ethnicity: StringSlice([]string{"cuban"}), EthnicityOther: String("x")},
				RaceDetails:          &TokenPersonUSCfpbDataRaceDetailsParams{Race: StringSlice([]string{"asian", "white"}), RaceOther: String("y")},
				SelfIdentifiedGender: String("z"),
			},
		}},
			"person[additional_tos_acceptances][account][date]=2" +
				"&person[documents][company_authorization][files][0]=file_1" +
				"&person[documents][passport][files][0]=file_2&person[documents][passport][files][1]=file_3" +
				"&person[documents][visa][files]=" +
				"&person[email]=j@example.com&person[nationality]=FR" +
				"&person[relationship][authorizer]=true&person[relationship][director]=false&person[relationship][executive]=true" +
				"&person[relationship][legal_guardian]=false&person[relationship][owner]=true&person[relationship][percent_ownership]=50" +
				"&person[relationship][representative]=true&person[relationship][title]=CFO" +
				"&person[us_cfpb_data][ethnicity_details][ethnicity][0]=cuban&person[us_cfpb_data][ethnicity_details][ethnicity_other]=x" +
				"&person[us_cfpb_data][race_details][race][0]=asian&person[us_cfpb_data][race_details][race][1]=white" +
				"&person[us_cfpb_data][race_details][race_other]=y&person[us_cfpb_data][self_identified_gender]=z"},
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

func FuzzTokenUnmarshal(f *testing.F) {
	for _, name := range tokenFixtures {
		f.Add(readTokenFixture(f, name))
	}
	for _, seed := range []string{`null`, `{}`, `{"card":"card_1"}`, `{"bank_account":{"customer":"cus_1"}}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var tok Token
		if json.Unmarshal(data, &tok) != nil {
			return
		}
		if _, err := json.Marshal(&tok); err != nil {
			t.Fatalf("decoded %q but cannot encode it again: %v", data, err)
		}
	})
}
