package payske

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
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

// Every type the backend decodes a charge answer into must carry the
// response.
var (
	_ LastResponseSetter = &Charge{}
	_ LastResponseSetter = &ChargeList{}
)

// chargeFixtures are the charge answers of the API reference, plus
// expanded.json, written for these tests with every field set and every
// expandable field expanded.
var chargeFixtures = []string{
	"capture.json", "charge_object.json", "create.json", "expanded.json",
	"list.json", "retrieve.json", "update.json",
}

func readChargeFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "charge", name))
	require.NoError(t, err)
	return data
}

func decodeChargeFixture(t *testing.T, name string) *Charge {
	t.Helper()
	c := &Charge{}
	require.NoError(t, json.Unmarshal(readChargeFixture(t, name), c))
	return c
}

func TestChargeFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "charge", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, chargeFixtures, files)
}

func TestChargeFixturesRoundTrip(t *testing.T) {
	for _, name := range chargeFixtures {
		t.Run(name, func(t *testing.T) {
			var v any = &Charge{}
			if name == "list.json" {
				v = &ChargeList{}
			}
			jsontest.RoundTrip(t, readChargeFixture(t, name), v)
		})
	}
}

func TestChargeDecodesTheReferenceObject(t *testing.T) {
	c := decodeChargeFixture(t, "charge_object.json")

	assert.Equal(t, "ch_3JwPVP2eZvKYlo2C1TaDkcSv", c.ID)
	assert.Equal(t, "charge", c.Object)
	assert.Equal(t, int64(100), c.Amount)
	assert.Equal(t, CurrencyUSD, c.Currency)
	assert.Equal(t, ChargeStatusSucceeded, c.Status)
	assert.Equal(t, int64(1637060835), c.Created)
	assert.True(t, c.Paid)
	assert.False(t, c.Captured)
	assert.Nil(t, c.ApplicationFeeAmount, "null application_fee_amount")
	assert.Nil(t, c.Application)
	assert.Nil(t, c.Customer)
	assert.Nil(t, c.Outcome)
	assert.Empty(t, c.FailureCode)
	assert.Equal(t, "card_19yUNL2eZvKYlo2CNGsN6EWH", c.PaymentMethod)

	require.NotNil(t, c.BillingDetails)
	assert.Equal(t, "Jenny Rosen", c.BillingDetails.Name)
	require.NotNil(t, c.BillingDetails.Address)
	assert.Equal(t, Address{}, *c.BillingDetails.Address)

	require.NotNil(t, c.BalanceTransaction)
	assert.Equal(t, &BalanceTransaction{ID: "txn_1032HU2eZvKYlo2CEPtcnUvl"}, c.BalanceTransaction,
		"an unexpanded balance_transaction sets only the ID")

	require.NotNil(t, c.FraudDetails)
	assert.Equal(t, ChargeFraudDetails{}, *c.FraudDetails)
	assert.NotNil(t, c.Metadata)
	assert.Empty(t, c.Metadata)

	require.NotNil(t, c.PaymentMethodDetails)
	assert.Equal(t, ChargePaymentMethodDetailsTypeCard, c.PaymentMethodDetails.Type)
	card := c.PaymentMethodDetails.Card
	require.NotNil(t, card)
	assert.Equal(t, ChargePaymentMethodDetailsCardBrandVisa, card.Brand)
	assert.Equal(t, "4242", card.Last4)
	assert.Equal(t, int64(12), card.ExpMonth)
	assert.Equal(t, int64(2020), card.ExpYear)
	assert.Equal(t, ChargePaymentMethodDetailsCardFundingCredit, card.Funding)
	assert.Equal(t, "US", card.Country)
	require.NotNil(t, card.Checks)
	assert.Equal(t, ChargePaymentMethodDetailsCardChecks{
		CVCCheck: ChargePaymentMethodDetailsCardCheckUnchecked,
	}, *card.Checks)
	assert.Nil(t, card.ThreeDSecure)
	assert.Nil(t, card.Wallet)
	assert.Nil(t, card.Installments)

	require.NotNil(t, c.Refunds)
	assert.Equal(t, "list", c.Refunds.Object)
	assert.Equal(t, "/v1/charges/ch_3JwPVP2eZvKYlo2C1TaDkcSv/refunds", c.Refunds.URL)
	assert.False(t, c.Refunds.HasMore)
	assert.NotNil(t, c.Refunds.Data)
	assert.Empty(t, c.Refunds.Data)
}

func TestChargeDecodesTheReferenceAnswers(t *testing.T) {
	create := decodeChargeFixture(t, "create.json")
	assert.Equal(t, int64(2000), create.Amount)
	require.NotNil(t, create.Source, "the create answer echoes the source")
	assert.Equal(t, PaymentSource{ID: "tok_amex"}, *create.Source)

	update := decodeChargeFixture(t, "update.json")
	assert.Equal(t, map[string]string{"order_id": "6735"}, update.Metadata)

	capture := decodeChargeFixture(t, "capture.json")
	assert.Equal(t, "ch_3JwRZH2eZvKYlo2C1rS58zMi", capture.ID)

	list := &ChargeList{}
	require.NoError(t, json.Unmarshal(readChargeFixture(t, "list.json"), list))
	assert.Equal(t, "list", list.Object)
	assert.Equal(t, "/v1/charges", list.URL)
	assert.False(t, list.HasMore)
	require.Len(t, list.Data, 1)
	assert.Equal(t, "ch_3JwRvl2eZvKYlo2C0EOCHQ2f", list.Data[0].ID)
	assert.Equal(t, ChargeStatusSucceeded, list.Data[0].Status)
}

func TestChargeDecodesTheExpandedFixture(t *testing.T) {
	c := decodeChargeFixture(t, "expanded.json")

	assert.Equal(t, Int64(150), c.ApplicationFeeAmount)
	assert.Equal(t, ErrorCodeCardDeclined, c.FailureCode)
	assert.Equal(t, ChargeFraudDetails{
		PayskeReport: ChargeFraudPayskeReportFraudulent,
		UserReport:   ChargeFraudUserReportSafe,
	}, *c.FraudDetails)
	assert.Equal(t, "12-3456789", c.BillingDetails.TaxID)
	assert.Equal(t, "94103", c.BillingDetails.Address.PostalCode)

	assert.Equal(t, "jenny@example.com", c.Customer.Email)
	assert.Equal(t, map[string]string{"tier": "gold"}, c.Customer.Metadata)

	bt := c.BalanceTransaction
	assert.Equal(t, int64(4825), bt.Net)
	assert.Equal(t, 1.1235, bt.ExchangeRate)
	assert.Equal(t, BalanceTransactionTypeCharge, bt.Type)
	assert.Equal(t, BalanceTransactionStatusPending, bt.Status)
	require.Len(t, bt.FeeDetails, 2)
	assert.Equal(t, BalanceTransactionFeeTypeApplicationFee, bt.FeeDetails[1].Type)
	assert.Equal(t, &BalanceTransactionSource{ID: c.ID}, bt.Source)
	assert.Equal(t, &BalanceTransaction{ID: "txn_1Failure"}, c.FailureBalanceTransaction)

	o := c.Outcome
	assert.Equal(t, ChargeOutcomeTypeManualReview, o.Type)
	assert.Equal(t, ChargeOutcomeRiskLevelElevated, o.RiskLevel)
	assert.Equal(t, ChargeOutcomeAdviceCodeTryAgainLater, o.AdviceCode)
	assert.Equal(t, ChargeOutcomeNetworkStatusApprovedByNetwork, o.NetworkStatus)
	assert.Equal(t, int64(67), o.RiskScore)
	assert.Equal(t, &RadarRule{ID: "rule_1Review", Action: "review", Predicate: ":risk_level: = 'elevated'"}, o.Rule)

	card := c.PaymentMethodDetails.Card
	assert.Equal(t, Int64(5000), card.AmountAuthorized)
	assert.Equal(t, ChargePaymentMethodDetailsCardCheckPass, card.Checks.AddressLine1Check)
	assert.Equal(t, ChargePaymentMethodDetailsCardCheckFail, card.Checks.AddressPostalCodeCheck)
	assert.Equal(t, ChargePaymentMethodDetailsCardCheckUnavailable, card.Checks.CVCCheck)
	assert.Equal(t, ChargePaymentMethodDetailsCardExtendedAuthorizationStatusEnabled, card.ExtendedAuthorization.Status)
	assert.Equal(t, ChargePaymentMethodDetailsCardIncrementalAuthorizationStatusAvailable, card.IncrementalAuthorization.Status)
	assert.Equal(t, ChargePaymentMethodDetailsCardMulticaptureStatusUnavailable, card.Multicapture.Status)
	assert.Equal(t, int64(6000), card.Overcapture.MaximumAmountCapturable)
	assert.True(t, card.NetworkToken.Used)
	assert.Equal(t, Int64(3), card.Installments.Plan.Count)
	assert.Equal(t, ChargePaymentMethodDetailsCardInstallmentsPlanTypeFixedCount, card.Installments.Plan.Type)
	assert.Equal(t, ChargePaymentMethodDetailsCardRegulatedStatusUnregulated, card.RegulatedStatus)
	assert.Equal(t, ChargePaymentMethodDetailsCardThreeDSecureVersion220, card.ThreeDSecure.Version)
	assert.Equal(t, ChargePaymentMethodDetailsCardThreeDSecureResultAuthenticated, card.ThreeDSecure.Result)
	assert.Equal(t, ChargePaymentMethodDetailsCardThreeDSecureElectronicCommerceIndicator02, card.ThreeDSecure.ElectronicCommerceIndicator)
	assert.Equal(t, ChargePaymentMethodDetailsCardWalletTypeMasterpass, card.Wallet.Type)
	assert.Equal(t, "San Francisco", card.Wallet.Masterpass.BillingAddress.City)
	assert.Nil(t, card.Wallet.Masterpass.ShippingAddress)

	assert.Equal(t, CurrencyEUR, c.PresentmentDetails.PresentmentCurrency)
	assert.Equal(t, "rse_1Session", c.RadarOptions.Session)
	assert.Equal(t, "UPS", c.Shipping.Carrier)
	assert.Equal(t, "acct_1Connected", c.TransferData.Destination.ID)
	assert.Equal(t, Int64(4000), c.TransferData.Amount)

	require.NotNil(t, c.Source)
	assert.Equal(t, PaymentSourceTypeCard, c.Source.Type)
	require.NotNil(t, c.Source.Card)
	assert.Equal(t, "card_1Source", c.Source.Card.ID)
	assert.Equal(t, CardBrandMasterCard, c.Source.Card.Brand)
	assert.Equal(t, "4444", c.Source.Card.Last4)

	require.Len(t, c.Refunds.Data, 1)
	assert.Equal(t, Int64(2), c.Refunds.TotalCount)
	r := c.Refunds.Data[0]
	assert.Equal(t, RefundStatusSucceeded, r.Status)
	assert.Equal(t, RefundReasonRequestedByCustomer, r.Reason)
	assert.Equal(t, RefundPendingReasonProcessing, r.PendingReason)
	assert.Equal(t, &Charge{ID: c.ID}, r.Charge)
	assert.Equal(t, &Customer{ID: "cus_1Jenny"}, r.Customer)
	assert.Equal(t, "jenny@example.com", r.NextAction.DisplayDetails.EmailSent.EmailSentTo)
	assert.Equal(t, "trr_1Reversal", r.TransferReversal.ID)
	assert.Equal(t, "transfer_reversal", r.TransferReversal.Object)
}

// expandableChargeFields lists every field of a charge that holds an ID or,
// expanded, an object: where it sits in the JSON, an object for it, and how
// to read its ID and whether it was decoded as a full object.
var expandableChargeFields = []struct {
	path   []string
	object string
	get    func(c *Charge) (id string, full bool)
}{
	{[]string{"application"}, `{"id":"ca_1","object":"application"}`,
		func(c *Charge) (string, bool) { return c.Application.ID, c.Application.Object != "" }},
	{[]string{"application_fee"}, `{"id":"fee_1","object":"application_fee"}`,
		func(c *Charge) (string, bool) { return c.ApplicationFee.ID, c.ApplicationFee.Object != "" }},
	{[]string{"balance_transaction"}, `{"id":"txn_1","object":"balance_transaction","amount":5}`,
		func(c *Charge) (string, bool) { return c.BalanceTransaction.ID, c.BalanceTransaction.Amount == 5 }},
	{[]string{"customer"}, `{"id":"cus_1","object":"customer","email":"a@b.c"}`,
		func(c *Charge) (string, bool) { return c.Customer.ID, c.Customer.Email != "" }},
	{[]string{"customer"}, `{"id":"cus_1","object":"customer","deleted":true}`,
		func(c *Charge) (string, bool) { return c.Customer.ID, c.Customer.Deleted }},
	{[]string{"failure_balance_transaction"}, `{"id":"txn_1","object":"balance_transaction","amount":5}`,
		func(c *Charge) (string, bool) {
			return c.FailureBalanceTransaction.ID, c.FailureBalanceTransaction.Amount == 5
		}},
	{[]string{"invoice"}, `{"id":"in_1","object":"invoice"}`,
		func(c *Charge) (string, bool) { return c.Invoice.ID, c.Invoice.Object != "" }},
	{[]string{"on_behalf_of"}, `{"id":"acct_1","object":"account"}`,
		func(c *Charge) (string, bool) { return c.OnBehalfOf.ID, c.OnBehalfOf.Object != "" }},
	{[]string{"order"}, `{"id":"order_1","object":"order"}`,
		func(c *Charge) (string, bool) { return c.Order.ID, c.Order.Object != "" }},
	{[]string{"outcome", "rule"}, `{"id":"rule_1","action":"block","predicate":":card_country: = 'XX'"}`,
		func(c *Charge) (string, bool) { return c.Outcome.Rule.ID, c.Outcome.Rule.Action != "" }},
	{[]string{"payment_intent"}, `{"id":"pi_1","object":"payment_intent"}`,
		func(c *Charge) (string, bool) { return c.PaymentIntent.ID, c.PaymentIntent.Object != "" }},
	{[]string{"review"}, `{"id":"prv_1","object":"review"}`,
		func(c *Charge) (string, bool) { return c.Review.ID, c.Review.Object != "" }},
	{[]string{"source"}, `{"id":"card_1","object":"card"}`,
		func(c *Charge) (string, bool) { return c.Source.ID, c.Source.Card != nil }},
	{[]string{"source_transfer"}, `{"id":"tr_1","object":"transfer"}`,
		func(c *Charge) (string, bool) { return c.SourceTransfer.ID, c.SourceTransfer.Object != "" }},
	{[]string{"transfer"}, `{"id":"tr_1","object":"transfer"}`,
		func(c *Charge) (string, bool) { return c.Transfer.ID, c.Transfer.Object != "" }},
	{[]string{"transfer_data", "destination"}, `{"id":"acct_1","object":"account"}`,
		func(c *Charge) (string, bool) {
			return c.TransferData.Destination.ID, c.TransferData.Destination.Object != ""
		}},
}

// nestJSON wraps value in objects along path: ["a", "b"] gives
// {"a":{"b":value}}.
func nestJSON(path []string, value string) string {
	for i := len(path) - 1; i >= 0; i-- {
		value = `{` + strconv.Quote(path[i]) + `:` + value + `}`
	}
	return value
}

// lookupJSON returns the raw JSON at path in data.
func lookupJSON(t *testing.T, data []byte, path []string) json.RawMessage {
	t.Helper()
	raw := json.RawMessage(data)
	for _, key := range path {
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(raw, &m))
		var ok bool
		raw, ok = m[key]
		require.True(t, ok, "no key %q in %s", key, raw)
	}
	return raw
}

func TestChargeExpandableFieldsDecodeFromIDOrObject(t *testing.T) {
	for _, f := range expandableChargeFields {
		name := strings.Join(f.path, ".")
		var head struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(f.object), &head))

		t.Run(name+"/id", func(t *testing.T) {
			data := nestJSON(f.path, strconv.Quote(head.ID))
			c := &Charge{}
			require.NoError(t, json.Unmarshal([]byte(data), c))
			id, full := f.get(c)
			assert.Equal(t, head.ID, id)
			assert.False(t, full)

			out, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, strconv.Quote(head.ID), string(lookupJSON(t, out, f.path)),
				"an ID-only reference encodes as the bare ID")
			jsontest.RoundTrip(t, []byte(data), &Charge{})
		})

		t.Run(name+"/object", func(t *testing.T) {
			data := nestJSON(f.path, f.object)
			c := &Charge{}
			require.NoError(t, json.Unmarshal([]byte(data), c))
			id, full := f.get(c)
			assert.Equal(t, head.ID, id)
			assert.True(t, full)
			jsontest.RoundTrip(t, []byte(data), &Charge{})
		})
	}
}

func TestChargeExpandableTypesMarshalAnIDOnlyValueAsTheBareID(t *testing.T) {
	cases := []struct {
		name string
		v    any
		want string
	}{
		{"Charge", Charge{ID: "ch_1"}, `"ch_1"`},
		{"*Charge", &Charge{ID: "ch_1"}, `"ch_1"`},
		{"Charge with LastResponse", Charge{ID: "ch_1", APIResource: APIResource{LastResponse: &APIResponse{}}}, `"ch_1"`},
		{"Customer", &Customer{ID: "cus_1"}, `"cus_1"`},
		{"Refund", &Refund{ID: "re_1"}, `"re_1"`},
		{"BalanceTransaction", &BalanceTransaction{ID: "txn_1"}, `"txn_1"`},
		{"BalanceTransactionSource", &BalanceTransactionSource{ID: "ch_1"}, `"ch_1"`},
		{"RadarRule", &RadarRule{ID: "rule_1"}, `"rule_1"`},
		{"Account", &Account{ID: "acct_1"}, `"acct_1"`},
		{"Application", &Application{ID: "ca_1"}, `"ca_1"`},
		{"ApplicationFee", &ApplicationFee{ID: "fee_1"}, `"fee_1"`},
		{"Invoice", &Invoice{ID: "in_1"}, `"in_1"`},
		{"Order", &Order{ID: "order_1"}, `"order_1"`},
		{"PaymentIntent", &PaymentIntent{ID: "pi_1"}, `"pi_1"`},
		{"PaymentMethod", &PaymentMethod{ID: "pm_1"}, `"pm_1"`},
		{"Review", &Review{ID: "prv_1"}, `"prv_1"`},
		{"Transfer", &Transfer{ID: "tr_1"}, `"tr_1"`},
		{"TransferReversal", &TransferReversal{ID: "trr_1"}, `"trr_1"`},
		{"PaymentSource", &PaymentSource{ID: "tok_1"}, `"tok_1"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(out))
		})
	}
}

func TestChargeExpandableTypesMarshalAnythingMoreAsAnObject(t *testing.T) {
	cases := []struct {
		name string
		v    any
	}{
		{"Charge with an amount", &Charge{ID: "ch_1", Amount: 5}},
		{"Charge without ID", &Charge{}},
		{"Customer with metadata", &Customer{ID: "cus_1", Metadata: map[string]string{}}},
		{"Refund with a charge", &Refund{ID: "re_1", Charge: &Charge{ID: "ch_1"}}},
		{"BalanceTransaction with a fee", &BalanceTransaction{ID: "txn_1", Fee: 1}},
		{"RadarRule with an action", &RadarRule{ID: "rule_1", Action: "block"}},
		{"Account with its object", &Account{ID: "acct_1", Object: "account"}},
		{"BalanceTransactionSource with its type", &BalanceTransactionSource{ID: "po_1", Type: BalanceTransactionSourceTypePayout}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(string(out), "{"), "got %s", out)
		})
	}
}

func TestChargeUnmarshalRejectsBrokenJSON(t *testing.T) {
	fixture := readChargeFixture(t, "expanded.json")
	cases := []struct {
		name string
		data string
	}{
		{"empty", ``},
		{"not JSON", `charge`},
		{"truncated", string(fixture[:len(fixture)/2])},
		{"truncated in a string", `{"id":"ch_1`},
		{"unterminated bare ID", `"ch_1`},
		{"trailing garbage", `{"id":"ch_1"}}`},
		{"a number", `42`},
		{"an array", `[]`},
		{"amount of the wrong type", `{"amount":"100"}`},
		{"customer of the wrong type", `{"customer":42}`},
		{"application of the wrong type", `{"application":[]}`},
		{"rule of the wrong type", `{"outcome":{"rule":true}}`},
		{"source of the wrong type", `{"balance_transaction":{"source":1}}`},
		{"refunds of the wrong type", `{"refunds":{"data":{}}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(tc.data), &Charge{}))
		})
	}
}

func TestChargeUnmarshalNullLeavesTheValueAlone(t *testing.T) {
	c := &Charge{ID: "ch_1"}
	require.NoError(t, json.Unmarshal([]byte(`null`), c))
	assert.Equal(t, &Charge{ID: "ch_1"}, c)

	a := &Account{ID: "acct_1"}
	require.NoError(t, json.Unmarshal([]byte(` null `), a))
	assert.Equal(t, &Account{ID: "acct_1"}, a)
}

func TestBalanceTransactionSourceDecodesByObject(t *testing.T) {
	cases := []struct {
		name   string
		source string
		check  func(t *testing.T, s *BalanceTransactionSource)
	}{
		{"bare ID", `"ch_1"`, func(t *testing.T, s *BalanceTransactionSource) {
			assert.Equal(t, &BalanceTransactionSource{ID: "ch_1"}, s)
		}},
		{"charge", `{"id":"ch_1","object":"charge","amount":100,"status":"succeeded"}`, func(t *testing.T, s *BalanceTransactionSource) {
			assert.Equal(t, BalanceTransactionSourceTypeCharge, s.Type)
			require.NotNil(t, s.Charge)
			assert.Equal(t, int64(100), s.Charge.Amount)
			assert.Equal(t, ChargeStatusSucceeded, s.Charge.Status)
			assert.Nil(t, s.Refund)
		}},
		{"refund", `{"id":"re_1","object":"refund","amount":50,"charge":"ch_1"}`, func(t *testing.T, s *BalanceTransactionSource) {
			assert.Equal(t, BalanceTransactionSourceTypeRefund, s.Type)
			require.NotNil(t, s.Refund)
			assert.Equal(t, &Charge{ID: "ch_1"}, s.Refund.Charge)
			assert.Nil(t, s.Charge)
		}},
		{"other kind", `{"id":"po_1","object":"payout","amount":7}`, func(t *testing.T, s *BalanceTransactionSource) {
			assert.Equal(t, "po_1", s.ID)
			assert.Equal(t, BalanceTransactionSourceTypePayout, s.Type)
			assert.JSONEq(t, `{"id":"po_1","object":"payout","amount":7}`, string(s.RawJSON))
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(`{"id":"txn_1","object":"balance_transaction","source":` + tc.source + `}`)
			bt := &BalanceTransaction{}
			require.NoError(t, json.Unmarshal(data, bt))
			require.NotNil(t, bt.Source)
			tc.check(t, bt.Source)
			jsontest.RoundTrip(t, data, &BalanceTransaction{})
		})
	}
}

func TestRefundDecodesAnExpandedCharge(t *testing.T) {
	charge := readChargeFixture(t, "charge_object.json")
	data := []byte(`{"id":"re_1","object":"refund","amount":100,"charge":` + string(charge) + `,"status":"pending"}`)
	r := &Refund{}
	require.NoError(t, json.Unmarshal(data, r))
	assert.Equal(t, RefundStatusPending, r.Status)
	require.NotNil(t, r.Charge)
	assert.Equal(t, "ch_3JwPVP2eZvKYlo2C1TaDkcSv", r.Charge.ID)
	assert.Equal(t, "4242", r.Charge.PaymentMethodDetails.Card.Last4)
	jsontest.RoundTrip(t, data, &Refund{})
}

func TestCustomerDecodesADeletedCustomer(t *testing.T) {
	data := []byte(`{"id":"cus_1","object":"customer","deleted":true}`)
	c := &Customer{}
	require.NoError(t, json.Unmarshal(data, c))
	assert.Equal(t, &Customer{ID: "cus_1", Object: "customer", Deleted: true}, c)
	jsontest.RoundTrip(t, data, &Customer{})
}

func TestAddressTypesRoundTrip(t *testing.T) {
	shipping := []byte(`{"address":{"city":"Oakland","country":"US","line1":"1 Broadway","line2":null,"postal_code":"94607","state":"CA"},"carrier":null,"name":"Jenny Rosen","phone":null,"tracking_number":null}`)
	jsontest.RoundTrip(t, shipping, &ShippingDetails{})
	billing := []byte(`{"address":null,"email":"jenny@example.com","name":null,"phone":null,"tax_id":null}`)
	jsontest.RoundTrip(t, billing, &BillingDetails{})
}

func TestChargeSourceParamsAppendToSendsAPlainID(t *testing.T) {
	cases := []struct {
		name   string
		params *SourceParams
		want   string
	}{
		{"token", &SourceParams{Token: String("tok_amex")}, "source=tok_amex"},
		{"nil token", &SourceParams{}, ""},
		{"nil params", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			values := &form.Values{}
			tc.params.AppendTo(values, []string{"source"})
			assert.Equal(t, tc.want, values.Encode())
		})
	}

	values := &form.Values{}
	(&SourceParams{Token: String("src_1")}).AppendTo(values, []string{"payment", "source"})
	assert.Equal(t, []string{"src_1"}, values.Get("payment[source]"))
}

// TestCurrencyConstants reads currency.go to check every constant: named
// after its code, lowercase, three letters, and unique.
func TestCurrencyConstants(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "currency.go", nil, 0)
	require.NoError(t, err)
	seen := map[string]string{}
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			require.Len(t, vs.Names, 1)
			name := vs.Names[0].Name
			value, err := strconv.Unquote(vs.Values[0].(*ast.BasicLit).Value)
			require.NoError(t, err)
			assert.Equal(t, "Currency"+strings.ToUpper(value), name)
			assert.Len(t, value, 3, name)
			assert.Equal(t, strings.ToLower(value), value, name)
			assert.NotContains(t, seen, value, "%s repeats %s", name, seen[value])
			seen[value] = name
		}
	}
	assert.GreaterOrEqual(t, len(seen), 160, "every ISO 4217 code in circulation")
	assert.Equal(t, Currency("usd"), CurrencyUSD)
}

func FuzzChargeUnmarshal(f *testing.F) {
	for _, name := range chargeFixtures {
		f.Add(readChargeFixture(f, name))
	}
	for _, seed := range []string{`"ch_1"`, `null`, `{}`, `{"customer":"cus_1"}`,
		`{"balance_transaction":{"source":{"object":"refund","charge":{"object":"charge"}}}}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Charge
		if json.Unmarshal(data, &c) != nil {
			return
		}
		if _, err := json.Marshal(&c); err != nil {
			t.Fatalf("decoded %q but cannot encode it again: %v", data, err)
		}
	})
}
