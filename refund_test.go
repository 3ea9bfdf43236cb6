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

// Every type the backend decodes a refund answer into must carry the
// response.
var (
	_ LastResponseSetter = &Refund{}
	_ LastResponseSetter = &RefundList{}
)

// refundFixtures are the refund answers of the API reference, plus
// expanded.json, written for these tests with every field set and the
// expandable fields expanded or given as IDs.
var refundFixtures = []string{
	"create.json", "expanded.json", "list.json", "refund_object.json",
	"retrieve.json", "update.json",
}

func readRefundFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixturesDir, "refund", name))
	require.NoError(t, err)
	return data
}

func decodeRefundFixture(t *testing.T, name string) *Refund {
	t.Helper()
	r := &Refund{}
	require.NoError(t, json.Unmarshal(readRefundFixture(t, name), r))
	return r
}

func TestRefundFixturesAreAllListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(fixturesDir, "refund", "*.json"))
	require.NoError(t, err)
	for i, f := range files {
		files[i] = filepath.Base(f)
	}
	assert.ElementsMatch(t, refundFixtures, files)
}

func TestRefundFixturesRoundTrip(t *testing.T) {
	for _, name := range refundFixtures {
		t.Run(name, func(t *testing.T) {
			var v any = &Refund{}
			if name == "list.json" {
				v = &RefundList{}
			}
			jsontest.RoundTrip(t, readRefundFixture(t, name), v)
		})
	}
}

func TestRefundDecodesTheReferenceObject(t *testing.T) {
	for _, name := range []string{"refund_object.json", "create.json", "retrieve.json"} {
		t.Run(name, func(t *testing.T) {
			r := decodeRefundFixture(t, name)
			assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25", r.ID)
			assert.Equal(t, "refund", r.Object)
			assert.Equal(t, int64(100), r.Amount)
			assert.Nil(t, r.BalanceTransaction)
			assert.Equal(t, &Charge{ID: "ch_3Jwoyw2eZvKYlo2C0rAzmt9u"}, r.Charge, "an unexpanded charge sets only the ID")
			assert.Equal(t, int64(1637158767), r.Created)
			assert.Equal(t, CurrencyUSD, r.Currency)
			assert.NotNil(t, r.Metadata)
			assert.Empty(t, r.Metadata)
			assert.Nil(t, r.PaymentIntent)
			assert.Empty(t, r.Reason)
			assert.Empty(t, r.ReceiptNumber)
			assert.Nil(t, r.SourceTransferReversal)
			assert.Equal(t, RefundStatusSucceeded, r.Status)
			assert.Nil(t, r.TransferReversal)
		})
	}
}

func TestRefundDecodesTheReferenceAnswers(t *testing.T) {
	update := decodeRefundFixture(t, "update.json")
	assert.Equal(t, map[string]string{"order_id": "6735"}, update.Metadata)

	list := &RefundList{}
	require.NoError(t, json.Unmarshal(readRefundFixture(t, "list.json"), list))
	assert.Equal(t, "list", list.Object)
	assert.Equal(t, "/v1/refunds", list.URL)
	assert.False(t, list.HasMore)
	require.Len(t, list.Data, 1)
	assert.Equal(t, "re_3Jwoyw2eZvKYlo2C0j0W7b25", list.Data[0].ID)
	assert.Equal(t, RefundStatusSucceeded, list.Data[0].Status)
}

func TestRefundDecodesTheExpandedFixture(t *testing.T) {
	r := decodeRefundFixture(t, "expanded.json")

	assert.Equal(t, int64(500), r.Amount)
	require.NotNil(t, r.BalanceTransaction)
	assert.Equal(t, int64(-500), r.BalanceTransaction.Amount)
	assert.Equal(t, BalanceTransactionTypeRefund, r.BalanceTransaction.Type)
	assert.Equal(t, &Charge{ID: "ch_1Refunded"}, r.Charge)
	require.NotNil(t, r.Customer)
	assert.Equal(t, "jenny.rosen@example.com", r.Customer.Email)
	assert.Empty(t, r.CustomerAccount)
	assert.Equal(t, "Partial refund", r.Description)
	assert.Contains(t, string(r.DestinationDetails), `"acquirer_reference_number"`)
	assert.Equal(t, &BalanceTransaction{ID: "txn_1Failure"}, r.FailureBalanceTransaction)
	assert.Equal(t, "expired_or_canceled_card", r.FailureReason)
	assert.Equal(t, "jenny.rosen@example.com", r.InstructionsEmail)
	assert.Equal(t, map[string]string{"order_id": "6735"}, r.Metadata)

	require.NotNil(t, r.NextAction)
	assert.Equal(t, "display_details", r.NextAction.Type)
	assert.Equal(t, int64(1637763600), r.NextAction.DisplayDetails.ExpiresAt)
	assert.Equal(t, int64(1637158800), r.NextAction.DisplayDetails.EmailSent.EmailSentAt)

	assert.Equal(t, "pi_1Intent", r.PaymentIntent.ID)
	assert.Equal(t, "payment_intent", r.PaymentIntent.Object)
	assert.Equal(t, &PaymentMethod{ID: "pm_1Card"}, r.PaymentMethod)
	assert.Equal(t, RefundPendingReasonChargePending, r.PendingReason)
	assert.Equal(t, &RefundPresentmentDetails{PresentmentAmount: 460, PresentmentCurrency: CurrencyEUR}, r.PresentmentDetails)
	assert.Equal(t, RefundReasonRequestedByCustomer, r.Reason)
	assert.Equal(t, "1234-5678", r.ReceiptNumber)
	assert.Equal(t, "trr_1Source", r.SourceTransferReversal.ID)
	assert.Equal(t, "transfer_reversal", r.SourceTransferReversal.Object)
	assert.Equal(t, RefundStatusRequiresAction, r.Status)
	assert.Equal(t, &TransferReversal{ID: "trr_1Reversal"}, r.TransferReversal)
}

// expandableRefundFields lists every field of a refund that holds an ID or,
// expanded, an object: where it sits in the JSON, an object for it, and how
// to read its ID and whether it was decoded as a full object.
var expandableRefundFields = []struct {
	path   []string
	object string
	get    func(r *Refund) (id string, full bool)
}{
	{[]string{"balance_transaction"}, `{"id":"txn_1","object":"balance_transaction","amount":5}`,
		func(r *Refund) (string, bool) { return r.BalanceTransaction.ID, r.BalanceTransaction.Amount == 5 }},
	{[]string{"charge"}, `{"id":"ch_1","object":"charge","amount":100}`,
		func(r *Refund) (string, bool) { return r.Charge.ID, r.Charge.Amount == 100 }},
	{[]string{"customer"}, `{"id":"cus_1","object":"customer","email":"a@b.c"}`,
		func(r *Refund) (string, bool) { return r.Customer.ID, r.Customer.Email != "" }},
	{[]string{"customer"}, `{"id":"cus_1","object":"customer","deleted":true}`,
		func(r *Refund) (string, bool) { return r.Customer.ID, r.Customer.Deleted }},
	{[]string{"failure_balance_transaction"}, `{"id":"txn_1","object":"balance_transaction","amount":5}`,
		func(r *Refund) (string, bool) {
			return r.FailureBalanceTransaction.ID, r.FailureBalanceTransaction.Amount == 5
		}},
	{[]string{"payment_intent"}, `{"id":"pi_1","object":"payment_intent"}`,
		func(r *Refund) (string, bool) { return r.PaymentIntent.ID, r.PaymentIntent.Object != "" }},
	{[]string{"payment_method"}, `{"id":"pm_1","object":"payment_method"}`,
		func(r *Refund) (string, bool) { return r.PaymentMethod.ID, r.PaymentMethod.Object != "" }},
	{[]string{"source_transfer_reversal"}, `{"id":"trr_1","object":"transfer_reversal"}`,
		func(r *Refund) (string, bool) {
			return r.SourceTransferReversal.ID, r.SourceTransferReversal.Object != ""
		}},
	{[]string{"transfer_reversal"}, `{"id":"trr_1","object":"transfer_reversal"}`,
		func(r *Refund) (string, bool) { return r.TransferReversal.ID, r.TransferReversal.Object != "" }},
}

func TestRefundExpandableFieldsDecodeFromIDOrObject(t *testing.T) {
	for _, f := range expandableRefundFields {
		name := strings.Join(f.path, ".")
		var head struct{ ID string }
		require.NoError(t, json.Unmarshal([]byte(f.object), &head))

		t.Run(name+"/id", func(t *testing.T) {
			data := nestJSON(f.path, strconv.Quote(head.ID))
			r := &Refund{}
			require.NoError(t, json.Unmarshal([]byte(data), r))
			id, full := f.get(r)
			assert.Equal(t, head.ID, id)
			assert.False(t, full)

			out, err := json.Marshal(r)
			require.NoError(t, err)
			assert.Equal(t, strconv.Quote(head.ID), string(lookupJSON(t, out, f.path)),
				"an ID-only reference encodes as the bare ID")
			jsontest.RoundTrip(t, []byte(data), &Refund{})
		})

		t.Run(name+"/object", func(t *testing.T) {
			data := nestJSON(f.path, f.object)
			r := &Refund{}
			require.NoError(t, json.Unmarshal([]byte(data), r))
			id, full := f.get(r)
			assert.Equal(t, head.ID, id)
			assert.True(t, full)
			jsontest.RoundTrip(t, []byte(data), &Refund{})
		})
	}
}

func TestRefundUnmarshalRejectsBrokenJSON(t *testing.T) {
	fixture := readRefundFixture(t, "expanded.json")
	cases := []struct {
		name string
		data string
	}{
		{"empty", ``},
		{"not JSON", `refund`},
		{"truncated", string(fixture[:len(fixture)/2])},
		{"unterminated bare ID", `"re_1`},
		{"trailing garbage", `{"id":"re_1"}}`},
		{"amount of the wrong type", `{"amount":"100"}`},
		{"charge of the wrong type", `{"charge":42}`},
		{"metadata of the wrong type", `{"metadata":[]}`},
		{"next_action of the wrong type", `{"next_action":"x"}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(tc.data), &Refund{}))
		})
	}
}

// TestRefundParamsEncoding checks the wire form of every create parameter
// and of the list filters.
func TestRefundParamsEncoding(t *testing.T) {
	full := &RefundParams{
		Amount:               Int64(500),
		Charge:               String("ch_1"),
		Currency:             String(string(CurrencyUSD)),
		Customer:             String("cus_1"),
		InstructionsEmail:    String("a@b.c"),
		Origin:               String("customer_balance"),
		PaymentIntent:        String("pi_1"),
		Reason:               String(string(RefundReasonFraudulent)),
		RefundApplicationFee: Bool(true),
		ReverseTransfer:      Bool(false),
	}
	full.AddMetadata("order_id", "6735")
	full.AddExpand("charge")

	cases := []struct {
		name   string
		params any
		want   string
	}{
		{"every create parameter", full, "expand[0]=charge&metadata[order_id]=6735&amount=500&charge=ch_1&currency=usd" +
			"&customer=cus_1&instructions_email=a@b.c&origin=customer_balance&payment_intent=pi_1&reason=fraudulent" +
			"&refund_application_fee=true&reverse_transfer=false"},
		{"nothing set", &RefundParams{}, ""},
		{"list by charge", &RefundListParams{Charge: String("ch_1")}, "charge=ch_1"},
		{"list by payment intent", &RefundListParams{PaymentIntent: String("pi_1")}, "payment_intent=pi_1"},
		{"list created exactly", &RefundListParams{Created: Int64(1600000000)}, "created=1600000000"},
		{"list created in a range", &RefundListParams{CreatedRange: &RangeQueryParams{GreaterThan: Int64(1600000000)}},
			"created[gt]=1600000000"},
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

func FuzzRefundUnmarshal(f *testing.F) {
	for _, name := range refundFixtures {
		f.Add(readRefundFixture(f, name))
	}
	for _, seed := range []string{`"re_1"`, `null`, `{}`, `{"charge":"ch_1"}`,
		`{"customer":{"id":"cus_1","deleted":true}}`, `{"destination_details":{"type":"card"}}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Refund
		if json.Unmarshal(data, &r) != nil {
			return
		}
		if _, err := json.Marshal(&r); err != nil {
			t.Fatalf("decoded %q but cannot encode it again: %v", data, err)
		}
	})
}
