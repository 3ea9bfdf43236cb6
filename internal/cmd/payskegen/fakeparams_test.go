package main

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeParamSchema decodes one schema node written in JSON.
func decodeParamSchema(t *testing.T, src string) *paramSchema {
	t.Helper()
	var s paramSchema
	require.NoError(t, json.Unmarshal([]byte(src), &s), src)
	return &s
}

// TestSpecOfReadsEveryShapeOfParameter reads each shape a request
// parameter takes in the schema into what the fake accepts.
func TestSpecOfReadsEveryShapeOfParameter(t *testing.T) {
	tests := []struct {
		name   string
		schema string
		want   *paramSpec
	}{
		{"string", `{"type": "string", "maxLength": 5000}`, &paramSpec{Name: "p", Kind: kindString}},
		{"currency", `{"type": "string", "format": "currency"}`, &paramSpec{Name: "p", Kind: kindString}},
		{"integer", `{"type": "integer"}`, &paramSpec{Name: "p", Kind: kindInteger}},
		{"number", `{"type": "number"}`, &paramSpec{Name: "p", Kind: kindNumber}},
		{"boolean", `{"type": "boolean"}`, &paramSpec{Name: "p", Kind: kindBoolean}},
		{"enum", `{"type": "string", "enum": ["a", "b"]}`, &paramSpec{Name: "p", Kind: kindString, Enum: []string{"a", "b"}}},
		{"enum with the empty value", `{"type": "string", "enum": ["", "fraudulent"]}`,
			&paramSpec{Name: "p", Kind: kindString, Enum: []string{"", "fraudulent"}}},
		{"map", `{"type": "object", "additionalProperties": {"type": "string"}}`, &paramSpec{Name: "p", Kind: kindMap}},
		{"map that may be unset", `{"anyOf": [{"type": "object", "additionalProperties": {"type": "string"}}, {"type": "string", "enum": [""]}]}`,
			&paramSpec{Name: "p", Kind: kindMap, Unsettable: true}},
		{"string that may be unset", `{"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]}`,
			&paramSpec{Name: "p", Kind: kindString, Unsettable: true}},
		{"list", `{"type": "array", "items": {"type": "string", "enum": ["x", "y"]}}`,
			&paramSpec{Name: "p", Kind: kindList, Elem: &paramSpec{Name: "p", Kind: kindString, Enum: []string{"x", "y"}}}},
		{"list of elements that may be unset", `{"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]}}`,
			&paramSpec{Name: "p", Kind: kindList, Elem: &paramSpec{Name: "p", Kind: kindString, Unsettable: true}}},
		{"list of objects that may be unset", `{"anyOf": [{"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}}, {"type": "string", "enum": [""]}]}`,
			&paramSpec{Name: "p", Kind: kindList, Unsettable: true, Elem: &paramSpec{Name: "p", Kind: kindObject,
				Children: map[string]*paramSpec{"name": {Name: "name", Kind: kindString, Required: true}}}}},
		{"object", `{"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "object", "properties": {"c": {"type": "string"}}}}, "required": ["b"]}`,
			&paramSpec{Name: "p", Kind: kindObject, Children: map[string]*paramSpec{
				"a": {Name: "a", Kind: kindInteger},
				"b": {Name: "b", Kind: kindObject, Required: true, Children: map[string]*paramSpec{"c": {Name: "c", Kind: kindString}}},
			}}},
		{"object without properties", `{"type": "object", "properties": {}}`,
			&paramSpec{Name: "p", Kind: kindObject, Children: map[string]*paramSpec{}}},
		{"object that may be unset", `{"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "string", "enum": [""]}]}`,
			&paramSpec{Name: "p", Kind: kindObject, Unsettable: true, Children: map[string]*paramSpec{"a": {Name: "a", Kind: kindString}}}},
		{"object or integer", `{"anyOf": [{"type": "object", "properties": {"gte": {"type": "integer"}}}, {"type": "integer"}]}`,
			&paramSpec{Name: "p", Kind: kindObject, OrInteger: true, Children: map[string]*paramSpec{"gte": {Name: "gte", Kind: kindInteger}}}},
		{"object or its plain string form", `{"anyOf": [{"type": "object", "properties": {"number": {"type": "string"}}}, {"type": "string"}]}`,
			&paramSpec{Name: "p", Kind: kindObject, Children: map[string]*paramSpec{"number": {Name: "number", Kind: kindString}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := specOf("p", decodeParamSchema(t, tt.schema))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestSpecOfRefusesWhatTheFakeCannotCheck checks that a shape the fake's
// validation has no way to express stops the generator instead of being
// dropped.
func TestSpecOfRefusesWhatTheFakeCannotCheck(t *testing.T) {
	tests := []struct {
		name, schema, err string
	}{
		{"unknown type", `{"type": "file"}`, `p has the type "file"`},
		{"no type", `{}`, `p has the type ""`},
		{"reference", `{"$ref": "#/components/schemas/charge"}`, `a $ref, oneOf or allOf`},
		{"oneOf", `{"oneOf": [{"type": "string"}]}`, `a $ref, oneOf or allOf`},
		{"string or integer", `{"anyOf": [{"type": "string"}, {"type": "integer"}]}`, `an anyOf of a string and an integer`},
		{"object or boolean", `{"anyOf": [{"type": "object"}, {"type": "boolean"}]}`, `an anyOf of an object and a boolean`},
		{"only the empty string", `{"anyOf": [{"type": "string", "enum": [""]}]}`, `an anyOf of nothing but the empty string`},
		{"enum of numbers", `{"type": "string", "enum": [1]}`, `the enum value 1 is not a string`},
		{"required but absent", `{"type": "object", "properties": {}, "required": ["x"]}`, `p requires x, which it does not have`},
		{"list without items", `{"type": "array"}`, `p has no schema`},
		{"nested error names its parent", `{"type": "object", "properties": {"c": {"type": "file"}}}`, `p: c has the type "file"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := specOf("p", decodeParamSchema(t, tt.schema))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// TestEndpointSpecsJoinQueryAndBody reads an operation's query parameters
// (their own required flag included) and form body as one object, leaves
// the path parameters out, and refuses a name that is both.
func TestEndpointSpecsJoinQueryAndBody(t *testing.T) {
	op := func(src string) *paramsView {
		var v paramsView
		require.NoError(t, json.Unmarshal([]byte(`{"paths": {"/v1/things/{thing}": {"parameters": [], "post": `+src+`}}}`), &v))
		return &v
	}
	specs, err := op(`{
		"parameters": [
			{"in": "path", "name": "thing", "required": true, "schema": {"type": "string"}},
			{"in": "query", "name": "q", "required": true, "schema": {"type": "integer"}}
		],
		"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
			"type": "object", "properties": {"b": {"type": "string"}}, "required": ["b"]}}}}
	}`).endpointSpecs()
	require.NoError(t, err)
	require.Len(t, specs, 1)
	assert.Equal(t, "POST /v1/things/{thing}", specs[0].op)
	assert.Equal(t, &paramSpec{Kind: kindObject, Children: map[string]*paramSpec{
		"q": {Name: "q", Kind: kindInteger, Required: true},
		"b": {Name: "b", Kind: kindString, Required: true},
	}}, specs[0].root)

	_, err = op(`{
		"parameters": [{"in": "query", "name": "b", "schema": {"type": "string"}}],
		"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"b": {"type": "string"}}}}}}
	}`).endpointSpecs()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the parameters of POST /v1/things/{thing}: b is both a query parameter and a body property")

	_, err = op(`{"parameters": [{"in": "header", "name": "h", "schema": {"type": "string"}}]}`).endpointSpecs()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the parameter h is in header")

	_, err = op(`{"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}`).endpointSpecs()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the body is application/json")
}

// TestExpandableFieldsAreThePropertiesWithExpansionResources checks that
// a field is expandable when the schema names the objects it expands to,
// not when it is merely a nested object (x-expandableFields lists those
// too), and that objects without any are left out.
func TestExpandableFieldsAreThePropertiesWithExpansionResources(t *testing.T) {
	var v paramsView
	require.NoError(t, json.Unmarshal([]byte(`{"components": {"schemas": {
		"charge": {"x-expandableFields": ["customer", "outcome"], "properties": {
			"customer": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/customer"}], "x-expansionResources": {"oneOf": [{"$ref": "#/components/schemas/customer"}]}},
			"outcome": {"anyOf": [{"$ref": "#/components/schemas/charge_outcome"}]},
			"description": {"type": "string"}
		}},
		"address": {"properties": {"city": {"type": "string"}}},
		"balance_transaction": {"properties": {"source": {"x-expansionResources": {"oneOf": []}}}}
	}}}`), &v))
	assert.Equal(t, []expandableObject{
		{object: "balance_transaction", fields: []string{"source"}},
		{object: "charge", fields: []string{"customer"}},
	}, v.expandableFields())
}

// TestTheRepositorySchemaGivesTheFakeItsRules checks the rules the fake
// relies on against the repository's schema: created on a list is a range
// or an exact time, metadata may be unset, the customer of a charge can be
// expanded.
func TestTheRepositorySchemaGivesTheFakeItsRules(t *testing.T) {
	data, err := os.ReadFile(schemaPath)
	require.NoError(t, err)
	v, err := decodeParamsView(schemaPath, data)
	require.NoError(t, err)
	specs, err := v.endpointSpecs()
	require.NoError(t, err)
	byOp := map[string]*paramSpec{}
	for _, e := range specs {
		byOp[e.op] = e.root
	}
	for _, list := range []string{"GET /v1/charges", "GET /v1/customers", "GET /v1/refunds", "GET /v1/events", "GET /v1/checkout/sessions"} {
		created := byOp[list].Children["created"]
		require.NotNil(t, created, list)
		assert.True(t, created.OrInteger, list)
		assert.Equal(t, kindObject, created.Kind, list)
	}
	assert.True(t, byOp["POST /v1/charges"].Children["metadata"].Unsettable)
	assert.Contains(t, v.expandableFields(), expandableObject{object: "charge", fields: []string{
		"application", "application_fee", "balance_transaction", "customer", "failure_balance_transaction",
		"on_behalf_of", "payment_intent", "review", "source_transfer", "transfer",
	}})
}

// TestMissingParamsAreAddedOnlyWhereTheyBelong adds the parameters the
// schema lost and refuses an entry the schema no longer needs or whose
// path goes nowhere.
func TestMissingParamsAreAddedOnlyWhereTheyBelong(t *testing.T) {
	specs := func() []endpointSpec {
		return []endpointSpec{{op: "POST /v1/things", root: &paramSpec{Kind: kindObject, Children: map[string]*paramSpec{
			"name":  {Name: "name", Kind: kindString},
			"items": {Name: "items", Kind: kindList, Elem: &paramSpec{Name: "items", Kind: kindObject, Children: map[string]*paramSpec{}}},
			"data":  {Name: "data", Kind: kindObject},
		}}}}
	}
	s := specs()
	require.NoError(t, addMissingParams(s, map[string][]string{"POST /v1/things": {"description", "items[].description", "data.title"}}))
	root := s[0].root
	assert.Equal(t, &paramSpec{Name: "description", Kind: kindString}, root.Children["description"])
	assert.Equal(t, &paramSpec{Name: "description", Kind: kindString}, root.Children["items"].Elem.Children["description"])
	assert.Equal(t, &paramSpec{Name: "title", Kind: kindString}, root.Children["data"].Children["title"])

	tests := []struct {
		name    string
		missing map[string][]string
		err     string
	}{
		{"unknown operation", map[string][]string{"GET /v1/things": {"x"}}, "the schema has no operation GET /v1/things"},
		{"no longer missing", map[string][]string{"POST /v1/things": {"name"}}, "POST /v1/things name: the schema has this parameter now"},
		{"unknown parent", map[string][]string{"POST /v1/things": {"nope.description"}}, "the schema has no parameter nope here"},
		{"list without []", map[string][]string{"POST /v1/things": {"items.description"}}, "items is a list, not an object"},
		{"[] on an object", map[string][]string{"POST /v1/things": {"data[].description"}}, "data is an object, not a list"},
		{"under a string", map[string][]string{"POST /v1/things": {"name.description"}}, "name is a string, not an object"},
		{"ends with []", map[string][]string{"POST /v1/things": {"items[]"}}, "the path must end with the parameter's name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := addMissingParams(specs(), tt.missing)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// TestTheSpecLiteralIsTheFakesParamSpec writes a spec as the Go literal of
// the fake's paramSpec: only the fields that are set, children by name.
func TestTheSpecLiteralIsTheFakesParamSpec(t *testing.T) {
	spec := &paramSpec{Kind: kindObject, Children: map[string]*paramSpec{
		"tags":    {Name: "tags", Kind: kindList, Unsettable: true, Elem: &paramSpec{Name: "tags", Kind: kindString, Enum: []string{"", "a"}}},
		"created": {Name: "created", Kind: kindObject, OrInteger: true, Required: true},
	}}
	want := "{kind: kindObject, children: map[string]*paramSpec{\n" +
		`"created": {name: "created", kind: kindObject, required: true, orInteger: true},` + "\n" +
		`"tags": {name: "tags", kind: kindList, unsettable: true, elem: &paramSpec{name: "tags", kind: kindString, enum: []string{"", "a"}}},` + "\n" +
		"}}"
	assert.Equal(t, want, spec.literal(true))
}
