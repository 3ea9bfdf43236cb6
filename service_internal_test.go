package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/payske/payske-go/form"
)

// TestOnlySharedParamsSendsOnlyTheSharedParams: card details never reach the
// query of a GET, and a nil params (typed or not) stays an untyped nil.
func TestOnlySharedParamsSendsOnlyTheSharedParams(t *testing.T) {
	assert.Nil(t, onlySharedParams(nil))
	assert.Nil(t, onlySharedParams((*CardParams)(nil)))

	p := &CardParams{Customer: String("cus_1"), Number: String("4242424242424242")}
	p.AddExpand("customer")
	shared := onlySharedParams(p)
	assert.Same(t, &p.Params, shared.GetParams())
	values := &form.Values{}
	form.AppendTo(values, shared)
	assert.Equal(t, "expand%5B0%5D=customer", values.Encode())
}

// TestFilterObjectsSendsTheObjectFirstAndLeavesTheParams: object=card comes
// first and the caller's params are read, not copied or changed; nil params
// send the filter alone.
func TestFilterObjectsSendsTheObjectFirstAndLeavesTheParams(t *testing.T) {
	p := &CardListParams{Customer: String("cus_1")}
	p.Limit = Int64(2)
	q := filterObjects("card", p)
	assert.Same(t, &p.ListParams, q.GetListParams())
	values := &form.Values{}
	form.AppendTo(values, q)
	assert.Equal(t, "object=card&limit=2", values.Encode())

	for _, params := range []ListParamsContainer{nil, (*CardListParams)(nil)} {
		q := filterObjects("card", params)
		assert.Nil(t, q.GetListParams())
		values := &form.Values{}
		form.AppendTo(values, q)
		assert.Equal(t, "object=card", values.Encode())
	}
}
