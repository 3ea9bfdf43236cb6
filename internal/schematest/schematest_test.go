package schematest

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = "# title\n\n### POST /v1/things  (create)\n\n- amount: integer\n- card: object\n  - number: string REQUIRED\n  - network_token: object\n    - number: string\n- status: string {,a,b}\n\n### object `thing`\n\n- customer: string | →customer | →deleted_customer nullable EXPANDABLE(customer)\n- fees: [→fee]\n"

func TestParse(t *testing.T) {
	s, err := Parse([]byte(sample))
	require.NoError(t, err)
	params := s.Endpoints["POST /v1/things"]
	require.Len(t, params, 3)
	assert.Equal(t, "card", params[1].Name)
	require.Len(t, params[1].Fields, 2)
	assert.Equal(t, "number", params[1].Fields[1].Fields[0].Name)
	assert.Equal(t, []string{"a", "b"}, params[2].Enum())
	assert.Nil(t, params[0].Enum())

	obj := s.Objects["thing"]
	require.Len(t, obj, 2)
	assert.Equal(t, []string{"customer", "deleted_customer"}, obj[0].Refs())
	assert.Equal(t, []string{"fee"}, obj[1].Refs())

	_, err = Parse([]byte("### object `x`\n\n    - too: deep\n"))
	assert.ErrorContains(t, err, "nested too deep")
}

type base struct {
	Expand []*string         `form:"expand"`
	Meta   map[string]string `form:"metadata"`
	Key    *string           `form:"-"`
}

type card struct {
	Number *string `form:"number"`
}

type things struct {
	base   `form:"*"`
	Amount *int64  `form:"amount"`
	Card   *card   `form:"card"`
	Status *string `form:"status"`
}

func TestFormFields(t *testing.T) {
	got := FormFields(reflect.TypeOf(things{}))
	assert.ElementsMatch(t, []string{"expand", "metadata", "amount", "card", "status"}, sortedKeys(got))
	assert.Equal(t, map[string]bool{"amount": true, "card": true, "status": true}, ownFormFields(reflect.TypeOf(&things{})))
}

// recorder collects the failures a check reports.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, format)
}

func TestCheckParamsReportsBothDirections(t *testing.T) {
	s, err := Parse([]byte(sample))
	require.NoError(t, err)
	r := &recorder{TB: t}
	CheckParams(r, s, reflect.TypeOf(things{}), "POST /v1/things")
	// card.network_token is missing; expand and metadata come from the
	// embedded base and are not claimed by things itself.
	require.Len(t, r.errs, 1)
	assert.Contains(t, r.errs[0], "no form field")
}

// TestTheCopyMatchesTheSharedReference fails when the reference schema
// beside the repository (../shared/reference, where the project keeps it)
// changed and the copy in internal/schema was not refreshed. On a checkout without it
// there is nothing to compare.
func TestTheCopyMatchesTheSharedReference(t *testing.T) {
	shared := filepath.Join(moduleRoot(t), "..", "shared", "reference", "payske-api-schema.md")
	want, err := os.ReadFile(shared)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared reference beside the repository")
	}
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(moduleRoot(t), "internal", "schema", "payske-api-schema.md"))
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, got), "internal/schema/payske-api-schema.md differs from %s: copy it again", shared)
}

func TestCheckParamsWithAllowsTheListedExceptionsOnly(t *testing.T) {
	s, err := Parse([]byte(sample))
	require.NoError(t, err)
	type narrow struct {
		Amount *int64   `form:"amount"`
		Card   *card    `form:"card"`
		Extra  *string  `form:"surplus"`
		Status *string  `form:"status"`
		Other  []string `form:"other"`
	}
	r := &recorder{TB: t}
	CheckParamsWith(r, s, reflect.TypeOf(narrow{}), ParamsOptions{
		Extra: map[string][]string{"narrow": {"surplus"}},
		Skip:  map[string][]string{"narrow.card": {"network_token"}},
	}, "POST /v1/things")
	// surplus and card.network_token are excused; other is not.
	require.Len(t, r.errs, 1)
	assert.Contains(t, r.errs[0], "is not a parameter")

	r = &recorder{TB: t}
	CheckParamsWith(r, s, reflect.TypeOf(narrow{}), ParamsOptions{}, "POST /v1/things", "GET /v1/nowhere")
	assert.Len(t, r.errs, 4, "the unknown endpoint, network_token, surplus and other")

	fields, err := s.Params("POST /v1/things")
	require.NoError(t, err)
	assert.Len(t, fields, 3)
	_, err = s.Params("GET /v1/nowhere")
	assert.ErrorContains(t, err, `no endpoint "GET /v1/nowhere"`)
}
