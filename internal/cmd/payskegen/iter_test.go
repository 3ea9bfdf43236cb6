package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnIteratorsListIsChecked checks that an iterator whose list is not a
// page of its item among the lists, or whose alias is no other name, stops
// the generator before it writes anything.
func TestAnIteratorsListIsChecked(t *testing.T) {
	lists := &listsConfig{Types: []*listConfig{
		{Name: "ChargeList", Item: "Charge", Doc: "d"},
		{Name: "RefundList", Item: "Refund", Doc: "d"},
		{Name: "TaxIDList", Raw: true, Doc: "d"},
	}}
	tests := []struct {
		name    string
		list    string
		aliases []string
		err     string
	}{
		{"no list", "", nil, "list names no page type: set list to the lists entry of Charge"},
		{"unknown list", "ChargesList", nil, "list ChargesList is not among the lists"},
		{"list of another item", "RefundList", nil, "list RefundList holds []*Refund, not the iterator's Charge"},
		{"raw list", "TaxIDList", nil, "list TaxIDList holds []json.RawMessage, not the iterator's Charge"},
		{"alias not exported", "ChargeList", []string{"chargeList"}, `list alias "chargeList" is not another exported Go name`},
		{"alias is the list", "ChargeList", []string{"ChargeList"}, `list alias "ChargeList" is not another exported Go name`},
		{"alias twice", "ChargeList", []string{"Charges", "Charges"}, `list alias "Charges" is not another exported Go name`},
		{"alias is a list", "ChargeList", []string{"RefundList"}, "list alias RefundList is a list of its own, not an alias of ChargeList"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := &iterConfig{Name: "Iter", Item: "Charge", Noun: "charge", Doc: "d", List: tt.list, ListAliases: tt.aliases}
			c := &config{Lists: lists, Packages: []*pkgConfig{{Dir: "charge", Name: "charge", Endpoints: "charges", Iters: []*iterConfig{it}}}}
			err := c.resolve(nil)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "payskegen: charge: iterator Iter: "+tt.err)
		})
	}
}

// TestIteratorsReturnTheirPageAsTheListType checks the written accessors:
// the page as the list type, by conversion of payske.Page, and each alias
// returning the same page.
func TestIteratorsReturnTheirPageAsTheListType(t *testing.T) {
	root := t.TempDir()
	p := &pkgConfig{Dir: "paymentsource", Name: "paymentsource", Iters: []*iterConfig{{
		Name: "Iter", Item: "PaymentSource", Noun: "payment source", Doc: "Iter iterates over payment sources.",
		List: "PaymentSourceList", ListAliases: []string{"SourceList"},
	}}}
	require.NoError(t, writeIters(root, p))
	got, err := os.ReadFile(filepath.Join(root, "paymentsource", "iter_gen.go"))
	require.NoError(t, err)
	for _, want := range []string{
		"func (i Iter) Page() *payske.Page[payske.PaymentSource] { return i.Iter.Page() }",
		"func (i Iter) PaymentSourceList() *payske.PaymentSourceList {\n\treturn (*payske.PaymentSourceList)(i.Iter.Page())\n}",
		"// PaymentSourceList returns the page the last Next read: the one the current\n// payment source came from",
		"func (i Iter) SourceList() *payske.SourceList { return i.PaymentSourceList() }",
		"// SourceList returns the page PaymentSourceList returns, under the name\n// older releases gave its type. Prefer PaymentSourceList.",
	} {
		assert.Contains(t, string(got), want)
	}
}
