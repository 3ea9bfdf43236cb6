package form_test

import (
	"math/rand"
	"net/url"
	"testing"

	"github.com/google/go-querystring/query"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/form"
)

// These tests check the encoder against github.com/google/go-querystring on
// the part of the format both share: nested structs (both write
// parent[child]), pointers, and string, integer and bool scalars.
//
// With `url:",omitempty"` on every field, go-querystring omits what this
// encoder omits: zero non-pointer scalars and nil pointers; a non-nil
// pointer to a zero value is sent by both. Outside that subset the formats
// differ and are not compared: go-querystring repeats keys for slices
// (a=1&a=2, not a[0]=1), prints maps with fmt (map[k:v]), prints floats with
// an exponent (1e+21), and sends "key=" for a pointer to a nil pointer.

type qsAddress struct {
	Line1      *string `form:"line1" url:"line1,omitempty"`
	Line2      *string `form:"line2" url:"line2,omitempty"`
	City       *string `form:"city" url:"city,omitempty"`
	PostalCode *string `form:"postal_code" url:"postal_code,omitempty"`
}

type qsShipping struct {
	Name    *string    `form:"name" url:"name,omitempty"`
	Phone   *string    `form:"phone" url:"phone,omitempty"`
	Address *qsAddress `form:"address" url:"address,omitempty"`
}

type qsCharge struct {
	Amount         *int64      `form:"amount" url:"amount,omitempty"`
	Currency       *string     `form:"currency" url:"currency,omitempty"`
	Description    *string     `form:"description" url:"description,omitempty"`
	Capture        *bool       `form:"capture" url:"capture,omitempty"`
	Shipping       *qsShipping `form:"shipping" url:"shipping,omitempty"`
	IdempotencyKey *string     `form:"-" url:"-"`
}

type qsScalars struct {
	S      string   `form:"s" url:"s,omitempty"`
	B      bool     `form:"b" url:"b,omitempty"`
	I      int      `form:"i" url:"i,omitempty"`
	I8     int8     `form:"i8" url:"i8,omitempty"`
	I64    int64    `form:"i64" url:"i64,omitempty"`
	U      uint     `form:"u" url:"u,omitempty"`
	U16    uint16   `form:"u16" url:"u16,omitempty"`
	C      currency `form:"c" url:"c,omitempty"`
	Unsent string   `url:"-"`
}

type QSBase struct {
	Customer *string `form:"customer" url:"customer,omitempty"`
	Livemode *bool   `form:"livemode" url:"livemode,omitempty"`
}

type qsNested struct {
	QSBase `url:",omitempty"`
	Value  qsScalars  `form:"value" url:"value,omitempty"`
	Ptr    *qsScalars `form:"ptr" url:"ptr,omitempty"`
	Ship   qsShipping `form:"ship" url:"ship,omitempty"`
	Note   *string    `form:"note" url:"note,omitempty"`
}

func querystringValues(t *testing.T, v interface{}) url.Values {
	t.Helper()
	out, err := query.Values(v)
	require.NoError(t, err)
	return out
}

func ourValues(v interface{}) url.Values {
	vals := &form.Values{}
	form.AppendTo(vals, v)
	return vals.ToValues()
}

func TestMatchesGoQuerystring(t *testing.T) {
	cases := []struct {
		name string
		in   interface{}
	}{
		{"empty charge", &qsCharge{}},
		{"charge", &qsCharge{
			Amount:      i64(2000),
			Currency:    str("usd"),
			Description: str("Charge for jenny.rosen@example.com"),
			Capture:     boolp(false),
			Shipping: &qsShipping{
				Name:    str("Jenny Rosen"),
				Address: &qsAddress{Line1: str("1234 Main Street"), City: str("San Francisco"), PostalCode: str("94111")},
			},
			IdempotencyKey: str("never sent"),
		}},
		{"pointers to zero values", &qsCharge{Amount: i64(0), Description: str(""), Capture: boolp(false), Shipping: &qsShipping{}}},
		{"scalars", &qsScalars{S: "a b&c", B: true, I: -1, I8: -128, I64: 1 << 62, U: 7, U16: 65535, C: "eur", Unsent: "x"}},
		{"zero scalars", &qsScalars{}},
		{"nested values and pointers", &qsNested{
			QSBase: QSBase{Customer: str("cus_1"), Livemode: boolp(false)},
			Value:  qsScalars{S: "v", I: 3},
			Ptr:    &qsScalars{B: true},
			Ship:   qsShipping{Address: &qsAddress{Line2: str("")}},
			Note:   str("n"),
		}},
		{"struct by value", qsScalars{S: "by value"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, querystringValues(t, tc.in), ourValues(tc.in))
		})
	}
}

// TestMatchesGoQuerystringRandom compares both encoders on randomly filled
// structs of the shared subset.
func TestMatchesGoQuerystringRandom(t *testing.T) {
	r := rand.New(rand.NewSource(42))
	maybeStr := func() *string {
		if r.Intn(3) == 0 {
			return nil
		}
		return str(randomString(r))
	}
	scalars := func() qsScalars {
		return qsScalars{
			S: randomString(r), B: r.Intn(2) == 0, I: r.Intn(5) - 2, I8: int8(r.Intn(256) - 128),
			I64: r.Int63n(3) * r.Int63(), U: uint(r.Intn(3)), U16: uint16(r.Intn(3)), C: currency(randomString(r)),
		}
	}
	address := func() *qsAddress {
		if r.Intn(3) == 0 {
			return nil
		}
		return &qsAddress{Line1: maybeStr(), Line2: maybeStr(), City: maybeStr(), PostalCode: maybeStr()}
	}
	for i := 0; i < 500; i++ {
		c := &qsCharge{Currency: maybeStr(), Description: maybeStr()}
		if r.Intn(2) == 0 {
			c.Amount = i64(r.Int63n(3) * r.Int63())
		}
		if r.Intn(2) == 0 {
			c.Capture = boolp(r.Intn(2) == 0)
		}
		if r.Intn(3) > 0 {
			c.Shipping = &qsShipping{Name: maybeStr(), Phone: maybeStr(), Address: address()}
		}
		require.Equal(t, querystringValues(t, c), ourValues(c), "%+v", c)

		n := &qsNested{Value: scalars(), Note: maybeStr(), Ship: qsShipping{Name: maybeStr(), Address: address()}}
		n.Customer = maybeStr()
		if r.Intn(2) == 0 {
			s := scalars()
			n.Ptr = &s
		}
		require.Equal(t, querystringValues(t, n), ourValues(n), "%+v", n)
	}
}
