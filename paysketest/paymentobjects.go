package paysketest

import (
	"net/http"
	"time"
)

// newCard builds a card object from card parameters (number, exp_month,
// exp_year, cvc, name, address_*), checking the number. prefix is the
// parameter's name in errors ("card").
func (c *call) newCard(p *formNode, prefix string) (obj, *apiError) {
	number, _ := p.str("number")
	if !luhnValid(number) {
		return nil, &apiError{status: http.StatusPaymentRequired, Type: "card_error", Code: "incorrect_number",
			Param: prefix + "[number]", Message: "Your card number is incorrect."}
	}
	month, _ := p.int("exp_month")
	year, _ := p.int("exp_year")
	if month < 1 || month > 12 {
		return nil, &apiError{status: http.StatusPaymentRequired, Type: "card_error", Code: "invalid_expiry_month",
			Param: prefix + "[exp_month]", Message: "Your card's expiration month is invalid."}
	}
	if year < 100 {
		year += 2000
	}
	var cvcCheck any
	if cvc, ok := p.str("cvc"); ok && cvc != "" {
		cvcCheck = "pass"
		if cardBehaviour(number).decline == incorrectCVC {
			cvcCheck = "fail"
		}
	}
	card := c.cardObject(number, month, year, cvcCheck)
	for _, f := range []string{"name", "address_city", "address_country", "address_line1", "address_line2", "address_state", "address_zip"} {
		if v, ok := optString(p, f); ok {
			card[f] = v
		}
	}
	if card["address_line1"] != nil {
		card["address_line1_check"] = "pass"
	}
	if card["address_zip"] != nil {
		card["address_zip_check"] = "pass"
	}
	return card, nil
}

// testTokenCard builds the card a reusable test token such as tok_visa
// stands for.
func (c *call) testTokenCard(number string) obj {
	year := int64(time.Unix(c.now, 0).UTC().Year() + 3)
	return c.cardObject(number, 12, year, "pass")
}

func (c *call) cardObject(number string, month, year int64, cvcCheck any) obj {
	id := c.st.ids.next("card_", 24)
	c.st.numbers[id] = number
	return obj{
		"id": id, "object": "card",
		"address_city": nil, "address_country": nil, "address_line1": nil, "address_line1_check": nil,
		"address_line2": nil, "address_state": nil, "address_zip": nil, "address_zip_check": nil,
		"brand": cardBehaviour(number).brand, "country": "US", "customer": nil, "cvc_check": cvcCheck,
		"dynamic_last4": nil, "exp_month": month, "exp_year": year, "fingerprint": fingerprint(number),
		"funding": "credit", "last4": number[len(number)-4:], "metadata": obj{}, "name": nil,
		"tokenization_method": nil,
	}
}

// newBankAccount builds a bank account from bank_account parameters.
func (c *call) newBankAccount(p *formNode, prefix string) (obj, *apiError) {
	number, _ := p.str("account_number")
	if len(number) < 4 {
		return nil, invalidParam(prefix+"[account_number]", "Invalid %s[account_number]: an account number has at least 4 digits.", prefix)
	}
	country, _ := p.str("country")
	currency, ok := p.str("currency")
	if !ok {
		currency = "usd"
	}
	holder, _ := optString(p, "account_holder_name")
	holderType, _ := optString(p, "account_holder_type")
	routing, _ := optString(p, "routing_number")
	id := c.st.ids.next("ba_", 24)
	c.st.numbers[id] = number
	return obj{
		"id": id, "object": "bank_account", "account_holder_name": holder, "account_holder_type": holderType,
		"account_type": nil, "bank_name": "PAYSKE TEST BANK", "country": country, "currency": currency,
		"customer": nil, "fingerprint": fingerprint(number), "last4": number[len(number)-4:], "metadata": obj{},
		"routing_number": routing, "status": "new",
	}, nil
}

// cardDetails is a charge's payment_method_details for a card.
func cardDetails(card obj) obj {
	return obj{
		"card": obj{
			"brand": cardBehaviourOfCard(card).network,
			"checks": obj{"address_line1_check": card["address_line1_check"],
				"address_postal_code_check": card["address_zip_check"], "cvc_check": card["cvc_check"]},
			"country": card["country"], "exp_month": card["exp_month"], "exp_year": card["exp_year"],
			"fingerprint": card["fingerprint"], "funding": card["funding"], "installments": nil,
			"last4": card["last4"], "network": cardBehaviourOfCard(card).network, "three_d_secure": nil, "wallet": nil,
		},
		"type": "card",
	}
}

func cardBehaviourOfCard(card obj) testCard {
	switch card["brand"] {
	case "MasterCard":
		return testCard{"MasterCard", "mastercard", nil}
	case "American Express":
		return testCard{"American Express", "amex", nil}
	case "Visa":
		return testCard{"Visa", "visa", nil}
	}
	return testCard{"Unknown", "unknown", nil}
}
