package payske_test

import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
)

// staticCharges is a test's fake of charge.API: embedding the interface
// satisfies it, and only the method the code under test calls is written.
type staticCharges struct {
	charge.API
	charges []*payske.Charge
}

func (f staticCharges) List(*payske.ChargeListParams) *charge.Iter {
	return &charge.Iter{Iter: payske.NewSliceIter(f.charges, nil)}
}

// A fake's List serves a slice; the code that ranges over it cannot tell it
// from pages fetched from Payske.
func ExampleNewSliceIter() {
	var charges charge.API = staticCharges{charges: []*payske.Charge{
		{ID: "ch_1", Amount: 2000, Currency: payske.CurrencyUSD},
		{ID: "ch_2", Amount: 550, Currency: payske.CurrencyUSD},
	}}

	var total int64
	for c, err := range charges.List(nil).All() {
		if err != nil {
			fmt.Println(err)
			return
		}
		total += c.Amount
	}
	fmt.Println("total:", total)
	// Output: total: 2550
}
