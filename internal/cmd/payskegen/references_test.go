package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTheReferencesConfigMustMatchTheSchema checks that an object the
// schema does not name, a type without a noun or a doc, and two types of
// one name stop the generator before it writes anything; an ID-only
// object, a component schema and no object at all are accepted.
func TestTheReferencesConfigMustMatchTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	tests := []struct {
		name  string
		types []*referenceConfig
		err   string
	}{
		{"ID-only object", []*referenceConfig{{Name: "Coupon", Object: "coupon", Noun: "coupon", Doc: "d"}}, ""},
		{"component schema", []*referenceConfig{{Name: "Account", Object: "account", Noun: "account", Doc: "d"}}, ""},
		{"object the schema lacks", []*referenceConfig{{Name: "Order", Noun: "order", Doc: "d"}}, ""},
		{"unknown object", []*referenceConfig{{Name: "Nope", Object: "nope", Noun: "nope", Doc: "d"}},
			"Nope: the schema has no object nope among its x-payske-id-only-objects or components/schemas"},
		{"no noun", []*referenceConfig{{Name: "Coupon", Object: "coupon", Doc: "d"}}, "Coupon needs a noun and a doc"},
		{"no doc", []*referenceConfig{{Name: "Coupon", Object: "coupon", Noun: "coupon"}}, "Coupon needs a noun and a doc"},
		{"not a Go name", []*referenceConfig{{Name: "coupon", Object: "coupon", Noun: "coupon", Doc: "d"}}, `"coupon" is not an exported Go name`},
		{"two types, one name", []*referenceConfig{
			{Name: "Coupon", Object: "coupon", Noun: "coupon", Doc: "d"},
			{Name: "Coupon", Object: "promotion_code", Noun: "promotion code", Doc: "d"},
		}, "two types are named Coupon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := resolveReferences(&referencesConfig{Types: tt.types}, s)
			if tt.err == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// TestReferenceTypesKeepIDObjectAndRawJSON checks a written reference
// type: its three fields, and JSON methods that call the shared decoding
// and encoding with the receiver named after the type.
func TestReferenceTypesKeepIDObjectAndRawJSON(t *testing.T) {
	f := &goFile{}
	writeReference(f, &referenceConfig{Name: "ShippingRate", Noun: "shipping rate", Doc: "ShippingRate is a shipping rate."})
	for _, want := range []string{
		"// ShippingRate is a shipping rate.\ntype ShippingRate struct {\n",
		"\tID      string          `json:\"id\"`\n\tObject  string          `json:\"object\"`\n\tRawJSON json.RawMessage `json:\"-\"`\n}",
		"// UnmarshalJSON decodes a bare shipping rate ID or an expanded shipping\n// rate.\n",
		"func (s *ShippingRate) UnmarshalJSON(data []byte) error {\n\treturn decodeReference(data, &s.ID, &s.Object, &s.RawJSON)\n}",
		"func (s ShippingRate) MarshalJSON() ([]byte, error) {\n\treturn encodeReference(s.ID, s.Object, s.RawJSON)\n}",
	} {
		assert.Contains(t, f.String(), want)
	}
}
