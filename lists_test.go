package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEveryListTypeIsAListContainer: a page of every list type gives its
// own envelope through GetListMeta, as old code reading a page generically
// expects.
func TestEveryListTypeIsAListContainer(t *testing.T) {
	lists := []ListContainer{
		&BankAccountList{}, &CardList{}, &ChargeList{}, &CheckoutSessionList{},
		&CustomerList{}, &CustomerSubscriptionList{}, &CustomerTaxIDList{},
		&EventList{}, &LineItemList{}, &PaymentSourceList{}, &RefundList{},
		&SourceList{}, &Page[Charge]{}, &ListMeta{},
	}
	for _, l := range lists {
		m := l.GetListMeta()
		m.URL = "/v1/x"
		assert.Same(t, m, l.GetListMeta(), "%T", l)
	}
	charges := &ChargeList{ListMeta: ListMeta{HasMore: true}}
	assert.Same(t, &charges.ListMeta, charges.GetListMeta())
	assert.True(t, charges.GetListMeta().HasMore)
}

func TestSourceListIsPaymentSourceList(t *testing.T) {
	// A function of the old name takes the new type, and back.
	oldFirst := func(l *SourceList) *PaymentSourceList { return l }
	p := oldFirst(&PaymentSourceList{Data: []*PaymentSource{{ID: "card_1"}}})
	assert.Equal(t, "card_1", p.Data[0].ID)
}
