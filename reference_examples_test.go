package payske

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/internal/jsontest"
)

// referencePath is the copy of the API reference the tests read; the
// project keeps the original beside the repository, in
// ../shared/reference.
var referencePath = filepath.Join("testdata", "reference", "payske-api-reference.txt")

// fixturesDir holds the reference's JSON examples, one file each, as the
// exported fixtures of package paysketest/fixtures: the tests decode the
// same bytes users answer their mocks with.
var fixturesDir = filepath.Join("paysketest", "fixtures")

// referenceExample is one JSON answer or object shown in the reference.
type referenceExample struct {
	line int    // where its heading is, 1-based
	head string // "Response" or "The charge object"
	raw  json.RawMessage
}

var (
	objectHeading = regexp.MustCompile(`^The .+ object$`)
	// A list example elides its further elements as {...}.
	elidedElement = regexp.MustCompile(`,\s*\{\.\.\.\}`)
)

// referenceExamples returns every JSON example of the reference text: the
// value after each "Response" line and each "The X object" heading.
func referenceExamples(t testing.TB, text string) []referenceExample {
	t.Helper()
	// Cutting the elisions keeps their line breaks, so that line numbers
	// stay those of the reference.
	text = elidedElement.ReplaceAllStringFunc(text, func(m string) string {
		return strings.Repeat("\n", strings.Count(m, "\n"))
	})
	lines := strings.SplitAfter(text, "\n")
	var out []referenceExample
	offset := 0
	starts := make([]int, len(lines))
	for i, l := range lines {
		starts[i] = offset
		offset += len(l)
	}
	for i, l := range lines {
		head := strings.TrimSpace(l)
		if head != "Response" && !objectHeading.MatchString(head) {
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j == len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[j]), "{") {
			continue
		}
		var raw json.RawMessage
		dec := json.NewDecoder(strings.NewReader(text[starts[j]:]))
		require.NoError(t, dec.Decode(&raw), "the example after line %d (%s) is JSON", i+1, head)
		out = append(out, referenceExample{line: i + 1, head: head, raw: raw})
	}
	return out
}

// referenceTarget returns a new value of the SDK type an example decodes
// into, chosen by its object (a list by the object of its elements).
func referenceTarget(t *testing.T, raw json.RawMessage) any {
	t.Helper()
	var probe struct {
		Object string `json:"object"`
	}
	require.NoError(t, json.Unmarshal(raw, &probe))
	objects := map[string]func() any{
		"charge":           func() any { return &Charge{} },
		"customer":         func() any { return &Customer{} },
		"refund":           func() any { return &Refund{} },
		"token":            func() any { return &Token{} },
		"source":           func() any { return &Source{} },
		"card":             func() any { return &Card{} },
		"bank_account":     func() any { return &BankAccount{} },
		"checkout.session": func() any { return &CheckoutSession{} },
		"event":            func() any { return &Event{} },
	}
	lists := map[string]func() any{
		"charge":           func() any { return &ChargeList{} },
		"customer":         func() any { return &CustomerList{} },
		"refund":           func() any { return &RefundList{} },
		"card":             func() any { return &CardList{} },
		"bank_account":     func() any { return &BankAccountList{} },
		"checkout.session": func() any { return &CheckoutSessionList{} },
		"item":             func() any { return &LineItemList{} },
		"event":            func() any { return &EventList{} },
	}
	if probe.Object != "list" {
		newTarget, ok := objects[probe.Object]
		require.True(t, ok, "no SDK type for object %q", probe.Object)
		return newTarget()
	}
	var list struct {
		Data []struct {
			Object string `json:"object"`
		} `json:"data"`
	}
	require.NoError(t, json.Unmarshal(raw, &list))
	require.NotEmpty(t, list.Data, "a list example shows an element")
	newTarget, ok := lists[list.Data[0].Object]
	require.True(t, ok, "no SDK list type for object %q", list.Data[0].Object)
	return newTarget()
}

// TestEveryReferenceExampleDecodesStrictly decodes every JSON example of
// the reference into its SDK type with unknown fields refused, and checks
// that encoding it again keeps every key and value (jsontest.RoundTrip).
func TestEveryReferenceExampleDecodesStrictly(t *testing.T) {
	text, err := os.ReadFile(referencePath)
	require.NoError(t, err)
	examples := referenceExamples(t, string(text))
	// The reference shows 46 examples; fewer means the extraction broke.
	require.Len(t, examples, 46)
	for _, ex := range examples {
		t.Run(strings.ReplaceAll(ex.head, " ", "_")+"_line_"+strconv.Itoa(ex.line), func(t *testing.T) {
			jsontest.RoundTrip(t, ex.raw, referenceTarget(t, ex.raw))
		})
	}
}

func TestReferenceExamplesAreFoundThroughElisions(t *testing.T) {
	text := "intro\nThe thing object\n\n  {\"object\": \"charge\", \"id\": \"ch_1\"}\nResponse\n\n{\"object\":\"list\",\"data\":[{\"object\":\"refund\"},\n  {...},\n  {...}\n]}Response\n\nnot json\n"
	examples := referenceExamples(t, text)
	require.Len(t, examples, 2)
	assert.Equal(t, 2, examples[0].line)
	assert.JSONEq(t, `{"object":"charge","id":"ch_1"}`, string(examples[0].raw))
	assert.Equal(t, 5, examples[1].line)
	assert.Equal(t, "Response", examples[1].head)
	assert.JSONEq(t, `{"object":"list","data":[{"object":"refund"}]}`, string(examples[1].raw))
	assert.IsType(t, &RefundList{}, referenceTarget(t, examples[1].raw))
}

// TestTheReferenceCopyMatchesTheSharedReference fails when the reference
// beside the repository changed and the copy in testdata was not
// refreshed. On a checkout without it there is nothing to compare.
func TestTheReferenceCopyMatchesTheSharedReference(t *testing.T) {
	shared := filepath.Join("..", "shared", "reference", "payske-api-reference.txt")
	want, err := os.ReadFile(shared)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared reference beside the repository")
	}
	require.NoError(t, err)
	got, err := os.ReadFile(referencePath)
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, got), "%s differs from %s: copy it again", referencePath, shared)
}
