package main

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refundModels loads the config's refund models, a fresh copy for each
// case to change.
func refundModels(t *testing.T) (*config, *modelFileConfig) {
	t.Helper()
	return resourceModels(t, "refund")
}

// resourceModels loads the config's models of resource, a fresh copy for
// each case to change.
func resourceModels(t *testing.T, resource string) (*config, *modelFileConfig) {
	t.Helper()
	c, err := loadConfig(configPath)
	require.NoError(t, err)
	for _, mf := range c.Models {
		if mf.Resource == resource {
			return c, mf
		}
	}
	t.Fatalf("the config models no %s", resource)
	return nil, nil
}

// paramsNamed is the params struct of mf named name.
func paramsNamed(t *testing.T, mf *modelFileConfig, name string) *paramsConfig {
	t.Helper()
	for _, p := range mf.Params {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("the config has no params %s", name)
	return nil
}

// TestTheModelsConfigMustMatchTheSchema checks that a schema, property or
// operation the schema does not have, and a property the config does not
// say how to model, stop the generator before it writes anything.
func TestTheModelsConfigMustMatchTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	tests := []struct {
		name   string
		change func(mf *modelFileConfig)
		err    string
	}{
		{"unknown schema", func(mf *modelFileConfig) { mf.Types[0].Schema = "nope" }, "components/schemas has no nope"},
		{"unknown property", func(mf *modelFileConfig) {
			mf.Types[0].Fields["nope"] = &fieldConfig{Doc: "d"}
		}, "the schema refund has no property nope"},
		{"expandable without its type", func(mf *modelFileConfig) {
			mf.Types[0].Fields["charge"].Expand = ""
		}, "refund.charge: the property is expandable: say which type it expands to"},
		{"expand of a plain property", func(mf *modelFileConfig) {
			mf.Types[0].Fields["status"].Expand = "Status"
		}, "refund.status: expand Status: the property is not expandable"},
		{"reference to an unmodelled schema", func(mf *modelFileConfig) {
			mf.Types = mf.Types[:1]
		}, "refund.next_action: it refers to refund_next_action, which the file does not model"},
		{"cut neither raw nor omit", func(mf *modelFileConfig) {
			mf.Types[0].Fields["destination_details"].Cut = "drop"
		}, `cut "drop" is neither raw nor omit`},
		{"extra field the schema has", func(mf *modelFileConfig) {
			mf.Types[0].Extra = append(mf.Types[0].Extra, &extraFieldConfig{JSON: "amount", Name: "Amount", Type: "int64"})
		}, "extra field amount is a property of refund"},
		{"two fields, one name", func(mf *modelFileConfig) {
			mf.Types[0].Fields["status"].Name = "Reason"
		}, "two fields are named Reason"},
		{"two types, one name", func(mf *modelFileConfig) { mf.Types[1].Name = "Refund" }, "two types are named Refund"},
		{"type without a doc", func(mf *modelFileConfig) { mf.Types[1].Doc = "" }, "the type needs a doc"},
		{"unknown operation", func(mf *modelFileConfig) {
			mf.Params[0].From = []string{"PUT /v1/refunds: body"}
		}, "the schema has no operation PUT /v1/refunds"},
		{"not written as a location", func(mf *modelFileConfig) {
			mf.Params[0].From = []string{"POST /v1/refunds body"}
		}, `"POST /v1/refunds body" is not written as "METHOD /path: body", "METHOD /path: query" or "METHOD /path: param.path"`},
		{"unknown object parameter", func(mf *modelFileConfig) {
			mf.Params[0].From = []string{"POST /v1/refunds: path"}
		}, "POST /v1/refunds has no parameter path"},
		{"from a parameter that is no object", func(mf *modelFileConfig) {
			mf.Params[0].From = []string{"POST /v1/refunds: charge"}
		}, "the parameter charge of POST /v1/refunds is not an object"},
		{"extra field the schema has as a parameter", func(mf *modelFileConfig) {
			mf.Params[0].Extra = append(mf.Params[0].Extra, &extraFieldConfig{JSON: "charge", Name: "Charge2", Type: "*string"})
		}, "extra field charge is a parameter of"},
		{"unknown parameter", func(mf *modelFileConfig) {
			mf.Params[1].Fields["nope"] = &fieldConfig{Doc: "d"}
		}, "[GET /v1/refunds: query] have no parameter nope"},
		{"unknown embed", func(mf *modelFileConfig) { mf.Params[1].Embed = "Paging" }, `embed "Paging" is neither Params nor ListParams nor empty`},
		{"expandable JSON without a noun", func(mf *modelFileConfig) {
			mf.Types[0].JSON = &jsonConfig{Object: "refund"}
		}, "Refund: json needs a noun"},
		{"expandable JSON without an ID", func(mf *modelFileConfig) {
			mf.Types[1].JSON = &jsonConfig{Noun: "next action"}
		}, "RefundNextAction: json makes it expandable, but it has no ID field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, mf := refundModels(t)
			tt.change(mf)
			err := resolveModels(c.Models, s, c.Enums)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// TestObjectParamsMustBeModelled checks that an object parameter is typed
// only by a params struct whose from names it, or by the config, and that
// two structs cannot claim one object parameter.
func TestObjectParamsMustBeModelled(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	tests := []struct {
		name     string
		resource string
		change   func(t *testing.T, mf *modelFileConfig)
		err      string
	}{
		{"object parameter without a struct", "token", func(t *testing.T, mf *modelFileConfig) {
			p := paramsNamed(t, mf, "TokenDateParams")
			p.From = p.From[1:]
		}, `it is an object: give its type, or name "POST /v1/tokens: account.company.registration_date" in the from of a params struct of the file`},
		{"object parameter claimed twice", "token", func(t *testing.T, mf *modelFileConfig) {
			p := paramsNamed(t, mf, "TokenPIIParams")
			p.From = append(p.From, "POST /v1/tokens: cvc_update")
		}, "POST /v1/tokens: cvc_update is also the from of TokenCVCUpdateParams"},
		{"unknown nested parameter", "token", func(t *testing.T, mf *modelFileConfig) {
			p := paramsNamed(t, mf, "TokenPIIParams")
			p.From = append(p.From, "POST /v1/tokens: account.nope")
		}, "POST /v1/tokens has no parameter account.nope"},
		{"list of objects without a struct", "source", func(t *testing.T, mf *modelFileConfig) {
			p := paramsNamed(t, mf, "SourceOrderItemParams")
			p.From = p.From[1:]
		}, `it is a list of objects: give its type, or name "POST /v1/sources: source_order.items" in the from of a params struct of the file`},
		{"path placeholder the routes lack", "source", func(t *testing.T, mf *modelFileConfig) {
			p := paramsNamed(t, mf, "SourceObjectDetachParams")
			p.Path = []string{"source"}
			delete(p.Fields, "customer")
		}, "the routes of [DELETE /v1/customers/{customer}/sources/{id}: body] have no placeholder {source}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, mf := resourceModels(t, tt.resource)
			tt.change(t, mf)
			err := resolveModels(c.Models, s, c.Enums)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// TestObjectParamFieldsComeFromTheSchema checks the fields of the structs
// of object parameters: no embedded params, a pointer to the struct whose
// from names a nested object, string lists and maps, a number that also
// takes "" to unset it, and a field beyond the schema.
func TestObjectParamFieldsComeFromTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := resourceModels(t, "token")
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	fields := func(name string) map[string]string {
		out := map[string]string{}
		for _, f := range paramsNamed(t, mf, name).fields {
			out[f.name] = f.typ + " `" + f.tag + "`"
		}
		return out
	}
	person := fields("TokenPersonParams")
	assert.Equal(t, "*TokenDateParams `form:\"dob\"`", person["DOB"])
	assert.Equal(t, "*TokenPersonDocumentsParams `form:\"documents\"`", person["Documents"])
	assert.Equal(t, "[]*string `form:\"full_name_aliases\"`", person["FullNameAliases"])
	assert.Equal(t, "map[string]string `form:\"metadata\"`", person["Metadata"])
	assert.Equal(t, "*AddressParams `form:\"address\"`", person["Address"], "the config's type")
	assert.Equal(t, "[]*string `form:\"files\"`", fields("TokenPersonDocumentParams")["Files"], "items that take \"\" too")
	rel := fields("TokenPersonRelationshipParams")
	assert.Equal(t, "*float64 `form:\"percent_ownership\"`", rel["PercentOwnership"])
	assert.Equal(t, "*string `form:\"title\"`", rel["Title"], "the extra field")
	assert.Equal(t, "*TokenDeclarationParams `form:\"account\"`", fields("TokenPersonAdditionalTOSAcceptancesParams")["Account"])
	assert.Empty(t, paramsNamed(t, mf, "TokenPersonParams").Embed)
}

// TestModelFieldsComeFromTheSchema checks the mechanical fields: Go names
// with initialisms, enum types from the enums config, the currency
// format, a reference to a modelled schema, the embedded params' fields
// left out, and a created filter split into a value and a range.
func TestModelFieldsComeFromTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := refundModels(t)
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	fields := func(fs []goField) map[string]string {
		out := map[string]string{}
		for _, f := range fs {
			out[f.name] = f.typ + " `" + f.tag + "`"
		}
		return out
	}
	refund := fields(mf.Types[0].fields)
	assert.Equal(t, "string `json:\"id\"`", refund["ID"])
	assert.Equal(t, "RefundReason `json:\"reason\"`", refund["Reason"])
	assert.Equal(t, "Currency `json:\"currency\"`", refund["Currency"])
	assert.Equal(t, "*RefundNextAction `json:\"next_action\"`", refund["NextAction"])
	assert.Equal(t, "json.RawMessage `json:\"destination_details,omitempty\"`", refund["DestinationDetails"])
	assert.Equal(t, "map[string]string `json:\"metadata\"`", refund["Metadata"])

	list := fields(mf.Params[1].fields)
	assert.Equal(t, map[string]string{
		"Charge":        "*string `form:\"charge\"`",
		"Created":       "*int64 `form:\"created\"`",
		"CreatedRange":  "*RangeQueryParams `form:\"created\"`",
		"PaymentIntent": "*string `form:\"payment_intent\"`",
	}, list)
	assert.NotContains(t, fields(mf.Params[0].fields), "Metadata", "Params sends metadata")
}

// TestGoNames checks the mechanical Go names of wire names.
func TestGoNames(t *testing.T) {
	for wire, want := range map[string]string{
		"id":                     "ID",
		"receipt_url":            "ReceiptURL",
		"customer_account":       "CustomerAccount",
		"refund_application_fee": "RefundApplicationFee",
		"client_ip":              "ClientIP",
		"ssn_last_4":             "SSNLast4",
		"tos_shown_and_accepted": "TOSShownAndAccepted",
		"us_cfpb_data":           "USCfpbData",
	} {
		assert.Equal(t, want, goName(wire), wire)
	}
}

// TestModelCollectionsComeFromTheSchema checks a list of objects and a
// map of them, each of a schema the file models, and that the file must
// model that schema.
func TestModelCollectionsComeFromTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := resourceModels(t, "price")
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	fields := map[string]string{}
	for _, f := range mf.Types[0].fields {
		fields[f.name] = f.typ
	}
	assert.Equal(t, "[]*PriceTier", fields["Tiers"])
	assert.Equal(t, "map[string]*PriceCurrencyOptions", fields["CurrencyOptions"])

	for schema, want := range map[string]string{
		"price_tier":      "price.tiers: it refers to price_tier, which the file does not model",
		"currency_option": "price.currency_options: it refers to currency_option, which the file does not model",
	} {
		c, mf := resourceModels(t, "price")
		mf.Types = slices.DeleteFunc(mf.Types, func(m *modelConfig) bool { return m.Schema == schema })
		err := resolveModels(c.Models, s, c.Enums)
		require.Error(t, err, schema)
		assert.Contains(t, err.Error(), want)
	}
}

// TestPathParamsAreNeverSent checks the field of a path placeholder, a
// pointer never encoded, and a list of object parameters typed by the
// struct of its items.
func TestPathParamsAreNeverSent(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := resourceModels(t, "source")
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	detach := paramsNamed(t, mf, "SourceObjectDetachParams").fields
	require.Len(t, detach, 1)
	assert.Equal(t, goField{wire: "customer", name: "Customer", typ: "*string", tag: `form:"-"`, doc: "Customer is the ID of the customer the source is attached to."}, detach[0])
	for _, f := range paramsNamed(t, mf, "SourceOrderParams").fields {
		if f.name == "Items" {
			assert.Equal(t, "[]*SourceOrderItemParams", f.typ)
		}
	}
}

// TestModelListsOfStringsComeFromTheSchema checks a list of strings: typed
// by the enum whose in is the list, or []string when no enum names it.
func TestModelListsOfStringsComeFromTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := resourceModels(t, "card")
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	fields := map[string]string{}
	for _, f := range mf.Types[0].fields {
		fields[f.name] = f.typ
	}
	assert.Equal(t, "[]CardAvailablePayoutMethod", fields["AvailablePayoutMethods"])

	for _, ef := range c.Enums {
		ef.Types = slices.DeleteFunc(ef.Types, func(e *enumConfig) bool { return e.In == "card.available_payout_methods" })
	}
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	for _, f := range mf.Types[0].fields {
		if f.name == "AvailablePayoutMethods" {
			assert.Equal(t, "[]string", f.typ)
		}
	}
}

// TestWriteStructSpacing checks the blank lines of a generated struct: one
// after the embedded fields and before each documented field but the
// first, so that a struct with no embedded field opens on its first field.
func TestWriteStructSpacing(t *testing.T) {
	tests := []struct {
		name   string
		embeds []string
		want   string
	}{
		{"no embedded field", nil, "type T struct {\n\t// A is a.\n\tA *string `form:\"a\"`\n\tB *string `form:\"b\"`\n\n\t// C is c.\n\tC *string `form:\"c\"`\n}\n"},
		{"an embedded field", []string{"Params"}, "type T struct {\n\tParams\n\n\t// A is a.\n\tA *string `form:\"a\"`\n\tB *string `form:\"b\"`\n\n\t// C is c.\n\tC *string `form:\"c\"`\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &goFile{}
			writeStruct(f, "T", tt.embeds, []goField{
				{name: "A", typ: "*string", tag: `form:"a"`, doc: "A is a."},
				{name: "B", typ: "*string", tag: `form:"b"`},
				{name: "C", typ: "*string", tag: `form:"c"`, doc: "C is c."},
			})
			assert.Equal(t, tt.want, f.String())
		})
	}
}

// TestExpandableJSONMethods checks the methods written for an expandable
// object: the fast kind decodes through its fields type, the plain kind
// through a local copy of the type, and only an object some endpoint
// answers with gets answerObject.
func TestExpandableJSONMethods(t *testing.T) {
	tests := []struct {
		name      string
		json      jsonConfig
		contains  []string
		notExists []string
	}{
		{"fast, answered", jsonConfig{Noun: "thing", Object: "thing", Fast: true},
			[]string{"return json.Unmarshal(data, t.objectTarget())", "type thingFields Thing", `return t.Object, "thing"`, "decoding the object only once"},
			[]string{"return json.Unmarshal(data, (*thing)(t))"}},
		{"plain, never answered", jsonConfig{Noun: "thing"},
			[]string{"return json.Unmarshal(data, (*thing)(t))", "if onlyIDSet(&t) {"},
			[]string{"objectTarget", "answerObject"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &goFile{}
			writeExpandableJSON(f, &modelConfig{Name: "Thing", JSON: &tt.json})
			for _, want := range tt.contains {
				assert.Contains(t, f.String(), want)
			}
			for _, not := range tt.notExists {
				assert.NotContains(t, f.String(), not)
			}
		})
	}
}

// TestDecodeAndEncodeHooks checks after_decode and after_encode: the
// methods call the hand-written hooks with the object's JSON, and the
// config is refused when one comes without the other, without json, or
// with fast, whose decoding skips UnmarshalJSON.
func TestDecodeAndEncodeHooks(t *testing.T) {
	f := &goFile{}
	writeExpandableJSON(f, &modelConfig{Name: "Thing", JSON: &jsonConfig{Noun: "thing"}, AfterDecode: "decodeView", AfterEncode: "encodeView"})
	for _, want := range []string{
		"if err := json.Unmarshal(data, (*thing)(t)); err != nil {",
		"return t.decodeView(data)",
		"data, err := json.Marshal(thing(t))",
		"return t.encodeView(data)",
	} {
		assert.Contains(t, f.String(), want)
	}

	withID := []goField{{name: "ID"}}
	tests := []struct {
		name    string
		m       modelConfig
		wantErr string
	}{
		{"both, with json", modelConfig{Name: "Thing", JSON: &jsonConfig{Noun: "thing"}, AfterDecode: "d", AfterEncode: "e"}, ""},
		{"decode only", modelConfig{Name: "Thing", JSON: &jsonConfig{Noun: "thing"}, AfterDecode: "d"}, "after_decode and after_encode go together"},
		{"encode only", modelConfig{Name: "Thing", JSON: &jsonConfig{Noun: "thing"}, AfterEncode: "e"}, "after_decode and after_encode go together"},
		{"without json", modelConfig{Name: "Thing", AfterDecode: "d", AfterEncode: "e"}, "after_decode needs json"},
		{"with fast", modelConfig{Name: "Thing", JSON: &jsonConfig{Noun: "thing", Fast: true}, AfterDecode: "d", AfterEncode: "e"}, "cannot go with fast"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.m.fields = withID
			err := resolveJSON(&tt.m)
			if tt.wantErr == "" {
				assert.NoError(t, err)
				return
			}
			assert.ErrorContains(t, err, tt.wantErr)
		})
	}
}

// TestParamListsOfIntegersComeFromTheSchema checks a parameter that is a
// list of integers, typed []*int64 like a list of strings is []*string.
func TestParamListsOfIntegersComeFromTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := resourceModels(t, "bankaccount")
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	fields := map[string]string{}
	for _, f := range paramsNamed(t, mf, "BankAccountVerifyParams").fields {
		fields[f.name] = f.typ + " `" + f.tag + "`"
	}
	assert.Equal(t, map[string]string{
		"Amounts":  "[]*int64 `form:\"amounts\"`",
		"Customer": "*string `form:\"-\"`",
	}, fields)
}

// TestModelMapsOfIntegersComeFromTheSchema checks a map of integers, as
// the amounts of a balance keyed by currency are.
func TestModelMapsOfIntegersComeFromTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := resourceModels(t, "customer")
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	fields := map[string]string{}
	for _, m := range mf.Types {
		for _, f := range m.fields {
			fields[m.Name+"."+f.name] = f.typ
		}
	}
	assert.Equal(t, "map[string]int64", fields["Customer.InvoiceCreditBalance"])
	assert.Equal(t, "map[string]int64", fields["CustomerCashBalance.Available"])
	assert.Equal(t, "[]string", fields["Customer.PreferredLocales"])
}

// TestRawExtraFieldsAreOmittedWhenEmpty checks that an extra field kept as
// json.RawMessage is tagged omitempty, as a raw cut is, and that other
// extra fields are not.
func TestRawExtraFieldsAreOmittedWhenEmpty(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := refundModels(t)
	mf.Types[0].Extra = append(mf.Types[0].Extra, &extraFieldConfig{JSON: "zz_raw", Name: "ZzRaw", Type: "json.RawMessage"})
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	tags := map[string]string{}
	for _, f := range mf.Types[0].fields {
		tags[f.name] = f.tag
	}
	assert.Equal(t, `json:"zz_raw,omitempty"`, tags["ZzRaw"])
	assert.Equal(t, `json:"description"`, tags["Description"])
}

// TestParamMapsOfObjectsComeFromTheSchema checks a parameter that is a map
// of objects: typed a map of pointers to the struct whose from names the
// map, whose fields are the properties of the map's values; without such
// a struct the generator asks for one.
func TestParamMapsOfObjectsComeFromTheSchema(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	const options = "CheckoutSessionShippingOptionShippingRateDataFixedAmountCurrencyOptionsParams"
	c, mf := resourceModels(t, "checkout_session_params")
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	fields := map[string]string{}
	for _, name := range []string{"CheckoutSessionShippingOptionShippingRateDataFixedAmountParams", options} {
		for _, f := range paramsNamed(t, mf, name).fields {
			fields[name+"."+f.name] = f.typ + " `" + f.tag + "`"
		}
	}
	assert.Equal(t, "map[string]*"+options+" `form:\"currency_options\"`", fields["CheckoutSessionShippingOptionShippingRateDataFixedAmountParams.CurrencyOptions"])
	assert.Equal(t, "*int64 `form:\"amount\"`", fields[options+".Amount"])

	c, mf = resourceModels(t, "checkout_session_params")
	mf.Params = slices.DeleteFunc(mf.Params, func(p *paramsConfig) bool { return p.Name == options })
	err = resolveModels(c.Models, s, c.Enums)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `currency_options: it is a map of objects: give its type, or name "POST /v1/checkout/sessions: shipping_options.shipping_rate_data.fixed_amount.currency_options" in the from of a params struct of the file`)
}

// TestEmptyObjectParamsGetAStruct checks that an object parameter without
// properties still gets its struct, with no fields, while a parameter that
// is no object cannot be a from.
func TestEmptyObjectParamsGetAStruct(t *testing.T) {
	s, err := loadEnumSchema(schemaPath)
	require.NoError(t, err)
	c, mf := resourceModels(t, "checkout_session_params")
	require.NoError(t, resolveModels(c.Models, s, c.Enums))
	assert.Empty(t, paramsNamed(t, mf, "CheckoutSessionPaymentMethodOptionsPayByBankParams").fields)
	for _, f := range paramsNamed(t, mf, "CheckoutSessionPaymentMethodOptionsParams").fields {
		if f.name == "PayByBank" {
			assert.Equal(t, "*CheckoutSessionPaymentMethodOptionsPayByBankParams", f.typ)
		}
	}

	p := paramsNamed(t, mf, "CheckoutSessionPaymentMethodOptionsPayByBankParams")
	p.From = append(p.From, "POST /v1/checkout/sessions: payment_method_options.card.capture_method")
	err = resolveModels(c.Models, s, c.Enums)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the parameter payment_method_options.card.capture_method of POST /v1/checkout/sessions is not an object")
}
