package paysketest

import "slices"

// sourceTypes are the types POST /v1/sources accepts, from the schema's
// source object.
var sourceTypes = []string{"ach_credit_transfer", "ach_debit", "acss_debit", "alipay", "au_becs_debit", "bancontact",
	"card", "card_present", "eps", "giropay", "ideal", "klarna", "multibanco", "p24", "sepa_debit", "sofort",
	"three_d_secure", "wechat"}

// createSource is POST /v1/sources. A card source (type=card with a card
// token) is chargeable at once; an ach_credit_transfer source waits for
// funds (receiver flow); other types wait for a redirect.
func createSource(c *call) (obj, *apiError) {
	p := c.params
	typ, _ := p.str("type")
	// The customer is looked up first, so that a refused request leaves
	// the token unused.
	var owner obj
	if id, ok := p.str("customer"); ok && id != "" {
		var err *apiError
		if owner, err = c.find("customer", id, "customer"); err != nil {
			return nil, err
		}
	}
	tok, _ := p.str("token")
	if tok != "" && typ == "" {
		typ = "card"
	}
	if typ == "" {
		return nil, invalidRequest("parameter_missing", "type", "Missing required param: type.")
	}
	if !slices.Contains(sourceTypes, typ) {
		return nil, invalidParam("type", "Invalid type: must be one of %v, got %q", sourceTypes, typ)
	}
	var card obj
	if tok != "" {
		if t := c.st.get("token", tok); t != nil && t["type"] != "card" {
			return nil, invalidParam("token", "Invalid token: a source is made from a card token, %s is a bank account token.", tok)
		}
		var err *apiError
		if number, isTest := testTokens[tok]; isTest {
			card = c.testTokenCard(number)
		} else if card, err = c.useToken(tok, "token"); err != nil {
			return nil, err
		}
	}
	id := c.st.ids.next("src_", 24)
	var amount, currency any
	if v, ok := p.int("amount"); ok {
		amount = v
	}
	if v, ok := p.str("currency"); ok {
		currency = v
	}
	usage := "reusable"
	if v, ok := p.str("usage"); ok {
		usage = v
	} else if typ != "card" && typ != "ach_credit_transfer" && typ != "sepa_debit" {
		usage = "single_use"
	}
	s := obj{
		"id": id, "object": "source", "amount": amount, "client_secret": c.st.ids.next("src_client_secret_", 24),
		"created": c.now, "currency": currency, "flow": "none", "livemode": false,
		"metadata": metadataUpdate(nil, p), "owner": ownerOf(p.get("owner"), nil), "statement_descriptor": nil,
		"status": "pending", "type": typ, "usage": usage,
	}
	if v, ok := optString(p, "statement_descriptor"); ok {
		s["statement_descriptor"] = v
	}
	switch typ {
	case "card":
		if card == nil {
			return nil, invalidRequest("parameter_missing", "token", "A card source needs a card token (token=tok_...).")
		}
		s["card"] = obj{"address_line1_check": card["address_line1_check"], "address_zip_check": card["address_zip_check"],
			"brand": card["brand"], "country": card["country"], "cvc_check": card["cvc_check"], "dynamic_last4": nil,
			"exp_month": card["exp_month"], "exp_year": card["exp_year"], "fingerprint": card["fingerprint"],
			"funding": card["funding"], "last4": card["last4"], "name": card["name"], "three_d_secure": "optional",
			"tokenization_method": nil}
		c.st.numbers[id] = c.st.numbers[card["id"].(string)]
		s["status"] = "chargeable"
	case "ach_credit_transfer":
		s["flow"] = "receiver"
		s["ach_credit_transfer"] = obj{"account_number": "test_" + id[4:16], "routing_number": "110000000",
			"fingerprint": fingerprint(id), "bank_name": "TEST BANK", "swift_code": "TSTEZ122"}
		s["receiver"] = obj{"address": "110000000-test_" + id[4:16], "amount_charged": int64(0), "amount_received": int64(0),
			"amount_returned": int64(0), "refund_attributes_method": "email", "refund_attributes_status": "missing"}
	default:
		s["flow"] = "redirect"
		s[typ] = obj{}
		returnURL, _ := optString(p, "redirect", "return_url")
		s["redirect"] = obj{"failure_reason": nil, "return_url": returnURL, "status": "pending",
			"url": c.srv.URL + "/redirect/authenticate/" + id}
	}
	c.st.add(s)
	if owner != nil {
		c.attachObject(owner, s)
	}
	if s["status"] == "chargeable" {
		c.event("source.chargeable", s, nil)
	}
	return c.respond(s)
}

// ownerOf reads owner parameters over the current owner.
func ownerOf(p *formNode, current any) obj {
	o := obj{"address": nil, "email": nil, "name": nil, "phone": nil, "verified_address": nil,
		"verified_email": nil, "verified_name": nil, "verified_phone": nil}
	if cur, ok := current.(obj); ok {
		o = deepCopy(cur).(obj)
	}
	if p == nil {
		return o
	}
	for _, k := range []string{"email", "name", "phone"} {
		if v, ok := optString(p, k); ok {
			o[k] = v
		}
	}
	if a := p.get("address"); a != nil {
		o["address"] = addressOf(a)
	}
	return o
}

// retrieveSource is GET /v1/sources/{source}.
func retrieveSource(c *call) (obj, *apiError) {
	s, err := c.pathObject("source", "source")
	if err != nil {
		return nil, err
	}
	if secret, ok := c.params.str("client_secret"); ok && secret != s["client_secret"] {
		return nil, noSuch("source", c.path["source"], "client_secret")
	}
	return c.respond(s)
}

// updateSource is POST /v1/sources/{source}.
func updateSource(c *call) (obj, *apiError) {
	s, err := c.pathObject("source", "source")
	if err != nil {
		return nil, err
	}
	p := c.params
	fields := obj{}
	if v, ok := p.int("amount"); ok {
		fields["amount"] = v
	}
	if p.has("metadata") {
		fields["metadata"] = metadataUpdate(s["metadata"], p)
	}
	if p.has("owner") {
		fields["owner"] = ownerOf(p.get("owner"), s["owner"])
	}
	for _, k := range []string{"mandate", "source_order"} {
		if p.has(k) {
			return nil, invalidParam(k, "paysketest does not model %s on sources.", k)
		}
	}
	update(s, fields)
	return c.respond(s)
}
