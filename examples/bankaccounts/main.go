// Bankaccounts shows a US bank account saved on a customer for ACH debits:
// tokenize it, attach it, verify it with the two micro-deposit amounts, and
// list the customer's bank accounts.
//
//	go run ./examples/bankaccounts
package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/examples/internal/exampleenv"
)

func main() {
	exampleenv.Run(run)
}

func run(env *exampleenv.Env) error {
	sc := env.Client
	ctx := context.Background()

	cus, err := sc.Customers.New(ctx, &payske.CustomerParams{Name: payske.String("Acme Plumbing LLC")})
	if err != nil {
		return fmt.Errorf("create customer: %w", err)
	}
	fmt.Printf("Created customer %s\n", cus.ID)

	// The account details become a single-use btok_ token. 110000000 and
	// 000123456789 are the test routing and account numbers; like card
	// numbers, account numbers are never printed, only their last 4 digits.
	tok, err := sc.Tokens.New(ctx, &payske.TokenParams{BankAccount: &payske.BankAccountParams{
		Country:           payske.String("US"),
		Currency:          payske.String(string(payske.CurrencyUSD)),
		AccountHolderName: payske.String("Acme Plumbing LLC"),
		AccountHolderType: payske.String(string(payske.BankAccountAccountHolderTypeCompany)),
		RoutingNumber:     payske.String("110000000"),
		AccountNumber:     payske.String("000123456789"),
	}})
	if err != nil {
		return fmt.Errorf("tokenize bank account: %w", err)
	}
	fmt.Printf("Tokenized a bank account: %s\n", tok.ID)

	// Attaching the token saves the account on the customer, whose ID comes
	// before the params. It starts as "new": it cannot be debited before it
	// is verified.
	ba, err := sc.BankAccounts.New(ctx, cus.ID, &payske.BankAccountParams{Token: payske.String(tok.ID)})
	if err != nil {
		return fmt.Errorf("attach bank account: %w", err)
	}
	fmt.Printf("Attached bank account %s: %s ending in %s, status=%s\n", ba.ID, ba.BankName, ba.Last4, ba.Status)

	// Payske sends two small deposits to the account and the customer reads
	// their amounts on their statement. Wrong amounts are refused...
	_, err = sc.BankAccounts.Verify(ctx, cus.ID, ba.ID, &payske.BankAccountVerifyParams{
		Amounts: payske.Int64Slice([]int64{10, 20}),
	})
	var payskeErr *payske.Error
	if !errors.As(err, &payskeErr) || payskeErr.HTTPStatusCode != 400 {
		return fmt.Errorf("verify with wrong amounts: want a 400 error, got %v", err)
	}
	fmt.Printf("Verifying with 10 and 20 failed: %s (code %s)\n", payskeErr.Type, payskeErr.Code)

	// ...and the right ones (32 and 45 in test mode) verify it.
	ba, err = sc.BankAccounts.Verify(ctx, cus.ID, ba.ID, &payske.BankAccountVerifyParams{
		Amounts: payske.Int64Slice([]int64{32, 45}),
	})
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	fmt.Printf("Verified bank account %s with 32 and 45: status=%s\n", ba.ID, ba.Status)

	fmt.Println("Bank accounts of the customer:")
	for b, err := range sc.BankAccounts.List(ctx, cus.ID, nil) {
		if err != nil {
			return fmt.Errorf("list bank accounts: %w", err)
		}
		fmt.Printf("  %s %s ending in %s, %s\n", b.ID, b.AccountHolderType, b.Last4, b.Status)
	}
	return nil
}
