package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The wire values are the schema's, letter for letter: a typo would be
// rejected by the API only at run time.
func TestCheckoutSessionParamEnumsAreTheSchemaValues(t *testing.T) {
	cases := []struct{ got, want string }{
		{string(CheckoutSessionPaymentIntentDataCaptureMethodAutomatic), "automatic"},
		{string(CheckoutSessionPaymentIntentDataCaptureMethodAutomaticAsync), "automatic_async"},
		{string(CheckoutSessionPaymentIntentDataCaptureMethodManual), "manual"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsDefaultForInvoice), "invoice"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsDefaultForSubscription), "subscription"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsPaymentScheduleCombined), "combined"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsPaymentScheduleInterval), "interval"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsPaymentScheduleSporadic), "sporadic"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsTransactionTypeBusiness), "business"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitMandateOptionsTransactionTypePersonal), "personal"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitVerificationMethodAutomatic), "automatic"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitVerificationMethodInstant), "instant"},
		{string(CheckoutSessionPaymentMethodOptionsACSSDebitVerificationMethodMicrodeposits), "microdeposits"},
		{string(CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypeABA), "aba"},
		{string(CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypeIBAN), "iban"},
		{string(CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypeSEPA), "sepa"},
		{string(CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypeSortCode), "sort_code"},
		{string(CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypeSPEI), "spei"},
		{string(CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypeSWIFT), "swift"},
		{string(CheckoutSessionPaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypeZengin), "zengin"},
		{string(CheckoutSessionPaymentMethodOptionsCustomerBalanceFundingTypeBankTransfer), "bank_transfer"},
		{string(CheckoutSessionPaymentMethodOptionsMandateAmountTypeFixed), "fixed"},
		{string(CheckoutSessionPaymentMethodOptionsMandateAmountTypeMaximum), "maximum"},
		{string(CheckoutSessionPaymentMethodOptionsPayToMandateOptionsPaymentScheduleAdhoc), "adhoc"},
		{string(CheckoutSessionPaymentMethodOptionsPayToMandateOptionsPaymentScheduleAnnual), "annual"},
		{string(CheckoutSessionPaymentMethodOptionsPayToMandateOptionsPaymentScheduleDaily), "daily"},
		{string(CheckoutSessionPaymentMethodOptionsPayToMandateOptionsPaymentScheduleFortnightly), "fortnightly"},
		{string(CheckoutSessionPaymentMethodOptionsPayToMandateOptionsPaymentScheduleMonthly), "monthly"},
		{string(CheckoutSessionPaymentMethodOptionsPayToMandateOptionsPaymentScheduleQuarterly), "quarterly"},
		{string(CheckoutSessionPaymentMethodOptionsPayToMandateOptionsPaymentScheduleSemiAnnual), "semi_annual"},
		{string(CheckoutSessionPaymentMethodOptionsPayToMandateOptionsPaymentScheduleWeekly), "weekly"},
		{string(CheckoutSessionPaymentMethodOptionsPixMandateOptionsPaymentScheduleHalfyearly), "halfyearly"},
		{string(CheckoutSessionPaymentMethodOptionsPixMandateOptionsPaymentScheduleMonthly), "monthly"},
		{string(CheckoutSessionPaymentMethodOptionsPixMandateOptionsPaymentScheduleQuarterly), "quarterly"},
		{string(CheckoutSessionPaymentMethodOptionsPixMandateOptionsPaymentScheduleWeekly), "weekly"},
		{string(CheckoutSessionPaymentMethodOptionsPixMandateOptionsPaymentScheduleYearly), "yearly"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsPermissionBalances), "balances"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsPermissionOwnership), "ownership"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsPermissionPaymentMethod), "payment_method"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsPermissionTransactions), "transactions"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsPrefetchBalances), "balances"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsPrefetchOwnership), "ownership"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountFinancialConnectionsPrefetchTransactions), "transactions"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountVerificationMethodAutomatic), "automatic"},
		{string(CheckoutSessionPaymentMethodOptionsUSBankAccountVerificationMethodInstant), "instant"},
		{string(CheckoutSessionShippingOptionShippingRateDataTypeFixedAmount), "fixed_amount"},
		{string(CheckoutSessionSubscriptionDataBillingModeTypeClassic), "classic"},
		{string(CheckoutSessionSubscriptionDataBillingModeTypeFlexible), "flexible"},
		{string(CheckoutSessionSubscriptionDataBillingModeFlexibleProrationDiscountsIncluded), "included"},
		{string(CheckoutSessionSubscriptionDataBillingModeFlexibleProrationDiscountsItemized), "itemized"},
		{string(CheckoutSessionSubscriptionDataProrationBehaviorCreateProrations), "create_prorations"},
		{string(CheckoutSessionSubscriptionDataProrationBehaviorNone), "none"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, tc.got)
	}
}
