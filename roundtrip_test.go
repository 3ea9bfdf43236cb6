package payske

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundTripCase checks that one value encodes and decodes back to want.
type roundTripCase struct {
	typ, name string
	run       func(t *testing.T)
}

// roundTrip is the case of a value of type T: json.Marshal(in), then
// json.Unmarshal, gives want.
func roundTrip[T any](name string, in, want T) roundTripCase {
	return roundTripCase{typeName[T](), name, func(t *testing.T) {
		out, err := json.Marshal(in)
		require.NoError(t, err)
		back := new(T)
		require.NoError(t, json.Unmarshal(out, back), "decoding %s", out)
		assert.Equal(t, want, *back, "encoded as %s", out)
	}}
}

// same is roundTrip for a value that must come back unchanged.
func same[T any](name string, in T) roundTripCase { return roundTrip(name, in, in) }

// decoded is the case of the value that body decodes to: it must come back
// unchanged. body is compacted first, as encoding compacts the raw JSON a
// value keeps.
func decoded[T any](t *testing.T, name string, body []byte) roundTripCase {
	t.Helper()
	var compact bytes.Buffer
	require.NoError(t, json.Compact(&compact, body), name)
	v := new(T)
	require.NoError(t, json.Unmarshal(compact.Bytes(), v), name)
	return same("decoded "+name, *v)
}

// typeName is T's name without the package.
func typeName[T any]() string {
	return strings.TrimPrefix(reflect.TypeFor[T]().String(), "payske.")
}

// partialCases are the cases of a type that keeps only ID, Object and
// RawJSON: a bare ID, a value built with ID and Object, and an expanded
// object with more fields.
func partialCases[T any](mk func(id, object string, raw json.RawMessage) T, object string) []roundTripCase {
	raw := json.RawMessage(`{"id":"x_1","object":"` + object + `","extra":{"n":1}}`)
	return []roundTripCase{
		same("bare ID", mk("x_1", "", nil)),
		same("built with its object", mk("x_1", object, nil)),
		same("decoded with more fields", mk("x_1", object, raw)),
	}
}

// fixtures returns the fixtures of dir under fixturesDir.
func fixtures(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(fixturesDir, dir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files, dir)
	out := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		out[dir+"/"+filepath.Base(f)] = data
	}
	return out
}

// roundTripCases lists, for every expandable and polymorphic type, values
// decoded from JSON and values built in code: the way code builds them
// (the kind in Type, the concrete object's Object left empty) and the
// value it decodes back to (with Object and ID filled, as Payske always
// sends them).
func roundTripCases(t *testing.T) []roundTripCase {
	card := &Card{ID: "card_1", Last4: "4242", Brand: CardBrandVisa}
	cardBack := &Card{ID: "card_1", Object: "card", Last4: "4242", Brand: CardBrandVisa}
	cases := []roundTripCase{
		same("bare ID", PaymentSource{ID: "card_1"}),
		roundTrip("built card", PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: card},
			PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: cardBack}),
		roundTrip("built card without its ID", PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: &Card{Last4: "4242", Brand: CardBrandVisa}},
			PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: cardBack}),
		roundTrip("built card with only its ID", PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: &Card{ID: "card_1"}},
			PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: &Card{ID: "card_1", Object: "card"}}),
		roundTrip("built card without Type", PaymentSource{ID: "card_1", Card: card},
			PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: cardBack}),
		roundTrip("built bank account", PaymentSource{ID: "ba_1", Type: PaymentSourceTypeBankAccount, BankAccount: &BankAccount{ID: "ba_1", Last4: "6789"}},
			PaymentSource{ID: "ba_1", Type: PaymentSourceTypeBankAccount, BankAccount: &BankAccount{ID: "ba_1", Object: "bank_account", Last4: "6789"}}),
		roundTrip("built source", PaymentSource{ID: "src_1", Type: PaymentSourceTypeSource, SourceObject: &Source{ID: "src_1", Status: SourceStatusChargeable}},
			PaymentSource{ID: "src_1", Type: PaymentSourceTypeSource, SourceObject: &Source{ID: "src_1", Object: "source", Status: SourceStatusChargeable}}),
		same("deleted", PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Deleted: true}),
		same("built of an unknown kind", PaymentSource{ID: "aliacc_1", Type: "alipay_account"}),
		same("decoded of an unknown kind", PaymentSource{ID: "aliacc_1", Type: "alipay_account",
			RawJSON: json.RawMessage(`{"id":"aliacc_1","object":"alipay_account","username":"jenny"}`)}),
		roundTrip("built list", PaymentSourceList{Data: []*PaymentSource{{ID: "card_1", Type: PaymentSourceTypeCard, Card: card}}},
			PaymentSourceList{Data: []*PaymentSource{{ID: "card_1", Type: PaymentSourceTypeCard, Card: cardBack}}}),

		same("bare ID", BalanceTransactionSource{ID: "ch_1"}),
		roundTrip("built charge", BalanceTransactionSource{ID: "ch_1", Type: BalanceTransactionSourceTypeCharge, Charge: &Charge{ID: "ch_1", Amount: 100}},
			BalanceTransactionSource{ID: "ch_1", Type: BalanceTransactionSourceTypeCharge, Charge: &Charge{ID: "ch_1", Object: "charge", Amount: 100}}),
		roundTrip("built charge with only its ID", BalanceTransactionSource{ID: "ch_1", Type: BalanceTransactionSourceTypeCharge, Charge: &Charge{ID: "ch_1"}},
			BalanceTransactionSource{ID: "ch_1", Type: BalanceTransactionSourceTypeCharge, Charge: &Charge{ID: "ch_1", Object: "charge"}}),
		roundTrip("built refund", BalanceTransactionSource{ID: "re_1", Type: BalanceTransactionSourceTypeRefund, Refund: &Refund{Amount: 5}},
			BalanceTransactionSource{ID: "re_1", Type: BalanceTransactionSourceTypeRefund, Refund: &Refund{ID: "re_1", Object: "refund", Amount: 5}}),
		same("built of an unknown kind", BalanceTransactionSource{ID: "po_1", Type: "payout"}),
		same("decoded of an unknown kind", BalanceTransactionSource{ID: "po_1", Type: "payout", RawJSON: json.RawMessage(`{"id":"po_1","object":"payout","amount":7}`)}),
		same("bare ID", BalanceTransaction{ID: "txn_1"}),
		same("built", BalanceTransaction{ID: "txn_1", Amount: 100, Source: &BalanceTransactionSource{ID: "ch_1"}}),

		same("bare ID", Charge{ID: "ch_1"}),
		roundTrip("built with a card source", Charge{ID: "ch_1", Amount: 100, Customer: &Customer{ID: "cus_1"},
			Source: &PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: card}},
			Charge{ID: "ch_1", Amount: 100, Customer: &Customer{ID: "cus_1"},
				Source: &PaymentSource{ID: "card_1", Type: PaymentSourceTypeCard, Card: cardBack}}),
		same("bare ID", Customer{ID: "cus_1"}),
		same("built deleted", Customer{ID: "cus_1", Object: "customer", Deleted: true}),
		same("built", Customer{ID: "cus_1", Email: "jenny@example.com", DefaultSource: &PaymentSource{ID: "card_1"}}),
		same("bare ID", Refund{ID: "re_1"}),
		same("built", Refund{ID: "re_1", Amount: 5, Charge: &Charge{ID: "ch_1"}}),
		same("bare ID", Card{ID: "card_1"}),
		same("built", *card),
		same("bare ID", BankAccount{ID: "ba_1"}),
		same("built", BankAccount{ID: "ba_1", Last4: "6789", Customer: &Customer{ID: "cus_1"}}),
		same("bare ID", Source{ID: "src_1"}),
		same("built", Source{ID: "src_1", Status: SourceStatusChargeable}),
		same("bare ID", Price{ID: "price_1"}),
		same("built", Price{ID: "price_1", UnitAmount: 100, Product: &Product{ID: "prod_1"}}),
		same("bare ID", CheckoutSession{ID: "cs_1"}),
		same("built", CheckoutSession{ID: "cs_1", Customer: &Customer{ID: "cus_1"}, PaymentIntent: &PaymentIntent{ID: "pi_1"}}),
		same("bare ID", RadarRule{ID: "rule_1"}),
		same("built", RadarRule{ID: "rule_1", Action: "block"}),
		same("bare ID", EventRequest{ID: "req_1"}),
		same("built", EventRequest{ID: "req_1", IdempotencyKey: "k"}),

		same("built empty", EventData{}),
		roundTrip("built from a map", EventData{Object: map[string]any{"id": "ch_1", "object": "charge", "amount": float64(5)}},
			EventData{Object: map[string]any{"id": "ch_1", "object": "charge", "amount": float64(5)},
				Raw: json.RawMessage(`{"amount":5,"id":"ch_1","object":"charge"}`)}),
		same("decoded", EventData{Object: map[string]any{"id": "cus_1", "object": "customer"},
			PreviousAttributes: map[string]any{"email": nil}, Raw: json.RawMessage(`{"id":"cus_1","object":"customer"}`)}),
	}
	partials := [][]roundTripCase{
		partialCases(func(id, o string, r json.RawMessage) Account { return Account{id, o, r} }, "account"),
		partialCases(func(id, o string, r json.RawMessage) Application { return Application{id, o, r} }, "application"),
		partialCases(func(id, o string, r json.RawMessage) ApplicationFee { return ApplicationFee{id, o, r} }, "application_fee"),
		partialCases(func(id, o string, r json.RawMessage) Invoice { return Invoice{id, o, r} }, "invoice"),
		partialCases(func(id, o string, r json.RawMessage) Order { return Order{id, o, r} }, "order"),
		partialCases(func(id, o string, r json.RawMessage) PaymentIntent { return PaymentIntent{id, o, r} }, "payment_intent"),
		partialCases(func(id, o string, r json.RawMessage) PaymentMethod { return PaymentMethod{id, o, r} }, "payment_method"),
		partialCases(func(id, o string, r json.RawMessage) Review { return Review{id, o, r} }, "review"),
		partialCases(func(id, o string, r json.RawMessage) Transfer { return Transfer{id, o, r} }, "transfer"),
		partialCases(func(id, o string, r json.RawMessage) TransferReversal { return TransferReversal{id, o, r} }, "transfer_reversal"),
		partialCases(func(id, o string, r json.RawMessage) Coupon { return Coupon{id, o, r} }, "coupon"),
		partialCases(func(id, o string, r json.RawMessage) PaymentLink { return PaymentLink{id, o, r} }, "payment_link"),
		partialCases(func(id, o string, r json.RawMessage) PromotionCode { return PromotionCode{id, o, r} }, "promotion_code"),
		partialCases(func(id, o string, r json.RawMessage) SetupIntent { return SetupIntent{id, o, r} }, "setup_intent"),
		partialCases(func(id, o string, r json.RawMessage) ShippingRate { return ShippingRate{id, o, r} }, "shipping_rate"),
		partialCases(func(id, o string, r json.RawMessage) Subscription { return Subscription{id, o, r} }, "subscription"),
		partialCases(func(id, o string, r json.RawMessage) TaxID { return TaxID{id, o, r} }, "tax_id"),
		partialCases(func(id, o string, r json.RawMessage) Discount { return Discount{id, o, r} }, "discount"),
		partialCases(func(id, o string, r json.RawMessage) TaxRate { return TaxRate{id, o, r} }, "tax_rate"),
		partialCases(func(id, o string, r json.RawMessage) Product { return Product{id, o, r} }, "product"),
		partialCases(func(id, o string, r json.RawMessage) CustomerDiscount { return CustomerDiscount{id, o, r} }, "discount"),
		partialCases(func(id, o string, r json.RawMessage) TestClock { return TestClock{id, o, r} }, "test_helpers.test_clock"),
	}
	for _, p := range partials {
		cases = append(cases, p...)
	}

	// Every fixture decodes to a value that comes back unchanged, with
	// every expandable and polymorphic field inside it.
	for name, body := range fixtures(t, "paymentsource") {
		if strings.HasSuffix(name, "/list.json") {
			cases = append(cases, decoded[PaymentSourceList](t, name, body))
		} else {
			cases = append(cases, decoded[PaymentSource](t, name, body))
		}
	}
	for _, dir := range []struct {
		name       string
		one, list  func(t *testing.T, name string, body []byte) roundTripCase
		sourceKind bool // a customer source: decodes as a PaymentSource too
	}{
		{"card", decoded[Card], decoded[CardList], true},
		{"bankaccount", decoded[BankAccount], decoded[BankAccountList], true},
		{"source", decoded[Source], nil, true},
		{"charge", decoded[Charge], decoded[ChargeList], false},
		{"customer", decoded[Customer], decoded[CustomerList], false},
		{"refund", decoded[Refund], decoded[RefundList], false},
		{"checkout_session", decoded[CheckoutSession], decoded[CheckoutSessionList], false},
		{"event", decoded[Event], decoded[EventList], false},
	} {
		for name, body := range fixtures(t, dir.name) {
			switch {
			case strings.HasSuffix(name, "/list_line_items.json"):
				cases = append(cases, decoded[LineItemList](t, name, body))
			case strings.HasSuffix(name, "/list.json"):
				cases = append(cases, dir.list(t, name, body))
			case dir.sourceKind:
				cases = append(cases, dir.one(t, name, body), decoded[PaymentSource](t, name, body))
			default:
				cases = append(cases, dir.one(t, name, body))
			}
		}
	}
	return cases
}

// TestJSONRoundTripOfExpandableAndPolymorphicTypes: for every expandable
// and polymorphic type, json.Marshal and json.Unmarshal are inverses,
// whether the value was decoded or built in code.
func TestJSONRoundTripOfExpandableAndPolymorphicTypes(t *testing.T) {
	for _, c := range roundTripCases(t) {
		t.Run(c.typ+"/"+c.name, c.run)
	}
}

// TestRoundTripCasesCoverEveryCustomJSONType: every type of the package
// with its own MarshalJSON or UnmarshalJSON (the expandable and
// polymorphic ones) has round-trip cases above, so that a new one cannot
// be left out.
func TestRoundTripCasesCoverEveryCustomJSONType(t *testing.T) {
	covered := map[string]bool{}
	for _, c := range roundTripCases(t) {
		covered[c.typ] = true
	}
	// Not resources: RawRequest's result.
	skip := map[string]bool{"rawResult": true}
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || (fn.Name.Name != "MarshalJSON" && fn.Name.Name != "UnmarshalJSON") {
				continue
			}
			recv := fn.Recv.List[0].Type
			if star, ok := recv.(*ast.StarExpr); ok {
				recv = star.X
			}
			typ := recv.(*ast.Ident).Name
			if skip[typ] {
				continue
			}
			checked++
			assert.True(t, covered[typ], "%s (%s) has its own %s: add round-trip cases for it", typ, name, fn.Name.Name)
		}
	}
	assert.Greater(t, checked, 40)
}
