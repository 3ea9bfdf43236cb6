package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEnumValuesComeFromEveryKindOfLocation reads an object property, a
// request-body parameter (whose "" to unset a field is no value), a query
// parameter and a component whose name holds a dot.
func TestEnumValuesComeFromEveryKindOfLocation(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	tests := []struct {
		in   string
		want []string
	}{
		{"charge.status", []string{"failed", "pending", "succeeded"}},
		{"POST /v1/customers/{customer}: tax_exempt", []string{"exempt", "none", "reverse"}},
		{"GET /v1/checkout/sessions: status", []string{"complete", "expired", "open"}},
		{"checkout.session.mode", []string{"payment", "setup", "subscription"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := s.enumValues(tt.in)
			require.NoError(t, err)
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

// TestTheEnumConfigMustMatchTheSchema checks that a location the schema
// does not have, or has without an enum, and a name or doc for a value the
// enum does not have, stop the generator before it writes anything.
func TestTheEnumConfigMustMatchTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	tests := []struct {
		name string
		enum enumConfig
		err  string
	}{
		{"unknown schema", enumConfig{In: "nope.status"}, `no schema of components/schemas starts "nope.status"`},
		{"unknown property", enumConfig{In: "charge.nope"}, `the schema has no property nope at "charge.nope"`},
		{"no enum", enumConfig{In: "charge.receipt_email"}, `the schema has no string enum at "charge.receipt_email"`},
		{"unknown operation", enumConfig{In: "PUT /v1/charges: status"}, `the schema has no operation PUT /v1/charges`},
		{"not METHOD /path", enumConfig{In: "post /v1/charges: status"}, `is not written as "METHOD /path: param"`},
		{"name of no value", enumConfig{In: "charge.status", Names: map[string]string{"refunded": "ChargeStatusRefunded"}}, `"refunded" is not a value of charge.status`},
		{"doc of no value", enumConfig{In: "charge.status", Docs: map[string]string{"refunded": "d"}}, `"refunded" is not a value of charge.status`},
		{"two values, one name", enumConfig{In: "charge.status", Names: map[string]string{"failed": "ChargeStatusPending"}}, `are both named ChargeStatusPending`},
		{"not a Go name", enumConfig{In: "charge.status", Names: map[string]string{"failed": "Charge-Failed"}}, `"Charge-Failed" is not an exported Go name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.enum
			e.Name, e.Doc = "ChargeStatus", "d"
			err := resolveEnums([]*enumFileConfig{{Resource: "charge", Types: []*enumConfig{&e}}}, s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// TestEnumConstNames checks the mechanical constant names: words
// capitalised, initialisms in capitals, every word in capitals with case
// "upper", and an override kept as written.
func TestEnumConstNames(t *testing.T) {
	tests := []struct {
		enum  enumConfig
		value string
		want  string
	}{
		{enumConfig{Name: "ChargeStatus"}, "succeeded", "ChargeStatusSucceeded"},
		{enumConfig{Name: "ErrorCode"}, "url_invalid", "ErrorCodeURLInvalid"},
		{enumConfig{Name: "EventType"}, "account.external_account.created", "EventTypeAccountExternalAccountCreated"},
		{enumConfig{Name: "Version"}, "2.1.0", "Version210"},
		{enumConfig{Name: "TaxIDType", Case: "upper"}, "eu_vat", "TaxIDTypeEUVAT"},
		{enumConfig{Name: "SourceType", Names: map[string]string{"wechat": "SourceTypeWeChat"}}, "wechat", "SourceTypeWeChat"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.enum.constName(tt.value), tt.value)
	}
}

// TestEnumValuesFromTheConfig checks values listed in the config for a
// property the schema leaves a plain string: they are taken in order and
// named as the schema's are; they are refused where the schema lists
// values itself, where no property is, and when one is empty or listed
// twice, or a name or doc is for a value not listed.
func TestEnumValuesFromTheConfig(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	t.Run("plain string", func(t *testing.T) {
		e := &enumConfig{Name: "RefundStatus", In: "refund.status", Doc: "d", Values: []string{"succeeded", "requires_action"}}
		require.NoError(t, resolveEnums([]*enumFileConfig{{Resource: "refund", Types: []*enumConfig{e}}}, s))
		assert.Equal(t, []string{"succeeded", "requires_action"}, e.values)
		assert.Equal(t, "RefundStatusRequiresAction", e.constName("requires_action"))
	})
	tests := []struct {
		name string
		enum enumConfig
		err  string
	}{
		{"the schema lists them", enumConfig{In: "charge.status", Values: []string{"failed"}}, `the schema lists the values at "charge.status": drop values`},
		{"unknown property", enumConfig{In: "refund.nope", Values: []string{"a"}}, `the schema has no property nope at "refund.nope"`},
		{"empty value", enumConfig{In: "refund.status", Values: []string{"pending", ""}}, `values: "" is empty or listed twice`},
		{"value twice", enumConfig{In: "refund.status", Values: []string{"pending", "pending"}}, `values: "pending" is empty or listed twice`},
		{"name of no value", enumConfig{In: "refund.status", Values: []string{"pending"}, Names: map[string]string{"failed": "RefundStatusFailed"}}, `"failed" is not a value of refund.status`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.enum
			e.Name, e.Doc = "RefundStatus", "d"
			err := resolveEnums([]*enumFileConfig{{Resource: "refund", Types: []*enumConfig{&e}}}, s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}
