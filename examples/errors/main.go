// Errors shows how failures come back from the SDK and how to tell them
// apart: card declines (with the test tokens that trigger them), invalid
// parameters naming the offending parameter, and a wrong API key.
//
//	go run ./examples/errors
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

	// Each of these test tokens makes the charge fail the way a real card
	// would. A decline is a 402: the error is a *payske.Error whose Err is
	// a *payske.CardError, and errors.As finds either.
	declines := []string{
		"tok_chargeDeclined",
		"tok_chargeDeclinedInsufficientFunds",
		"tok_chargeDeclinedExpiredCard",
		"tok_chargeDeclinedIncorrectCvc",
	}
	for _, tok := range declines {
		_, err := sc.Charges.New(ctx, &payske.ChargeParams{
			Amount:   payske.Int64(2000),
			Currency: payske.String(string(payske.CurrencyUSD)),
			Source:   &payske.SourceParams{Token: payske.String(tok)},
		})
		var cardErr *payske.CardError
		var payskeErr *payske.Error
		if !errors.As(err, &cardErr) || !errors.As(err, &payskeErr) {
			return fmt.Errorf("charge with %s: want a card error, got %v", tok, err)
		}
		// The failed charge exists: its ID is in the error, for your records.
		fmt.Printf("%-36s declined: code=%s decline_code=%s charge=%s\n", tok, payskeErr.Code, cardErr.DeclineCode, payskeErr.ChargeID)
	}

	// A request the API cannot accept is a 400 *payske.InvalidRequestError;
	// Param names the parameter at fault. Here the amount is missing.
	_, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})
	var invalid *payske.InvalidRequestError
	var payskeErr *payske.Error
	if !errors.As(err, &invalid) || !errors.As(err, &payskeErr) {
		return fmt.Errorf("charge without amount: want an invalid request error, got %v", err)
	}
	fmt.Printf("Missing amount: HTTP %d, param=%s, message=%q\n", payskeErr.HTTPStatusCode, payskeErr.Param, payskeErr.Msg)

	// Asking for an object that does not exist is an invalid request too,
	// with HTTP 404 and code resource_missing.
	_, err = sc.Charges.Get(ctx, "ch_doesnotexist", nil)
	if !errors.As(err, &invalid) || !errors.As(err, &payskeErr) {
		return fmt.Errorf("retrieve unknown charge: want an invalid request error, got %v", err)
	}
	fmt.Printf("Unknown charge: HTTP %d, code=%s\n", payskeErr.HTTPStatusCode, payskeErr.Code)

	// A wrong key is a 401 *payske.AuthenticationError, whatever the call.
	bad := env.ClientWithKey("not-a-valid-key")
	_, err = bad.Customers.New(ctx, nil)
	var authErr *payske.AuthenticationError
	if !errors.As(err, &authErr) || !errors.As(err, &payskeErr) {
		return fmt.Errorf("call with a wrong key: want an authentication error, got %v", err)
	}
	fmt.Printf("Wrong API key: HTTP %d %s\n", payskeErr.HTTPStatusCode, payskeErr.Type)

	// Programs usually branch on the kind of error in one place.
	fmt.Println("One switch for every kind:")
	for _, tok := range []string{"tok_visa", "tok_chargeDeclinedInsufficientFunds"} {
		_, err := sc.Charges.New(ctx, &payske.ChargeParams{
			Amount:   payske.Int64(1000),
			Currency: payske.String(string(payske.CurrencyUSD)),
			Source:   &payske.SourceParams{Token: payske.String(tok)},
		})
		fmt.Printf("  %-36s %s\n", tok, describe(err))
	}
	return nil
}

// describe says what a program would tell its user about err.
func describe(err error) string {
	var cardErr *payske.CardError
	var invalid *payske.InvalidRequestError
	var authErr *payske.AuthenticationError
	var connErr *payske.APIConnectionError
	switch {
	case err == nil:
		return "paid"
	case errors.As(err, &cardErr):
		return "card declined (" + string(cardErr.DeclineCode) + "): ask for another card"
	case errors.As(err, &invalid):
		return "bug in our request: " + err.Error()
	case errors.As(err, &authErr):
		return "check the API key configuration"
	case errors.As(err, &connErr):
		return "network trouble, already retried: try again later"
	default:
		return "Payske error: " + err.Error()
	}
}
