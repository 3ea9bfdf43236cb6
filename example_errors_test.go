package payske_test

import (
	"errors"
	"fmt"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/charge"
)

// decliningCharges is a test's fake of charge.API whose New declines every
// card, with the error a real decline returns.
type decliningCharges struct {
	charge.API
}

func (decliningCharges) New(*payske.ChargeParams) (*payske.Charge, error) {
	err := payske.NewCardError(payske.ErrorCodeCardDeclined, payske.DeclineCodeInsufficientFunds, "Your card has insufficient funds.")
	err.ChargeID = "ch_declined"
	return nil, err
}

// pay is the code under test: it tells a shopper why their card failed, and
// treats any other error as the shop's problem.
func pay(charges charge.API, amount int64) string {
	_, err := charges.New(&payske.ChargeParams{
		Amount:   payske.Int64(amount),
		Currency: payske.String(string(payske.CurrencyUSD)),
	})
	var cardErr *payske.CardError
	var payskeErr *payske.Error
	switch {
	case err == nil:
		return "paid"
	case errors.As(err, &cardErr) && cardErr.DeclineCode == payske.DeclineCodeInsufficientFunds:
		return "declined: try another card"
	case errors.As(err, &payskeErr) && payskeErr.Type == payske.ErrorTypeCard:
		return "declined: " + payskeErr.Msg
	default:
		return "failed: " + err.Error()
	}
}

// A fake of a resource's API returns a constructed error; the code under
// test handles it exactly as it would handle a decline from Payske, and
// errors.As finds both the *payske.Error and the *payske.CardError.
func ExampleNewCardError() {
	var charges charge.API = decliningCharges{}
	fmt.Println(pay(charges, 2000))

	_, err := charges.New(nil)
	var payskeErr *payske.Error
	var cardErr *payske.CardError
	fmt.Println(errors.As(err, &payskeErr), errors.As(err, &cardErr))
	fmt.Println(payskeErr.HTTPStatusCode, payskeErr.Code, cardErr.DeclineCode, payskeErr.ChargeID)
	fmt.Println(err)
	// Output:
	// declined: try another card
	// true true
	// 402 card_declined insufficient_funds ch_declined
	// payske: card error (HTTP 402): Your card has insufficient funds. [code card_declined, decline code insufficient_funds]
}
