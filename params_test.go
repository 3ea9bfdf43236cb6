package payske

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/payske/payske-go/form"
)

func encode(p any) string {
	v := &form.Values{}
	form.AppendTo(v, p)
	return v.Encode()
}

func TestParamsHelpersEncode(t *testing.T) {
	cases := []struct {
		name string
		p    func() any
		want string
	}{
		{"empty", func() any { return &testParams{} }, ""},
		{"metadata", func() any {
			p := &testParams{}
			p.AddMetadata("order_id", "6735")
			return p
		}, "metadata%5Border_id%5D=6735"},
		{"metadata unset", func() any {
			p := &testParams{}
			p.AddMetadata("old", "")
			return p
		}, "metadata%5Bold%5D="},
		{"expand", func() any {
			p := &testParams{}
			p.AddExpand("customer")
			p.AddExpand("balance_transaction")
			return p
		}, "expand%5B0%5D=customer&expand%5B1%5D=balance_transaction"},
		{"extra keeps raw keys in order", func() any {
			p := &testParams{}
			p.AddExtra("nested[field]", "x")
			p.AddExtra("a", "1")
			p.AddExtra("nested[field]", "y")
			return p
		}, "nested%5Bfield%5D=x&a=1&nested%5Bfield%5D=y"},
		{"options never reach the wire", func() any {
			p := &testParams{}
			p.SetIdempotencyKey("idem")
			p.SetPayskeAccount("acct_1")
			p.Headers = map[string][]string{"X": {"y"}}
			return p
		}, ""},
		{"own fields after the embedded ones", func() any {
			p := &testParams{Amount: Int64(100)}
			p.AddExpand("customer")
			p.AddMetadata("k", "v")
			return p
		}, "expand%5B0%5D=customer&metadata%5Bk%5D=v&amount=100"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, encode(tc.p()))
		})
	}
}

func TestListParamsAndFiltersEncode(t *testing.T) {
	p := &ListParams{Limit: Int64(10), StartingAfter: String("ch_1")}
	p.Filters.AddFilter("limit", "", "3")
	p.Filters.AddFilter("created", "gte", "1600000000")
	p.AddExpand("data.customer")
	p.SetPayskeAccount("acct_1")
	p.Single = true
	assert.Equal(t,
		"expand%5B0%5D=data.customer&limit=3&created%5Bgte%5D=1600000000&limit=10&starting_after=ch_1",
		encode(p))
	assert.Same(t, p, p.GetListParams())
}

func TestPointerHelpers(t *testing.T) {
	assert.Equal(t, "x", *String("x"))
	assert.Equal(t, "", StringValue(nil))
	assert.Equal(t, "x", StringValue(String("x")))
	assert.Equal(t, int64(3), Int64Value(Int64(3)))
	assert.Equal(t, int64(0), Int64Value(nil))
	assert.True(t, BoolValue(Bool(true)))
	assert.False(t, BoolValue(nil))
	assert.Equal(t, 1.5, Float64Value(Float64(1.5)))
	assert.Equal(t, 0.0, Float64Value(nil))
	s := StringSlice([]string{"a", "b"})
	assert.Equal(t, []string{"a", "b"}, []string{*s[0], *s[1]})
	n := Int64Slice([]int64{32, 45})
	assert.Equal(t, []int64{32, 45}, []int64{*n[0], *n[1]})
}

// TestListParamsToParamsCarriesTheCallOptions: the Params of a list's
// options steer a call as the list's options steer its pages; the list's
// own parameters stay behind.
func TestListParamsToParamsCarriesTheCallOptions(t *testing.T) {
	type ctxKey struct{}
	ctx := context.WithValue(context.Background(), ctxKey{}, "v")
	lp := &ListParams{
		Context:       ctx,
		Headers:       http.Header{"X-Custom": {"yes"}},
		Limit:         Int64(3),
		StartingAfter: String("ch_1"),
		Expand:        []*string{String("data.customer")},
	}
	lp.SetPayskeAccount("acct_123")
	lp.Filters.AddFilter("created", "gte", "1")

	p := lp.ToParams()
	assert.Equal(t, &Params{Context: ctx, Headers: http.Header{"X-Custom": {"yes"}}, PayskeAccount: String("acct_123")}, p)
	p.Headers.Set("X-Custom", "changed")
	assert.Equal(t, "yes", lp.Headers.Get("X-Custom"), "the headers are a copy")

	assert.Equal(t, &Params{}, (&ListParams{}).ToParams())
	var nilParams *ListParams
	assert.Equal(t, &Params{}, nilParams.ToParams())
}
