package payske

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/jsontest"
)

var (
	_ LastResponseSetter = &PaymentSource{}
	_ LastResponseSetter = &PaymentSourceList{}
)

// paymentSourceFixtures are answers of the customer sources endpoints:
// card.json, bank_account.json and deleted.json are the reference's card
// and bank account answers; list.json (a card, a bank account and a source)
// and verify.json (the bank account, verified) were written for these
// tests, because the reference's lists elide their other elements and it
// shows no verify answer.
var paymentSourceFixtures = []string{
	"bank_account.json", "card.json", "deleted.json", "list.json", "verify.json",
}

func readPaymentSourceFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "paymentsource", name))
	require.NoError(t, err)
	return data
}

func TestPaymentSourceFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "paymentsource", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, paymentSourceFixtures, files)
}

func TestPaymentSourceFixturesRoundTrip(t *testing.T) {
	for _, name := range paymentSourceFixtures {
		t.Run(name, func(t *testing.T) {
			var v any = &PaymentSource{}
			if name == "list.json" {
				v = &PaymentSourceList{}
			}
			jsontest.RoundTrip(t, readPaymentSourceFixture(t, name), v)
		})
	}
	// The source answers of the Sources section are customer sources too.
	for _, name := range sourceFixtures {
		t.Run("source/"+name, func(t *testing.T) {
			jsontest.RoundTrip(t, readSourceFixture(t, name), &PaymentSource{})
		})
	}
}

func TestPaymentSourceDecodesByObject(t *testing.T) {
	cases := []struct {
		name  string
		data  []byte
		check func(t *testing.T, s *PaymentSource)
	}{
		{"bare ID", []byte(`"card_1"`), func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, &PaymentSource{ID: "card_1"}, s)
		}},
		{"card", readPaymentSourceFixture(t, "card.json"), func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, "card_1Jwvx22eZvKYlo2C7q732luw", s.ID)
			assert.Equal(t, PaymentSourceTypeCard, s.Type)
			require.NotNil(t, s.Card)
			assert.Nil(t, s.BankAccount)
			assert.Nil(t, s.SourceObject)
			assert.False(t, s.Deleted)
			assert.Equal(t, s.ID, s.Card.ID)
			assert.Equal(t, "4242", s.Card.Last4)
			assert.Equal(t, CardBrandVisa, s.Card.Brand)
			assert.Equal(t, CardVerificationPass, s.Card.CVCCheck)
			assert.Equal(t, &Customer{ID: "cus_AJ6yA7mRH34mJT"}, s.Card.Customer)
		}},
		{"bank account", readPaymentSourceFixture(t, "bank_account.json"), func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, "ba_1Jw9mB2eZvKYlo2Crly03Iir", s.ID)
			assert.Equal(t, PaymentSourceTypeBankAccount, s.Type)
			require.NotNil(t, s.BankAccount)
			assert.Nil(t, s.Card)
			assert.Nil(t, s.SourceObject)
			assert.Equal(t, s.ID, s.BankAccount.ID)
			assert.Equal(t, "9991", s.BankAccount.Last4)
			assert.Equal(t, BankAccountStatusNew, s.BankAccount.Status)
			assert.Equal(t, BankAccountAccountHolderTypeIndividual, s.BankAccount.AccountHolderType)
		}},
		{"source", readSourceFixture(t, "attach.json"), func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, "src_1JwwRo2eZvKYlo2CZnVjJKlC", s.ID)
			assert.Equal(t, PaymentSourceTypeSource, s.Type)
			require.NotNil(t, s.SourceObject)
			assert.Nil(t, s.Card)
			assert.Nil(t, s.BankAccount)
			assert.Equal(t, SourceStatusChargeable, s.SourceObject.Status)
			assert.Equal(t, SourceTypeACHCreditTransfer, s.SourceObject.Type)
			assert.Equal(t, "cus_AJ6yA7mRH34mJT", s.SourceObject.Customer)
		}},
		{"deleted", readPaymentSourceFixture(t, "deleted.json"), func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, &PaymentSource{ID: "card_1Jwvx22eZvKYlo2C7q732luw", Type: PaymentSourceTypeCard, Deleted: true}, s)
		}},
		{"other kind", []byte(`{"id":"aliacc_1","object":"alipay_account","username":"jenny"}`), func(t *testing.T, s *PaymentSource) {
			assert.Equal(t, "aliacc_1", s.ID)
			assert.Equal(t, PaymentSourceType("alipay_account"), s.Type)
			assert.Nil(t, s.Card)
			assert.Nil(t, s.BankAccount)
			assert.Nil(t, s.SourceObject)
			assert.JSONEq(t, `{"id":"aliacc_1","object":"alipay_account","username":"jenny"}`, string(s.RawJSON))
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := &PaymentSource{}
			require.NoError(t, json.Unmarshal(tc.data, s))
			tc.check(t, s)
			jsontest.RoundTrip(t, tc.data, &PaymentSource{})
		})
	}
}

func TestPaymentSourceMarshalsWhatCameIn(t *testing.T) {
	cases := []struct {
		name string
		v    PaymentSource
		want string
	}{
		{"only an ID", PaymentSource{ID: "src_1"}, `"src_1"`},
		{"an ID with a response", PaymentSource{ID: "src_1", APIResource: APIResource{LastResponse: &APIResponse{}}}, `"src_1"`},
		{"deleted", PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Deleted: true}, `{"id":"card_1","object":"card","deleted":true}`},
		{"a kind without its object", PaymentSource{ID: "x_1", Type: "x"}, `{"id":"x_1","object":"x"}`},
		{"raw", PaymentSource{ID: "x_1", Type: "x", RawJSON: json.RawMessage(`{"id":"x_1","object":"x","a":1}`)}, `{"id":"x_1","object":"x","a":1}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(out))
		})
	}

	for name, v := range map[string]PaymentSource{
		"card":         {ID: "card_1", Type: PaymentSourceTypeCard, Card: &Card{ID: "card_1", Object: "card", Last4: "4242"}},
		"bank account": {ID: "ba_1", Type: PaymentSourceTypeBankAccount, BankAccount: &BankAccount{ID: "ba_1", Object: "bank_account", Last4: "6789"}},
		"source":       {ID: "src_1", Type: PaymentSourceTypeSource, SourceObject: &Source{ID: "src_1", Object: "source", Status: SourceStatusChargeable}},
	} {
		t.Run(name, func(t *testing.T) {
			out, err := json.Marshal(v)
			require.NoError(t, err)
			back := &PaymentSource{}
			require.NoError(t, json.Unmarshal(out, back))
			assert.Equal(t, &v, back, "the concrete object encodes whole and decodes back the same")
		})
	}
}

func TestPaymentSourceListDecodesMixedKinds(t *testing.T) {
	l := &PaymentSourceList{}
	require.NoError(t, json.Unmarshal(readPaymentSourceFixture(t, "list.json"), l))
	assert.Equal(t, "/v1/customers/cus_AJ6yA7mRH34mJT/sources", l.URL)
	require.Len(t, l.Data, 3)
	assert.Equal(t, PaymentSourceTypeCard, l.Data[0].Type)
	assert.Equal(t, "4242", l.Data[0].Card.Last4)
	assert.Equal(t, PaymentSourceTypeBankAccount, l.Data[1].Type)
	assert.Equal(t, "9991", l.Data[1].BankAccount.Last4)
	assert.Equal(t, PaymentSourceTypeSource, l.Data[2].Type)
	assert.Equal(t, SourceTypeACHCreditTransfer, l.Data[2].SourceObject.Type)
}

func TestPaymentSourceSetLastResponseReachesTheConcreteObject(t *testing.T) {
	for name, data := range map[string][]byte{
		"card":         readPaymentSourceFixture(t, "card.json"),
		"bank account": readPaymentSourceFixture(t, "bank_account.json"),
		"source":       readSourceFixture(t, "attach.json"),
	} {
		t.Run(name, func(t *testing.T) {
			s := &PaymentSource{}
			require.NoError(t, json.Unmarshal(data, s))
			r := &APIResponse{RequestID: "req_1"}
			s.SetLastResponse(r)
			assert.Same(t, r, s.LastResponse)
			switch {
			case s.Card != nil:
				assert.Same(t, r, s.Card.LastResponse)
			case s.BankAccount != nil:
				assert.Same(t, r, s.BankAccount.LastResponse)
			default:
				require.NotNil(t, s.SourceObject)
				assert.Same(t, r, s.SourceObject.LastResponse)
			}
		})
	}
}

func TestPaymentSourceUnmarshalNullLeavesTheValueAlone(t *testing.T) {
	s := &PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard}
	require.NoError(t, json.Unmarshal([]byte(`null`), s))
	assert.Equal(t, &PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard}, s)

	var c struct {
		Source *PaymentSource `json:"source"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"source":null}`), &c))
	assert.Nil(t, c.Source)
}

func TestPaymentSourceUnmarshalRejectsBrokenJSON(t *testing.T) {
	for name, data := range map[string]string{
		"empty":                       ``,
		"not JSON":                    `card`,
		"unterminated bare ID":        `"card_1`,
		"a number":                    `42`,
		"an array":                    `[]`,
		"object of the wrong type":    `{"id":"card_1","object":7}`,
		"deleted of the wrong type":   `{"id":"card_1","object":"card","deleted":"yes"}`,
		"card field of wrong type":    `{"id":"card_1","object":"card","exp_month":"8"}`,
		"bank field of wrong type":    `{"id":"ba_1","object":"bank_account","last4":1}`,
		"source field of wrong type":  `{"id":"src_1","object":"source","amount":"1"}`,
		"trailing garbage":            `{"id":"card_1"}}`,
		"truncated":                   `{"id":"card_1","object":"ca`,
		"a list with a broken source": `{"data":[{"object":"card","exp_year":true}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			var v any = &PaymentSource{}
			if name == "a list with a broken source" {
				v = &PaymentSourceList{}
			}
			assert.Error(t, json.Unmarshal([]byte(data), v))
		})
	}
}

func TestCustomerSourceParamsEncoding(t *testing.T) {
	cases := []struct {
		name string
		p    *CustomerSourceParams
		want []string
	}{
		{"attach a token", &CustomerSourceParams{
			Customer: String("cus_1"),
			Source:   &SourceParams{Token: String("src_1")},
		}, []string{"source=src_1"}},
		{"attach raw details", &CustomerSourceParams{
			Customer:      String("cus_1"),
			AlipayAccount: String("aliacc_1"),
			BankAccount: &CustomerSourceBankAccountParams{
				AccountHolderName: String("Jenny Rosen"), AccountHolderType: String("individual"),
				AccountNumber: String("000123456789"), Country: String("US"), Currency: String("usd"),
				Object: String("bank_account"), RoutingNumber: String("110000000"),
			},
			Card: &CustomerSourceCardParams{
				AddressCity: String("Paris"), AddressCountry: String("FR"), AddressLine1: String("1 rue"),
				AddressLine2: String("b"), AddressState: String("IDF"), AddressZip: String("75001"),
				CVC: String("123"), Encrypted: String("enc"), ExpMonth: Int64(8), ExpYear: Int64(2030),
				Metadata: map[string]string{"k": "v"}, Name: String("Jenny"),
				NetworkToken: &CustomerSourceCardNetworkTokenParams{Number: String("4000")},
				Number:       String("4242424242424242"), Object: String("card"), SwipeData: String("swipe"),
			},
		}, []string{
			"alipay_account=aliacc_1",
			"bank_account[account_holder_name]=Jenny Rosen",
			"bank_account[account_holder_type]=individual",
			"bank_account[account_number]=000123456789",
			"bank_account[country]=US",
			"bank_account[currency]=usd",
			"bank_account[object]=bank_account",
			"bank_account[routing_number]=110000000",
			"card[address_city]=Paris",
			"card[address_country]=FR",
			"card[address_line1]=1 rue",
			"card[address_line2]=b",
			"card[address_state]=IDF",
			"card[address_zip]=75001",
			"card[cvc]=123",
			"card[encrypted]=enc",
			"card[exp_month]=8",
			"card[exp_year]=2030",
			"card[metadata][k]=v",
			"card[name]=Jenny",
			"card[network_token][number]=4000",
			"card[number]=4242424242424242",
			"card[object]=card",
			"card[swipe_data]=swipe",
		}},
		{"update", &CustomerSourceParams{
			Customer:          String("cus_1"),
			AccountHolderName: String("Jenny"),
			AccountHolderType: String("company"),
			AddressCity:       String("Paris"),
			AddressCountry:    String("FR"),
			AddressLine1:      String("1 rue"),
			AddressLine2:      String(""),
			AddressState:      String("IDF"),
			AddressZip:        String("75001"),
			ExpMonth:          String("12"),
			ExpYear:           String("2031"),
			Name:              String("Jenny Rosen"),
			Owner:             &SourceOwnerParams{Email: String("j@example.com"), Address: &AddressParams{Country: String("FR")}},
		}, []string{
			"account_holder_name=Jenny",
			"account_holder_type=company",
			"address_city=Paris",
			"address_country=FR",
			"address_line1=1 rue",
			"address_line2=",
			"address_state=IDF",
			"address_zip=75001",
			"exp_month=12",
			"exp_year=2031",
			"name=Jenny Rosen",
			"owner[address][country]=FR",
			"owner[email]=j@example.com",
		}},
		{"only the customer", &CustomerSourceParams{Customer: String("cus_1")}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			encoded := form.Encode(tc.p)
			if tc.want == nil {
				assert.Empty(t, encoded)
				return
			}
			assert.Equal(t, tc.want, sourceFormPairs(t, encoded))
		})
	}
}

func TestPaymentSourceListAndVerifyParamsEncoding(t *testing.T) {
	l := &PaymentSourceListParams{Customer: String("cus_1"), Object: String("bank_account")}
	l.Limit = Int64(3)
	assert.Equal(t, []string{"limit=3", "object=bank_account"}, sourceFormPairs(t, form.Encode(l)))

	v := &PaymentSourceVerifyParams{Customer: String("cus_1"), Amounts: []*int64{Int64(32), Int64(45)}}
	assert.Equal(t, []string{"amounts[0]=32", "amounts[1]=45"}, sourceFormPairs(t, form.Encode(v)))
}

func FuzzPaymentSourceUnmarshal(f *testing.F) {
	for _, name := range paymentSourceFixtures {
		f.Add(readPaymentSourceFixture(f, name))
	}
	for _, name := range sourceFixtures {
		f.Add(readSourceFixture(f, name))
	}
	f.Add([]byte(`"card_1"`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"id":"x","object":"alipay_account"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &PaymentSource{}
		if json.Unmarshal(data, s) != nil {
			return
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("decoded %q but cannot encode it: %v", data, err)
		}
		back := &PaymentSource{}
		if err := json.Unmarshal(out, back); err != nil {
			t.Fatalf("cannot decode my own encoding %s: %v", out, err)
		}
		if back.ID != s.ID || back.Type != s.Type || back.Deleted != s.Deleted ||
			(back.Card == nil) != (s.Card == nil) || (back.BankAccount == nil) != (s.BankAccount == nil) ||
			(back.SourceObject == nil) != (s.SourceObject == nil) {
			t.Fatalf("%q decoded to %+v, encoded to %s, decoded back to %+v", data, s, out, back)
		}
	})
}

// FuzzPaymentSourceRoundTrip: whatever a PaymentSource decodes from, its
// encoding decodes back to the same kind of source with the same ID, and
// one more round trip changes nothing at all (the first may only compact
// the raw JSON it keeps and escape it as encoding/json does).
func FuzzPaymentSourceRoundTrip(f *testing.F) {
	for _, name := range paymentSourceFixtures {
		f.Add(readPaymentSourceFixture(f, name))
	}
	for _, name := range sourceFixtures {
		f.Add(readSourceFixture(f, name))
	}
	for _, s := range []string{
		`"card_1"`, `null`, `{"id":"x","object":"alipay_account"}`, `{"id":"x","object":"alipay_account","a":1}`,
		`{"id":"card_1","object":"card"}`, `{"object":"card","last4":"4242"}`, `{"id":"ba_1","object":"bank_account","deleted":true}`,
		`{"id":"src_1","object":"source","owner":{"email":"<a&b>"}}`, `{"id":"card_1","object":"card","customer":{"id":"cus_1","object":"customer"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		first := &PaymentSource{}
		if json.Unmarshal(data, first) != nil {
			return
		}
		second := reencodePaymentSource(t, first)
		if second.ID != first.ID || second.Type != first.Type || second.Deleted != first.Deleted ||
			(second.Card == nil) != (first.Card == nil) || (second.BankAccount == nil) != (first.BankAccount == nil) ||
			(second.SourceObject == nil) != (first.SourceObject == nil) {
			t.Fatalf("%q decoded to %+v, which came back as %+v", data, first, second)
		}
		if third := reencodePaymentSource(t, second); !reflect.DeepEqual(second, third) {
			t.Fatalf("%q: %+v came back as %+v", data, second, third)
		}
	})
}

// reencodePaymentSource encodes s and decodes the result.
func reencodePaymentSource(t *testing.T, s *PaymentSource) *PaymentSource {
	t.Helper()
	out, err := json.Marshal(s)
	if err != nil {
		t.Fatalf("%+v does not encode: %v", s, err)
	}
	back := &PaymentSource{}
	if err := json.Unmarshal(out, back); err != nil {
		t.Fatalf("cannot decode the encoding %s of %+v: %v", out, s, err)
	}
	return back
}
