package bankaccount_test

import (
	"errors"
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/bankaccount"
	"github.com/payske/payske-go/customer"
	"github.com/payske/payske-go/internal/fakeglobal"
	"github.com/payske/payske-go/token"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

// newBankAccountToken tokenizes a US test bank account, as Payske.js would
// in the browser.
func newBankAccountToken() (*payske.Token, error) {
	return token.New(&payske.TokenParams{
		BankAccount: &payske.BankAccountParams{
			Country:           payske.String("US"),
			Currency:          payske.String(string(payske.CurrencyUSD)),
			AccountHolderName: payske.String("Jenny Rosen"),
			AccountHolderType: payske.String(string(payske.BankAccountAccountHolderTypeIndividual)),
			RoutingNumber:     payske.String("110000000"),
			AccountNumber:     payske.String("000123456789"),
		},
	})
}

// newCustomerWithBankAccount makes a customer with one bank account.
func newCustomerWithBankAccount() (cus *payske.Customer, ba *payske.BankAccount, err error) {
	cus, err = customer.New(nil)
	if err != nil {
		return nil, nil, err
	}
	tok, err := newBankAccountToken()
	if err != nil {
		return nil, nil, err
	}
	ba, err = bankaccount.New(&payske.BankAccountParams{Customer: payske.String(cus.ID), Token: payske.String(tok.ID)})
	return cus, ba, err
}

func ExampleNew() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, _ := customer.New(nil)
	tok, err := newBankAccountToken()
	if err != nil {
		fmt.Println("tokenizing failed:", err)
		return
	}

	params := &payske.BankAccountParams{
		Customer: payske.String(cus.ID),
		Token:    payske.String(tok.ID),
	}
	ba, err := bankaccount.New(params)
	if err != nil {
		fmt.Println("attach failed:", err)
		return
	}
	fmt.Println(ba.AccountHolderName, ba.Last4, ba.Status)
	// Output: Jenny Rosen 6789 new
}

func ExampleGet() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, created, err := newCustomerWithBankAccount()
	if err != nil {
		fmt.Println("setup failed:", err)
		return
	}

	params := &payske.BankAccountParams{
		Customer: payske.String(cus.ID),
	}
	ba, err := bankaccount.Get(created.ID, params)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(ba.Country, ba.Currency, ba.RoutingNumber, ba.Status)
	// Output: US usd 110000000 new
}

func ExampleUpdate() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, created, err := newCustomerWithBankAccount()
	if err != nil {
		fmt.Println("setup failed:", err)
		return
	}

	params := &payske.BankAccountParams{
		Customer: payske.String(cus.ID),
	}
	params.AddMetadata("order_id", "6735")
	ba, err := bankaccount.Update(created.ID, params)
	if err != nil {
		fmt.Println("update failed:", err)
		return
	}
	fmt.Println(ba.Metadata["order_id"])
	// Output: 6735
}

func ExampleList() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, _ := customer.New(nil)
	for range 4 {
		tok, err := newBankAccountToken()
		if err != nil {
			fmt.Println("tokenizing failed:", err)
			return
		}
		_, _ = bankaccount.New(&payske.BankAccountParams{Customer: payske.String(cus.ID), Token: payske.String(tok.ID)})
	}

	params := &payske.BankAccountListParams{
		Customer: payske.String(cus.ID),
	}
	params.Filters.AddFilter("limit", "", "3")
	i := bankaccount.List(params)
	n := 0
	for i.Next() {
		ba := i.BankAccount()
		if ba.Status == payske.BankAccountStatusNew {
			n++
		}
	}
	if err := i.Err(); err != nil {
		fmt.Println("list failed:", err)
	}
	fmt.Println(n, "bank accounts waiting for verification")
	// Output: 4 bank accounts waiting for verification
}

// A new US bank account is verified with the amounts of the two
// micro-deposits Payske sent to it (32 and 45 cents in test mode).
func ExampleVerify() {
	_, stop := fakeglobal.Start()
	defer stop()
	cus, ba, err := newCustomerWithBankAccount()
	if err != nil {
		fmt.Println("setup failed:", err)
		return
	}

	_, err = bankaccount.Verify(ba.ID, &payske.BankAccountVerifyParams{
		Customer: payske.String(cus.ID),
		Amounts:  []*int64{payske.Int64(30), payske.Int64(40)},
	})
	var perr *payske.Error
	if errors.As(err, &perr) {
		fmt.Println("wrong amounts:", perr.Code)
	}

	ba, err = bankaccount.Verify(ba.ID, &payske.BankAccountVerifyParams{
		Customer: payske.String(cus.ID),
		Amounts:  []*int64{payske.Int64(32), payske.Int64(45)},
	})
	if err != nil {
		fmt.Println("verify failed:", err)
		return
	}
	fmt.Println(ba.Status)
	// Output:
	// wrong amounts: bank_account_verification_failed
	// verified
}
