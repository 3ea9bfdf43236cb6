package bankaccount

import "github.com/payske/payske-go"

// API is the customer bank accounts endpoints as an interface, satisfied by
// Client. Code that takes an API instead of a Client can be tested with a
// fake.
//
// A fake's List can return a list built from a slice:
//
//	return &bankaccount.Iter{Iter: payske.NewSliceIter([]*payske.BankAccount{...}, nil)}
type API interface {
	// New attaches a bank account to params.Customer (POST
	// /v1/customers/{customer}/sources).
	New(params *payske.BankAccountParams) (*payske.BankAccount, error)
	// Get retrieves the bank account id of params.Customer (GET
	// /v1/customers/{customer}/sources/{id}). Only the shared Params (expand,
	// ...) are sent: account details set by mistake never reach the URL.
	Get(id string, params *payske.BankAccountParams) (*payske.BankAccount, error)
	// Update changes the bank account id of params.Customer (POST
	// /v1/customers/{customer}/sources/{id}).
	Update(id string, params *payske.BankAccountParams) (*payske.BankAccount, error)
	// Del removes the bank account id from params.Customer (DELETE
	// /v1/customers/{customer}/sources/{id}). Only the shared Params are sent.
	Del(id string, params *payske.BankAccountParams) (*payske.BankAccount, error)
	// Verify confirms the bank account id of params.Customer (POST
	// /v1/customers/{customer}/sources/{id}/verify).
	Verify(id string, params *payske.BankAccountVerifyParams) (*payske.BankAccount, error)
	// List returns an iterator over the bank accounts of params.Customer (GET
	// /v1/customers/{customer}/sources?object=bank_account).
	List(params *payske.BankAccountListParams) *Iter
}

var _ API = (*Client)(nil)
