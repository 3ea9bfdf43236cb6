package paysketest

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSchemaParseCoversEveryEndpoint checks that every endpoint heading of
// the schema file was parsed, has parameters where the file lists some, and
// is served by a handler.
func TestSchemaParseCoversEveryEndpoint(t *testing.T) {
	heading := regexp.MustCompile(`(?m)^### ((?:GET|POST|DELETE) /\S+)`)
	matches := heading.FindAllStringSubmatchIndex(schemaText, -1)
	require.NotEmpty(t, matches)
	handlers := map[string]bool{}
	for _, e := range endpoints {
		handlers[e.method+" "+e.path] = e.handle != nil
	}
	for _, m := range matches {
		name := schemaText[m[2]:m[3]]
		spec := parsedSchema.endpoints[name]
		require.NotNil(t, spec, name)
		assert.True(t, handlers[name], "no handler for %s", name)
		section := schemaText[m[1]:]
		if next := strings.Index(section, "\n#"); next >= 0 {
			section = section[:next]
		}
		assert.Equal(t, strings.Count(section, "\n- "), len(spec.children), "top-level parameters of %s", name)
	}
	assert.Len(t, handlers, len(matches), "every handler serves a schema endpoint")
	assert.True(t, parsedSchema.objects["charge"].expandable["customer"])
	assert.False(t, parsedSchema.objects["charge"].expandable["description"])
}

func TestParseTypes(t *testing.T) {
	cases := []struct {
		typ  string
		want paramSpec
	}{
		{"string", paramSpec{kind: kindString}},
		{"integer REQUIRED", paramSpec{kind: kindInteger, required: true}},
		{"string {a,b}", paramSpec{kind: kindString, enum: []string{"a", "b"}}},
		{"map | string {}", paramSpec{kind: kindMap, unsettable: true}},
		{`object ("" unsets)`, paramSpec{kind: kindObject, unsettable: true, children: map[string]*paramSpec{}}},
		{"string(currency)", paramSpec{kind: kindString}},
		{"number | string {}", paramSpec{kind: kindNumber, unsettable: true}},
	}
	for _, tc := range cases {
		got, err := parseType("p", tc.typ)
		require.NoError(t, err, tc.typ)
		tc.want.name = "p"
		assert.Equal(t, &tc.want, got, tc.typ)
	}
	list, err := parseType("p", "[string {x,y}] REQUIRED")
	require.NoError(t, err)
	assert.Equal(t, kindList, list.kind)
	assert.True(t, list.required)
	assert.Equal(t, []string{"x", "y"}, list.elem.enum)
	_, err = parseType("p", "float")
	assert.Error(t, err)
}

func TestParseForm(t *testing.T) {
	n, err := parseForm("a[b][0][c]=1&a[b][1][c]=2&e[]=x&e[]=y&m%5Bk%5D=v+w")
	require.NoError(t, err)
	v, _ := n.str("a", "b", "1", "c")
	assert.Equal(t, "2", v)
	assert.Equal(t, []string{"x", "y"}, n.strings("e"))
	assert.Equal(t, map[string]string{"k": "v w"}, n.metadata("m"))
	for _, bad := range []string{"a=1&a[b]=2", "a[b]=1&a=2", "[x]=1", "a[b=1", "a[b]c=1", "a=%zz"} {
		_, err := parseForm(bad)
		assert.Error(t, err, bad)
	}
}

func FuzzParseAndValidate(f *testing.F) {
	for _, s := range []string{"amount=100&currency=usd", "shipping[address][line1]=x", "expand[0]=customer&metadata[a]=b", "a[][]=1", "a[0][b]=%41"} {
		f.Add(s)
	}
	spec := parsedSchema.endpoints["POST /v1/charges"]
	f.Fuzz(func(t *testing.T, raw string) {
		n, err := parseForm(raw)
		if err != nil {
			return
		}
		if e := validate(spec, n); e != nil && e.Message == "" {
			t.Fatalf("an error without a message for %q", raw)
		}
	})
}
