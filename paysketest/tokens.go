package paysketest

// createToken is POST /v1/tokens: a single-use card or bank account token.
func createToken(c *call) (obj, *apiError) {
	p := c.params
	tok := obj{"object": "token", "client_ip": nil, "created": c.now, "livemode": false, "used": false}
	switch {
	case p.has("card"):
		card, err := c.newCard(p.get("card"), "card")
		if err != nil {
			return nil, err
		}
		tok["id"], tok["type"], tok["card"] = c.st.ids.next("tok_", 24), "card", card
	case p.has("bank_account"):
		ba, err := c.newBankAccount(p.get("bank_account"), "bank_account")
		if err != nil {
			return nil, err
		}
		tok["id"], tok["type"], tok["bank_account"] = c.st.ids.next("btok_", 24), "bank_account", ba
	default:
		return nil, invalidRequest("parameter_missing", "card",
			"Provide card or bank_account to create a token (paysketest does not make account, person, pii or cvc_update tokens).")
	}
	c.st.add(tok)
	return c.respond(tok)
}

// retrieveToken is GET /v1/tokens/{token}.
var retrieveToken = retrieve("token", "token")

// useToken consumes a stored token for param, returning its card or bank
// account; a used token is refused.
func (c *call) useToken(id, param string) (obj, *apiError) {
	tok, err := c.find("token", id, param)
	if err != nil {
		return nil, err
	}
	if tok["used"] == true {
		return nil, invalidRequest("token_already_used", param, "You cannot use a Payske token more than once: %s.", id)
	}
	tok["used"] = true
	if card, ok := tok["card"].(obj); ok {
		return deepCopy(card).(obj), nil
	}
	return deepCopy(tok["bank_account"]).(obj), nil
}
