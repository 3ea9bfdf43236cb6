package apicall_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
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

// TestFailingIterStopsWithTheErrorBeforeAnyRequest: the iterator reports the
// error from its first Next, with no page (Meta nil).
func TestFailingIterStopsWithTheErrorBeforeAnyRequest(t *testing.T) {
	_, want := customerOfCard.From(nil, "List")
	it := apicall.FailingIter[payske.Card]("/v1/customers/{customer}/sources", "sk_test_x", want)
	assert.False(t, it.Next())
	assert.Equal(t, want, it.Err())
	assert.Nil(t, it.Meta())
}

// TestContextIsTheParamsContextOrBackground: a package-level call runs
// under its params' Context, and under context.Background() without one.
func TestContextIsTheParamsContextOrBackground(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "v")
	p := &payske.ChargeParams{}
	assert.Equal(t, context.Background(), apicall.Context(p))
	assert.Equal(t, context.Background(), apicall.Context[payske.ChargeParams](nil))
	p.Context = ctx
	assert.Equal(t, ctx, apicall.Context(p))

}
