package payske_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goSnippetEnd matches the first line after a Go snippet of the reference:
// the next language's setup, or the text that follows the examples.
var goSnippetEnd = regexp.MustCompile(`^(PayskeConfiguration|Payske\.apiKey|var |import |const |\$payske|payske\.api_key|Response|Map<|require|Payske::|curl|Returns|Parameters|\{$|\[$|[A-Z][a-z]+ [a-z])`)

// referenceGoSnippet is one Go example of the reference.
type referenceGoSnippet struct {
	line  int
	lines []string
}

// referenceGoSnippets returns the Go examples of the reference text: each
// starts at `payske.Key = ...` and runs to the next language's example,
// and the error-handling example runs from its "// Go library call"
// placeholder (left out: the tests put a real call there) to its closing
// brace.
func referenceGoSnippets(text string) []referenceGoSnippet {
	lines := strings.Split(text, "\n")
	var out []referenceGoSnippet
	for i := 0; i < len(lines); i++ {
		if lines[i] == "_, err := // Go library call" {
			s := referenceGoSnippet{line: i + 1}
			for j := i + 1; j < len(lines); j++ {
				s.lines = append(s.lines, lines[j])
				if lines[j] == "}" {
					break
				}
			}
			out = append(out, s)
			continue
		}
		at := strings.Index(lines[i], "payske.Key = ")
		if at < 0 {
			continue
		}
		s := referenceGoSnippet{line: i + 1, lines: []string{lines[i][at:]}}
		j := i + 1
		for ; j < len(lines) && !goSnippetEnd.MatchString(lines[j]); j++ {
			// Two snippets run together on one line: the first ends where
			// the second's payske.Key begins.
			if k := strings.Index(lines[j], "payske.Key = "); k >= 0 {
				if k > 0 {
					s.lines = append(s.lines, lines[j][:k])
				}
				break
			}
			s.lines = append(s.lines, lines[j])
		}
		out = append(out, s)
		i = j - 1
	}
	return out
}

// TestEveryReferenceGoSnippetIsRunVerbatim checks that every Go example of
// the reference appears, line for line (spacing aside) and in order, inside
// one test function of a reference_snippets_test.go file, where it runs
// against httpmock answers. A snippet the reference gains, or one edited in
// a test, fails here.
func TestEveryReferenceGoSnippetIsRunVerbatim(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "reference", "payske-api-reference.txt"))
	require.NoError(t, err)
	files, err := filepath.Glob(filepath.Join("*", "reference_snippets_test.go"))
	require.NoError(t, err)
	more, err := filepath.Glob(filepath.Join("*", "*", "reference_snippets_test.go"))
	require.NoError(t, err)
	files = append(files, more...)
	require.GreaterOrEqual(t, len(files), 10, "one file per resource package")

	var funcs [][]string
	for _, name := range files {
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		for _, f := range strings.Split(string(src), "\nfunc ") {
			funcs = append(funcs, normalizedLines(f))
		}
	}

	snippets := referenceGoSnippets(string(text))
	// 38 examples start with payske.Key (two of them share a line), and
	// one handles errors; fewer means the extraction broke.
	require.Len(t, snippets, 39)
	for _, s := range snippets {
		want := normalizedLines(strings.Join(s.lines, "\n"))
		require.NotEmpty(t, want)
		found := false
		for _, f := range funcs {
			if isSubsequence(want, f) {
				found = true
				break
			}
		}
		assert.True(t, found, "the reference's Go example at line %d is not run verbatim by any reference_snippets_test.go:\n%s",
			s.line, strings.Join(s.lines, "\n"))
	}
}

func TestReferenceGoSnippetsAreCutAtTheNextLanguage(t *testing.T) {
	text := strings.Join([]string{
		"payske.api_key = \"sk\"",
		"payske.Key = \"sk_test\"",
		"",
		"c, _ := charge.Get(",
		"  \"ch_1\",",
		")",
		"PayskeConfiguration.ApiKey = \"sk\";",
		"payske.Key = \"a\"",
		"x := 1payske.Key = \"b\"",
		"y := 2",
		"Response",
		"_, err := // Go library call",
		"if err != nil {",
		"  return",
		"}",
		"try {",
	}, "\n")
	got := referenceGoSnippets(text)
	require.Len(t, got, 4)
	assert.Equal(t, referenceGoSnippet{2, []string{`payske.Key = "sk_test"`, "", "c, _ := charge.Get(", `  "ch_1",`, ")"}}, got[0])
	assert.Equal(t, referenceGoSnippet{8, []string{`payske.Key = "a"`, "x := 1"}}, got[1])
	assert.Equal(t, referenceGoSnippet{9, []string{`payske.Key = "b"`, "y := 2"}}, got[2])
	assert.Equal(t, referenceGoSnippet{12, []string{"if err != nil {", "  return", "}"}}, got[3])
}
