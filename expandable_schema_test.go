package payske

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/internal/schematest"
)

// TestEveryExpandableFieldDecodesFromAnIDOrAnObject walks every field the
// schema marks EXPANDABLE, in every object the SDK models, and decodes it
// both ways: from a bare ID (only ID set, and it encodes back to the bare
// ID) and from the full object (ID set, and it encodes back to an object).
func TestEveryExpandableFieldDecodesFromAnIDOrAnObject(t *testing.T) {
	s := schematest.Load(t)
	types := map[string]reflect.Type{
		"charge":               reflect.TypeOf(Charge{}),
		"customer":             reflect.TypeOf(Customer{}),
		"refund":               reflect.TypeOf(Refund{}),
		"card":                 reflect.TypeOf(Card{}),
		"bank_account":         reflect.TypeOf(BankAccount{}),
		"checkout.session":     reflect.TypeOf(CheckoutSession{}),
		"price":                reflect.TypeOf(Price{}),
		"balance_transaction":  reflect.TypeOf(BalanceTransaction{}),
		"charge_outcome":       reflect.TypeOf(ChargeOutcome{}),
		"charge_transfer_data": reflect.TypeOf(ChargeTransferData{}),
		"payment_pages_checkout_session_discount":        reflect.TypeOf(CheckoutSessionDiscount{}),
		"payment_pages_checkout_session_shipping_cost":   reflect.TypeOf(CheckoutSessionShippingCost{}),
		"payment_pages_checkout_session_shipping_option": reflect.TypeOf(CheckoutSessionShippingOption{}),
		"connect_account_reference":                      reflect.TypeOf(CheckoutSessionAccountReference{}),
	}
	// Objects with expandable fields the SDK does not model at all (a fee
	// refund only appears inside an expanded balance transaction source,
	// kept raw).
	unmodelled := map[string]bool{"fee_refund": true}

	checked := 0
	for object, fields := range s.Objects {
		for _, f := range fields {
			refs := expandableRefs(f.Type)
			if refs == nil {
				continue
			}
			typ, ok := types[object]
			if !ok {
				assert.True(t, unmodelled[object], "%s.%s is expandable: add its Go type to this test", object, f.Name)
				continue
			}
			checked++
			t.Run(object+"."+f.Name, func(t *testing.T) {
				checkExpandable(t, typ, f.Name, expandedJSON(s, refs[0]))
			})
		}
	}
	// The reference's charges show three more expandable fields.
	for _, name := range []string{"invoice", "order", "source"} {
		checked++
		t.Run("charge."+name, func(t *testing.T) {
			checkExpandable(t, reflect.TypeOf(Charge{}), name, expandedJSON(s, name))
		})
	}
	assert.GreaterOrEqual(t, checked, 40, "the schema lists about forty expandable fields")
}

// expandableRefs returns the objects of an EXPANDABLE(a,b) type, or nil.
func expandableRefs(typ string) []string {
	_, list, ok := strings.Cut(typ, "EXPANDABLE(")
	if !ok {
		return nil
	}
	list, _, _ = strings.Cut(list, ")")
	return strings.Split(list, ",")
}

// expandedTestID is the ID every expandable field is decoded with.
const expandedTestID = "xid_123"

// expandedJSON returns a small expanded object: its ID, and its object
// value, or when the schema gives the object no "object" field (a Radar
// rule), another of its string fields, so that it is more than an ID.
func expandedJSON(s *schematest.Schema, object string) string {
	fields, ok := s.Objects[object]
	if !ok {
		return fmt.Sprintf(`{"id":%q,"object":%q}`, expandedTestID, object)
	}
	for _, f := range fields {
		if f.Name == "object" {
			return fmt.Sprintf(`{"id":%q,"object":%q}`, expandedTestID, object)
		}
	}
	for _, f := range fields {
		if f.Name != "id" && strings.HasPrefix(f.Type, "string") {
			return fmt.Sprintf(`{"id":%q,%q:"x"}`, expandedTestID, f.Name)
		}
	}
	panic("no field to expand " + object + " with")
}

// checkExpandable decodes {"name": <ID>} and {"name": <expanded>} into a
// new parent of type parent, refusing unknown fields.
func checkExpandable(t *testing.T, parent reflect.Type, name, expanded string) {
	t.Helper()
	const id = expandedTestID
	cases := []struct {
		kind string
		json string
		want func(t *testing.T, encoded []byte)
	}{
		{"id", fmt.Sprintf(`{%q:%q}`, name, id), func(t *testing.T, encoded []byte) {
			assert.JSONEq(t, fmt.Sprintf("%q", id), string(encoded), "an unexpanded reference encodes back to its ID")
		}},
		{"object", fmt.Sprintf(`{%q:%s}`, name, expanded), func(t *testing.T, encoded []byte) {
			var back map[string]any
			require.NoError(t, json.Unmarshal(encoded, &back), "an expanded object encodes back to an object: %s", encoded)
			assert.Equal(t, id, back["id"])
		}},
	}
	for _, tc := range cases {
		t.Run(tc.kind, func(t *testing.T) {
			v := reflect.New(parent)
			dec := json.NewDecoder(bytes.NewReader([]byte(tc.json)))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(v.Interface()))

			field, ok := fieldByJSONName(v.Elem(), name)
			require.True(t, ok, "%s has a json field %q", parent.Name(), name)
			require.Equal(t, reflect.Pointer, field.Kind(), "%s.%s is a pointer", parent.Name(), name)
			require.False(t, field.IsNil(), "%s.%s is set", parent.Name(), name)
			idField := field.Elem().FieldByName("ID")
			require.True(t, idField.IsValid(), "%s has an ID", field.Elem().Type().Name())
			assert.Equal(t, id, idField.String())

			encoded, err := json.Marshal(field.Interface())
			require.NoError(t, err)
			tc.want(t, encoded)
		})
	}
}

// fieldByJSONName returns the field of struct v whose json name is name,
// looking into embedded structs.
func fieldByJSONName(v reflect.Value, name string) (reflect.Value, bool) {
	for i := range v.NumField() {
		sf := v.Type().Field(i)
		tag, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if tag == name && sf.IsExported() {
			return v.Field(i), true
		}
		if tag == "" && sf.Anonymous && sf.Type.Kind() == reflect.Struct {
			if f, ok := fieldByJSONName(v.Field(i), name); ok {
				return f, true
			}
		}
	}
	return reflect.Value{}, false
}
