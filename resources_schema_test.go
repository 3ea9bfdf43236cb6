package payske

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/internal/schematest"
)

// These tests diff every resource's params and object types other than the
// charge's (charge_schema_test.go) against the API schema mechanically, so
// that a parameter or field the schema gains, or a typo in a tag, fails here.

func TestResourceParamsMatchTheSchema(t *testing.T) {
	s := schematest.Load(t)
	// ShippingDetailsParams is shared with charges, whose shipping also
	// takes a carrier and a tracking number.
	sharedShipping := []string{"carrier", "tracking_number"}
	cases := []struct {
		params    any
		opts      schematest.ParamsOptions
		endpoints []string
	}{
		{CustomerParams{}, schematest.ParamsOptions{Extra: map[string][]string{
			"CustomerParams.shipping": sharedShipping,
			// The reference names coupons among the create and update
			// parameters ("specifying an invalid coupon"); the text wins.
			"CustomerParams": {"coupon", "promotion_code"},
		}}, []string{"POST /v1/customers", "POST /v1/customers/{customer}", "GET /v1/customers/{customer}", "DELETE /v1/customers/{customer}"}},
		{CustomerListParams{}, schematest.ParamsOptions{}, []string{"GET /v1/customers"}},
		{RefundParams{}, schematest.ParamsOptions{}, []string{"POST /v1/refunds", "POST /v1/refunds/{refund}", "GET /v1/refunds/{refund}"}},
		{RefundListParams{}, schematest.ParamsOptions{}, []string{"GET /v1/refunds"}},
		{TokenParams{}, schematest.ParamsOptions{Extra: map[string][]string{
			// CardParams also serves card.New, whose card hash takes these.
			"TokenParams.card": {"encrypted", "network_token", "swipe_data"},
		}}, []string{"POST /v1/tokens", "GET /v1/tokens/{token}"}},
		{SourceObjectParams{}, schematest.ParamsOptions{}, []string{"POST /v1/sources", "POST /v1/sources/{source}", "GET /v1/sources/{source}"}},
		{SourceObjectDetachParams{}, schematest.ParamsOptions{}, []string{"DELETE /v1/customers/{customer}/sources/{id}"}},
		{CustomerSourceParams{}, schematest.ParamsOptions{}, []string{
			"POST /v1/customers/{customer}/sources", "POST /v1/customers/{customer}/sources/{id}",
			"GET /v1/customers/{customer}/sources/{id}", "DELETE /v1/customers/{customer}/sources/{id}",
		}},
		{PaymentSourceListParams{}, schematest.ParamsOptions{}, []string{"GET /v1/customers/{customer}/sources"}},
		// Values keeps code written against the older surface compiling;
		// the API refuses it (TestSourceVerifyParamsValuesAreRefused).
		{PaymentSourceVerifyParams{}, schematest.ParamsOptions{Extra: map[string][]string{
			"PaymentSourceVerifyParams": {"values"},
		}}, []string{"POST /v1/customers/{customer}/sources/{id}/verify"}},
		{BankAccountVerifyParams{}, schematest.ParamsOptions{}, []string{"POST /v1/customers/{customer}/sources/{id}/verify"}},
		// card.List and bankaccount.List send object=card or
		// object=bank_account themselves.
		{CardListParams{}, schematest.ParamsOptions{Skip: map[string][]string{"CardListParams": {"object"}}}, []string{"GET /v1/customers/{customer}/sources"}},
		{BankAccountListParams{}, schematest.ParamsOptions{Skip: map[string][]string{"BankAccountListParams": {"object"}}}, []string{"GET /v1/customers/{customer}/sources"}},
		{CheckoutSessionParams{}, schematest.ParamsOptions{Extra: map[string][]string{
			"CheckoutSessionParams.line_items": {"dynamic_tax_rates"},
		}}, []string{"POST /v1/checkout/sessions", "GET /v1/checkout/sessions/{session}"}},
		{CheckoutSessionListParams{}, schematest.ParamsOptions{}, []string{"GET /v1/checkout/sessions"}},
		{CheckoutSessionListLineItemParams{}, schematest.ParamsOptions{}, []string{"GET /v1/checkout/sessions/{session}/line_items"}},
		{EventParams{}, schematest.ParamsOptions{}, []string{"GET /v1/events/{id}"}},
		{EventListParams{}, schematest.ParamsOptions{}, []string{"GET /v1/events"}},
	}
	for _, tc := range cases {
		typ := reflect.TypeOf(tc.params)
		t.Run(typ.Name(), func(t *testing.T) {
			schematest.CheckParamsWith(t, s, typ, tc.opts, tc.endpoints...)
		})
	}
}

// TestCardAndBankAccountParamsMatchTheSchema checks the two params types
// that serve several endpoints in several shapes: CardParams is the card
// hash of a token, the card hash of card.New and the body of card.Update;
// BankAccountParams likewise. Each must have every parameter of every shape.
func TestCardAndBankAccountParamsMatchTheSchema(t *testing.T) {
	s := schematest.Load(t)
	const (
		tokens = "POST /v1/tokens"
		attach = "POST /v1/customers/{customer}/sources"
		update = "POST /v1/customers/{customer}/sources/{id}"
	)
	// The attach endpoint's hashes take object=card or bank_account, which
	// only repeats what the hash's name says; the SDK never sends it.
	skip := []string{"object"}

	card := union(
		childrenOf(t, s, tokens, "card"),
		childrenOf(t, s, attach, "card"),
		topLevel(t, s, update, "address_city", "address_country", "address_line1", "address_line2",
			"address_state", "address_zip", "exp_month", "exp_year", "expand", "metadata", "name"),
	)
	schematest.CheckFields(t, reflect.TypeOf(CardParams{}), card,
		schematest.ParamsOptions{Skip: map[string][]string{"CardParams": skip}})

	bank := union(
		childrenOf(t, s, tokens, "bank_account"),
		childrenOf(t, s, attach, "bank_account"),
		topLevel(t, s, update, "account_holder_name", "account_holder_type", "expand", "metadata"),
	)
	schematest.CheckFields(t, reflect.TypeOf(BankAccountParams{}), bank,
		schematest.ParamsOptions{Skip: map[string][]string{"BankAccountParams": skip}})
}

// childrenOf returns the fields of the object parameter name of endpoint.
func childrenOf(t *testing.T, s *schematest.Schema, endpoint, name string) []*schematest.Field {
	t.Helper()
	for _, f := range s.Endpoints[endpoint] {
		if f.Name == name {
			require.NotEmpty(t, f.Fields, "%s %s is an object", endpoint, name)
			return f.Fields
		}
	}
	t.Fatalf("%s has no parameter %q", endpoint, name)
	return nil
}

// topLevel returns the named parameters of endpoint, failing t when one is
// missing from the schema.
func topLevel(t *testing.T, s *schematest.Schema, endpoint string, names ...string) []*schematest.Field {
	t.Helper()
	var out []*schematest.Field
	for _, f := range s.Endpoints[endpoint] {
		if slices.Contains(names, f.Name) {
			out = append(out, f)
		}
	}
	require.Len(t, out, len(names), "%s takes every one of %v", endpoint, names)
	return out
}

// union returns the fields of all lists, each name once (the first wins:
// the lists these tests unite describe the same parameter alike).
func union(lists ...[]*schematest.Field) []*schematest.Field {
	var out []*schematest.Field
	seen := map[string]bool{}
	for _, list := range lists {
		for _, f := range list {
			if !seen[f.Name] {
				seen[f.Name] = true
				out = append(out, f)
			}
		}
	}
	return out
}

func TestResourceObjectsMatchTheSchema(t *testing.T) {
	s := schematest.Load(t)
	// Nested types are checked with the resource whose name prefixes
	// theirs; the address and shipping types are checked everywhere they
	// appear. EventData is decoded by hand (its object is kept raw) and has
	// tests of its own.
	owned := func(prefix string) func(reflect.Type) bool {
		return func(rt reflect.Type) bool {
			switch rt.Name() {
			case "Address", "ShippingDetails", "BillingDetails":
				return true
			case "EventData":
				return false
			}
			return strings.HasPrefix(rt.Name(), prefix)
		}
	}
	cases := []struct {
		object string
		typ    any
		prefix string
		extra  []string
	}{
		// The reference's delete answers add deleted: true.
		{"customer", Customer{}, "Customer", []string{"deleted"}},
		{"refund", Refund{}, "Refund", nil},
		{"token", Token{}, "Token", nil},
		{"card", Card{}, "Card", []string{"deleted"}},
		{"bank_account", BankAccount{}, "BankAccount", []string{"deleted"}},
		{"source", Source{}, "Source", nil},
		// The reference's session answers show shipping and shipping_rate.
		{"checkout.session", CheckoutSession{}, "CheckoutSession", []string{"shipping", "shipping_rate"}},
		{"item", LineItem{}, "LineItem", nil},
		{"price", Price{}, "Price", nil},
		{"event", Event{}, "Event", nil},
		{"balance_transaction", BalanceTransaction{}, "BalanceTransactionFee", nil},
	}
	// Open-ended lists the SDK keeps as plain strings: country codes, and
	// the verification codes of an external account's requirements.
	plain := []string{
		"payment_pages_checkout_session_shipping_address_collection.allowed_countries",
		"account_requirements_error.code",
	}
	consts := stringConstants(t)
	for _, tc := range cases {
		t.Run(tc.object, func(t *testing.T) {
			enums := schematest.CheckObject(t, s, reflect.TypeOf(tc.typ), tc.object, schematest.ObjectOptions{
				Descend: owned(tc.prefix),
				Extra:   map[string][]string{tc.object: tc.extra},
			})
			for _, e := range enums {
				if slices.Contains(plain, e.Path) {
					continue
				}
				require.Equal(t, reflect.String, e.Type.Kind(), e.Path)
				if !assert.NotEqual(t, "string", e.Type.Name(), "%s is an enum: it has a named type", e.Path) {
					continue
				}
				for _, v := range e.Values {
					assert.Contains(t, consts[e.Type.Name()], v, "%s: a %s constant for %q", e.Path, e.Type.Name(), v)
				}
			}
		})
	}
}

// TestDeletedCustomerFieldsAreOnCustomer checks that customer.Del's answer,
// a deleted_customer, decodes into Customer: it has every field of it.
func TestDeletedCustomerFieldsAreOnCustomer(t *testing.T) {
	s := schematest.Load(t)
	have := schematest.JSONFields(reflect.TypeOf(Customer{}))
	fields := s.Objects["deleted_customer"]
	require.NotEmpty(t, fields)
	for _, f := range fields {
		assert.Contains(t, have, f.Name)
	}
}
