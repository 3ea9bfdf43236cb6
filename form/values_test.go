package form_test

import (
	"math/rand"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// queryEscapeEncode is the reference Values.Encode: url.QueryEscape per key
// and value, in insertion order.
func queryEscapeEncode(pairs [][2]string) string {
	parts := make([]string, len(pairs))
	for i, p := range pairs {
		parts[i] = url.QueryEscape(p[0]) + "=" + url.QueryEscape(p[1])
	}
	return strings.Join(parts, "&")
}

func TestValuesEncodeEscapesEveryByteLikeQueryEscape(t *testing.T) {
	var pairs [][2]string
	v := &form.Values{}
	for c := 0; c < 256; c++ {
		s := string([]byte{byte(c)})
		k := "k" + s + "[x]"
		val := s + "v" + s
		pairs = append(pairs, [2]string{k, val})
		v.Add(k, val)
	}
	assert.Equal(t, queryEscapeEncode(pairs), v.Encode())
}

func TestValuesEncodeRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200; i++ {
		var pairs [][2]string
		v := &form.Values{}
		for n := r.Intn(5); n > 0; n-- {
			p := [2]string{randomString(r), randomString(r)}
			pairs = append(pairs, p)
			v.Add(p[0], p[1])
		}
		require.Equal(t, queryEscapeEncode(pairs), v.Encode())
	}
}

func randomString(r *rand.Rand) string {
	const alphabet = "abcXYZ019-_.~ &=+%[]/?#;é\x00\xff"
	b := make([]byte, r.Intn(12))
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

func TestValuesAccessors(t *testing.T) {
	v := &form.Values{}
	assert.True(t, v.Empty())
	assert.Equal(t, "", v.Encode())
	v.Add("a", "1")
	v.Add("b[c]", "x y")
	v.Add("a", "2")
	assert.False(t, v.Empty())
	assert.Equal(t, 3, v.Len())
	assert.Equal(t, []string{"1", "2"}, v.Get("a"))
	assert.Nil(t, v.Get("missing"))
	assert.Equal(t, "a=1&b%5Bc%5D=x+y&a=2", v.Encode())
	assert.Equal(t, url.Values{"a": {"1", "2"}, "b[c]": {"x y"}}, v.ToValues())

	var got []string
	v.Range(func(k, val string) { got = append(got, k+"="+val) })
	assert.Equal(t, []string{"a=1", "b[c]=x y", "a=2"}, got)
}

func TestFormatKey(t *testing.T) {
	assert.Equal(t, "", form.FormatKey(nil))
	assert.Equal(t, "a", form.FormatKey([]string{"a"}))
	assert.Equal(t, "a[b][0]", form.FormatKey([]string{"a", "b", "0"}))
	assert.Equal(t, "[x]", form.FormatKey([]string{"", "x"}))
}
