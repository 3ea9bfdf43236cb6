package token_test

import (
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/internal/fakeglobal"
	"github.com/payske/payske-go/token"
)

// The examples run against paysketest, the SDK's in-process fake of the
// Payske API: fakeglobal.Start stands in for setting payske.Key to a real
// secret key.

// A card token is made from raw card details. Real integrations let
// Payske.js do this in the browser so that card numbers never reach the
// server.
func ExampleNew_card() {
	_, stop := fakeglobal.Start()
	defer stop()

	params := &payske.TokenParams{
		Card: &payske.CardParams{
			Number:   payske.String("4242424242424242"),
			ExpMonth: payske.String("12"),
			ExpYear:  payske.String("2030"),
			CVC:      payske.String("123"),
		},
	}
	t, err := token.New(params)
	if err != nil {
		fmt.Println("tokenizing failed:", err)
		return
	}
	fmt.Println(t.Type, t.Card.Brand, t.Card.Last4, t.Used)
	// Output: card Visa 4242 false
}

func ExampleNew_bankAccount() {
	_, stop := fakeglobal.Start()
	defer stop()

	t, err := token.New(&payske.TokenParams{
		BankAccount: &payske.BankAccountParams{
			Country:           payske.String("US"),
			Currency:          payske.String(string(payske.CurrencyUSD)),
			AccountHolderName: payske.String("Jenny Rosen"),
			AccountHolderType: payske.String(string(payske.BankAccountAccountHolderTypeIndividual)),
			RoutingNumber:     payske.String("110000000"),
			AccountNumber:     payske.String("000123456789"),
		},
	})
	if err != nil {
		fmt.Println("tokenizing failed:", err)
		return
	}
	fmt.Println(t.Type, t.BankAccount.AccountHolderName, t.BankAccount.Last4, t.BankAccount.Status)
	// Output: bank_account Jenny Rosen 6789 new
}

func ExampleGet() {
	_, stop := fakeglobal.Start()
	defer stop()
	created, _ := token.New(&payske.TokenParams{
		Card: &payske.CardParams{
			Number:   payske.String("5555555555554444"),
			ExpMonth: payske.String("12"),
			ExpYear:  payske.String("2030"),
			CVC:      payske.String("123"),
		},
	})

	t, err := token.Get(created.ID, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(t.Type, t.Card.Brand, t.Card.Last4)
	// Output: card MasterCard 4444
}
