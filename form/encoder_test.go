package form_test

import (
	"math"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// readable undoes the escaping of brackets only, so that expectations stay
// legible; everything else in Encode's output is compared as it is.
func readable(s string) string {
	return strings.NewReplacer("%5B", "[", "%5D", "]").Replace(s)
}

type encodeCase struct {
	name string
	in   interface{}
	want string // Encode output with brackets unescaped
}

func runCases(t *testing.T, cases []encodeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := &form.Values{}
			require.NotPanics(t, func() { form.AppendTo(v, tc.in) })
			assert.Equal(t, tc.want, readable(v.Encode()))
			assert.Equal(t, tc.want, readable(form.Encode(tc.in)), "Encode")
		})
	}
}

type scalars struct {
	S    string   `form:"s"`
	B    bool     `form:"b"`
	I    int      `form:"i"`
	I8   int8     `form:"i8"`
	I16  int16    `form:"i16"`
	I32  int32    `form:"i32"`
	I64  int64    `form:"i64"`
	U    uint     `form:"u"`
	U8   uint8    `form:"u8"`
	U16  uint16   `form:"u16"`
	U32  uint32   `form:"u32"`
	U64  uint64   `form:"u64"`
	Uptr uintptr  `form:"uptr"`
	F32  float32  `form:"f32"`
	F64  float64  `form:"f64"`
	C    currency `form:"c"`
}

type ptrScalars struct {
	S  *string   `form:"s"`
	B  *bool     `form:"b"`
	I  *int64    `form:"i"`
	U  *uint8    `form:"u"`
	F  *float64  `form:"f"`
	C  *currency `form:"c"`
	PP **string  `form:"pp"`
}

type floats struct {
	F32 float32  `form:"f32"`
	F64 float64  `form:"f64"`
	P   *float64 `form:"p"`
}

func TestScalars(t *testing.T) {
	zero := ""
	var nilStr *string
	usd := currency("usd")
	var u8 uint8
	runCases(t, []encodeCase{
		{"zero non-pointer scalars are omitted", &scalars{}, ""},
		{"every scalar kind", &scalars{
			S: "x", B: true, I: -1, I8: -8, I16: -16, I32: -32, I64: -64,
			U: 1, U8: 8, U16: 16, U32: 32, U64: 64, Uptr: 7, F32: 1.5, F64: 0.1, C: "usd",
		}, "s=x&b=true&i=-1&i8=-8&i16=-16&i32=-32&i64=-64&u=1&u8=8&u16=16&u32=32&u64=64&uptr=7&f32=1.5&f64=0.1&c=usd"},
		{"integer limits", &scalars{I64: math.MinInt64, U64: math.MaxUint64, I8: math.MinInt8},
			"i8=-128&i64=-9223372036854775808&u64=18446744073709551615"},
		{"nil pointers are omitted", &ptrScalars{}, ""},
		{"pointers to zero values are sent", &ptrScalars{
			S: &zero, B: boolp(false), I: i64(0), U: &u8, F: f64(0), C: new(currency), PP: &nilStr,
		}, "s=&b=false&i=0&u=0&f=0&c="},
		{"pointers to values", &ptrScalars{S: str("a b"), B: boolp(true), I: i64(42), C: &usd, PP: func() **string {
			p := str("deep")
			return &p
		}()}, "s=a+b&b=true&i=42&c=usd&pp=deep"},
	})
}

func TestFloats(t *testing.T) {
	tenth := 0.1 // a variable: 0.1 + 0.2 in constants is exactly 0.3
	runCases(t, []encodeCase{
		{"no exponent for large values", &floats{F64: 1e21}, "f64=1000000000000000000000"},
		{"no exponent for small values", &floats{F64: 1e-7}, "f64=0.0000001"},
		{"shortest round-trip digits", &floats{F64: tenth + 0.2}, "f64=0.30000000000000004"},
		{"float32 uses 32-bit precision", &floats{F32: 0.1}, "f32=0.1"},
		{"negative", &floats{F64: -2.5}, "f64=-2.5"},
		{"NaN is sent as strconv writes it", &floats{F64: math.NaN()}, "f64=NaN"},
		{"+Inf (the plus is escaped)", &floats{F64: math.Inf(1)}, "f64=%2BInf"},
		{"-Inf", &floats{F32: float32(math.Inf(-1))}, "f32=-Inf"},
		{"pointer to NaN", &floats{P: f64(math.NaN())}, "p=NaN"},
		{"negative zero is zero and omitted", &floats{F64: math.Copysign(0, -1)}, ""},
	})
	out := form.Encode(&floats{F64: math.MaxFloat64, F32: math.SmallestNonzeroFloat32})
	assert.Equal(t, "f32=0."+strings.Repeat("0", 44)+"1&f64=17976931348623157"+strings.Repeat("0", 292), out)
}

type inner struct {
	C string `form:"c"`
	N *int64 `form:"n"`
}

type middle struct {
	B  inner  `form:"b"`
	BP *inner `form:"bp"`
}

type outer struct {
	A  middle  `form:"a"`
	AP *middle `form:"ap"`
	Z  string  `form:"z"`
}

func TestNestedStructs(t *testing.T) {
	runCases(t, []encodeCase{
		{"zero nested structs send nothing", &outer{}, ""},
		{"brackets per level", &outer{A: middle{B: inner{C: "x"}}}, "a[b][c]=x"},
		{"pointers and values mix", &outer{
			A:  middle{BP: &inner{N: i64(0)}},
			AP: &middle{B: inner{C: "y"}, BP: &inner{C: "z"}},
			Z:  "last",
		}, "a[bp][n]=0&ap[b][c]=y&ap[bp][c]=z&z=last"},
		{"non-nil pointer to an empty struct sends nothing", &outer{AP: &middle{}}, ""},
		{"struct by value", outer{Z: "v"}, "z=v"},
		{"pointer to pointer", func() **outer { p := &outer{Z: "pp"}; return &p }(), "z=pp"},
		{"nil pointer to pointer", func() **outer { var p *outer; return &p }(), ""},
	})
}

type tags struct {
	Named     string `form:"named"`
	Dash      string `form:"-"`
	NoTag     string
	Other     string `json:"other"`
	EmptyName string `form:",omitempty"`
	Options   string `form:"opt,omitempty,whatever"`
	DashComma string `form:"-,"`
	unexp     string `form:"unexp"`
}

func TestTags(t *testing.T) {
	all := &tags{Named: "n", Dash: "d", NoTag: "t", Other: "o", EmptyName: "e", Options: "o", DashComma: "dc", unexp: "u"}
	runCases(t, []encodeCase{
		{"only named exported fields", all, "named=n&opt=o&-=dc"},
	})
}

type listFields struct {
	Strs     []string         `form:"strs"`
	Ptrs     []*string        `form:"ptrs"`
	Ints     []int64          `form:"ints"`
	Bools    []bool           `form:"bools"`
	Items    []inner          `form:"items"`
	ItemPs   []*inner         `form:"item_ps"`
	Nested   [][]string       `form:"nested"`
	Ifaces   []interface{}    `form:"ifaces"`
	Maps     []map[string]int `form:"maps"`
	Floats   []float64        `form:"floats"`
	Currency []currency       `form:"currencies"`
}

func TestSlices(t *testing.T) {
	runCases(t, []encodeCase{
		{"nil slices omitted", &listFields{}, ""},
		{"scalars by index", &listFields{Strs: []string{"a", "b"}, Ints: []int64{0, -3}, Bools: []bool{false, true}},
			"strs[0]=a&strs[1]=b&ints[0]=0&ints[1]=-3&bools[0]=false&bools[1]=true"},
		{"zero elements are sent", &listFields{Strs: []string{""}, Currency: []currency{""}},
			"strs[0]=&currencies[0]="},
		{"nil pointer elements skipped, indexes kept", &listFields{Ptrs: []*string{str("a"), nil, str("")}},
			"ptrs[0]=a&ptrs[2]="},
		{"empty slice unsets", &listFields{Strs: []string{}, Items: []inner{}},
			"strs=&items="},
		{"structs", &listFields{Items: []inner{{C: "x", N: i64(2)}, {C: "y"}}},
			"items[0][c]=x&items[0][n]=2&items[1][c]=y"},
		{"pointers to structs", &listFields{ItemPs: []*inner{nil, {C: "z"}, {}}},
			"item_ps[1][c]=z"},
		{"nested slices", &listFields{Nested: [][]string{{"a", "b"}, {}, nil, {"c"}}},
			"nested[0][0]=a&nested[0][1]=b&nested[1]=&nested[3][0]=c"},
		{"interfaces and maps", &listFields{
			Ifaces: []interface{}{"s", 1, nil, true, []string{"x"}},
			Maps:   []map[string]int{{"b": 2, "a": 1}, nil, {}},
		}, "ifaces[0]=s&ifaces[1]=1&ifaces[3]=true&ifaces[4][0]=x&maps[0][a]=1&maps[0][b]=2&maps[2]="},
		{"floats", &listFields{Floats: []float64{1e21, math.Inf(-1)}},
			"floats[0]=1000000000000000000000&floats[1]=-Inf"},
	})

	// Many elements: indexes past the keys prepared in advance.
	many := make([]int, 120)
	for i := range many {
		many[i] = i
	}
	v := &form.Values{}
	form.AppendTo(v, &struct {
		N []int `form:"n"`
	}{many})
	require.Equal(t, 120, v.Len())
	assert.Equal(t, []string{"119"}, v.Get("n[119]"))
}

type arrays struct {
	Arr   [2]int     `form:"arr"`
	Empty [0]int     `form:"empty"`
	Ptrs  [3]*string `form:"ptrs"`
}

func TestArrays(t *testing.T) {
	runCases(t, []encodeCase{
		{"arrays are never nil: always sent", &arrays{}, "arr[0]=0&arr[1]=0&empty="},
		{"elements", &arrays{Arr: [2]int{1, 2}, Ptrs: [3]*string{nil, str("b")}}, "arr[0]=1&arr[1]=2&empty=&ptrs[1]=b"},
	})
}

type metadata map[string]string

type mapFields struct {
	Meta   map[string]string      `form:"metadata"`
	Named  metadata               `form:"named"`
	Ptrs   map[string]*string     `form:"ptrs"`
	Ints   map[string]int64       `form:"ints"`
	Any    map[string]interface{} `form:"any"`
	Struct map[string]inner       `form:"struct"`
	IntKey map[int]string         `form:"int_key"`
	Keyed  map[currency]bool      `form:"keyed"`
}

func TestMaps(t *testing.T) {
	runCases(t, []encodeCase{
		{"nil maps omitted", &mapFields{}, ""},
		{"keys sorted", &mapFields{Meta: map[string]string{"b": "2", "a": "1", "c": ""}},
			"metadata[a]=1&metadata[b]=2&metadata[c]="},
		{"empty map unsets", &mapFields{Meta: map[string]string{}, Named: metadata{}, Any: map[string]interface{}{}},
			"metadata=&named=&any="},
		{"named map type", &mapFields{Named: metadata{"z": "26", "y": "25"}}, "named[y]=25&named[z]=26"},
		{"pointer values: nil skipped, empty sent", &mapFields{Ptrs: map[string]*string{"a": nil, "b": str(""), "c": str("x")}},
			"ptrs[b]=&ptrs[c]=x"},
		{"integer values, zero included", &mapFields{Ints: map[string]int64{"n": 0, "m": -1}}, "ints[m]=-1&ints[n]=0"},
		{"interface values nest", &mapFields{Any: map[string]interface{}{
			"s":   "x",
			"n":   3.5,
			"nil": nil,
			"map": map[string]interface{}{"k": map[string]string{"deep": "1"}, "j": []int{1}},
			"sl":  []interface{}{"a", map[string]bool{"t": true}},
			"ptr": (*string)(nil),
			"st":  inner{C: "c"},
		}}, "any[map][j][0]=1&any[map][k][deep]=1&any[n]=3.5&any[s]=x&any[sl][0]=a&any[sl][1][t]=true&any[st][c]=c"},
		{"struct values", &mapFields{Struct: map[string]inner{"b": {C: "2"}, "a": {N: i64(1)}}},
			"struct[a][n]=1&struct[b][c]=2"},
		{"non-string keys are not encoded", &mapFields{IntKey: map[int]string{1: "x"}}, ""},
		{"named string keys are", &mapFields{Keyed: map[currency]bool{"usd": true, "eur": false}}, "keyed[eur]=false&keyed[usd]=true"},
		{"keys that need escaping", &mapFields{Meta: map[string]string{"a b": "c&d", "[x]": "="}},
			"metadata[[x]]=%3D&metadata[a+b]=c%26d"},
		{"map at the top level", map[string]interface{}{"b": 1, "a": map[string]string{"c": "d"}}, "a[c]=d&b=1"},
	})
}

type ifaces struct {
	I  interface{} `form:"i"`
	I2 interface{} `form:"i2"`
	A  form.Appender
	AT form.Appender `form:"at"`
}

func TestInterfaces(t *testing.T) {
	runCases(t, []encodeCase{
		{"nil interfaces omitted", &ifaces{}, ""},
		{"zero scalar inside an interface is sent", &ifaces{I: "", I2: 0}, "i=&i2=0"},
		{"dynamic types", &ifaces{I: &inner{C: "x"}, I2: []string{"a"}}, "i[c]=x&i2[0]=a"},
		{"typed nil pointer omitted", &ifaces{I: (*inner)(nil), I2: (*string)(nil)}, ""},
		{"same field, different dynamic types", &ifaces{I: inner{C: "v"}, I2: map[string]int{"k": 1}}, "i[c]=v&i2[k]=1"},
		{"Appender-typed field", &ifaces{AT: filters{f: [][3]string{{"x", "", "1"}}}}, "at[x]=1"},
		{"Appender-typed field holding a typed nil", &ifaces{AT: (*sourceParams)(nil)}, ""},
		{"untagged Appender-typed field is not encoded", &ifaces{A: filters{f: [][3]string{{"x", "", "1"}}}}, ""},
	})
}

type appenders struct {
	Filters filters       `form:"*"`
	Named   filters       `form:"named"`
	Source  *sourceParams `form:"source"`
	SrcVal  sourceParams  `form:"src_val"`
	Extra   *extraValues  `form:"*"`
	Items   []filters     `form:"items"`
	ByKey   map[string]*sourceParams
	Keyed   map[string]filters `form:"keyed"`
}

func TestAppenders(t *testing.T) {
	f := filters{f: [][3]string{{"limit", "", "3"}, {"created", "gte", "16"}}}
	full := appenders{
		Filters: f,
		Named:   filters{f: [][3]string{{"a", "", "1"}}},
		Source:  &sourceParams{Token: str("tok_visa")},
		SrcVal:  sourceParams{Token: str("tok_val")},
		Extra:   &extraValues{pairs: [][2]string{{"raw[key]", "x"}, {"a", "1"}}},
		Items:   []filters{{f: [][3]string{{"k", "op", "v"}}}},
		Keyed:   map[string]filters{"m": {f: [][3]string{{"k", "", "v"}}}},
	}
	want := "limit=3&created[gte]=16&named[a]=1&source=tok_visa&src_val=tok_val&raw[key]=x&a=1&items[0][k][op]=v&keyed[m][k]=v"
	runCases(t, []encodeCase{
		{"nil pointer Appenders skipped, value ones called", &appenders{}, ""},
		{"key parts per position", &full, want},
		{"struct passed by value: pointer-method Appender on a copy", full, want},
		{"pointer Appender with nil inside", &appenders{Source: &sourceParams{}}, ""},
		{"Appender at the top level", &extraValues{pairs: [][2]string{{"k", "v"}}}, "k=v"},
		{"value Appender at the top level", f, "limit=3&created[gte]=16"},
		{"nil Appender at the top level", (*extraValues)(nil), ""},
		{"Appender nested in a struct field tagged *", &struct {
			Outer struct {
				F filters `form:"*"`
			} `form:"outer"`
		}{Outer: struct {
			F filters `form:"*"`
		}{F: f}}, "outer[limit]=3&outer[created][gte]=16"},
	})
}

// partsRecorder records the key parts it is called with, and appends to
// them to check that doing so cannot disturb the encoder.
type partsRecorder struct{ got *[][]string }

func (r partsRecorder) AppendTo(values *form.Values, keyParts []string) {
	*r.got = append(*r.got, keyParts)
	_ = append(keyParts, "clobber", "clobber")
	values.Add(form.FormatKey(append(keyParts, "r")), "1")
}

func TestAppenderKeyParts(t *testing.T) {
	var got [][]string
	r := partsRecorder{got: &got}
	in := &struct {
		Top   partsRecorder `form:"*"`
		A     partsRecorder `form:"a"`
		Deep  map[string][]partsRecorder
		Deep2 map[string][]partsRecorder `form:"deep"`
		After string                     `form:"after"`
	}{Top: r, A: r, Deep2: map[string][]partsRecorder{"k": {r, r}}, After: "x"}
	assert.Equal(t, "r=1&a[r]=1&deep[k][0][r]=1&deep[k][1][r]=1&after=x", readable(form.Encode(in)))
	assert.Equal(t, [][]string{nil, {"a"}, {"deep", "k", "0"}, {"deep", "k", "1"}}, got)
	for _, p := range got {
		assert.Equal(t, len(p), cap(p), "key parts must have no spare capacity")
	}
}

type Embedded struct {
	E1 string `form:"e1"`
	E2 string `form:"e2"`
}

type embeddedPtr struct {
	P string `form:"p"`
}

type embedder struct {
	A string `form:"a"`
	Embedded
	*embeddedPtr
	B string `form:"b"`
}

type tagged struct {
	Embedded `form:"emb"`
}

type overrider struct {
	Embedded
	E1 int `form:"e1"`
}

type Ambig1 struct {
	X string `form:"x"`
	Y string `form:"y"`
}

type Ambig2 struct {
	X string `form:"x"`
}

type ambiguous struct {
	Ambig1
	Ambig2
}

type rangeQuery struct {
	GT  *int64 `form:"gt"`
	GTE *int64 `form:"gte"`
	LT  *int64 `form:"lt"`
	LTE *int64 `form:"lte"`
}

// alternatives is the payske list-params pattern: two fields, one name.
type alternatives struct {
	Created      *int64      `form:"created"`
	CreatedRange *rangeQuery `form:"created"`
}

type deeper struct {
	X string `form:"x"`
	embedder
}

type embeddedMap map[string]string

type embeddedNonStruct struct {
	embeddedMap
	currency
	V string `form:"v"`
}

func TestEmbedded(t *testing.T) {
	runCases(t, []encodeCase{
		{"flattened at the embedded field's position", &embedder{A: "1", Embedded: Embedded{E1: "x", E2: "y"}, B: "2"},
			"a=1&e1=x&e2=y&b=2"},
		{"unexported embedded pointer to struct", &embedder{embeddedPtr: &embeddedPtr{P: "p"}}, "p=p"},
		{"nil embedded pointer contributes nothing", &embedder{B: "b"}, "b=b"},
		{"a named embedded struct nests", &tagged{Embedded{E1: "x"}}, "emb[e1]=x"},
		{"the outer field overrides the embedded one", &overrider{Embedded: Embedded{E1: "hidden", E2: "y"}, E1: 7},
			"e2=y&e1=7"},
		{"fields of one name at one depth are all kept", &ambiguous{Ambig1{X: "1", Y: "y"}, Ambig2{X: "2"}}, "x=1&y=y&x=2"},
		{"alternatives under one name", &alternatives{Created: i64(5)}, "created=5"},
		{"alternatives under one name, the other one", &alternatives{CreatedRange: &rangeQuery{GTE: i64(1), LT: i64(2)}},
			"created[gte]=1&created[lt]=2"},
		{"twice embedded", &deeper{X: "top", embedder: embedder{A: "a", embeddedPtr: &embeddedPtr{P: "p"}}},
			"x=top&a=a&p=p"},
		{"embedded non-structs are skipped", &embeddedNonStruct{embeddedMap: embeddedMap{"a": "b"}, currency: "usd", V: "v"}, "v=v"},
	})
}

// Exported aliases, so that the embedded fields below are exported (an
// embedded field is named after the alias) and their methods can be called.
type (
	Filters     = filters
	ExtraValues = extraValues
)

// twoAppenders embeds two Appenders: the promoted AppendTo is ambiguous, so
// the struct is not an Appender itself and both are encoded inline.
type twoAppenders struct {
	Filters
	*ExtraValues
	Name string `form:"name"`
}

func TestEmbeddedAppenders(t *testing.T) {
	runCases(t, []encodeCase{
		{"untagged embedded Appenders are called inline", &twoAppenders{
			Filters:     filters{f: [][3]string{{"f", "", "1"}}},
			ExtraValues: &extraValues{pairs: [][2]string{{"e", "2"}}},
			Name:        "n",
		}, "f=1&e=2&name=n"},
		{"nil embedded pointer Appender", &twoAppenders{Name: "n"}, "name=n"},
		{"unexported embedded Appenders cannot be called and are skipped", &twoHiddenAppenders{
			filters:     filters{f: [][3]string{{"f", "", "1"}}},
			extraValues: &extraValues{pairs: [][2]string{{"e", "2"}}},
			Name:        "n",
		}, "name=n"},
		{"one embedded Appender makes the struct an Appender", &promoted{
			Filters: filters{f: [][3]string{{"f", "", "1"}}},
			Name:    "not sent",
		}, "f=1"},
		{"promoted through a non-nil embedded pointer", &promotedPtr{Filters: &filters{f: [][3]string{{"f", "", "1"}}}}, "f=1"},
		{"promoted through a nil embedded pointer: not called", &promotedPtr{Name: "n"}, ""},
		{"promoted through a nil embedded pointer, as a field", &struct {
			P  promotedPtr   `form:"p"`
			PP *promotedPtr  `form:"pp"`
			D  deepPromoted  `form:"d"`
			I  interface{}   `form:"i"`
			A  form.Appender `form:"a"`
			E  embedsIface   `form:"e"`
		}{PP: &promotedPtr{}, I: promotedPtr{}, A: &promotedPtr{}}, ""},
		{"promoted through an embedded interface", &embedsIface{Appender: filters{f: [][3]string{{"f", "", "1"}}}}, "f=1"},
		{"promoted through a nil embedded interface: not called", &embedsIface{}, ""},
		{"promoted from two levels down", &deepPromoted{promotedPtr{Filters: &filters{f: [][3]string{{"f", "", "1"}}}}}, "f=1"},
		{"promoted from two levels down, nil", &deepPromoted{}, ""},
	})
}

// promotedPtr gets the value method filters.AppendTo promoted through an
// embedded pointer: calling it with that pointer nil would panic.
type promotedPtr struct {
	*Filters
	Name string `form:"name"`
}

type deepPromoted struct {
	promotedPtr
}

type embedsIface struct {
	form.Appender
}

// twoHiddenAppenders is twoAppenders with unexported embedded types.
type twoHiddenAppenders struct {
	filters
	*extraValues
	Name string `form:"name"`
}

// promoted gets AppendTo promoted from its one embedded Appender.
type promoted struct {
	Filters
	Name string `form:"name"`
}

type inlined struct {
	Before string            `form:"before"`
	Inner  inner             `form:"*"`
	Ptr    *inner            `form:"*"`
	Map    map[string]string `form:"*"`
	Scalar string            `form:"*"`
	List   []string          `form:"*"`
}

func TestInline(t *testing.T) {
	in := &inlined{Before: "b", Inner: inner{C: "c"}, Ptr: &inner{N: i64(1)}, Map: map[string]string{"m": "v"},
		Scalar: "dropped", List: []string{"dropped"}}
	runCases(t, []encodeCase{
		{"at the top level", in, "before=b&c=c&n=1&m=v"},
		{"nested", &struct {
			X *inlined `form:"x"`
		}{in}, "x[before]=b&x[c]=c&x[n]=1&x[m]=v&x=dropped&x[0]=dropped"},
		{"empty list inline at the top level has no key", &inlined{List: []string{}}, ""},
		{"empty map inline at the top level has no key", &inlined{Map: map[string]string{}}, ""},
	})
}

type unsupported struct {
	Ch   chan int            `form:"ch"`
	Fn   func()              `form:"fn"`
	C64  complex64           `form:"c64"`
	C128 complex128          `form:"c128"`
	UP   unsafe.Pointer      `form:"up"`
	ChP  *chan int           `form:"chp"`
	FnS  []func()            `form:"fns"`
	FnM  map[string]func()   `form:"fnm"`
	CI   interface{}         `form:"ci"`
	Ok   string              `form:"ok"`
	Keys map[[2]int]string   `form:"keys"`
	Skip map[*string]float64 `form:"skip"`
}

func TestUnsupportedKindsAreSkipped(t *testing.T) {
	ch := make(chan int)
	x := 1
	runCases(t, []encodeCase{
		{"zero", &unsupported{}, ""},
		{"set", &unsupported{
			Ch: ch, Fn: func() {}, C64: 1i, C128: 2i, UP: unsafe.Pointer(&x), ChP: &ch,
			FnS: []func(){nil}, FnM: map[string]func(){"a": nil}, CI: 3i, Ok: "ok",
			Keys: map[[2]int]string{{1, 2}: "x"}, Skip: map[*string]float64{nil: 1},
		}, "ok=ok"},
	})
}

type node struct {
	Name     string           `form:"name"`
	Next     *node            `form:"next"`
	Children []node           `form:"children"`
	ByName   map[string]*node `form:"by_name"`
}

type ping struct {
	Pong *pong `form:"pong"`
	V    int   `form:"v"`
}

type pong struct {
	Ping []*ping `form:"ping"`
}

type selfEmbed struct {
	*selfEmbed
	X string `form:"x"`
}

type selfPtr *selfPtr

func TestRecursiveTypes(t *testing.T) {
	runCases(t, []encodeCase{
		{"linked", &node{Name: "a", Next: &node{Name: "b", Next: &node{Name: "c"}}},
			"name=a&next[name]=b&next[next][name]=c"},
		{"tree", &node{Children: []node{{Name: "x", Children: []node{{Name: "y"}}}}, ByName: map[string]*node{"z": {Name: "z"}}},
			"children[0][name]=x&children[0][children][0][name]=y&by_name[z][name]=z"},
		{"mutual", &ping{Pong: &pong{Ping: []*ping{{V: 1}, nil, {Pong: &pong{}}}}, V: 2}, "pong[ping][0][v]=1&v=2"},
		{"struct embedding a pointer to itself", &selfEmbed{X: "x", selfEmbed: &selfEmbed{X: "hidden"}}, "x=x"},
		{"pointer type pointing to itself", selfPtr(nil), ""},
		{"self pointer in a struct", &struct {
			P selfPtr `form:"p"`
		}{}, ""},
	})
}

func TestTopLevelValues(t *testing.T) {
	runCases(t, []encodeCase{
		{"nil", nil, ""},
		{"typed nil pointer", (*chargeParams)(nil), ""},
		{"scalar", 42, ""},
		{"string", "s", ""},
		{"slice", []string{"a"}, ""},
		{"pointer to slice", &[]string{"a"}, ""},
		{"func", func() {}, ""},
		{"empty struct", struct{}{}, ""},
		{"empty map has no key", map[string]string{}, ""},
	})
	require.NotPanics(t, func() { form.AppendTo(nil, &chargeParams{}) })
}

func TestPayskeShapedParams(t *testing.T) {
	p := &chargeParams{
		Amount:      i64(2000),
		Currency:    str("usd"),
		Capture:     boolp(false),
		Description: str(""),
		Shipping: &shippingParams{
			Name:    str("Jenny Rosen"),
			Address: &addressParams{Line1: str("1234 Main Street"), City: str("San Francisco"), PostalCode: str("94111")},
		},
		Source: &sourceParams{Token: str("tok_visa")},
	}
	p.Expand = []*string{str("customer"), str("balance_transaction")}
	p.Metadata = map[string]string{"order_id": "6735"}
	p.Extra = &extraValues{pairs: [][2]string{{"nested[field]", "x"}}}
	p.IdempotencyKey = str("never sent")

	assert.Equal(t,
		"expand%5B0%5D=customer&expand%5B1%5D=balance_transaction&nested%5Bfield%5D=x&metadata%5Border_id%5D=6735"+
			"&amount=2000&capture=false&currency=usd&description="+
			"&shipping%5Baddress%5D%5Bcity%5D=San+Francisco&shipping%5Baddress%5D%5Bline1%5D=1234+Main+Street"+
			"&shipping%5Baddress%5D%5Bpostal_code%5D=94111&shipping%5Bname%5D=Jenny+Rosen&source=tok_visa",
		form.Encode(p))
}

func TestCheckoutSessionShapedParams(t *testing.T) {
	p := newCheckoutSession()
	assert.Equal(t, "metadata[cart]=c_1&cancel_url=https%3A%2F%2Fexample.com%2Fcancel&customer=cus_1"+
		"&line_items[0][price_data][currency]=usd&line_items[0][price_data][product_data][name]=T-shirt"+
		"&line_items[0][price_data][product_data][images][0]=https%3A%2F%2Fexample.com%2Ft.png"+
		"&line_items[0][price_data][unit_amount]=2000&line_items[0][quantity]=1"+
		"&line_items[1][price_data][currency]=usd&line_items[1][price_data][product_data][name]=Mug"+
		"&line_items[1][price_data][product_data][metadata][sku]=mug-1"+
		"&line_items[1][price_data][unit_amount_decimal]=1250.5&line_items[1][quantity]=2"+
		"&line_items[2][price_data][currency]=eur&line_items[2][price_data][product_data][name]=Sticker"+
		"&line_items[2][price_data][product_data][description]=Die-cut"+
		"&line_items[2][price_data][unit_amount]=500&line_items[2][quantity]=3"+
		"&mode=payment&payment_method_types[0]=card&payment_method_types[1]=sepa_debit"+
		"&success_url=https%3A%2F%2Fexample.com%2Fsuccess",
		readable(form.Encode(p)))
}

// TestEncodeIsStable checks that repeated and concurrent encodings of one
// value agree, map order included.
func TestEncodeIsStable(t *testing.T) {
	p := newCharge()
	want := form.Encode(p)
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func() {
			var got string
			for i := 0; i < 50; i++ {
				got = form.Encode(p)
				if got != want {
					break
				}
			}
			done <- got
		}()
	}
	for g := 0; g < 8; g++ {
		assert.Equal(t, want, <-done)
	}
}

// TestAppendToAppends checks that AppendTo adds after existing pairs.
func TestAppendToAppends(t *testing.T) {
	v := &form.Values{}
	v.Add("first", "1")
	form.AppendTo(v, &inner{C: "c"})
	form.AppendTo(v, &inner{N: i64(2)})
	assert.Equal(t, "first=1&c=c&n=2", v.Encode())
}

// TestStaticAndDynamicKeysAgree checks the two ways keys are built: a
// struct passed to AppendTo gets keys prepared in advance, the same struct
// inside a list gets them built at run time. Both must send the same pairs.
func TestStaticAndDynamicKeysAgree(t *testing.T) {
	charge := newCharge()
	charge.Extra = nil // raw keys ignore their key path
	values := []interface{}{
		charge,
		newCheckoutSession(),
		&outer{A: middle{B: inner{C: "x"}, BP: &inner{N: i64(3)}}, AP: &middle{B: inner{C: "y"}}, Z: "z"},
		&listFields{Strs: make([]string, 12), Ptrs: []*string{nil, str("p")}, Nested: [][]string{{"a"}, {}}, Items: []inner{{C: "i"}}},
		&mapFields{Meta: map[string]string{"k": "v"}, Any: map[string]interface{}{"a": []int{1}}},
		&tags{Named: "n", Options: "o"},
		&embedder{A: "a", Embedded: Embedded{E1: "1"}, embeddedPtr: &embeddedPtr{P: "p"}},
		&overrider{Embedded: Embedded{E1: "hidden", E2: "y"}, E1: 7},
		&node{Name: "a", Next: &node{Name: "b", Next: &node{Name: "c", Children: []node{{Name: "d"}}}}},
		&ptrScalars{S: str(""), B: boolp(false)},
		&scalars{S: "s", I: 1, F32: 0.5, C: "usd"},
		&appenders{Named: filters{f: [][3]string{{"a", "b", "c"}}}, Source: &sourceParams{Token: str("t")}},
		deepChain(),
	}
	for _, in := range values {
		want := nestedKeys(in, "w[0]")
		require.NotEmpty(t, want)
		assert.Equal(t, want, pairsOf(&struct {
			W []interface{} `form:"w"`
		}{[]interface{}{in}}))
	}
}

// level nests distinct struct types, deeper than keys are prepared for.
type level[T any] struct {
	V    string `form:"v"`
	Next *T     `form:"n"`
	List []int  `form:"l"`
}

type l0 struct {
	V string `form:"v"`
}

type deep = level[level[level[level[level[level[level[level[level[level[l0]]]]]]]]]]

func deepChain() *deep {
	return &deep{V: "0", Next: &level[level[level[level[level[level[level[level[level[l0]]]]]]]]]{
		V: "1", Next: &level[level[level[level[level[level[level[level[l0]]]]]]]]{
			Next: &level[level[level[level[level[level[level[l0]]]]]]]{
				Next: &level[level[level[level[level[level[l0]]]]]]{
					Next: &level[level[level[level[level[l0]]]]]{
						Next: &level[level[level[level[l0]]]]{
							Next: &level[level[level[l0]]]{
								Next: &level[level[l0]]{
									V: "8", List: []int{8},
									Next: &level[l0]{
										V: "9", List: []int{9, 9}, Next: &l0{V: "10"},
									},
								},
							},
						},
					},
				},
			},
		},
	}}
}

func TestDeepNesting(t *testing.T) {
	n := strings.Repeat("[n]", 8)
	// Fields in declaration order: v, then everything under n, then l.
	assert.Equal(t, "v=0&n[v]=1&n"+n[3:]+"[v]=8&n"+n+"[v]=9&n"+n+"[n][v]=10&n"+n+"[l][0]=9&n"+n+"[l][1]=9&n"+n[3:]+"[l][0]=8",
		readable(form.Encode(deepChain())))
}
