//go:build !go1.27

package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPageTargetsAreUsedForFieldsTypes checks that the objects with a
// fields type decode their pages through it, and the others through the
// Page itself.
func TestPageTargetsAreUsedForFieldsTypes(t *testing.T) {
	assert.IsType(t, &fieldsPage[Charge, chargeFields]{}, newPageTarget[Charge]())
	assert.IsType(t, &fieldsPage[Customer, customerFields]{}, newPageTarget[Customer]())
	assert.IsType(t, &fieldsPage[CheckoutSession, checkoutSessionFields]{}, newPageTarget[CheckoutSession]())
	assert.IsType(t, &fieldsPage[Refund, refundFields]{}, newPageTarget[Refund]())
	assert.IsType(t, &fieldsPage[Card, cardFields]{}, newPageTarget[Card]())
	assert.IsType(t, &fieldsPage[BankAccount, bankAccountFields]{}, newPageTarget[BankAccount]())
	assert.IsType(t, &Page[Event]{}, newPageTarget[Event]())
	assert.IsType(t, &Page[PaymentSource]{}, newPageTarget[PaymentSource]())
}
