package paysketest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryEndpointHasItsParameters checks that the generated parameter
// table and the route table name the same operations, and that the
// expandable fields are the schema's.
func TestEveryEndpointHasItsParameters(t *testing.T) {
	for _, e := range endpoints {
		assert.NotNil(t, endpointParams[e.method+" "+e.path], "%s %s", e.method, e.path)
	}
	assert.Len(t, endpointParams, len(endpoints), "every parameter spec belongs to a served endpoint")
	created := endpointParams["GET /v1/charges"].children["created"]
	require.NotNil(t, created)
	assert.True(t, created.orInteger, "created on a list is a range or an exact time")
	assert.True(t, expandableFields["charge"]["customer"])
	assert.False(t, expandableFields["charge"]["description"])
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
	spec := endpointParams["POST /v1/charges"]
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
