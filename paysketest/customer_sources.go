package paysketest

import (
	"slices"
	"strings"
)

// sourcesKey lists attached cards, bank accounts and sources, oldest first.
const sourcesKey = "customer_source"

// customerSources returns a customer's attached sources, oldest first.
func (st *state) customerSources(customer string) []obj {
	var out []obj
	for _, id := range st.order[sourcesKey] {
		if o := st.objects[id]; o != nil && o["customer"] == customer {
			out = append(out, o)
		}
	}
	return out
}

// attach adds the card, bank account or source that id (a token or a
// source) stands for to cus, making it the default source when cus had
// none.
func (c *call) attach(cus obj, id, param string) (obj, *apiError) {
	var s obj
	switch number, isTest := testTokens[id]; {
	case isTest:
		s = c.testTokenCard(number)
	case strings.HasPrefix(id, "tok_"), strings.HasPrefix(id, "btok_"):
		var err *apiError
		if s, err = c.useToken(id, param); err != nil {
			return nil, err
		}
	case strings.HasPrefix(id, "src_"):
		var err *apiError
		if s, err = c.find("source", id, param); err != nil {
			return nil, err
		}
		if s["customer"] != nil {
			return nil, invalidParam(param, "The source %s is already attached to customer %s.", id, s["customer"])
		}
	default:
		return nil, invalidRequest("resource_missing", param, "No such token or source: '%s'; attach a token (tok_..., btok_...) or a source (src_...).", id)
	}
	return c.attachObject(cus, s), nil
}

// attachObject records s as one of cus's sources.
func (c *call) attachObject(cus obj, s obj) obj {
	s["customer"] = cus["id"]
	if s["object"] != "source" {
		c.st.objects[s["id"].(string)] = s
	}
	c.st.order[sourcesKey] = append(c.st.order[sourcesKey], s["id"].(string))
	if cus["default_source"] == nil {
		cus["default_source"] = s["id"]
	}
	return s
}

// createCustomerSource is POST /v1/customers/{customer}/sources.
func createCustomerSource(c *call) (obj, *apiError) {
	cus, err := c.pathObject("customer", "customer")
	if err != nil {
		return nil, err
	}
	p := c.params
	hadDefault := cus["default_source"]
	var s obj
	switch {
	case p.has("source"):
		id, _ := p.str("source")
		if s, err = c.attach(cus, id, "source"); err != nil {
			return nil, err
		}
	case p.has("card"):
		card, err := c.newCard(p.get("card"), "card")
		if err != nil {
			return nil, err
		}
		s = c.attachObject(cus, card)
	case p.has("bank_account"):
		ba, err := c.newBankAccount(p.get("bank_account"), "bank_account")
		if err != nil {
			return nil, err
		}
		s = c.attachObject(cus, ba)
	default:
		return nil, invalidRequest("parameter_missing", "source", "Missing required param: source.")
	}
	if p.has("metadata") {
		s["metadata"] = metadataUpdate(s["metadata"], p)
	}
	c.event("customer.source.created", s, nil)
	if hadDefault == nil {
		c.event("customer.updated", cus, obj{"default_source": nil})
	}
	return c.respond(s)
}

// customerSource returns the source id of the path's customer.
func (c *call) customerSource() (obj, obj, *apiError) {
	cus, err := c.pathObject("customer", "customer")
	if err != nil {
		return nil, nil, err
	}
	id := c.path["id"]
	for _, s := range c.st.customerSources(cus["id"].(string)) {
		if s["id"] == id {
			return cus, s, nil
		}
	}
	return nil, nil, noSuch("source", id, "id")
}

// retrieveCustomerSource is GET /v1/customers/{customer}/sources/{id}.
func retrieveCustomerSource(c *call) (obj, *apiError) {
	_, s, err := c.customerSource()
	if err != nil {
		return nil, err
	}
	return c.respond(s)
}

// sourceUpdateFields are the parameters each kind of customer source takes.
var sourceUpdateFields = map[string][]string{
	"card": {"name", "address_city", "address_country", "address_line1", "address_line2", "address_state",
		"address_zip", "exp_month", "exp_year", "metadata"},
	"bank_account": {"account_holder_name", "account_holder_type", "metadata"},
	"source":       {"owner", "metadata"},
}

// updateCustomerSource is POST /v1/customers/{customer}/sources/{id}.
func updateCustomerSource(c *call) (obj, *apiError) {
	_, s, err := c.customerSource()
	if err != nil {
		return nil, err
	}
	kind := s["object"].(string)
	p := c.params
	fields := obj{}
	for _, name := range p.order {
		if name == "expand" {
			continue
		}
		if !slices.Contains(sourceUpdateFields[kind], name) {
			return nil, invalidParam(name, "Invalid %s: a %s does not have this field (it takes %s).", name, kind, strings.Join(sourceUpdateFields[kind], ", "))
		}
		switch name {
		case "metadata":
			fields[name] = metadataUpdate(s["metadata"], p)
		case "exp_month", "exp_year":
			v, ok := p.int(name)
			if !ok {
				return nil, invalidParam(name, "Invalid %s: expected an integer.", name)
			}
			if name == "exp_year" && v < 100 {
				v += 2000
			}
			fields[name] = v
		case "owner":
			fields[name] = ownerOf(p.get("owner"), s["owner"])
		default:
			fields[name], _ = optString(p, name)
		}
	}
	if prev := update(s, fields); len(prev) > 0 {
		c.event("customer.source.updated", s, prev)
	}
	return c.respond(s)
}

// deleteCustomerSource is DELETE /v1/customers/{customer}/sources/{id}:
// a card or bank account is deleted, a source is detached (and consumed).
func deleteCustomerSource(c *call) (obj, *apiError) {
	cus, s, err := c.customerSource()
	if err != nil {
		return nil, err
	}
	id := s["id"].(string)
	c.st.order[sourcesKey] = slices.DeleteFunc(c.st.order[sourcesKey], func(x string) bool { return x == id })
	var out obj
	if s["object"] == "source" {
		s["status"] = "consumed"
		out = s
	} else {
		delete(c.st.objects, id)
		out = obj{"id": id, "object": s["object"], "deleted": true}
	}
	c.event("customer.source.deleted", s, nil)
	if cus["default_source"] == id {
		var next any
		if rest := c.st.customerSources(cus["id"].(string)); len(rest) > 0 {
			next = rest[len(rest)-1]["id"]
		}
		cus["default_source"] = next
		c.event("customer.updated", cus, obj{"default_source": id})
	}
	if s["object"] == "source" {
		return c.respond(out)
	}
	return out, nil
}

// verificationAmounts are the micro-deposits every test bank account gets.
var verificationAmounts = []int64{32, 45}

// verifyCustomerSource is POST /v1/customers/{customer}/sources/{id}/verify.
func verifyCustomerSource(c *call) (obj, *apiError) {
	_, s, err := c.customerSource()
	if err != nil {
		return nil, err
	}
	if s["object"] != "bank_account" {
		return nil, invalidParam("id", "Only bank accounts are verified; %s is a %s.", s["id"], s["object"])
	}
	if s["status"] == "verified" {
		return nil, invalidRequest("bank_account_verification_failed", "", "This bank account has already been verified.")
	}
	var amounts []int64
	for _, n := range c.params.list("amounts") {
		v, _ := n.int()
		amounts = append(amounts, v)
	}
	if len(amounts) == 0 {
		return nil, invalidRequest("parameter_missing", "amounts", "Missing required param: amounts.")
	}
	if !slices.Equal(amounts, verificationAmounts) {
		return nil, invalidRequest("bank_account_verification_failed", "amounts",
			"The amounts provided do not match the amounts that were sent to the bank account.")
	}
	prev := update(s, obj{"status": "verified"})
	c.event("customer.source.updated", s, prev)
	return c.respond(s)
}

// listCustomerSources is GET /v1/customers/{customer}/sources.
func listCustomerSources(c *call) (obj, *apiError) {
	cus, err := c.pathObject("customer", "customer")
	if err != nil {
		return nil, err
	}
	id := cus["id"].(string)
	return c.listPage("/v1/customers/"+id+"/sources", c.st.customerSources(id), map[string]func(obj) any{
		"object": field("object"),
	})
}
