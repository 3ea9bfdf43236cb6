package paysketest

// customerStrings are the customer's plain string fields set from
// parameters of the same name.
var customerStrings = []string{"description", "email", "name", "phone", "invoice_prefix", "tax_exempt"}

// createCustomer is POST /v1/customers. A source parameter attaches it
// and makes it the default source.
func createCustomer(c *call) (obj, *apiError) {
	p := c.params
	id := c.st.ids.next("cus_", 14)
	cus := obj{
		"id": id, "object": "customer", "address": nil, "balance": int64(0), "created": c.now, "currency": nil,
		"default_source": nil, "delinquent": false, "description": nil, "discount": nil, "email": nil,
		"invoice_prefix": id[4:11], "invoice_settings": obj{"custom_fields": nil, "default_payment_method": nil, "footer": nil},
		"livemode": false, "metadata": metadataUpdate(nil, p), "name": nil, "next_invoice_sequence": int64(1),
		"phone": nil, "preferred_locales": []any{}, "shipping": nil, "tax_exempt": "none",
	}
	for k, v := range c.customerFields(cus, obj{}) {
		cus[k] = v
	}
	attached, err := c.attachSourceParam(cus)
	if err != nil {
		return nil, err
	}
	c.st.add(cus)
	c.event("customer.created", cus, nil)
	if attached != nil {
		// The API reports the new card or bank account on its own too, as
		// attaching it through the sources endpoint would.
		c.event("customer.source.created", attached, nil)
	}
	return c.respond(cus)
}

// attachSourceParam attaches the source parameter of a create or update,
// when it is given, to cus; it returns what was attached, or nil.
func (c *call) attachSourceParam(cus obj) (obj, *apiError) {
	src, ok := c.params.str("source")
	if !ok || src == "" {
		return nil, nil
	}
	return c.attach(cus, src, "source")
}

// customerFields reads the parameters shared by create and update into
// fields.
func (c *call) customerFields(cus obj, fields obj) obj {
	p := c.params
	for _, f := range customerStrings {
		if v, ok := optString(p, f); ok {
			fields[f] = v
		}
	}
	if f := "tax_exempt"; fields[f] == nil && p.has(f) {
		fields[f] = "none"
	}
	if v, ok := p.int("balance"); ok {
		fields["balance"] = v
	}
	if v, ok := p.int("next_invoice_sequence"); ok {
		fields["next_invoice_sequence"] = v
	}
	if n := p.get("address"); n != nil {
		if n.leaf {
			fields["address"] = nil
		} else {
			fields["address"] = addressOf(n)
		}
	}
	if p.has("shipping") {
		fields["shipping"] = shippingOf(p.get("shipping"))
	}
	if p.has("preferred_locales") {
		locales := []any{}
		for _, l := range p.strings("preferred_locales") {
			locales = append(locales, l)
		}
		fields["preferred_locales"] = locales
	}
	if p.has("metadata") {
		fields["metadata"] = metadataUpdate(cus["metadata"], p)
	}
	return fields
}

// retrieveCustomer is GET /v1/customers/{customer}.
var retrieveCustomer = retrieve("customer", "customer")

// updateCustomer is POST /v1/customers/{customer}. source attaches a new
// default source; default_source picks one the customer has.
func updateCustomer(c *call) (obj, *apiError) {
	cus, err := c.pathObject("customer", "customer")
	if err != nil {
		return nil, err
	}
	p := c.params
	before := deepCopy(cus).(obj)
	fields := c.customerFields(cus, obj{})
	// default_source is checked before source is attached, so that a
	// refused request changes nothing (the token stays unused).
	defaultID, hasDefault := p.str("default_source")
	if hasDefault {
		if o := c.st.objects[defaultID]; o == nil || o["customer"] != cus["id"] {
			return nil, invalidRequest("missing", "default_source", "No such source on customer %s: '%s'", cus["id"], defaultID)
		}
	}
	attached, err := c.attachSourceParam(cus)
	if err != nil {
		return nil, err
	}
	if attached != nil {
		fields["default_source"] = attached["id"]
		c.event("customer.source.created", attached, nil)
	}
	if hasDefault {
		fields["default_source"] = defaultID
	}
	update(cus, fields)
	prev := obj{}
	for k, v := range before {
		if !equalValues(v, cus[k]) {
			prev[k] = v
		}
	}
	if len(prev) > 0 {
		c.event("customer.updated", cus, prev)
	}
	return c.respond(cus)
}

// deleteCustomer is DELETE /v1/customers/{customer}. The customer's cards
// and bank accounts go with it.
func deleteCustomer(c *call) (obj, *apiError) {
	cus, err := c.pathObject("customer", "customer")
	if err != nil {
		return nil, err
	}
	id := cus["id"].(string)
	for _, s := range c.st.customerSources(id) {
		if s["object"] != "source" {
			delete(c.st.objects, s["id"].(string))
		}
	}
	delete(c.st.objects, id)
	gone := obj{"id": id, "object": "customer", "deleted": true}
	c.st.deleted[id] = gone
	c.event("customer.deleted", cus, nil)
	return gone, nil
}

// listCustomers is GET /v1/customers.
func listCustomers(c *call) (obj, *apiError) {
	return c.listPage("/v1/customers", c.st.objectsOf("customer"), map[string]func(obj) any{
		"email": field("email"), "test_clock": field("test_clock"),
	})
}
