package paysketest

import (
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// testCard is what a test card number does when charged.
type testCard struct {
	brand   string // as the card object writes it
	network string // as payment_method_details writes it
	decline *decline
}

// decline is a card_error answer: its code, decline code and message.
type decline struct {
	code, declineCode, message string
}

var (
	genericDecline = &decline{"card_declined", "generic_decline", "Your card was declined."}
	insufficient   = &decline{"card_declined", "insufficient_funds", "Your card has insufficient funds."}
	expiredCard    = &decline{"expired_card", "expired_card", "Your card has expired."}
	incorrectCVC   = &decline{"incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect."}
)

// testCards maps the test card numbers to their behaviour. Any other number
// that passes the Luhn check succeeds, with the brand read from its first
// digits.
var testCards = map[string]testCard{
	"4242424242424242": {"Visa", "visa", nil},
	"5555555555554444": {"MasterCard", "mastercard", nil},
	"378282246310005":  {"American Express", "amex", nil},
	"4000000000000002": {"Visa", "visa", genericDecline},
	"4000000000009995": {"Visa", "visa", insufficient},
	"4000000000000069": {"Visa", "visa", expiredCard},
	"4000000000000127": {"Visa", "visa", incorrectCVC},
}

// testTokens maps the reusable test tokens to the card number each stands
// for.
var testTokens = map[string]string{
	"tok_visa":                            "4242424242424242",
	"tok_mastercard":                      "5555555555554444",
	"tok_amex":                            "378282246310005",
	"tok_chargeDeclined":                  "4000000000000002",
	"tok_chargeDeclinedInsufficientFunds": "4000000000009995",
	"tok_chargeDeclinedExpiredCard":       "4000000000000069",
	"tok_chargeDeclinedIncorrectCvc":      "4000000000000127",
}

// cardBehaviour returns what charging number does.
func cardBehaviour(number string) testCard {
	if tc, ok := testCards[number]; ok {
		return tc
	}
	switch {
	case strings.HasPrefix(number, "4"):
		return testCard{"Visa", "visa", nil}
	case strings.HasPrefix(number, "5"), strings.HasPrefix(number, "2"):
		return testCard{"MasterCard", "mastercard", nil}
	case strings.HasPrefix(number, "34"), strings.HasPrefix(number, "37"):
		return testCard{"American Express", "amex", nil}
	}
	return testCard{"Unknown", "unknown", nil}
}

// luhnValid reports whether number is 12 to 19 digits with a valid check
// digit.
func luhnValid(number string) bool {
	if len(number) < 12 || len(number) > 19 {
		return false
	}
	sum := 0
	for i := len(number) - 1; i >= 0; i-- {
		d := int(number[i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if (len(number)-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// fingerprint identifies a number without revealing it.
func fingerprint(number string) string {
	h := sha256.Sum256([]byte("paysketest:" + number))
	return base64.RawURLEncoding.EncodeToString(h[:])[:16]
}
