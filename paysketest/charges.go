package paysketest

import (
	"maps"
	"net/http"
	"strings"
)

// uncapturedLifetime is how long an authorization lasts before it expires.
const uncapturedLifetime = 7 * 24 * 60 * 60

// createCharge is POST /v1/charges.
func createCharge(c *call) (obj, *apiError) {
	p := c.params
	amount, ok := p.int("amount")
	if !ok {
		return nil, invalidRequest("parameter_missing", "amount", "Missing required param: amount.")
	}
	if amount < 1 {
		return nil, invalidRequest("amount_too_small", "amount", "Invalid amount: must be a positive integer in the currency's smallest unit, got %d.", amount)
	}
	currency, ok := p.str("currency")
	if !ok || currency == "" {
		return nil, invalidRequest("parameter_missing", "currency", "Missing required param: currency.")
	}
	var customer obj
	if id, ok := p.str("customer"); ok && id != "" {
		var err *apiError
		if customer, err = c.find("customer", id, "customer"); err != nil {
			return nil, err
		}
	}
	pay, aerr := c.paymentSource(customer)
	if aerr != nil {
		return nil, aerr
	}
	capture := true
	if v, given := p.bool("capture"); given {
		capture = v
	}
	ch := c.chargeObject(amount, strings.ToLower(currency), customer, pay)
	if pay.decline != nil {
		d := pay.decline
		update(ch, obj{"status": "failed", "paid": false, "captured": false, "failure_code": d.code,
			"failure_message": d.message, "outcome": outcome(d)})
		c.st.add(ch)
		c.event("charge.failed", ch, nil)
		return nil, &apiError{status: http.StatusPaymentRequired, Type: "card_error", Code: d.code,
			DeclineCode: d.declineCode, Message: d.message, Charge: ch["id"].(string)}
	}
	if capture {
		update(ch, obj{"captured": true, "amount_captured": amount, "balance_transaction": c.balanceTransaction(ch, amount, "charge")})
	} else {
		c.st.uncaptured[ch["id"].(string)] = true
	}
	c.st.add(ch)
	c.event("charge.succeeded", ch, nil)
	return c.respond(ch)
}

// payment is what a charge is paid with.
type payment struct {
	id      string
	details obj
	name    any
	decline *decline
}

// paymentSource resolves the source, card or customer of a charge request.
func (c *call) paymentSource(customer obj) (payment, *apiError) {
	p := c.params
	src, hasSource := p.str("source")
	switch {
	case hasSource && src != "":
		return c.sourceByID(src, customer)
	case p.has("card"):
		card, err := c.newCard(p.get("card"), "card")
		if err != nil {
			return payment{}, err
		}
		return c.cardPayment(card), nil
	case customer != nil:
		def, _ := customer["default_source"].(string)
		if def == "" {
			return payment{}, invalidRequest("missing", "customer", "Cannot charge a customer that has no active card or bank account.")
		}
		return c.sourceByID(def, customer)
	}
	return payment{}, invalidRequest("parameter_missing", "source", "Must provide source or customer.")
}

// sourceByID resolves a token, card, bank account or source ID; cards and
// bank accounts must belong to the customer.
func (c *call) sourceByID(id string, customer obj) (payment, *apiError) {
	if number, ok := testTokens[id]; ok {
		return c.cardPayment(c.testTokenCard(number)), nil
	}
	switch {
	case strings.HasPrefix(id, "tok_"):
		card, err := c.useToken(id, "source")
		if err != nil {
			return payment{}, err
		}
		return c.cardPayment(card), nil
	case strings.HasPrefix(id, "btok_"):
		return payment{}, invalidParam("source", "A bank account token cannot be charged directly; attach it to a customer (POST /v1/customers/{customer}/sources) and verify it first.")
	case strings.HasPrefix(id, "src_"):
		s, err := c.find("source", id, "source")
		if err != nil {
			return payment{}, err
		}
		if s["status"] != "chargeable" {
			return payment{}, invalidRequest("source_unavailable", "source", "The source %s is %s, not chargeable.", id, s["status"])
		}
		if s["usage"] == "single_use" {
			s["status"] = "consumed"
		}
		typ := s["type"].(string)
		sub, _ := s[typ].(obj)
		details := obj{"type": typ, typ: obj{}}
		if typ == "card" && sub != nil {
			details = cardDetails(sub)
		}
		return payment{id: id, details: details, name: ownerName(s), decline: cardBehaviour(c.st.numbers[id]).decline}, nil
	}
	if customer == nil {
		return payment{}, noSuch("source", id, "source")
	}
	o := c.st.objects[id]
	if o == nil || o["customer"] != customer["id"] {
		return payment{}, invalidRequest("missing", "source", "Customer %s does not have a linked source with ID %s.", customer["id"], id)
	}
	switch o["object"] {
	case "card":
		return c.cardPayment(o), nil
	case "bank_account":
		if o["status"] != "verified" {
			return payment{}, invalidRequest("bank_account_unverified", "source", "The customer's bank account must be verified in order to create an ACH payment.")
		}
		return payment{id: id, name: o["account_holder_name"], details: obj{"type": "ach_debit", "ach_debit": obj{
			"account_holder_type": o["account_holder_type"], "bank_name": o["bank_name"], "country": o["country"],
			"fingerprint": o["fingerprint"], "last4": o["last4"], "routing_number": o["routing_number"]}}}, nil
	}
	return c.sourceByID(id, nil)
}

func ownerName(s obj) any {
	if owner, ok := s["owner"].(obj); ok {
		return owner["name"]
	}
	return nil
}

func (c *call) cardPayment(card obj) payment {
	number := c.st.numbers[card["id"].(string)]
	return payment{id: card["id"].(string), details: cardDetails(card), name: card["name"], decline: cardBehaviour(number).decline}
}

// outcome is a charge's outcome for a decline, or for success when d is nil.
func outcome(d *decline) obj {
	if d == nil {
		return obj{"network_status": "approved_by_network", "reason": nil, "risk_level": "normal", "risk_score": int64(20),
			"seller_message": "Payment complete.", "type": "authorized"}
	}
	return obj{"network_status": "declined_by_network", "reason": d.declineCode, "risk_level": "normal", "risk_score": int64(20),
		"seller_message": "The bank did not return any further details with this decline.", "type": "issuer_declined"}
}

func (c *call) chargeObject(amount int64, currency string, customer obj, pay payment) obj {
	p := c.params
	id := c.st.ids.next("ch_", 24)
	var customerID any
	if customer != nil {
		customerID = customer["id"]
	}
	ch := obj{
		"id": id, "object": "charge", "amount": amount, "amount_captured": int64(0), "amount_refunded": int64(0),
		"application": nil, "application_fee": nil, "application_fee_amount": nil, "balance_transaction": nil,
		"billing_details":                 obj{"address": emptyAddress(), "email": nil, "name": pay.name, "phone": nil},
		"calculated_statement_descriptor": "PAYSKETEST", "captured": false, "created": c.now, "currency": currency,
		"customer": customerID, "description": nil, "disputed": false, "failure_code": nil, "failure_message": nil,
		"fraud_details": obj{}, "invoice": nil, "livemode": false, "metadata": metadataUpdate(nil, p),
		"on_behalf_of": nil, "order": nil, "outcome": outcome(nil), "paid": true, "payment_intent": nil,
		"payment_method": pay.id, "payment_method_details": pay.details, "receipt_email": nil, "receipt_number": nil,
		"receipt_url": c.srv.URL + "/receipts/" + id, "refunded": false,
		"refunds": obj{"object": "list", "data": []any{}, "has_more": false, "url": "/v1/charges/" + id + "/refunds"},
		"review":  nil, "shipping": nil, "source_transfer": nil, "statement_descriptor": nil,
		"statement_descriptor_suffix": nil, "status": "succeeded", "transfer_data": nil, "transfer_group": nil,
	}
	for _, f := range []string{"description", "receipt_email", "statement_descriptor", "statement_descriptor_suffix", "transfer_group"} {
		if v, ok := optString(p, f); ok {
			ch[f] = v
		}
	}
	if p.has("shipping") {
		ch["shipping"] = shippingOf(p.get("shipping"))
	}
	return ch
}

func emptyAddress() obj {
	return obj{"city": nil, "country": nil, "line1": nil, "line2": nil, "postal_code": nil, "state": nil}
}

// addressOf reads address parameters into an address object.
func addressOf(p *formNode) obj {
	a := emptyAddress()
	for k := range a {
		if v, ok := optString(p, k); ok {
			a[k] = v
		}
	}
	return a
}

// shippingOf reads shipping parameters; shipping="" clears it.
func shippingOf(p *formNode) any {
	if p == nil || p.leaf {
		return nil
	}
	s := obj{"address": addressOf(p.get("address")), "carrier": nil, "name": nil, "phone": nil, "tracking_number": nil}
	for _, k := range []string{"carrier", "name", "phone", "tracking_number"} {
		if v, ok := optString(p, k); ok {
			s[k] = v
		}
	}
	return s
}

// balanceTransaction records money moving for a charge or refund and
// returns its ID.
func (c *call) balanceTransaction(source obj, amount int64, typ string) string {
	id := c.st.ids.next("txn_", 24)
	c.st.add(obj{
		"id": id, "object": "balance_transaction", "amount": amount, "available_on": c.now + 2*24*60*60,
		"created": c.now, "currency": source["currency"], "description": nil, "exchange_rate": nil,
		"fee": int64(0), "fee_details": []any{}, "net": amount, "reporting_category": typ,
		"source": source["id"], "status": "pending", "type": typ,
	})
	return id
}

// retrieveCharge is GET /v1/charges/{charge}.
var retrieveCharge = retrieve("charge", "charge")

// updateCharge is POST /v1/charges/{charge}.
func updateCharge(c *call) (obj, *apiError) {
	ch, err := c.pathObject("charge", "charge")
	if err != nil {
		return nil, err
	}
	p := c.params
	fields := obj{}
	for _, f := range []string{"description", "receipt_email", "transfer_group"} {
		if v, ok := optString(p, f); ok {
			fields[f] = v
		}
	}
	if id, ok := p.str("customer"); ok {
		if ch["customer"] != nil && ch["customer"] != id {
			return nil, invalidParam("customer", "The charge already belongs to customer %s; its customer can only be set once.", ch["customer"])
		}
		if _, err := c.find("customer", id, "customer"); err != nil {
			return nil, err
		}
		fields["customer"] = id
	}
	if p.has("shipping") {
		fields["shipping"] = shippingOf(p.get("shipping"))
	}
	if v, ok := p.str("fraud_details", "user_report"); ok {
		fields["fraud_details"] = obj{"user_report": v}
	}
	if p.has("metadata") {
		fields["metadata"] = metadataUpdate(ch["metadata"], p)
	}
	if prev := update(ch, fields); len(prev) > 0 {
		c.event("charge.updated", ch, prev)
	}
	return c.respond(ch)
}

// captureCharge is POST /v1/charges/{charge}/capture. What was refunded
// of the authorization before the capture stays refunded and cannot be
// captured; capturing less than what is left releases the rest as a
// refund, so that amount_refunded is always the sum of the refunds.
func captureCharge(c *call) (obj, *apiError) {
	ch, err := c.pathObject("charge", "charge")
	if err != nil {
		return nil, err
	}
	id := ch["id"].(string)
	switch {
	case ch["captured"] == true:
		return nil, invalidRequest("charge_already_captured", "", "Charge %s has already been captured.", id)
	case ch["refunded"] == true:
		return nil, invalidRequest("charge_expired_for_capture", "", "Charge %s has been refunded or has expired and can no longer be captured.", id)
	case ch["status"] != "succeeded":
		return nil, invalidRequest("charge_not_capturable", "", "Charge %s has status %s and cannot be captured.", id, ch["status"])
	}
	capturable := ch["amount"].(int64) - ch["amount_refunded"].(int64)
	captured := capturable
	if v, ok := c.params.int("amount"); ok {
		if v < 1 || v > capturable {
			return nil, invalidRequest("amount_too_large", "amount",
				"Invalid amount: you can capture between 1 and %d (the authorized amount less what was refunded), got %d.", capturable, v)
		}
		captured = v
	}
	prev := obj{}
	if release := capturable - captured; release > 0 {
		_, prev = c.newRefund(ch, release, nil, obj{})
	}
	fields := obj{"captured": true, "amount_captured": captured,
		"balance_transaction": c.balanceTransaction(ch, captured, "charge")}
	for _, f := range []string{"receipt_email", "statement_descriptor", "statement_descriptor_suffix", "transfer_group"} {
		if v, ok := optString(c.params, f); ok {
			fields[f] = v
		}
	}
	maps.Copy(prev, update(ch, fields))
	delete(c.st.uncaptured, id)
	c.event("charge.captured", ch, prev)
	return c.respond(ch)
}

// listCharges is GET /v1/charges.
func listCharges(c *call) (obj, *apiError) {
	return c.listPage("/v1/charges", c.st.objectsOf("charge"), map[string]func(obj) any{
		"customer": field("customer"), "payment_intent": field("payment_intent"), "transfer_group": field("transfer_group"),
	})
}

// expire applies what the passing of time does, lazily, before each
// request: authorizations older than 7 days are released and Checkout
// Sessions past expires_at expire.
func (st *state) expire(c *call) {
	for id := range st.uncaptured {
		ch := st.get("charge", id)
		if ch["created"].(int64)+uncapturedLifetime > c.now {
			continue
		}
		c.refund(ch, ch["amount"].(int64)-ch["amount_refunded"].(int64), "expired_uncaptured_charge", obj{})
		c.event("charge.expired", ch, nil)
	}
	for _, s := range st.objectsOf("checkout.session") {
		if s["status"] == "open" && s["expires_at"].(int64) <= c.now {
			prev := update(s, obj{"status": "expired"})
			c.event("checkout.session.expired", s, prev)
		}
	}
}
