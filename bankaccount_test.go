package payske

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/jsontest"
)

var (
	_ LastResponseSetter  = &BankAccount{}
	_ LastResponseSetter  = &BankAccountList{}
	_ form.Appender       = &BankAccountParams{}
	_ ParamsContainer     = &BankAccountParams{}
	_ ParamsContainer     = &BankAccountVerifyParams{}
	_ ListParamsContainer = &BankAccountListParams{}
)

// bankAccountFixtures are the bank account answers of the API reference,
// plus expanded.json, written for these tests with every field set and every
// expandable field expanded.
var bankAccountFixtures = []string{
	"bank_account_object.json", "create.json", "expanded.json", "list.json",
	"retrieve.json", "update.json",
}

func readBankAccountFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "bankaccount", name))
	require.NoError(t, err)
	return data
}

func decodeBankAccountFixture(t *testing.T, name string) *BankAccount {
	t.Helper()
	b := &BankAccount{}
	require.NoError(t, json.Unmarshal(readBankAccountFixture(t, name), b))
	return b
}

func TestBankAccountFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "bankaccount", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, bankAccountFixtures, files)
}

func TestBankAccountFixturesRoundTrip(t *testing.T) {
	for _, name := range bankAccountFixtures {
		t.Run(name, func(t *testing.T) {
			var v any = &BankAccount{}
			if name == "list.json" {
				v = &BankAccountList{}
			}
			jsontest.RoundTrip(t, readBankAccountFixture(t, name), v)
		})
	}
}

func TestBankAccountDecodesTheReferenceObject(t *testing.T) {
	b := decodeBankAccountFixture(t, "bank_account_object.json")

	assert.Equal(t, "ba_1Jw9mB2eZvKYlo2Crly03Iir", b.ID)
	assert.Equal(t, "bank_account", b.Object)
	assert.Equal(t, "Test", b.AccountHolderName)
	assert.Equal(t, BankAccountAccountHolderTypeIndividual, b.AccountHolderType)
	assert.Equal(t, BankAccountAccountType(""), b.AccountType)
	assert.Equal(t, "PAYSKE TEST BANK", b.BankName)
	assert.Equal(t, "US", b.Country)
	assert.Equal(t, CurrencyUSD, b.Currency)
	assert.Nil(t, b.Customer)
	assert.Equal(t, "9991", b.Last4)
	assert.Equal(t, "110000000", b.RoutingNumber)
	assert.Equal(t, BankAccountStatusNew, b.Status)
	assert.Equal(t, map[string]string{}, b.Metadata)
}

func TestBankAccountDecodesTheReferenceAnswers(t *testing.T) {
	for _, name := range []string{"create.json", "retrieve.json", "update.json"} {
		b := decodeBankAccountFixture(t, name)
		assert.Equal(t, "ba_1Jw9mB2eZvKYlo2Crly03Iir", b.ID, name)
		assert.Equal(t, &Customer{ID: "cus_AJ6yA7mRH34mJT"}, b.Customer, name)
	}
	assert.Equal(t, map[string]string{"order_id": "6735"}, decodeBankAccountFixture(t, "update.json").Metadata)

	list := &BankAccountList{}
	require.NoError(t, json.Unmarshal(readBankAccountFixture(t, "list.json"), list))
	assert.Equal(t, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", list.URL)
	require.Len(t, list.Data, 1)
	assert.Equal(t, BankAccountStatusNew, list.Data[0].Status)

	deleted := &BankAccount{}
	data := []byte(`{"id":"ba_1","object":"bank_account","deleted":true}`)
	require.NoError(t, json.Unmarshal(data, deleted))
	assert.Equal(t, &BankAccount{ID: "ba_1", Object: "bank_account", Deleted: true}, deleted)
	jsontest.RoundTrip(t, data, &BankAccount{})
}

func TestBankAccountDecodesTheExpandedFixture(t *testing.T) {
	b := decodeBankAccountFixture(t, "expanded.json")

	assert.Equal(t, "acct_1Connected", b.Account.ID)
	assert.Equal(t, "account", b.Account.Object)
	assert.Equal(t, BankAccountAccountHolderTypeCompany, b.AccountHolderType)
	assert.Equal(t, BankAccountAccountTypeSavings, b.AccountType)
	assert.Equal(t, []BankAccountAvailablePayoutMethod{BankAccountAvailablePayoutMethodStandard}, b.AvailablePayoutMethods)
	assert.Equal(t, &Customer{ID: "cus_AJ6yA7mRH34mJT", Object: "customer", Deleted: true}, b.Customer)
	assert.True(t, b.DefaultForCurrency)
	assert.Equal(t, BankAccountStatusVerificationFailed, b.Status)

	assert.Equal(t, &BankAccountRequirements{
		CurrentlyDue:        []string{},
		Errors:              []*BankAccountRequirementsError{},
		PastDue:             []string{},
		PendingVerification: []string{"external_account"},
	}, b.FutureRequirements)
	require.Len(t, b.Requirements.Errors, 1)
	assert.Equal(t, &BankAccountRequirementsError{
		Code:        "verification_failed_name_match",
		Reason:      "The account holder name does not match the name on file.",
		Requirement: "external_account.account_holder_name",
	}, b.Requirements.Errors[0])
	assert.Equal(t, []string{"external_account.account_holder_name"}, b.Requirements.CurrentlyDue)
	assert.Nil(t, b.Requirements.PastDue)
}

func TestBankAccountExpandableFieldsDecodeFromIDOrObject(t *testing.T) {
	cases := []struct {
		key, id, object string
		get             func(b *BankAccount) (id string, full bool)
	}{
		{"account", "acct_1", `{"id":"acct_1","object":"account"}`,
			func(b *BankAccount) (string, bool) { return b.Account.ID, b.Account.Object != "" }},
		{"customer", "cus_1", `{"id":"cus_1","object":"customer","email":"a@b.c"}`,
			func(b *BankAccount) (string, bool) { return b.Customer.ID, b.Customer.Email != "" }},
		{"customer", "cus_1", `{"id":"cus_1","object":"customer","deleted":true}`,
			func(b *BankAccount) (string, bool) { return b.Customer.ID, b.Customer.Deleted }},
	}
	wrap := func(key, value string) []byte {
		return []byte(`{"id":"ba_1","object":"bank_account",` + strconv.Quote(key) + `:` + value + `}`)
	}
	for _, tc := range cases {
		t.Run(tc.key+"/id", func(t *testing.T) {
			data := wrap(tc.key, strconv.Quote(tc.id))
			b := &BankAccount{}
			require.NoError(t, json.Unmarshal(data, b))
			id, full := tc.get(b)
			assert.Equal(t, tc.id, id)
			assert.False(t, full)
			out, err := json.Marshal(b)
			require.NoError(t, err)
			assert.Contains(t, string(out), strconv.Quote(tc.key)+":"+strconv.Quote(tc.id))
			jsontest.RoundTrip(t, data, &BankAccount{})
		})
		t.Run(tc.key+"/object", func(t *testing.T) {
			data := wrap(tc.key, tc.object)
			b := &BankAccount{}
			require.NoError(t, json.Unmarshal(data, b))
			id, full := tc.get(b)
			assert.Equal(t, tc.id, id)
			assert.True(t, full)
			jsontest.RoundTrip(t, data, &BankAccount{})
		})
	}
}

func TestBankAccountIsExpandable(t *testing.T) {
	b := &BankAccount{}
	require.NoError(t, json.Unmarshal([]byte(`"ba_1"`), b))
	assert.Equal(t, &BankAccount{ID: "ba_1"}, b)

	out, err := json.Marshal(BankAccount{ID: "ba_1"})
	require.NoError(t, err)
	assert.Equal(t, `"ba_1"`, string(out))
	out, err = json.Marshal(&BankAccount{ID: "ba_1", Status: BankAccountStatusNew})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(out), "{"), "got %s", out)

	for name, data := range map[string]string{
		"truncated":              `{"id":"ba_1`,
		"unterminated bare ID":   `"ba_1`,
		"customer of wrong type": `{"customer":1}`,
		"errors of wrong type":   `{"requirements":{"errors":{}}}`,
		"an array":               `[]`,
	} {
		assert.Error(t, json.Unmarshal([]byte(data), &BankAccount{}), name)
	}
	kept := &BankAccount{ID: "ba_1"}
	require.NoError(t, json.Unmarshal([]byte(`null`), kept))
	assert.Equal(t, &BankAccount{ID: "ba_1"}, kept)
}

func TestBankAccountParamsWireForm(t *testing.T) {
	update := &BankAccountParams{
		Customer:          String("cus_1"),
		AccountHolderName: String("Jenny Rosen"),
		AccountHolderType: String(string(BankAccountAccountHolderTypeCompany)),
	}
	update.AddMetadata("order_id", "6735")

	raw := &BankAccountParams{
		Customer:          String("cus_1"),
		Country:           String("US"),
		Currency:          String("usd"),
		AccountHolderName: String("Jenny Rosen"),
		AccountHolderType: String("individual"),
		RoutingNumber:     String("110000000"),
		AccountNumber:     String("000123456789"),
	}
	raw.AddExpand("customer")

	cases := []struct {
		name   string
		params any
		want   string
	}{
		{"bankaccount.New from a token",
			&BankAccountParams{Customer: String("cus_AJ6yA7mRH34mJT"), Token: String("btok_1JxB9F2eZvKYlo2CTkTlVpHt")},
			"source=btok_1JxB9F2eZvKYlo2CTkTlVpHt"},
		{"bankaccount.New with raw details nests them", raw,
			"expand%5B0%5D=customer&bank_account%5Baccount_holder_name%5D=Jenny+Rosen&bank_account%5Baccount_holder_type%5D=individual" +
				"&bank_account%5Baccount_number%5D=000123456789&bank_account%5Bcountry%5D=US&bank_account%5Bcurrency%5D=usd" +
				"&bank_account%5Brouting_number%5D=110000000"},
		{"bankaccount.Update", update,
			"metadata%5Border_id%5D=6735&account_holder_name=Jenny+Rosen&account_holder_type=company"},
		{"the customer alone sends nothing", &BankAccountParams{Customer: String("cus_1")}, ""},
		{"nil params", (*BankAccountParams)(nil), ""},
		{"verify", &BankAccountVerifyParams{Customer: String("cus_1"), Amounts: Int64Slice([]int64{32, 45})},
			"amounts%5B0%5D=32&amounts%5B1%5D=45"},
		{"nested in a token", &TokenParams{BankAccount: &BankAccountParams{
			Country:           String("US"),
			Currency:          String(string(CurrencyUSD)),
			AccountHolderName: String("Jenny Rosen"),
			AccountHolderType: String(string(BankAccountAccountHolderTypeIndividual)),
			RoutingNumber:     String("110000000"),
			AccountNumber:     String("000123456789"),
			AccountType:       String("checking"),
			PaymentMethod:     String("pm_1"),
			Customer:          String("cus_never_sent"),
			Token:             String("btok_never_sent"),
		}},
			"bank_account%5Baccount_holder_name%5D=Jenny+Rosen&bank_account%5Baccount_holder_type%5D=individual" +
				"&bank_account%5Baccount_number%5D=000123456789&bank_account%5Baccount_type%5D=checking" +
				"&bank_account%5Bcountry%5D=US&bank_account%5Bcurrency%5D=usd&bank_account%5Bpayment_method%5D=pm_1" +
				"&bank_account%5Brouting_number%5D=110000000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, form.Encode(tc.params))
		})
	}
}

func TestBankAccountParamsNestedKeepsExtraAsWritten(t *testing.T) {
	p := &BankAccountParams{Country: String("US")}
	p.AddExtra("bank_account[future_field]", "1")
	p.AddMetadata("k", "v")
	assert.Equal(t, "bank_account%5Bmetadata%5D%5Bk%5D=v&bank_account%5Bcountry%5D=US&bank_account%5Bfuture_field%5D=1",
		form.Encode(&TokenParams{BankAccount: p}))
	assert.NotNil(t, p.Extra, "encoding leaves the caller's params alone")
}

func FuzzBankAccountUnmarshal(f *testing.F) {
	for _, name := range bankAccountFixtures {
		f.Add(readBankAccountFixture(f, name))
	}
	for _, seed := range []string{`"ba_1"`, `null`, `{}`, `{"requirements":{"errors":[null]}}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var b BankAccount
		if json.Unmarshal(data, &b) != nil {
			return
		}
		if _, err := json.Marshal(&b); err != nil {
			t.Fatalf("decoded %q but cannot encode it again: %v", data, err)
		}
	})
}
