// Package bankaccount creates, reads, updates, deletes, lists and verifies
// the bank accounts stored on a Payske customer (the customer's sources of
// object bank_account).
//
// Every call names the customer in params.Customer; it builds the URL and is
// never sent. The package-level functions use payske.Key and the global
// backend:
//
//	payske.Key = "sk_test_..."
//	ba, err := bankaccount.New(&payske.BankAccountParams{
//		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
//		Token:    payske.String("btok_1JxB9F2eZvKYlo2CTkTlVpHt"),
//	})
//	ba, err = bankaccount.Verify(ba.ID, &payske.BankAccountVerifyParams{
//		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
//		Amounts:  payske.Int64Slice([]int64{32, 45}),
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
package bankaccount

import (
	"net/http"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/form"
	"github.com/payske/payske-go/internal/apicall"
)

const (
	sourcesRoute = "/v1/customers/{customer}/sources"
	sourceRoute  = "/v1/customers/{customer}/sources/{id}"
	verifyRoute  = "/v1/customers/{customer}/sources/{id}/verify"
)

// Client calls the bank account endpoints with its own backend and key.
type Client struct {
	// B sends the requests, for example payske.GetBackend(payske.APIBackend)
	// or a backend made with payske.GetBackendWithConfig. It must not be nil.
	B payske.Backend
	// Key is the secret API key every request is made with; it is never
	// printed (see String).
	Key string
}

// String describes c without its key, so that printing a client (with %v,
// %+v or %s) never shows the secret.
func (c Client) String() string { return "bankaccount.Client{Key: [redacted]}" }

// GoString is String, for %#v.
func (c Client) GoString() string { return c.String() }

// New attaches a bank account to params.Customer (POST
// /v1/customers/{customer}/sources), from the token in params.Token.
func New(params *payske.BankAccountParams) (*payske.BankAccount, error) {
	return getC().New(params)
}

// New attaches a bank account to params.Customer (POST
// /v1/customers/{customer}/sources).
func (c Client) New(params *payske.BankAccountParams) (*payske.BankAccount, error) {
	if err := checkCustomer("New", params); err != nil {
		return nil, err
	}
	return apicall.Do[payske.BankAccount](c.B, http.MethodPost, sourcesRoute, c.Key, params, *params.Customer)
}

// Get retrieves the bank account id of params.Customer (GET
// /v1/customers/{customer}/sources/{id}).
func Get(id string, params *payske.BankAccountParams) (*payske.BankAccount, error) {
	return getC().Get(id, params)
}

// Get retrieves the bank account id of params.Customer (GET
// /v1/customers/{customer}/sources/{id}). Only the shared Params (expand,
// ...) are sent: account details set by mistake never reach the URL.
func (c Client) Get(id string, params *payske.BankAccountParams) (*payske.BankAccount, error) {
	if err := checkCustomer("Get", params); err != nil {
		return nil, err
	}
	return apicall.Do[payske.BankAccount](c.B, http.MethodGet, sourceRoute, c.Key, paramsOnly{params}, *params.Customer, id)
}

// Update changes the bank account id of params.Customer (POST
// /v1/customers/{customer}/sources/{id}): the holder's name and type, and
// metadata. The other details cannot be changed.
func Update(id string, params *payske.BankAccountParams) (*payske.BankAccount, error) {
	return getC().Update(id, params)
}

// Update changes the bank account id of params.Customer (POST
// /v1/customers/{customer}/sources/{id}).
func (c Client) Update(id string, params *payske.BankAccountParams) (*payske.BankAccount, error) {
	if err := checkCustomer("Update", params); err != nil {
		return nil, err
	}
	return apicall.Do[payske.BankAccount](c.B, http.MethodPost, sourceRoute, c.Key, params, *params.Customer, id)
}

// Del removes the bank account id from params.Customer (DELETE
// /v1/customers/{customer}/sources/{id}). The answer has only ID, Object
// and Deleted set.
func Del(id string, params *payske.BankAccountParams) (*payske.BankAccount, error) {
	return getC().Del(id, params)
}

// Del removes the bank account id from params.Customer (DELETE
// /v1/customers/{customer}/sources/{id}). Only the shared Params are sent.
func (c Client) Del(id string, params *payske.BankAccountParams) (*payske.BankAccount, error) {
	if err := checkCustomer("Del", params); err != nil {
		return nil, err
	}
	return apicall.Do[payske.BankAccount](c.B, http.MethodDelete, sourceRoute, c.Key, paramsOnly{params}, *params.Customer, id)
}

// Verify confirms the bank account id of params.Customer with the amounts of
// the two micro-deposits Payske sent to it (POST
// /v1/customers/{customer}/sources/{id}/verify).
func Verify(id string, params *payske.BankAccountVerifyParams) (*payske.BankAccount, error) {
	return getC().Verify(id, params)
}

// Verify confirms the bank account id of params.Customer (POST
// /v1/customers/{customer}/sources/{id}/verify).
func (c Client) Verify(id string, params *payske.BankAccountVerifyParams) (*payske.BankAccount, error) {
	if params == nil || params.Customer == nil || *params.Customer == "" {
		return nil, missingCustomerError{"Verify"}
	}
	return apicall.Do[payske.BankAccount](c.B, http.MethodPost, verifyRoute, c.Key, params, *params.Customer, id)
}

// List returns an iterator over the bank accounts of params.Customer (GET
// /v1/customers/{customer}/sources?object=bank_account), fetching page by
// page. Without a customer the iterator stops at once with an error, before
// any request.
func List(params *payske.BankAccountListParams) *Iter {
	return getC().List(params)
}

// List returns an iterator over the bank accounts of params.Customer (GET
// /v1/customers/{customer}/sources?object=bank_account).
func (c Client) List(params *payske.BankAccountListParams) *Iter {
	if params == nil || params.Customer == nil || *params.Customer == "" {
		return &Iter{payske.NewIter[payske.BankAccount](failingBackend{missingCustomerError{"List"}}, sourcesRoute, nil, c.Key, nil, bankAccountID)}
	}
	query := &listParams{Object: "bank_account", BankAccountListParams: params}
	return &Iter{payske.NewIter(c.B, sourcesRoute, []string{*params.Customer}, c.Key, query, bankAccountID)}
}

// Iter iterates over a list of bank accounts. Next, Err, Meta and All come
// from payske.Iter.
type Iter struct {
	*payske.Iter[payske.BankAccount]
}

// BankAccount returns the bank account Next moved to.
func (i *Iter) BankAccount() *payske.BankAccount { return i.Current() }

func bankAccountID(b *payske.BankAccount) string { return b.ID }

// listParams restricts the customer's sources to bank accounts without
// touching the caller's params: object=bank_account first, then the
// caller's list params.
type listParams struct {
	Object string `form:"object"`
	*payske.BankAccountListParams
}

// paramsOnly sends only the shared Params (expand, metadata, extra) of a
// BankAccountParams, for requests whose parameters go into the URL.
type paramsOnly struct{ p *payske.BankAccountParams }

// GetParams implements payske.ParamsContainer.
func (q paramsOnly) GetParams() *payske.Params { return &q.p.Params }

// AppendTo implements form.Appender.
func (q paramsOnly) AppendTo(values *form.Values, _ []string) { form.AppendTo(values, &q.p.Params) }

// missingCustomerError is returned, before any request, by a call whose
// params do not name the customer. It wraps payske.ErrInvalidID: the
// customer ID is a part of the URL.
type missingCustomerError struct{ method string }

func (e missingCustomerError) Error() string {
	return "payske: bankaccount." + e.method + ": params.Customer is required (the customer the bank account belongs to)"
}

func (e missingCustomerError) Unwrap() error { return payske.ErrInvalidID }

func checkCustomer(method string, params *payske.BankAccountParams) error {
	if params == nil || params.Customer == nil || *params.Customer == "" {
		return missingCustomerError{method}
	}
	return nil
}

// failingBackend answers every request with err, without sending it: an
// iterator built on it reports err from its first Next.
type failingBackend struct{ err error }

func (b failingBackend) Call(string, string, string, payske.ParamsContainer, payske.LastResponseSetter) error {
	return b.err
}

func (b failingBackend) Do(*payske.Request, payske.LastResponseSetter) error { return b.err }

func getC() Client {
	return Client{B: payske.GetBackend(payske.APIBackend), Key: payske.Key}
}
