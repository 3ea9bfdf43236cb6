package payske

import "github.com/payske/payske-go/form"

// BankAccountParams serve two purposes, as in the Payske reference:
//
//   - nested in TokenParams.BankAccount, they are the account details to
//     tokenize, sent as bank_account[country]=..., ...;
//   - on their own, they are the parameters of bankaccount.New, Get,
//     Update and Del. Customer names the customer in the URL and is never
//     sent. For bankaccount.New, Token (a btok_... ID) is sent as
//     source=<token>; raw details (AccountNumber set) are sent as
//     bank_account[...] instead. For bankaccount.Update, the holder's name
//     and type, and metadata, are sent as they are.
type BankAccountParams struct {
	Params `form:"*"`

	AccountHolderName *string `form:"account_holder_name"`

	// AccountHolderType is "individual" or "company"; see
	// BankAccountAccountHolderType.
	AccountHolderType *string `form:"account_holder_type"`
	AccountNumber     *string `form:"account_number"`

	// AccountType is "checking", "savings", "futsu" or "toza"; see
	// BankAccountAccountType.
	AccountType *string `form:"account_type"`

	// Country is the two-letter code of the bank's country.
	Country  *string `form:"country"`
	Currency *string `form:"currency"`

	// Customer is the ID of the customer the account belongs to. It builds
	// the URL of bankaccount.New, Get, Update and Del and is never sent.
	Customer *string `form:"-"`

	// PaymentMethod is the ID of a us_bank_account payment method to make
	// the token from, instead of the account details.
	PaymentMethod *string `form:"payment_method"`

	// RoutingNumber identifies the bank (ABA routing number in the US,
	// sort code in the UK, ...).
	RoutingNumber *string `form:"routing_number"`

	// Token is the ID of a bank account token (btok_...) to attach with
	// bankaccount.New, sent as source=<token>. It is not sent when
	// BankAccountParams are nested.
	Token *string `form:"-"`
}

// bankAccountParamsFields is BankAccountParams without its methods, so that
// the form encoder walks the fields instead of calling AppendTo again.
type bankAccountParamsFields BankAccountParams

// AppendTo implements form.Appender. Nested (keyParts set, as in a token
// request) it writes every field under keyParts, Extra pairs aside, which
// are always sent as written. At the top level it writes expand, metadata
// and extra, then Token as source, then the account fields: plain for
// bankaccount.Update, or under bank_account[...] when AccountNumber is set,
// because the attach endpoint takes raw details only as a bank_account hash.
// Customer is never written.
func (p *BankAccountParams) AppendTo(values *form.Values, keyParts []string) {
	if p == nil {
		return
	}
	appendDetailsParams(values, keyParts, p, p.Token, "bank_account", p.AccountNumber != nil,
		func(b *BankAccountParams) *Params { return &b.Params },
		func(b *BankAccountParams) any { return (*bankAccountParamsFields)(b) })
}
