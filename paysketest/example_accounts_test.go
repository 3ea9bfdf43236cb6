package paysketest_test

import (
	"errors"
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// ExampleWithAccounts acts on behalf of a connected account: what it
// creates is its own, invisible to the platform, and an account the fake
// does not have is refused.
func ExampleWithAccounts() {
	srv := paysketest.NewServer(paysketest.WithAccounts("acct_1"))
	defer srv.Close()
	sc := srv.Client("")

	params := &payske.CustomerParams{Email: payske.String("jenny@example.com")}
	params.SetPayskeAccount("acct_1")
	cus, err := sc.Customers.New(params)
	if err != nil {
		fmt.Println(err)
		return
	}
	onAccount := &payske.CustomerParams{}
	onAccount.SetPayskeAccount("acct_1")
	got, err := sc.Customers.Get(cus.ID, onAccount)
	fmt.Println("the account sees its customer:", err == nil && got.Email == "jenny@example.com")
	_, err = sc.Customers.Get(cus.ID, nil)
	fmt.Println("the platform sees it:", err == nil)

	unknown := &payske.CustomerParams{}
	unknown.SetPayskeAccount("acct_unknown")
	_, err = sc.Customers.New(unknown)
	var forbidden *payske.PermissionError
	fmt.Println("an unknown account is refused:", errors.As(err, &forbidden))
	// Output:
	// the account sees its customer: true
	// the platform sees it: false
	// an unknown account is refused: true
}
