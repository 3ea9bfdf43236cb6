package paysketest

import (
	"errors"
	"fmt"
	"strconv"
)

// sessionLifetime is how long a Checkout Session stays open by default.
const sessionLifetime = 24 * 60 * 60

// Price is a catalogue price that Checkout Session line items can name by
// ID (line_items[0][price]=price_...). paysketest has no prices endpoint,
// so tests register the prices their code refers to with AddPrice.
type Price struct {
	// ID is the price's ID, such as "price_H5ggYwtDq4fbrJ".
	ID string
	// UnitAmount is the price of one unit in the currency's smallest unit.
	UnitAmount int64
	// Currency is a three-letter ISO code in lower case, such as "usd".
	Currency string
	// ProductName is the line items' description.
	ProductName string
}

// AddPrice registers a price for line items to name by ID. A line item
// naming a price that was never added is refused with a 400 naming the
// parameter, as the API refuses an unknown price.
func (s *Server) AddPrice(p Price) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.addPrice(p, s.clock.Now().Unix())
}

// addPrice registers p in the account's catalogue.
func (st *state) addPrice(p Price, now int64) {
	st.prices[p.ID] = priceObject(p.ID, p.UnitAmount, p.Currency, st.ids.next("prod_", 14), now)
	st.prices[p.ID]["nickname"] = nilIfEmpty(p.ProductName)
}

func priceObject(id string, unitAmount int64, currency, product string, created int64) obj {
	return obj{
		"id": id, "object": "price", "active": true, "billing_scheme": "per_unit", "created": created,
		"currency": currency, "livemode": false, "lookup_key": nil, "metadata": obj{}, "nickname": nil,
		"product": product, "recurring": nil, "tax_behavior": "unspecified", "tiers_mode": nil,
		"transform_quantity": nil, "type": "one_time", "unit_amount": unitAmount,
		"unit_amount_decimal": strconv.FormatInt(unitAmount, 10),
	}
}

// createSession is POST /v1/checkout/sessions. Each line item's totals are
// unit_amount times quantity (no taxes or discounts); the session's are
// their sums.
func createSession(c *call) (obj, *apiError) {
	p := c.params
	mode := "payment"
	if v, ok := p.str("mode"); ok {
		mode = v
	}
	id := c.st.ids.next("cs_test_", 58)
	var items []obj
	var currency any
	total := int64(0)
	for i, n := range p.list("line_items") {
		item, err := c.lineItem(n, i)
		if err != nil {
			return nil, err
		}
		if currency != nil && currency != item["currency"] {
			return nil, invalidParam(fmt.Sprintf("line_items[%d][price_data][currency]", i),
				"All line items must have the same currency: %s and %s differ.", currency, item["currency"])
		}
		currency = item["currency"]
		total += item["amount_total"].(int64)
		items = append(items, item)
	}
	if mode == "payment" && len(items) == 0 {
		return nil, invalidRequest("parameter_missing", "line_items", "Missing required param: line_items (a payment mode session needs at least one).")
	}
	if v, ok := p.str("currency"); ok {
		currency = v
	}
	var subtotal any
	if len(items) > 0 {
		subtotal = total
	}
	expires := c.now + sessionLifetime
	if v, ok := p.int("expires_at"); ok {
		expires = v
	}
	methods := []any{"card"}
	if types := p.strings("payment_method_types"); len(types) > 0 {
		methods = methods[:0]
		for _, t := range types {
			methods = append(methods, t)
		}
	}
	s := obj{
		"id": id, "object": "checkout.session", "after_expiration": nil, "allow_promotion_codes": nil,
		"amount_subtotal": subtotal, "amount_total": subtotal,
		"automatic_tax": obj{"enabled": false, "status": nil}, "billing_address_collection": nil,
		"cancel_url": nil, "client_reference_id": nil, "consent": nil, "consent_collection": nil,
		"created": c.now, "currency": currency, "customer": nil, "customer_details": nil, "customer_email": nil,
		"expires_at": expires, "livemode": false, "locale": nil, "metadata": metadataUpdate(nil, p), "mode": mode,
		"payment_intent": nil, "payment_method_options": obj{}, "payment_method_types": methods,
		"payment_status": "unpaid", "phone_number_collection": obj{"enabled": false}, "recovered_from": nil,
		"setup_intent": nil, "shipping": nil, "shipping_address_collection": nil, "shipping_options": []any{},
		"shipping_rate": nil, "status": "open", "submit_type": nil, "subscription": nil, "success_url": nil,
		"total_details": obj{"amount_discount": int64(0), "amount_shipping": int64(0), "amount_tax": int64(0)},
		"url":           "https://checkout.payske.com/c/pay/" + id,
	}
	if len(items) == 0 {
		s["total_details"] = nil
	}
	for _, f := range []string{"cancel_url", "success_url", "client_reference_id", "customer_email", "locale", "submit_type", "billing_address_collection"} {
		if v, ok := optString(p, f); ok {
			s[f] = v
		}
	}
	if cus, ok := p.str("customer"); ok && cus != "" {
		if _, err := c.find("customer", cus, "customer"); err != nil {
			return nil, err
		}
		s["customer"] = cus
	}
	c.st.add(s)
	c.st.lineItems[id] = items
	return c.respond(s)
}

// lineItem builds line item i from its parameters: a registered price, or
// price_data with a unit_amount.
func (c *call) lineItem(n *formNode, i int) (obj, *apiError) {
	param := func(name string) string { return fmt.Sprintf("line_items[%d][%s]", i, name) }
	quantity := int64(1)
	if v, ok := n.int("quantity"); ok {
		if v < 1 {
			return nil, invalidParam(param("quantity"), "Invalid %s: must be at least 1, got %d.", param("quantity"), v)
		}
		quantity = v
	}
	var price obj
	description := any(nil)
	priceID, hasPrice := n.str("price")
	switch {
	case hasPrice && n.has("price_data"):
		return nil, invalidParam(param("price"), "You may only specify one of these parameters: %s, %s.", param("price"), param("price_data"))
	case hasPrice:
		p := c.st.prices[priceID]
		if p == nil {
			return nil, invalidRequest("resource_missing", param("price"),
				"No such price: '%s' (register it with paysketest's Server.AddPrice).", priceID)
		}
		price = deepCopy(p).(obj)
		description = price["nickname"]
	case n.has("price_data"):
		pd := n.get("price_data")
		unit, ok := pd.int("unit_amount")
		if !ok {
			dec, given := pd.str("unit_amount_decimal")
			v, err := strconv.ParseInt(dec, 10, 64)
			if !given || err != nil {
				return nil, invalidRequest("parameter_missing", param("price_data][unit_amount"),
					"Missing required param: %s (or a whole unit_amount_decimal).", param("price_data][unit_amount"))
			}
			unit = v
		}
		currency, _ := pd.str("currency")
		product, hasProduct := pd.str("product")
		name, hasName := pd.str("product_data", "name")
		if !hasProduct && !hasName {
			return nil, invalidRequest("parameter_missing", param("price_data][product_data"),
				"Missing required param: %s or %s.", param("price_data][product"), param("price_data][product_data"))
		}
		if !hasProduct {
			product = c.st.ids.next("prod_", 14)
			description = name
		}
		price = priceObject(c.st.ids.next("price_", 24), unit, currency, product, c.now)
	default:
		return nil, invalidRequest("parameter_missing", param("price"), "Missing required param: %s or %s.", param("price"), param("price_data"))
	}
	amount := price["unit_amount"].(int64) * quantity
	return obj{
		"id": c.st.ids.next("li_", 24), "object": "item", "amount_subtotal": amount, "amount_total": amount,
		"currency": price["currency"], "description": description, "price": price, "quantity": quantity,
	}, nil
}

// retrieveSession is GET /v1/checkout/sessions/{session}.
var retrieveSession = retrieve("checkout.session", "session")

// listSessions is GET /v1/checkout/sessions.
func listSessions(c *call) (obj, *apiError) {
	return c.listPage("/v1/checkout/sessions", c.st.objectsOf("checkout.session"), map[string]func(obj) any{
		"customer": field("customer"), "status": field("status"), "payment_intent": field("payment_intent"),
		"payment_link": field("payment_link"), "subscription": field("subscription"),
		"customer_account": field("customer_account"),
		"customer_details[email]": func(o obj) any {
			d, _ := o["customer_details"].(obj)
			return d["email"]
		},
	})
}

// listLineItems is GET /v1/checkout/sessions/{session}/line_items.
func listLineItems(c *call) (obj, *apiError) {
	s, err := c.pathObject("checkout.session", "session")
	if err != nil {
		return nil, err
	}
	id := s["id"].(string)
	items := c.st.lineItems[id]
	// Line items list in the order they were given, so reverse for the
	// newest-first pager.
	reversed := make([]obj, len(items))
	for i, it := range items {
		reversed[len(items)-1-i] = it
	}
	return c.listPage("/v1/checkout/sessions/"+id+"/line_items", reversed, nil)
}

// ErrSessionNotOpen is returned by CompleteCheckoutSession for a session
// that is already complete or expired.
var ErrSessionNotOpen = errors.New("paysketest: the Checkout Session is not open")

// CompleteCheckoutSession plays the customer paying a Checkout Session,
// the platform's or a connected account's: it becomes complete and paid,
// and a checkout.session.completed event is created (and delivered to the
// webhook, if any).
func (s *Server) CompleteCheckoutSession(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	// IDs are unique in the whole server, so the session names its account.
	st := s.st
	for _, a := range s.allStates() {
		if a.objects[id] != nil {
			st = a
			break
		}
	}
	c := &call{srv: s, st: st, params: &formNode{}, now: s.clock.Now().Unix()}
	st.expire(c)
	defer s.publish(c)
	defer func() {
		// Expiring authorizations touches charges, as a request would.
		if bad := st.checkTouched(); len(bad) > 0 {
			s.recordViolations("CompleteCheckoutSession", id, bad)
		}
	}()
	sess := st.get("checkout.session", id)
	if sess == nil {
		return fmt.Errorf("paysketest: no such Checkout Session %q", id)
	}
	if sess["status"] != "open" {
		return fmt.Errorf("%w: %s is %s", ErrSessionNotOpen, id, sess["status"])
	}
	prev := update(sess, obj{"status": "complete", "payment_status": "paid"})
	c.event("checkout.session.completed", sess, prev)
	return nil
}
