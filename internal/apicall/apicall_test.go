package apicall_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/apicall"
)

var customerOfCard = apicall.Field[payske.CardParams]{
	Package: "card",
	Name:    "Customer",
	Why:     "the customer the card belongs to",
	Get:     func(p *payske.CardParams) *string { return p.Customer },
}

// TestFieldFromNeedsANonEmptyValue: a nil or empty path field fails before
// any request, with the message the resource packages' tests assert.
func TestFieldFromNeedsANonEmptyValue(t *testing.T) {
	tests := []struct {
		name   string
		params *payske.CardParams
	}{
		{"nil params", nil},
		{"nil field", &payske.CardParams{}},
		{"empty field", &payske.CardParams{Customer: payske.String("")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := customerOfCard.From(tt.params, "New")
			assert.Empty(t, v)
			require.ErrorIs(t, err, payske.ErrInvalidID)
			assert.EqualError(t, err, "payske: card.New: params.Customer is required (the customer the card belongs to)")
		})
	}
	v, err := customerOfCard.From(&payske.CardParams{Customer: payske.String("cus_1")}, "New")
	require.NoError(t, err)
	assert.Equal(t, "cus_1", v)
}

// TestSharedParamsSendsOnlyTheSharedParams: card details never reach the
// query of a GET, and a nil params stays an untyped nil.
func TestSharedParamsSendsOnlyTheSharedParams(t *testing.T) {
	assert.Nil(t, apicall.SharedParams[payske.CardParams](nil))

	p := &payske.CardParams{Customer: payske.String("cus_1"), Number: payske.String("4242424242424242")}
	p.AddExpand("customer")
	shared := apicall.SharedParams(p)
	assert.Same(t, &p.Params, shared.GetParams())
	values := &form.Values{}
	form.AppendTo(values, shared)
	assert.Equal(t, "expand%5B0%5D=customer", values.Encode())
}

// TestFailingIterStopsWithTheErrorBeforeAnyRequest: the iterator reports the
// error from its first Next, with no page (Meta nil).
func TestFailingIterStopsWithTheErrorBeforeAnyRequest(t *testing.T) {
	_, want := customerOfCard.From(nil, "List")
	it := apicall.FailingIter[payske.Card]("/v1/customers/{customer}/sources", "sk_test_x", want)
	assert.False(t, it.Next())
	assert.Equal(t, want, it.Err())
	assert.Nil(t, it.Meta())
}

// TestObjectFilterSendsTheObjectFirstAndLeavesTheParams: object=card comes
// first and the caller's params are read, not copied or changed.
func TestObjectFilterSendsTheObjectFirstAndLeavesTheParams(t *testing.T) {
	p := &payske.CardListParams{Customer: payske.String("cus_1")}
	p.Limit = payske.Int64(2)
	q := apicall.ObjectFilter("card", p)
	assert.Same(t, &p.ListParams, q.GetListParams())
	values := &form.Values{}
	form.AppendTo(values, q)
	assert.Equal(t, "object=card&limit=2", values.Encode())
}
