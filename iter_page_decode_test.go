package payske

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// perObjectPage is a page as iterators decoded it before the generated
// decoders:
// every object through its type's UnmarshalJSON. The tests decode each
// page this way too, and the two must agree.
type perObjectPage[T any] struct {
	ListMeta
	Data []*T `json:"data"`
}

// pageDecoding is the outcome of decoding one answer both ways.
type pageDecoding struct {
	bothDecoded bool // both decoded, to equal values
	objectless  bool // only the per-object page decoded: an element is no object
}

// decodePageBothWays decodes raw as an answer to a list of T through the
// per-object page and through the Page the iterators decode, and checks that both give
// the same page or both fail. The one difference allowed: an element that
// is no object (a bare ID) fails the Page, since a list holds
// objects only, where the per-object page took it.
func decodePageBothWays[T any](t *testing.T, raw []byte) pageDecoding {
	t.Helper()
	old := &perObjectPage[T]{}
	oldErr := decodeAnswer(&APIResponse{StatusCode: http.StatusOK, RawJSON: raw}, old)
	target := &Page[T]{}
	newErr := decodeAnswer(&APIResponse{StatusCode: http.StatusOK, RawJSON: raw}, target)
	switch {
	case oldErr == nil && newErr == nil:
		got := target
		require.NotNil(t, got.LastResponse)
		got.LastResponse, old.LastResponse = nil, nil
		want := &Page[T]{ListMeta: old.ListMeta, Data: old.Data}
		if !assert.Equal(t, want, got) {
			t.Fatalf("the Page decoded %s otherwise", raw)
		}
		return pageDecoding{bothDecoded: true}
	case oldErr == nil:
		require.True(t, holdsNonObject(raw), "only the Page failed (%v) on %s", newErr, raw)
		return pageDecoding{objectless: true}
	default:
		require.Error(t, newErr, "only the per-object page failed (%v) on %s", oldErr, raw)
		return pageDecoding{}
	}
}

// holdsNonObject reports whether raw's data holds an element that is
// neither an object nor null.
func holdsNonObject(raw []byte) bool {
	var page struct {
		Data []json.RawMessage `json:"data"`
	}
	if json.Unmarshal(raw, &page) != nil {
		return false
	}
	for _, e := range page.Data {
		if k := jsonKind(e); k != "object" && k != "null" {
			return true
		}
	}
	return false
}

// pageDecoders decode a page both ways for every listed type.
var pageDecoders = map[string]func(*testing.T, []byte) pageDecoding{
	"BankAccount":     decodePageBothWays[BankAccount],
	"Card":            decodePageBothWays[Card],
	"Charge":          decodePageBothWays[Charge],
	"CheckoutSession": decodePageBothWays[CheckoutSession],
	"Customer":        decodePageBothWays[Customer],
	"Event":           decodePageBothWays[Event],
	"LineItem":        decodePageBothWays[LineItem],
	"PaymentSource":   decodePageBothWays[PaymentSource],
	"Refund":          decodePageBothWays[Refund],
}

// asPages returns the pages to decode for one JSON document: a list as
// it is, any other value as the object of a page, twice (each object of a
// page decodes anew).
func asPages(doc []byte) [][]byte {
	doc = bytes.TrimSpace(doc)
	if !json.Valid(doc) {
		return [][]byte{doc}
	}
	var head struct {
		Object string `json:"object"`
	}
	if jsonKind(doc) == "object" && json.Unmarshal(doc, &head) == nil && head.Object == "list" {
		return [][]byte{doc}
	}
	page := fmt.Sprintf(`{"object":"list","url":"/v1/things","has_more":false,"data":[%s,%s]}`, doc, doc)
	return [][]byte{[]byte(page)}
}

// decodingSources returns the JSON documents the decoding tests decode, by
// where they come from: every fixture, every example of the reference and
// every committed fuzz input.
func decodingSources(t testing.TB) map[string][][]byte {
	t.Helper()
	sources := map[string][][]byte{}
	err := filepath.WalkDir(fixturesDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".json" {
			return err
		}
		data, err := os.ReadFile(path)
		sources["fixtures"] = append(sources["fixtures"], data)
		return err
	})
	require.NoError(t, err)
	text, err := os.ReadFile(referencePath)
	require.NoError(t, err)
	for _, ex := range referenceExamples(t, string(text)) {
		sources["reference"] = append(sources["reference"], ex.raw)
	}
	sources["fuzz corpora"] = fuzzCorpusInputs(t)
	return sources
}

// fuzzCorpusInputs returns the []byte and string arguments of every input
// committed under testdata/fuzz, split at newlines too (FuzzListPages
// holds one page a line).
func fuzzCorpusInputs(t testing.TB) [][]byte {
	t.Helper()
	var out [][]byte
	err := filepath.WalkDir(filepath.Join("testdata", "fuzz"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(data), "\n") {
			var arg string
			switch {
			case strings.HasPrefix(line, "[]byte(") && strings.HasSuffix(line, ")"):
				arg = line[len("[]byte(") : len(line)-1]
			case strings.HasPrefix(line, "string(") && strings.HasSuffix(line, ")"):
				arg = line[len("string(") : len(line)-1]
			default:
				continue
			}
			s, err := strconv.Unquote(arg)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			out = append(out, []byte(s))
			if strings.Contains(s, "\n") {
				for _, part := range strings.Split(s, "\n") {
					out = append(out, []byte(part))
				}
			}
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// TestPagesDecodeAsPerObjectPages decodes every fixture, every
// example of the reference and every committed fuzz input, as a page of
// each listed type, through the Page and through the per-object
// page, and requires the same page.
func TestPagesDecodeAsPerObjectPages(t *testing.T) {
	sources := decodingSources(t)
	if raceEnabled {
		// As in TestTextDecodersDecodeAsEncodingJSON.
		delete(sources, "fuzz corpora")
	}

	for name, docs := range sources {
		require.NotEmpty(t, docs, name)
		t.Run(name, func(t *testing.T) {
			decoded := map[string]int{}
			for _, doc := range docs {
				for _, page := range asPages(doc) {
					for typ, decode := range pageDecoders {
						if decode(t, page).bothDecoded {
							decoded[typ]++
						}
					}
				}
			}
			// Every type must have decoded pages, or the test compared
			// nothing for it.
			for typ := range pageDecoders {
				assert.Positive(t, decoded[typ], "no page of %s decoded from the %s", typ, name)
			}
		})
	}
}

// TestIterRefusesAPageHoldingNull walks a page holding null, of an
// expandable type (charges, whose page objects decode their fields alone)
// and of another (events): the walk stops with an error before yielding
// anything of the page.
func TestIterRefusesAPageHoldingNull(t *testing.T) {
	const page = `{"object":"list","url":"/v1/x","has_more":false,"data":[{"id":"x_1"},null]}`
	check := func(t *testing.T, next func() bool, err func() error) {
		t.Helper()
		require.False(t, next())
		require.EqualError(t, err(), "payske: list /v1/x answered a page holding null")
	}
	t.Run("expandable", func(t *testing.T) {
		srv := &pageServer{t: t, pages: [][]byte{[]byte(page)}, received: map[*Charge]bool{}}
		it := NewIter(srv, "/v1/x", nil, testKey, nil, func(c *Charge) string { return c.ID })
		check(t, it.Next, it.Err)
	})
	t.Run("other", func(t *testing.T) {
		it := NewIter(&rawPageBackend{body: page}, "/v1/x", nil, testKey, nil, func(e *Event) string { return e.ID })
		check(t, it.Next, it.Err)
	})
}

// rawPageBackend answers every request with body.
type rawPageBackend struct{ body string }

func (b *rawPageBackend) Call(string, string, string, ParamsContainer, LastResponseSetter) error {
	return errors.New("rawPageBackend serves lists only")
}

func (b *rawPageBackend) Do(_ *Request, v LastResponseSetter) error {
	return decodeAnswer(&APIResponse{StatusCode: http.StatusOK, RawJSON: []byte(b.body)}, v)
}
