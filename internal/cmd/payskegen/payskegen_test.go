package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	repoRoot   = "../../.."
	schemaPath = "../../schema/payske-openapi.json"
	configPath = "config.json"
)

// TestTheSchemaCopyMatchesTheSharedReference fails when the OpenAPI schema
// beside the repository changed and the copy in internal/schema was not
// refreshed. On a checkout without it there is nothing to compare.
func TestTheSchemaCopyMatchesTheSharedReference(t *testing.T) {
	shared := filepath.Join(repoRoot, "..", "shared", "reference", "payske-openapi.json")
	want, err := os.ReadFile(shared)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared reference beside the repository")
	}
	require.NoError(t, err)
	got, err := os.ReadFile(schemaPath)
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, got), "%s differs from %s: copy it again", schemaPath, shared)
}

// TestTheGeneratedFilesAreUpToDate generates into a temporary tree and
// compares every file with the committed one, so that a config change
// without `go generate ./...` fails the tests too.
func TestTheGeneratedFilesAreUpToDate(t *testing.T) {
	out := t.TempDir()
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		require.NoError(t, err)
		return a
	}
	require.NoError(t, runFrom(out, abs(repoRoot), abs(schemaPath), abs(configPath)))
	n := 0
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(out, path)
		require.NoError(t, err)
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join(repoRoot, rel))
		require.NoError(t, err, "%s is not committed: run go generate ./...", rel)
		assert.Equal(t, string(want), string(got), "%s is stale: run go generate ./...", rel)
		assert.True(t, strings.HasPrefix(string(got), header), "%s lacks the generated-code header", rel)
		n++
		return nil
	})
	require.NoError(t, err)
	require.NotZero(t, n)
}

// TestTheConfigMustMatchTheSchema checks that an endpoint the schema does
// not have, or a path that does not fill the schema's placeholders, stops
// the generator before it writes anything.
func TestTheConfigMustMatchTheSchema(t *testing.T) {
	s, err := loadSchema(schemaPath)
	require.NoError(t, err)
	method := func(op string, path ...string) *methodConfig {
		return &methodConfig{Name: "Get", Operation: op, Params: "ChargeParams", Result: "Charge", Path: path, Doc: "d", MethodDoc: "d"}
	}
	tests := []struct {
		name   string
		method *methodConfig
		err    string
	}{
		{"unknown path", method("GET /v1/charges/{charge}/nope"), `the schema has no path /v1/charges/{charge}/nope`},
		{"unknown method", method("DELETE /v1/charges/{charge}"), `the schema has no DELETE on /v1/charges/{charge}`},
		{"not METHOD /path", method("get /v1/charges"), `is not written as "METHOD /path"`},
		{"too few path values", method("GET /v1/customers/{customer}/sources/{id}", "id"), `gives 1 values for the 2 placeholders`},
		{"two placeholders without path", method("GET /v1/customers/{customer}/sources/{id}"), `has 2 placeholders`},
		{"unknown field", method("GET /v1/customers/{customer}/sources/{id}", "params.Customer", "id"), `do not say what Customer names`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &config{Packages: []*pkgConfig{{Dir: "charge", Name: "charge", Endpoints: "charges", Methods: []*methodConfig{tt.method}}}}
			err := c.resolve(s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// TestTheRepositoryConfigResolves keeps the committed config valid.
func TestTheRepositoryConfigResolves(t *testing.T) {
	s, err := loadSchema(schemaPath)
	require.NoError(t, err)
	c, err := loadConfig(configPath)
	require.NoError(t, err)
	require.NoError(t, c.resolve(s))
}

// TestDocWrapsParagraphsAndKeepsCodeLines checks the doc comment layout:
// wrapped prose, blank comment lines between paragraphs, code kept as is.
func TestDocWrapsParagraphsAndKeepsCodeLines(t *testing.T) {
	f := &goFile{}
	f.doc(1, "Word "+strings.Repeat("abcdefghi ", 8)+"end.\n\n\tcode line {\n\t}")
	want := "\t// Word abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi\n" +
		"\t// abcdefghi abcdefghi end.\n\t//\n\t//\tcode line {\n\t//\t}\n"
	assert.Equal(t, want, f.String())
}

// TestDocWrapsListItems checks that each item of a list in a doc text
// starts its own line and wraps under its own text, as gofmt lays out
// lists, so that a generated doc comment keeps its list.
func TestDocWrapsListItems(t *testing.T) {
	f := &goFile{}
	f.doc(0, "Intro.\n\n  - First "+strings.Repeat("abcdefghi ", 8)+"end.\n  - Second.\n\nAfter.")
	want := "// Intro.\n//\n" +
		"//   - First abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi abcdefghi\n" +
		"//     abcdefghi abcdefghi end.\n" +
		"//   - Second.\n//\n// After.\n"
	assert.Equal(t, want, f.String())
}

// TestTheClientAPIFieldsAreChecked checks that a package cannot reach
// client.API without its field name and doc, or with a name that collides.
func TestTheClientAPIFieldsAreChecked(t *testing.T) {
	pkg := func(dir, name, field, doc string) *pkgConfig {
		return &pkgConfig{Dir: dir, Name: name, APIField: field, APIDoc: doc}
	}
	charges := pkg("charge", "charge", "Charges", "Charges creates charges.")
	tests := []struct {
		name string
		pkgs []*pkgConfig
		err  string
	}{
		{"no field", []*pkgConfig{pkg("charge", "charge", "", "Charges creates charges.")}, `charge: a package needs api_field`},
		{"unexported field", []*pkgConfig{pkg("charge", "charge", "charges", "charges creates charges.")}, `charge: a package needs api_field`},
		{"no doc", []*pkgConfig{pkg("charge", "charge", "Charges", "")}, `charge: a package needs api_field`},
		{"doc of another name", []*pkgConfig{pkg("charge", "charge", "Charges", "Creates charges.")}, `must start with the field's name, Charges`},
		{"same field", []*pkgConfig{charges, pkg("refund", "refund", "Charges", "Charges refunds.")}, `charge and refund both have the api_field Charges`},
		{"same package name", []*pkgConfig{charges, pkg("other/charge", "charge", "Others", "Others does.")}, `charge and other/charge share the package name charge`},
		{"root package name", []*pkgConfig{pkg("x", "payske", "X", "X does.")}, `the package name payske would collide`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := clientAPIPackages(tt.pkgs)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
	pkgs, err := clientAPIPackages([]*pkgConfig{pkg("refund", "refund", "Refunds", "Refunds x."), charges})
	require.NoError(t, err)
	assert.Equal(t, []string{"Charges", "Refunds"}, []string{pkgs[0].APIField, pkgs[1].APIField}, "fields in name order")
}

// TestTheFakeServesExactlyTheSchema checks that the fake's route table
// cannot miss an operation of the schema, nor route one the schema does
// not have: generation stops with a message that says what to do.
func TestTheFakeServesExactlyTheSchema(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *schema, fc *fakeConfig)
		err    string
	}{
		{"operation without handler", func(s *schema, _ *fakeConfig) {
			s.Paths["/v1/payouts"] = map[string]json.RawMessage{"post": json.RawMessage(`{}`)}
		}, `the schema's operation POST /v1/payouts has no handler in the fake: name its function in fake.handlers`},
		{"handler removed", func(_ *schema, fc *fakeConfig) {
			delete(fc.Handlers, "GET /v1/events")
		}, `the schema's operation GET /v1/events has no handler`},
		{"handler without operation", func(_ *schema, fc *fakeConfig) {
			fc.Handlers["GET /v1/payouts"] = "listPayouts"
		}, `handler listPayouts serves operation "GET /v1/payouts": the schema has no path /v1/payouts`},
		{"handler of a missing method", func(_ *schema, fc *fakeConfig) {
			fc.Handlers["DELETE /v1/charges/{charge}"] = "deleteCharge"
		}, `the schema has no DELETE on /v1/charges/{charge}`},
		{"handler not an identifier", func(_ *schema, fc *fakeConfig) {
			fc.Handlers["GET /v1/events"] = "list-events"
		}, `the handler "list-events" of GET /v1/events is not a Go identifier`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := loadSchema(schemaPath)
			require.NoError(t, err)
			c, err := loadConfig(configPath)
			require.NoError(t, err)
			_, err = c.Fake.routes(s)
			require.NoError(t, err, "the repository's config")
			tt.change(s, c.Fake)
			_, err = c.Fake.routes(s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

// TestTheFakeRoutesIgnoreWhatIsNotAnOperation checks that the keys of an
// OpenAPI path item that are not HTTP methods need no handler.
func TestTheFakeRoutesIgnoreWhatIsNotAnOperation(t *testing.T) {
	s := &schema{Paths: map[string]map[string]json.RawMessage{
		"/v1/things": {"get": json.RawMessage(`{}`), "parameters": json.RawMessage(`[]`), "summary": json.RawMessage(`"x"`)},
	}}
	rows, err := (&fakeConfig{Dir: "paysketest", Handlers: map[string]string{"GET /v1/things": "listThings"}}).routes(s)
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, "GET /v1/things", rows[0].op.String())
	assert.Equal(t, "listThings", rows[0].handler)
}
