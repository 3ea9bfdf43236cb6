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
	_ LastResponseSetter  = &Card{}
	_ LastResponseSetter  = &CardList{}
	_ form.Appender       = &CardParams{}
	_ ParamsContainer     = &CardParams{}
	_ ListParamsContainer = &CardListParams{}
)

// cardFixtures are the card answers of the API reference, plus
// expanded.json, written for these tests with every field set and every
// expandable field expanded.
var cardFixtures = []string{
	"card_object.json", "create.json", "delete.json", "expanded.json",
	"list.json", "retrieve.json", "update.json",
}

func readCardFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "card", name))
	require.NoError(t, err)
	return data
}

func decodeCardFixture(t *testing.T, name string) *Card {
	t.Helper()
	c := &Card{}
	require.NoError(t, json.Unmarshal(readCardFixture(t, name), c))
	return c
}

func TestCardFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "card", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, cardFixtures, files)
}

func TestCardFixturesRoundTrip(t *testing.T) {
	for _, name := range cardFixtures {
		t.Run(name, func(t *testing.T) {
			var v any = &Card{}
			if name == "list.json" {
				v = &CardList{}
			}
			jsontest.RoundTrip(t, readCardFixture(t, name), v)
		})
	}
}

func TestCardDecodesTheReferenceObject(t *testing.T) {
	c := decodeCardFixture(t, "card_object.json")

	assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", c.ID)
	assert.Equal(t, "card", c.Object)
	assert.Equal(t, CardBrandVisa, c.Brand)
	assert.Equal(t, CardFundingCredit, c.Funding)
	assert.Equal(t, CardVerificationPass, c.CVCCheck)
	assert.Equal(t, CardVerification(""), c.AddressLine1Check)
	assert.Equal(t, "US", c.Country)
	assert.Equal(t, int64(8), c.ExpMonth)
	assert.Equal(t, int64(2022), c.ExpYear)
	assert.Equal(t, "4242", c.Last4)
	assert.Equal(t, "Xt5EWLLDS7FJjR1c", c.Fingerprint)
	assert.Equal(t, map[string]string{}, c.Metadata)
	assert.Nil(t, c.Customer, "customer is null on the bare object")
	assert.False(t, c.Deleted)
}

func TestCardDecodesTheReferenceAnswers(t *testing.T) {
	for _, name := range []string{"create.json", "retrieve.json", "update.json"} {
		c := decodeCardFixture(t, name)
		assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", c.ID, name)
		assert.Equal(t, &Customer{ID: "cus_AJ6yA7mRH34mJT"}, c.Customer, name)
	}
	assert.Equal(t, "Jenny Rosen", decodeCardFixture(t, "update.json").Name)

	deleted := decodeCardFixture(t, "delete.json")
	assert.Equal(t, &Card{ID: "card_1Jwvx22eZvKYlo2C7q732luw", Object: "card", Deleted: true}, deleted)

	list := &CardList{}
	require.NoError(t, json.Unmarshal(readCardFixture(t, "list.json"), list))
	assert.Equal(t, "list", list.Object)
	assert.Equal(t, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", list.URL)
	assert.False(t, list.HasMore)
	require.Len(t, list.Data, 1)
	assert.Equal(t, CardBrandVisa, list.Data[0].Brand)
}

func TestCardDecodesTheExpandedFixture(t *testing.T) {
	c := decodeCardFixture(t, "expanded.json")

	assert.Equal(t, "acct_1Connected", c.Account.ID)
	assert.Equal(t, "account", c.Account.Object)
	assert.Equal(t, "jenny@example.com", c.Customer.Email)
	assert.Equal(t, CardVerificationFail, c.AddressLine1Check)
	assert.Equal(t, CardVerificationUnavailable, c.AddressZipCheck)
	assert.Equal(t, CardVerificationUnchecked, c.CVCCheck)
	assert.Equal(t, CardAllowRedisplayLimited, c.AllowRedisplay)
	assert.Equal(t, []CardAvailablePayoutMethod{CardAvailablePayoutMethodStandard, CardAvailablePayoutMethodInstant}, c.AvailablePayoutMethods)
	assert.Equal(t, CardBrandAmex, c.Brand)
	assert.Equal(t, CurrencyUSD, c.Currency)
	assert.True(t, c.DefaultForCurrency)
	assert.Equal(t, "0005", c.DynamicLast4)
	assert.Equal(t, CardFundingPrepaid, c.Funding)
	assert.Equal(t, &CardNetworks{Preferred: "cartes_bancaires"}, c.Networks)
	assert.Equal(t, CardRegulatedStatusRegulated, c.RegulatedStatus)
	assert.Equal(t, "new", c.Status)
	assert.Equal(t, CardTokenizationMethodApplePay, c.TokenizationMethod)
	assert.Equal(t, "510 Townsend St", c.AddressLine1)
	assert.Equal(t, "94103", c.AddressZip)
}

// cardJSONWith returns a card object whose field key holds value.
func cardJSONWith(key, value string) string {
	return `{"id":"card_1","object":"card",` + strconv.Quote(key) + `:` + value + `}`
}

func TestCardExpandableFieldsDecodeFromIDOrObject(t *testing.T) {
	cases := []struct {
		key, id, object string
		get             func(c *Card) (id string, full bool)
	}{
		{"account", "acct_1", `{"id":"acct_1","object":"account"}`,
			func(c *Card) (string, bool) { return c.Account.ID, c.Account.Object != "" }},
		{"customer", "cus_1", `{"id":"cus_1","object":"customer","email":"a@b.c"}`,
			func(c *Card) (string, bool) { return c.Customer.ID, c.Customer.Email != "" }},
		{"customer", "cus_1", `{"id":"cus_1","object":"customer","deleted":true}`,
			func(c *Card) (string, bool) { return c.Customer.ID, c.Customer.Deleted }},
	}
	for _, tc := range cases {
		t.Run(tc.key+"/id", func(t *testing.T) {
			data := cardJSONWith(tc.key, strconv.Quote(tc.id))
			c := &Card{}
			require.NoError(t, json.Unmarshal([]byte(data), c))
			id, full := tc.get(c)
			assert.Equal(t, tc.id, id)
			assert.False(t, full)
			out, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Contains(t, string(out), strconv.Quote(tc.key)+":"+strconv.Quote(tc.id),
				"an ID-only reference encodes as the bare ID")
			jsontest.RoundTrip(t, []byte(data), &Card{})
		})
		t.Run(tc.key+"/object", func(t *testing.T) {
			data := cardJSONWith(tc.key, tc.object)
			c := &Card{}
			require.NoError(t, json.Unmarshal([]byte(data), c))
			id, full := tc.get(c)
			assert.Equal(t, tc.id, id)
			assert.True(t, full)
			jsontest.RoundTrip(t, []byte(data), &Card{})
		})
	}
}

func TestCardIsExpandable(t *testing.T) {
	cases := []struct {
		name string
		data string
		want *Card
	}{
		{"bare ID", `"card_1"`, &Card{ID: "card_1"}},
		{"bare ID with spaces", " \n\"card_1\"", &Card{ID: "card_1"}},
		{"object", `{"id":"card_1","object":"card","last4":"4242"}`, &Card{ID: "card_1", Object: "card", Last4: "4242"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &Card{}
			require.NoError(t, json.Unmarshal([]byte(tc.data), c))
			assert.Equal(t, tc.want, c)
		})
	}

	out, err := json.Marshal(Card{ID: "card_1", APIResource: APIResource{LastResponse: &APIResponse{}}})
	require.NoError(t, err)
	assert.Equal(t, `"card_1"`, string(out))
	out, err = json.Marshal(&Card{ID: "card_1", Last4: "4242"})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(out), "{"), "got %s", out)

}

func TestCardUnmarshalRejectsBrokenJSON(t *testing.T) {
	for name, data := range map[string]string{
		"empty":                    ``,
		"truncated":                `{"id":"card_1`,
		"unterminated bare ID":     `"card_1`,
		"a number":                 `42`,
		"exp_month of wrong type":  `{"exp_month":"12"}`,
		"customer of wrong type":   `{"customer":42}`,
		"account of wrong type":    `{"account":[]}`,
		"networks of wrong type":   `{"networks":"visa"}`,
		"payout methods not array": `{"available_payout_methods":"instant"}`,
	} {
		t.Run(name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(data), &Card{}))
		})
	}
	c := &Card{ID: "card_1"}
	require.NoError(t, json.Unmarshal([]byte(`null`), c))
	assert.Equal(t, &Card{ID: "card_1"}, c, "null leaves the value alone")
}

func TestCardParamsWireForm(t *testing.T) {
	withMeta := &CardParams{Customer: String("cus_1"), Token: String("tok_amex")}
	withMeta.AddMetadata("order_id", "6735")
	withMeta.AddExpand("customer")

	update := &CardParams{
		Customer:       String("cus_1"),
		Name:           String("Jenny Rosen"),
		AddressCity:    String("Paris"),
		AddressCountry: String("FR"),
		AddressLine1:   String("1 rue de Rivoli"),
		AddressLine2:   String(""),
		AddressState:   String("IDF"),
		AddressZip:     String("75001"),
		ExpMonth:       String("12"),
		ExpYear:        String("2030"),
	}
	update.AddMetadata("order_id", "6735")

	raw := &CardParams{
		Customer: String("cus_1"),
		Number:   String("4242424242424242"),
		ExpMonth: String("12"),
		ExpYear:  String("2030"),
		CVC:      String("123"),
	}
	raw.AddMetadata("k", "v")
	raw.AddExpand("customer")

	extra := &CardParams{Customer: String("cus_1"), Name: String("J")}
	extra.AddExtra("raw[key]", "x")

	cases := []struct {
		name   string
		params *CardParams
		want   string
	}{
		{"card.New from a token", &CardParams{Customer: String("cus_AJ6yA7mRH34mJT"), Token: String("tok_amex")}, "source=tok_amex"},
		{"card.New with metadata and expand", withMeta, "expand[0]=customer&metadata[order_id]=6735&source=tok_amex"},
		{"card.New with raw details nests them under card", raw,
			"expand[0]=customer&metadata[k]=v&card[cvc]=123&card[exp_month]=12&card[exp_year]=2030&card[number]=4242424242424242"},
		{"card.New with a network token nests it under card",
			&CardParams{Customer: String("cus_1"), NetworkToken: &CardNetworkTokenParams{Number: String("4000")}, ExpMonth: String("1"), ExpYear: String("2031")},
			"card[exp_month]=1&card[exp_year]=2031&card[network_token][number]=4000"},
		{"card.New with reader data nests it under card",
			&CardParams{Customer: String("cus_1"), Encrypted: String("enc"), SwipeData: String("swipe")},
			"card[encrypted]=enc&card[swipe_data]=swipe"},
		{"card.Update sends the fields plain", update,
			"metadata[order_id]=6735&address_city=Paris&address_country=FR&address_line1=1 rue de Rivoli&address_line2=" +
				"&address_state=IDF&address_zip=75001&exp_month=12&exp_year=2030&name=Jenny Rosen"},
		{"card.Get sends nothing for the customer", &CardParams{Customer: String("cus_1")}, ""},
		{"extra pairs are sent as written", extra, "raw[key]=x&name=J"},
		{"nil params", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			values := &form.Values{}
			form.AppendTo(values, tc.params)
			assert.Equal(t, tc.want, cardDecodedForm(t, values))
			assert.Empty(t, values.Get("customer"), "the customer only builds the URL")
		})
	}
}

// cardDecodedForm renders values unescaped, to keep the expectations
// readable; TestCardParamsNestedInATokenEncodeExactly checks the escaping.
func cardDecodedForm(t *testing.T, values *form.Values) string {
	t.Helper()
	var pairs []string
	values.Range(func(k, v string) { pairs = append(pairs, k+"="+v) })
	return strings.Join(pairs, "&")
}

func TestCardParamsNestedInATokenEncodeExactly(t *testing.T) {
	params := &TokenParams{
		Card: &CardParams{
			Number:   String("4242424242424242"),
			ExpMonth: String("12"),
			ExpYear:  String("2022"),
			CVC:      String("123"),
		},
	}
	assert.Equal(t, "card%5Bcvc%5D=123&card%5Bexp_month%5D=12&card%5Bexp_year%5D=2022&card%5Bnumber%5D=4242424242424242",
		form.Encode(params))

	full := &CardParams{
		Customer:       String("cus_never_sent"),
		Token:          String("tok_never_sent"),
		AddressCity:    String("Paris"),
		AddressCountry: String("FR"),
		AddressLine1:   String("1 rue de Rivoli"),
		AddressLine2:   String("Bât. B"),
		AddressState:   String("IDF"),
		AddressZip:     String("75001"),
		Currency:       String("eur"),
		CVC:            String("314"),
		ExpMonth:       String("11"),
		ExpYear:        String("2030"),
		Name:           String("Jenny Rosen"),
		Networks:       &CardNetworksParams{Preferred: String("cartes_bancaires")},
		Number:         String("4000002500001001"),
	}
	full.AddMetadata("k", "v")
	full.AddExtra("top", "1")
	tp := &TokenParams{Card: full, Customer: String("cus_connect")}
	tp.AddExpand("card")
	values := &form.Values{}
	form.AppendTo(values, tp)
	assert.Equal(t, "expand[0]=card"+
		"&card[metadata][k]=v&card[address_city]=Paris&card[address_country]=FR&card[address_line1]=1 rue de Rivoli"+
		"&card[address_line2]=Bât. B&card[address_state]=IDF&card[address_zip]=75001&card[currency]=eur&card[cvc]=314"+
		"&card[exp_month]=11&card[exp_year]=2030&card[name]=Jenny Rosen&card[networks][preferred]=cartes_bancaires"+
		"&card[number]=4000002500001001&top=1&customer=cus_connect", cardDecodedForm(t, values))

	assert.NotNil(t, full.Extra, "encoding leaves the caller's params alone")
	assert.Equal(t, "cus_never_sent", *full.Customer)
}

func TestCardParamsUnderDeeperKeys(t *testing.T) {
	p := &CardParams{Name: String("J"), Networks: &CardNetworksParams{Preferred: String("visa")}}
	values := &form.Values{}
	keyParts := []string{"a", "b"}
	p.AppendTo(values, keyParts)
	assert.Equal(t, "a[b][name]=J&a[b][networks][preferred]=visa", cardDecodedForm(t, values))
	assert.Equal(t, []string{"a", "b"}, keyParts)
}

func FuzzCardUnmarshal(f *testing.F) {
	for _, name := range cardFixtures {
		f.Add(readCardFixture(f, name))
	}
	for _, seed := range []string{`"card_1"`, `null`, `{}`, `{"customer":"cus_1"}`, `{"account":{"id":"acct_1"}}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Card
		if json.Unmarshal(data, &c) != nil {
			return
		}
		if _, err := json.Marshal(&c); err != nil {
			t.Fatalf("decoded %q but cannot encode it again: %v", data, err)
		}
	})
}
