package form_test

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// cardSourceParams encodes its card under "card" itself, the way params written
// against the older surface call AppendToPrefixed from an AppendTo.
type cardSourceParams struct {
	Card *addressParams
}

func (p *cardSourceParams) AppendTo(values *form.Values, keyParts []string) {
	form.AppendToPrefixed(values, p.Card, append(keyParts, "card"))
}

type withSource struct {
	Source *cardSourceParams `form:"source"`
	Top    *cardSourceParams `form:"*"`
}

func TestAppendToPrefixed(t *testing.T) {
	n := int64(7)
	tests := []struct {
		name     string
		in       interface{}
		keyParts []string
		want     string // Encode output with brackets unescaped
	}{
		{"struct under one part", &inner{C: "x", N: &n}, []string{"card"}, "card[c]=x&card[n]=7"},
		{"struct value", inner{C: "x"}, []string{"card"}, "card[c]=x"},
		{"nested parts", &middle{B: inner{C: "y"}}, []string{"a", "b"}, "a[b][b][c]=y"},
		{"under a list index", &inner{C: "z"}, []string{"items", "3"}, "items[3][c]=z"},
		{"map", map[string]string{"k": "v"}, []string{"metadata"}, "metadata[k]=v"},
		{"scalar has a name here", "x", []string{"description"}, "description=x"},
		{"pointer to scalar", &n, []string{"amount"}, "amount=7"},
		{"slice", []string{"a", "b"}, []string{"expand"}, "expand[0]=a&expand[1]=b"},
		{"empty slice clears", []string{}, []string{"expand"}, "expand="},
		{"Appender gets the key parts", filters{f: [][3]string{{"gte", "", "1"}}}, []string{"created"}, "created[gte]=1"},
		{"Appender calling AppendToPrefixed", &withSource{Source: &cardSourceParams{Card: &addressParams{City: str("Paris")}}},
			nil, "source[card][city]=Paris"},
		{"Appender inline at the top", &withSource{Top: &cardSourceParams{Card: &addressParams{City: str("Lyon")}}},
			nil, "card[city]=Lyon"},
		{"nil pointer", (*inner)(nil), []string{"card"}, ""},
		{"nil", nil, []string{"card"}, ""},
		{"no parts is AppendTo", &inner{C: "x"}, nil, "c=x"},
		{"no parts, scalar has no name", "x", []string{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &form.Values{}
			v.Add("before", "1")
			form.AppendToPrefixed(v, tt.in, tt.keyParts)
			want := "before=1"
			if tt.want != "" {
				want += "&" + tt.want
			}
			assert.Equal(t, want, readable(v.Encode()))
		})
	}
	require.NotPanics(t, func() { form.AppendToPrefixed(nil, &inner{C: "x"}, []string{"card"}) })
}

// AppendToPrefixed must not keep or alter the caller's key parts.
func TestAppendToPrefixedLeavesKeyPartsAlone(t *testing.T) {
	parts := make([]string, 1, 4)
	parts[0] = "card"
	v := &form.Values{}
	form.AppendToPrefixed(v, &inner{C: "x"}, parts)
	form.AppendToPrefixed(v, &inner{C: "y"}, append(parts, "extra"))
	assert.Equal(t, []string{"card"}, parts)
	assert.Equal(t, "card[c]=x&card[extra][c]=y", readable(v.Encode()))
}

func TestValuesSet(t *testing.T) {
	tests := []struct {
		name  string
		pairs [][2]string
		key   string
		val   string
		want  string
	}{
		{"absent key is appended", [][2]string{{"a", "1"}}, "b", "2", "a=1&b=2"},
		{"empty values", nil, "a", "1", "a=1"},
		{"single value replaced in place", [][2]string{{"a", "1"}, {"b", "2"}, {"c", "3"}}, "b", "x", "a=1&b=x&c=3"},
		{"every value replaced, first position kept", [][2]string{{"k", "1"}, {"a", "2"}, {"k", "3"}, {"b", "4"}, {"k", "5"}}, "k", "x", "k=x&a=2&b=4"},
		{"empty value", [][2]string{{"a", "1"}}, "a", "", "a="},
		{"bracketed key", [][2]string{{"metadata[x]", "1"}, {"amount", "2"}}, "metadata[x]", "y", "metadata[x]=y&amount=2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &form.Values{}
			for _, p := range tt.pairs {
				v.Add(p[0], p[1])
			}
			v.Set(tt.key, tt.val)
			assert.Equal(t, tt.want, readable(v.Encode()))
			assert.Equal(t, []string{tt.val}, v.Get(tt.key))
		})
	}
}

// Set on encoded params, as code written against the older surface
// adjusts a request body.
func TestValuesSetOnEncodedParams(t *testing.T) {
	v := &form.Values{}
	form.AppendTo(v, &shippingParams{Name: str("Jenny"), Address: &addressParams{City: str("Paris"), Country: str("FR")}})
	v.Set("address[city]", "Lyon")
	v.Set("phone", "+33")
	assert.Equal(t, "address[city]=Lyon&address[country]=FR&name=Jenny&phone=%2B33", readable(v.Encode()))
}

// setStrict sets form.Strict for the test and restores it after.
func setStrict(t *testing.T, on bool) {
	t.Helper()
	prev := form.Strict
	form.Strict = on
	t.Cleanup(func() { form.Strict = prev })
}

type strictCase struct {
	name    string
	in      interface{}
	wantKey string // the key the panic names; "" for no panic
	want    string // what is encoded when nothing panics
}

var strictCases = func() []strictCase {
	ch := make(chan int)
	x := 1
	return []strictCase{
		{"chan field", &struct {
			Ch chan int `form:"ch"`
		}{ch}, "ch", ""},
		{"func field", &struct {
			Fn func() `form:"fn"`
		}{func() {}}, "fn", ""},
		{"complex64 field", &struct {
			C complex64 `form:"c64"`
		}{1i}, "c64", ""},
		{"zero complex128 field", &struct {
			C complex128 `form:"c128"`
		}{}, "c128", ""},
		{"unsafe.Pointer field", &struct {
			UP unsafe.Pointer `form:"up"`
		}{unsafe.Pointer(&x)}, "up", ""},
		{"pointer to chan", &struct {
			P *chan int `form:"chp"`
		}{&ch}, "chp", ""},
		{"slice of funcs", &struct {
			F []func() `form:"f"`
		}{[]func(){nil, func() {}}}, "f[1]", ""},
		{"map of funcs", &struct {
			F map[string]func() `form:"f"`
		}{map[string]func(){"a": func() {}}}, "f[a]", ""},
		{"complex in an interface", &struct {
			I interface{} `form:"i"`
		}{3i}, "i", ""},
		{"map with non-string keys", &struct {
			M map[int]string `form:"m"`
		}{map[int]string{1: "x"}}, "m", ""},
		{"nothing unsupported", &inner{C: "x"}, "", "c=x"},
		{"nil chan, func, unsafe.Pointer and map", &struct {
			Ch chan int          `form:"ch"`
			Fn func()            `form:"fn"`
			UP unsafe.Pointer    `form:"up"`
			M  map[int]string    `form:"m"`
			P  *chan int         `form:"p"`
			I  interface{}       `form:"i"`
			FS []func()          `form:"fs"`
			FM map[string]func() `form:"fm"`
			S  string            `form:"s"`
		}{FS: []func(){nil}, FM: map[string]func(){"a": nil}, S: "ok"}, "", "s=ok"},
		{"untagged and form:\"-\" fields are left out on purpose", &struct {
			Ch   chan int
			Fn   func()     `form:"-"`
			C    complex128 `form:"-"`
			Name string     `form:"name"`
		}{Ch: make(chan int), Fn: func() {}, C: 1i, Name: "n"}, "", "name=n"},
		{"a bare scalar at the top has no name, and is not a type error", 42, "", ""},
	}
}()

func TestStrictPanicsOnAValueWithNoFormEncoding(t *testing.T) {
	setStrict(t, true)
	for _, tc := range strictCases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.wantKey == "" {
				var got string
				require.NotPanics(t, func() { got = form.Encode(tc.in) })
				assert.Equal(t, tc.want, readable(got))
				return
			}
			defer func() {
				r := recover()
				require.NotNil(t, r, "Encode must panic under Strict")
				msg := fmt.Sprint(r)
				assert.Contains(t, msg, "payske: form.Strict: the value at key "+tc.wantKey+" is of type ")
				assert.Contains(t, msg, "has no form encoding")
			}()
			form.Encode(tc.in)
		})
	}
}

// Without Strict the same values are skipped, as before; and Strict is
// read at each call, so encoders cached before it was set obey it.
func TestStrictOffSkipsAndIsReadAtEachCall(t *testing.T) {
	setStrict(t, false)
	for _, tc := range strictCases {
		require.NotPanics(t, func() { form.Encode(tc.in) }, tc.name)
	}
	cached := &struct {
		Fn func() `form:"fn"`
		Ok string `form:"ok"`
	}{func() {}, "ok"}
	assert.Equal(t, "ok=ok", form.Encode(cached))
	form.Strict = true
	assert.PanicsWithValue(t,
		"payske: form.Strict: the value at key fn is of type func(), which has no form encoding; tag the field form:\"-\" or change its type",
		func() { form.Encode(cached) })
	form.Strict = false
	assert.Equal(t, "ok=ok", form.Encode(cached))
}
