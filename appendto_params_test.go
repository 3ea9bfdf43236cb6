package payske

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/payske/payske-go/form"
)

// withShared sets metadata, an extra parameter and an expansion on p, the
// three things of the embedded Params that reach the wire.
func withShared(p *Params) {
	p.AddMetadata("order", "42")
	p.AddExtra("raw_param", "x")
	p.AddExpand("customer")
}

// TestAppendersSendTheEmbeddedParams covers every params type of the
// package with its own AppendTo: metadata, extra parameters and expand set
// on its embedded Params must reach the wire, at the top level and nested.
// The order of the pairs is each type's own and is tested beside it.
func TestAppendersSendTheEmbeddedParams(t *testing.T) {
	cardToken := &CardParams{Customer: String("cus_1"), Token: String("tok_visa")}
	withShared(&cardToken.Params)
	cardRaw := &CardParams{Customer: String("cus_1"), Number: String("4242424242424242"), ExpMonth: String("12"), ExpYear: String("2030")}
	withShared(&cardRaw.Params)
	cardUpdate := &CardParams{Customer: String("cus_1"), Name: String("Jenny")}
	withShared(&cardUpdate.Params)
	cardNested := &CardParams{Number: String("4242424242424242")}
	withShared(&cardNested.Params)

	bankToken := &BankAccountParams{Customer: String("cus_1"), Token: String("btok_1")}
	withShared(&bankToken.Params)
	bankRaw := &BankAccountParams{Customer: String("cus_1"), AccountNumber: String("000123456789"), Country: String("US")}
	withShared(&bankRaw.Params)
	bankUpdate := &BankAccountParams{Customer: String("cus_1"), AccountHolderName: String("Jenny")}
	withShared(&bankUpdate.Params)
	bankNested := &BankAccountParams{AccountNumber: String("000123456789")}
	withShared(&bankNested.Params)

	sourceObject := &SourceObjectParams{Type: String("sepa_debit"), TypeData: map[string]string{"iban": "DE89370400440532013000"}}
	withShared(&sourceObject.Params)

	sourceCard := &CardParams{Number: String("4242424242424242")}
	withShared(&sourceCard.Params)

	cases := []struct {
		name   string
		params any
		want   string
	}{
		{"CardParams attaching a token", cardToken,
			"expand[0]=customer&metadata[order]=42&raw_param=x&source=tok_visa"},
		{"CardParams attaching raw details", cardRaw,
			"expand[0]=customer&metadata[order]=42&raw_param=x&card[exp_month]=12&card[exp_year]=2030&card[number]=4242424242424242"},
		{"CardParams updating a card", cardUpdate,
			"expand[0]=customer&metadata[order]=42&raw_param=x&name=Jenny"},
		{"CardParams nested in a token", &TokenParams{Card: cardNested},
			"card[expand][0]=customer&card[metadata][order]=42&card[number]=4242424242424242&raw_param=x"},
		{"BankAccountParams attaching a token", bankToken,
			"expand[0]=customer&metadata[order]=42&raw_param=x&source=btok_1"},
		{"BankAccountParams attaching raw details", bankRaw,
			"expand[0]=customer&metadata[order]=42&raw_param=x&bank_account[account_number]=000123456789&bank_account[country]=US"},
		{"BankAccountParams updating an account", bankUpdate,
			"expand[0]=customer&metadata[order]=42&raw_param=x&account_holder_name=Jenny"},
		{"BankAccountParams nested in a token", &TokenParams{BankAccount: bankNested},
			"bank_account[account_number]=000123456789&bank_account[expand][0]=customer&bank_account[metadata][order]=42&raw_param=x"},
		{"SourceObjectParams with type data", sourceObject,
			"expand[0]=customer&metadata[order]=42&raw_param=x&type=sepa_debit&sepa_debit[iban]=DE89370400440532013000"},
		{"SourceParams with card details", &ChargeParams{Source: &SourceParams{Card: sourceCard}},
			"card[expand][0]=customer&card[metadata][order]=42&card[number]=4242424242424242&raw_param=x"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			values := &form.Values{}
			form.AppendTo(values, tc.params)
			assert.ElementsMatch(t, strings.Split(tc.want, "&"), strings.Split(cardDecodedForm(t, values), "&"))
		})
	}
}
