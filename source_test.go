package payske

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/jsontest"
)

var _ LastResponseSetter = &Source{}

// sourceFixtures are the source answers of the API reference, plus
// expanded.json, written for these tests with every field of every kind
// set (a real source carries the details of its own kind only).
var sourceFixtures = []string{
	"attach.json", "create.json", "detach.json", "expanded.json",
	"retrieve.json", "source_object.json", "update.json",
}

func readSourceFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "source", name))
	require.NoError(t, err)
	return data
}

func decodeSourceFixture(t *testing.T, name string) *Source {
	t.Helper()
	s := &Source{}
	require.NoError(t, json.Unmarshal(readSourceFixture(t, name), s))
	return s
}

func TestSourceFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "source", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, sourceFixtures, files)
}

func TestSourceFixturesRoundTrip(t *testing.T) {
	for _, name := range sourceFixtures {
		t.Run(name, func(t *testing.T) {
			jsontest.RoundTrip(t, readSourceFixture(t, name), &Source{})
		})
	}
}

func TestSourceDecodesTheReferenceObject(t *testing.T) {
	s := decodeSourceFixture(t, "source_object.json")

	assert.Equal(t, "src_1Jwvg92eZvKYlo2CeGmNMtVB", s.ID)
	assert.Equal(t, "source", s.Object)
	assert.Nil(t, s.Amount, "null amount")
	assert.Equal(t, "src_client_secret_nT8WVTNQnmzFxfOTy3E4KNyo", s.ClientSecret)
	assert.Equal(t, int64(1637184509), s.Created)
	assert.Equal(t, CurrencyUSD, s.Currency)
	assert.Equal(t, SourceFlowReceiver, s.Flow)
	assert.False(t, s.Livemode)
	assert.NotNil(t, s.Metadata)
	assert.Empty(t, s.Metadata)
	assert.Empty(t, s.StatementDescriptor)
	assert.Equal(t, SourceStatusPending, s.Status)
	assert.Equal(t, SourceTypeACHCreditTransfer, s.Type)
	assert.Equal(t, SourceUsageReusable, s.Usage)
	assert.Empty(t, s.Customer)

	require.NotNil(t, s.ACHCreditTransfer)
	assert.Equal(t, SourceACHCreditTransfer{
		AccountNumber: "test_52796e3294dc",
		RoutingNumber: "110000000",
		Fingerprint:   "ecpwEzmBOSMOqQTL",
		BankName:      "TEST BANK",
		SwiftCode:     "TSTEZ122",
	}, *s.ACHCreditTransfer)

	require.NotNil(t, s.Owner)
	assert.Equal(t, SourceOwner{Email: "jenny.rosen@example.com"}, *s.Owner)

	require.NotNil(t, s.Receiver)
	assert.Equal(t, SourceReceiverFlow{
		Address:                "121042882-38381234567890123",
		RefundAttributesMethod: SourceRefundAttributesMethodEmail,
		RefundAttributesStatus: SourceRefundAttributesStatusMissing,
	}, *s.Receiver)

	for name, absent := range map[string]any{
		"ach_debit": s.ACHDebit, "card": s.Card, "redirect": s.Redirect,
		"code_verification": s.CodeVerification, "source_order": s.SourceOrder,
		"sepa_debit": s.SEPADebit, "three_d_secure": s.ThreeDSecure, "wechat": s.WeChat,
	} {
		assert.Nil(t, absent, name)
	}
}

func TestSourceDecodesTheReferenceAnswers(t *testing.T) {
	update := decodeSourceFixture(t, "update.json")
	assert.Equal(t, "src_1JwwRo2eZvKYlo2CZnVjJKlC", update.ID)
	assert.Equal(t, map[string]string{"order_id": "6735"}, update.Metadata)

	attach := decodeSourceFixture(t, "attach.json")
	assert.Equal(t, Int64(1000), attach.Amount)
	assert.Equal(t, SourceStatusChargeable, attach.Status)
	assert.Equal(t, "cus_AJ6yA7mRH34mJT", attach.Customer)
	assert.Equal(t, int64(1000), attach.Receiver.AmountReceived)

	detach := decodeSourceFixture(t, "detach.json")
	assert.Equal(t, Int64(0), detach.Amount, "amount 0 is not null")
	assert.Equal(t, SourceStatusConsumed, detach.Status)
	assert.Equal(t, int64(1000), detach.Receiver.AmountCharged)
}

func TestSourceDecodesEveryKind(t *testing.T) {
	s := decodeSourceFixture(t, "expanded.json")

	assert.Equal(t, SourceTypeCard, s.Type)
	assert.Equal(t, SourceFlowRedirect, s.Flow)
	assert.Equal(t, SourceUsageSingleUse, s.Usage)
	assert.Equal(t, SourceAllowRedisplayLimited, s.AllowRedisplay)
	assert.Equal(t, CurrencyEUR, s.Currency)

	assert.Equal(t, "individual", s.ACHCreditTransfer.RefundAccountHolderType)
	assert.Equal(t, "individual", s.ACHDebit.Type)
	assert.Equal(t, "1 Bay St", s.ACSSDebit.BankAddressLine1)
	assert.Equal(t, "Floor 2", s.ACSSDebit.BankAddressLine2)
	assert.Equal(t, "alipay://pay", s.Alipay.NativeURL)
	assert.Equal(t, "000000", s.AUBECSDebit.BSBNumber)
	assert.Equal(t, "7061", s.Bancontact.IBANLast4)

	assert.Equal(t, SourceCard{
		AddressLine1Check: CardVerificationPass, AddressZipCheck: CardVerificationFail,
		Brand: CardBrandVisa, Country: "US", CVCCheck: CardVerificationUnchecked,
		DynamicLast4: "9999", ExpMonth: 8, ExpYear: 2030, Fingerprint: "Xt5EWLLDS7FJjR1c",
		Funding: CardFundingCredit, Last4: "4242", Name: "Jenny Rosen", ThreeDSecure: "optional",
		TokenizationMethod: CardTokenizationMethodApplePay,
	}, *s.Card)

	assert.Equal(t, "pin", s.CardPresent.CVMType)
	assert.Equal(t, "A0000000031010", s.CardPresent.DedicatedFileName)
	assert.Equal(t, "tmr_1", s.CardPresent.POSDeviceID)
	assert.Equal(t, CardFundingDebit, s.CardPresent.Funding)

	assert.Equal(t, SourceCodeVerificationFlow{AttemptsRemaining: 3, Status: SourceCodeVerificationFlowStatusPending}, *s.CodeVerification)
	assert.Equal(t, "EPS-REF", s.EPS.Reference)
	assert.Equal(t, "GIROBIC1", s.Giropay.BIC)
	assert.Equal(t, "ing", s.IDEAL.Bank)
	assert.Equal(t, int64(2), s.Klarna.ShippingDelay)
	assert.Equal(t, "klarna-pay_over_time_redirect_url", s.Klarna.PayOverTimeRedirectURL)
	assert.Equal(t, "PT50000201231234567890154", s.Multibanco.RefundIBAN)
	assert.Equal(t, "1000-001", s.Multibanco.RefundAccountHolderAddressPostalCode)

	assert.Equal(t, "Berlin", s.Owner.Address.City)
	assert.Equal(t, "Potsdam", s.Owner.VerifiedAddress.City)
	assert.Equal(t, "JENNY ROSEN", s.Owner.VerifiedName)
	assert.Equal(t, "P24-REF", s.P24.Reference)

	assert.Equal(t, SourceReceiverFlow{
		Address: "121042882-38381234567890123", AmountCharged: 500, AmountReceived: 1000, AmountReturned: 100,
		RefundAttributesMethod: SourceRefundAttributesMethodManual, RefundAttributesStatus: SourceRefundAttributesStatusAvailable,
	}, *s.Receiver)
	assert.Equal(t, SourceRedirectFlow{
		FailureReason: SourceRedirectFlowFailureReasonUserAbort,
		ReturnURL:     "https://shop.example.com/return",
		Status:        SourceRedirectFlowStatusFailed,
		URL:           "https://hooks.payske.com/redirect/authenticate/src_1Expanded",
	}, *s.Redirect)

	assert.Equal(t, "NXDSYREGC9PSMKWY", s.SEPADebit.MandateReference)
	assert.Equal(t, "DEUTDE2H", s.Sofort.BIC)

	o := s.SourceOrder
	require.NotNil(t, o)
	assert.Equal(t, int64(1099), o.Amount)
	require.Len(t, o.Items, 2)
	assert.Equal(t, SourceOrderItem{Amount: 999, Currency: CurrencyEUR, Description: "T-shirt", Parent: "sku_1", Quantity: 1, Type: SourceOrderItemTypeSKU}, *o.Items[0])
	assert.Equal(t, SourceOrderItemTypeShipping, o.Items[1].Type)
	assert.Empty(t, o.Items[1].Parent)
	assert.Equal(t, "TRACK1", o.Shipping.TrackingNumber)

	assert.True(t, s.ThreeDSecure.Authenticated)
	assert.Equal(t, "src_1Card", s.ThreeDSecure.Card)
	assert.Equal(t, CardBrandMasterCard, s.ThreeDSecure.Brand)
	assert.Equal(t, CardTokenizationMethodAndroidPay, s.ThreeDSecure.TokenizationMethod)
	assert.Equal(t, "wx_prepay_1", s.WeChat.PrepayID)
}

func TestSourceDecodesFromIDOrObject(t *testing.T) {
	cases := []struct {
		name string
		data string
		want *Source
	}{
		{"bare ID", `"src_1"`, &Source{ID: "src_1"}},
		{"object", `{"id":"src_1","object":"source","status":"chargeable"}`,
			&Source{ID: "src_1", Object: "source", Status: SourceStatusChargeable}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := &Source{}
			require.NoError(t, json.Unmarshal([]byte(tc.data), got))
			assert.Equal(t, tc.want, got)
			jsontest.RoundTrip(t, []byte(tc.data), &Source{})

			out, err := json.Marshal(got)
			require.NoError(t, err)
			if tc.data[0] == '"' {
				assert.Equal(t, tc.data, string(out), "an ID-only source encodes as the bare ID")
			} else {
				assert.Equal(t, byte('{'), out[0])
			}
		})
	}
}

func TestSourceUnmarshalRejectsBrokenJSON(t *testing.T) {
	fixture := readSourceFixture(t, "expanded.json")
	for name, data := range map[string]string{
		"empty":                  ``,
		"truncated":              string(fixture[:len(fixture)/2]),
		"unterminated bare ID":   `"src_1`,
		"a number":               `42`,
		"amount of wrong type":   `{"amount":"100"}`,
		"owner of wrong type":    `{"owner":"jenny"}`,
		"items of wrong type":    `{"source_order":{"items":{}}}`,
		"card of the wrong type": `{"card":[1]}`,
	} {
		t.Run(name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(data), &Source{}))
		})
	}
}

func TestSourceObjectParamsEncodeEveryParameter(t *testing.T) {
	p := &SourceObjectParams{
		Amount:       Int64(1099),
		ClientSecret: String("src_client_secret_1"),
		Currency:     String(string(CurrencyEUR)),
		Customer:     String("cus_1"),
		Flow:         String(string(SourceFlowRedirect)),
		Mandate: &SourceMandateParams{
			Acceptance: &SourceMandateAcceptanceParams{
				Date:      Int64(1600000000),
				IP:        String("127.0.0.1"),
				Offline:   &SourceMandateAcceptanceOfflineParams{ContactEmail: String("a@b.c")},
				Online:    &SourceMandateAcceptanceOnlineParams{Date: Int64(1600000001), IP: String("::1"), UserAgent: String("UA/1")},
				Status:    String("accepted"),
				Type:      String("online"),
				UserAgent: String("UA/2"),
			},
			Amount:             Int64(5000),
			Currency:           String("eur"),
			Interval:           String("variable"),
			NotificationMethod: String("email"),
		},
		OriginalSource: String("src_orig"),
		Owner: &SourceOwnerParams{
			Address: &AddressParams{City: String("Berlin"), Line1: String("Unter den Linden 1")},
			Email:   String("jenny.rosen@example.com"),
			Name:    String("Jenny Rosen"),
			Phone:   String("+49"),
		},
		Receiver: &SourceReceiverParams{RefundAttributesMethod: String("manual")},
		Redirect: &SourceRedirectParams{ReturnURL: String("https://shop.example.com/r")},
		SourceOrder: &SourceOrderParams{
			Items: []*SourceOrderItemParams{
				{Amount: Int64(999), Currency: String("eur"), Description: String("T-shirt"), Parent: String("sku_1"), Quantity: Int64(1), Type: String("sku")},
				{Type: String("shipping"), Amount: Int64(100)},
			},
			Shipping: &ShippingDetailsParams{Name: String("Jenny"), Address: &AddressParams{Line1: String("1 Main St")}},
		},
		StatementDescriptor: String("SHOP"),
		Token:               String("tok_visa"),
		Type:                String("sofort"),
		Usage:               String("single_use"),
	}
	assert.Equal(t, []string{
		"amount=1099",
		"client_secret=src_client_secret_1",
		"currency=eur",
		"customer=cus_1",
		"flow=redirect",
		"mandate[acceptance][date]=1600000000",
		"mandate[acceptance][ip]=127.0.0.1",
		"mandate[acceptance][offline][contact_email]=a@b.c",
		"mandate[acceptance][online][date]=1600000001",
		"mandate[acceptance][online][ip]=::1",
		"mandate[acceptance][online][user_agent]=UA/1",
		"mandate[acceptance][status]=accepted",
		"mandate[acceptance][type]=online",
		"mandate[acceptance][user_agent]=UA/2",
		"mandate[amount]=5000",
		"mandate[currency]=eur",
		"mandate[interval]=variable",
		"mandate[notification_method]=email",
		"original_source=src_orig",
		"owner[address][city]=Berlin",
		"owner[address][line1]=Unter den Linden 1",
		"owner[email]=jenny.rosen@example.com",
		"owner[name]=Jenny Rosen",
		"owner[phone]=+49",
		"receiver[refund_attributes_method]=manual",
		"redirect[return_url]=https://shop.example.com/r",
		"source_order[items][0][amount]=999",
		"source_order[items][0][currency]=eur",
		"source_order[items][0][description]=T-shirt",
		"source_order[items][0][parent]=sku_1",
		"source_order[items][0][quantity]=1",
		"source_order[items][0][type]=sku",
		"source_order[items][1][amount]=100",
		"source_order[items][1][type]=shipping",
		"source_order[shipping][address][line1]=1 Main St",
		"source_order[shipping][name]=Jenny",
		"statement_descriptor=SHOP",
		"token=tok_visa",
		"type=sofort",
		"usage=single_use",
	}, sourceFormPairs(t, form.Encode(p)))
}

// sourceFormPairs splits an encoded form into its unescaped key=value
// pairs, in order, so that long expectations stay readable.
func sourceFormPairs(t *testing.T, encoded string) []string {
	t.Helper()
	var pairs []string
	for _, pair := range strings.Split(encoded, "&") {
		p, err := url.QueryUnescape(pair)
		require.NoError(t, err)
		pairs = append(pairs, p)
	}
	return pairs
}

func TestSourceObjectDetachParamsSendNoCustomer(t *testing.T) {
	p := &SourceObjectDetachParams{Customer: String("cus_1")}
	assert.Empty(t, form.Encode(p))
	p.AddExpand("customer")
	assert.Equal(t, "expand%5B0%5D=customer", form.Encode(p))
}

func FuzzSourceUnmarshal(f *testing.F) {
	for _, name := range sourceFixtures {
		f.Add(readSourceFixture(f, name))
	}
	f.Add([]byte(`"src_1"`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &Source{}
		if json.Unmarshal(data, s) != nil {
			return
		}
		if _, err := json.Marshal(s); err != nil {
			t.Fatalf("decoded %q but cannot encode it: %v", data, err)
		}
	})
}
