package form_test

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// fuzzParams has a field of every kind the encoder handles. No encoded key
// starts with "x": that prefix is left to Extra, so that the raw keys it
// adds can never collide with the keys checked below.
type fuzzParams struct {
	S       string                 `form:"s"`
	SP      *string                `form:"sp"`
	I       int64                  `form:"i"`
	IP      *int64                 `form:"ip"`
	U8      uint8                  `form:"u8"`
	F       float64                `form:"f"`
	F32     float32                `form:"f32"`
	FP      *float64               `form:"fp"`
	B       bool                   `form:"b"`
	BP      *bool                  `form:"bp"`
	C       currency               `form:"c"`
	Meta    map[string]string      `form:"metadata"`
	Any     map[string]interface{} `form:"any"`
	List    []string               `form:"list"`
	Ptrs    []*string              `form:"ptrs"`
	Items   []inner                `form:"items"`
	Nest    *fuzzParams            `form:"nest"`
	Iface   interface{}            `form:"iface"`
	Extra   *extraValues           `form:"*"`
	Filters filters                `form:"filters"`
	Skipped chan int               `form:"skipped"`
}

func newFuzzParams(s, k string, i int64, f float64, f32 float32, b bool, n uint8) *fuzzParams {
	p := &fuzzParams{
		S: s, I: i, U8: n, F: f, F32: f32, B: b, C: currency(k),
		Ptrs:    []*string{&s, nil, &k},
		Items:   []inner{{C: k, N: &i}},
		Extra:   &extraValues{pairs: [][2]string{{"x" + k, s}}},
		Filters: filters{f: [][3]string{{k, s, "v"}}},
	}
	if n&1 != 0 {
		p.SP, p.IP, p.FP, p.BP = &s, &i, &f, &b
	}
	switch n % 3 {
	case 0:
		p.Meta = map[string]string{k: s, "fixed": k}
	case 1:
		p.Meta = map[string]string{}
	}
	if n&2 != 0 {
		p.Any = map[string]interface{}{
			k:   f,
			"n": map[string]interface{}{s: []interface{}{i, b, nil, f32}},
		}
	}
	switch n % 4 {
	case 0:
		p.List = []string{s, k, ""}
	case 1:
		p.List = []string{}
	}
	switch n % 5 {
	case 0:
		p.Iface = s
	case 1:
		p.Iface = i
	case 2:
		p.Iface = map[string]float32{k: f32}
	case 3:
		p.Iface = &inner{C: s}
	}
	if n%7 == 0 && n > 0 { // n/7 shrinks, so nesting ends
		p.Nest = newFuzzParams(k, s, -i, f32Float(f32), float32(f), !b, n/7)
	}
	return p
}

func f32Float(f float32) float64 { return float64(f) }

func FuzzAppendTo(f *testing.F) {
	f.Add("hello", "order_id", int64(2000), math.Float64bits(1.5), math.Float32bits(0.25), true, uint8(1))
	f.Add("", "", int64(0), uint64(0), uint32(0), false, uint8(0))
	f.Add("a&b=c[d] e+f", "]]][[", int64(-1), math.Float64bits(1e21), math.Float32bits(1e-10), false, uint8(6))
	f.Add("\xff\xfe", "é;%", int64(math.MinInt64), math.Float64bits(math.NaN()), math.Float32bits(float32(math.Inf(1))), true, uint8(7))
	f.Add("x", "y", int64(math.MaxInt64), math.Float64bits(math.Inf(-1)), math.Float32bits(float32(math.NaN())), true, uint8(49))
	f.Add("metadata[a]", "s", int64(42), math.Float64bits(math.Copysign(0, -1)), math.Float32bits(-1.5), false, uint8(255))

	f.Fuzz(func(t *testing.T, s, k string, i int64, fbits uint64, f32bits uint32, b bool, n uint8) {
		fl, fl32 := math.Float64frombits(fbits), math.Float32frombits(f32bits)
		p := newFuzzParams(s, k, i, fl, fl32, b, n)

		v := &form.Values{}
		form.AppendTo(v, p)
		enc := v.Encode()

		// The text is what url.QueryEscape would write, and parses back to
		// exactly the pairs that were added.
		var pairs [][2]string
		v.Range(func(key, val string) { pairs = append(pairs, [2]string{key, val}) })
		require.Equal(t, queryEscapeEncode(pairs), enc)
		parsed, err := url.ParseQuery(enc)
		require.NoError(t, err)
		require.Equal(t, v.ToValues(), parsed)

		// Scalars round-trip: zero non-pointers are absent, pointers always
		// present.
		expect := func(key, val string, present bool) {
			t.Helper()
			if present {
				require.Equal(t, []string{val}, parsed[key], key)
			} else {
				require.NotContains(t, parsed, key)
			}
		}
		fs := strconv.FormatFloat(fl, 'f', -1, 64)
		expect("s", s, s != "")
		expect("sp", s, p.SP != nil)
		expect("i", strconv.FormatInt(i, 10), i != 0)
		expect("ip", strconv.FormatInt(i, 10), p.IP != nil)
		expect("u8", strconv.Itoa(int(n)), n != 0)
		expect("f", fs, fl != 0)
		expect("f32", strconv.FormatFloat(float64(fl32), 'f', -1, 32), fl32 != 0)
		expect("fp", fs, p.FP != nil)
		expect("b", "true", b)
		expect("bp", strconv.FormatBool(b), p.BP != nil)
		expect("c", k, k != "")
		expect("ptrs[0]", s, true)
		expect("ptrs[1]", "", false)
		expect("ptrs[2]", k, true)
		expect("items[0][n]", strconv.FormatInt(i, 10), true)
		expect("skipped", "", false)
		for mk, mv := range p.Meta {
			expect("metadata["+mk+"]", mv, true)
		}
		if p.Meta != nil && len(p.Meta) == 0 {
			expect("metadata", "", true)
		}
		require.Contains(t, parsed["x"+k], s)

		// Keys prepared in advance (top level) and keys built at run time
		// (the same value inside a list) agree. Extra is left out: its raw
		// keys ignore where it sits.
		for q := p; q != nil; q = q.Nest {
			q.Extra = nil
		}
		require.Equal(t, nestedKeys(p, "w[0]"), pairsOf(&struct {
			W []interface{} `form:"w"`
		}{[]interface{}{p}}))
	})
}

// pairsOf returns the pairs AppendTo adds for v, as "key=value".
func pairsOf(v interface{}) []string {
	vals := &form.Values{}
	form.AppendTo(vals, v)
	var out []string
	vals.Range(func(k, v string) { out = append(out, k+"="+v) })
	return out
}

// nestedKeys returns pairsOf(v) with every key moved below prefix: "a[b]"
// becomes "prefix[a][b]". The top-level names of v must not contain '['.
func nestedKeys(v interface{}, prefix string) []string {
	out := pairsOf(v)
	for i, kv := range out {
		first, rest, _ := strings.Cut(kv, "[")
		if rest == "" || strings.Contains(first, "=") {
			// No bracket in the key: the first cut went past the '='.
			key, val, _ := strings.Cut(kv, "=")
			out[i] = prefix + "[" + key + "]=" + val
			continue
		}
		out[i] = prefix + "[" + first + "][" + rest
	}
	return out
}
