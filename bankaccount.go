package payske

import (
	"encoding/json"

	"github.com/payske/payske-go/form"
)

// BankAccount is a bank account stored on a customer (bankaccount.New
// attaches one from a token), or the bank account a token carries. A US
// bank account must be verified (bankaccount.Verify) before it can be
// debited. bankaccount.Del answers with only ID, Object and Deleted set.
type BankAccount struct {
	APIResource

	// Account is the connected account the bank account is an external
	// account of; an ID unless expanded. Nil for customers' accounts.
	Account *Account `json:"account"`

	AccountHolderName string                       `json:"account_holder_name"`
	AccountHolderType BankAccountAccountHolderType `json:"account_holder_type"`

	// AccountType is the kind of account, where the country knows several
	// (checking, savings, and in Japan futsu and toza).
	AccountType BankAccountAccountType `json:"account_type"`

	// AvailablePayoutMethods are the payout speeds the account supports,
	// for accounts that are external accounts.
	AvailablePayoutMethods []BankAccountAvailablePayoutMethod `json:"available_payout_methods"`
	BankName               string                             `json:"bank_name"`

	// Country is the two-letter code of the bank's country.
	Country  string   `json:"country"`
	Currency Currency `json:"currency"`

	// Customer is the customer the account is stored on; an ID unless
	// expanded, and possibly a deleted customer.
	Customer *Customer `json:"customer"`

	// DefaultForCurrency is true for the external account that receives
	// payouts in Currency.
	DefaultForCurrency bool `json:"default_for_currency"`

	// Deleted is true in the answer of bankaccount.Del.
	Deleted bool `json:"deleted"`

	// Fingerprint is the same for every use of one account number: use it
	// to spot one account stored many times.
	Fingerprint string `json:"fingerprint"`

	// FutureRequirements and Requirements are what Payske still needs to
	// know about an external account, later and now.
	FutureRequirements *BankAccountRequirements `json:"future_requirements"`
	ID                 string                   `json:"id"`
	Last4              string                   `json:"last4"`
	Metadata           map[string]string        `json:"metadata"`
	Object             string                   `json:"object"`
	Requirements       *BankAccountRequirements `json:"requirements"`
	RoutingNumber      string                   `json:"routing_number"`
	Status             BankAccountStatus        `json:"status"`
}

// UnmarshalJSON decodes a bare bank account ID (only ID is set) or a full
// bank account, decoding the object only once.
func (b *BankAccount) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*b = BankAccount{ID: id}
		return nil
	}
	type bankAccount BankAccount
	return json.Unmarshal(data, (*bankAccount)(b))
}

// MarshalJSON encodes b as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (b BankAccount) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&b) {
		return json.Marshal(b.ID)
	}
	type bankAccount BankAccount
	return json.Marshal(bankAccount(b))
}

// answerObject implements objectChecker.
func (b *BankAccount) answerObject() (string, objectKinds) { return b.Object, "bank_account" }

// BankAccountList is a page of a customer's bank accounts, as GET
// /v1/customers/{customer}/sources?object=bank_account returns it.
type BankAccountList struct {
	ListMeta
	Data []*BankAccount `json:"data"`
}

// BankAccountStatus is where a bank account stands. A customer's account
// starts as new, becomes validated when a debit could be made and verified
// after micro-deposits were confirmed; verification_failed and errored ones
// cannot be debited.
type BankAccountStatus string

// The bank account statuses.
const (
	BankAccountStatusErrored            BankAccountStatus = "errored"
	BankAccountStatusNew                BankAccountStatus = "new"
	BankAccountStatusValidated          BankAccountStatus = "validated"
	BankAccountStatusVerificationFailed BankAccountStatus = "verification_failed"
	BankAccountStatusVerified           BankAccountStatus = "verified"
)

// BankAccountRequirements lists the information Payske still needs about a
// bank account that is an external account, by the name of the field that
// needs it.
type BankAccountRequirements struct {
	CurrentlyDue []string `json:"currently_due"`

	// Errors explains why information given earlier was not accepted.
	Errors              []*BankAccountRequirementsError `json:"errors"`
	PastDue             []string                        `json:"past_due"`
	PendingVerification []string                        `json:"pending_verification"`
}

// BankAccountRequirementsError is one requirement that failed verification.
type BankAccountRequirementsError struct {
	// Code is a machine-readable reason, for example
	// "verification_document_expired".
	Code string `json:"code"`

	// Reason explains the failure to a person.
	Reason string `json:"reason"`

	// Requirement is the field the error is about.
	Requirement string `json:"requirement"`
}

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
	if len(keyParts) > 0 {
		fields := *p
		fields.Extra = nil
		appendParamsUnder(values, keyParts, (*bankAccountParamsFields)(&fields))
		p.Extra.AppendTo(values, keyParts)
		return
	}
	form.AppendTo(values, &p.Params)
	if p.Token != nil {
		values.Add("source", *p.Token)
	}
	details := *p
	details.Params = Params{}
	var under []string
	if p.AccountNumber != nil {
		under = []string{"bank_account"}
	}
	appendParamsUnder(values, under, (*bankAccountParamsFields)(&details))
}

// BankAccountListParams are the parameters of bankaccount.List. Customer is
// required; it builds the URL and is never sent.
type BankAccountListParams struct {
	ListParams `form:"*"`

	// Customer is the ID of the customer whose bank accounts are listed.
	Customer *string `form:"-"`
}

// BankAccountVerifyParams are the parameters of bankaccount.Verify: the
// amounts, in cents, of the two micro-deposits Payske sent to the account.
type BankAccountVerifyParams struct {
	Params `form:"*"`

	// Amounts are the two micro-deposit amounts, sent as amounts[0] and
	// amounts[1].
	Amounts []*int64 `form:"amounts"`

	// Customer is the ID of the customer the account belongs to. It builds
	// the URL and is never sent.
	Customer *string `form:"-"`
}
