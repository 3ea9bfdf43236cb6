package paysketest

// createRefund is POST /v1/refunds: all of what is left of the charge, or
// amount of it.
func createRefund(c *call) (obj, *apiError) {
	p := c.params
	id, ok := p.str("charge")
	if !ok || id == "" {
		return nil, invalidRequest("parameter_missing", "charge", "Missing required param: charge (paysketest has no payment intents).")
	}
	ch, err := c.find("charge", id, "charge")
	if err != nil {
		return nil, err
	}
	if ch["status"] != "succeeded" {
		return nil, invalidRequest("charge_not_refundable", "charge", "Charge %s has status %s and cannot be refunded.", id, ch["status"])
	}
	left := ch["amount"].(int64) - ch["amount_refunded"].(int64)
	if left == 0 {
		return nil, invalidRequest("charge_already_refunded", "charge", "Charge %s has already been refunded.", id)
	}
	amount := left
	if v, ok := p.int("amount"); ok {
		if v < 1 {
			return nil, invalidParam("amount", "Invalid amount: must be a positive integer, got %d.", v)
		}
		if v > left {
			return nil, invalidRequest("amount_too_large", "amount",
				"Refund amount (%d) is greater than unrefunded amount on charge (%d).", v, left)
		}
		amount = v
	}
	var reason any
	if v, ok := p.str("reason"); ok {
		reason = v
	}
	r := c.refund(ch, amount, reason, metadataUpdate(nil, p))
	return c.respond(r)
}

// refund creates a refund of amount on ch and updates the charge.
func (c *call) refund(ch obj, amount int64, reason any, metadata obj) obj {
	r, prev := c.newRefund(ch, amount, reason, metadata)
	if ch["refunded"] == true {
		// Nothing is left to capture: the authorization cannot expire.
		delete(c.st.uncaptured, ch["id"].(string))
	}
	c.event("charge.refunded", ch, prev)
	return r
}

// newRefund records a refund of amount on ch and adds it to the charge's
// amount_refunded and refunds list; it returns the refund and the charge's
// fields as they were before. Money that was never captured (a
// refund before the capture, the rest an authorization releases) moves
// no balance.
func (c *call) newRefund(ch obj, amount int64, reason any, metadata obj) (refund, previous obj) {
	id := c.st.ids.next("re_", 24)
	var txn any
	if ch["captured"] == true {
		txn = c.balanceTransaction(obj{"id": id, "currency": ch["currency"]}, -amount, "refund")
	}
	r := obj{
		"id": id, "object": "refund", "amount": amount, "balance_transaction": txn, "charge": ch["id"],
		"created": c.now, "currency": ch["currency"], "metadata": metadata, "payment_intent": nil,
		"reason": reason, "receipt_number": nil, "source_transfer_reversal": nil, "status": "succeeded",
		"transfer_reversal": nil,
	}
	c.st.add(r)
	refunded := ch["amount_refunded"].(int64) + amount
	previous = update(ch, obj{"amount_refunded": refunded, "refunded": refunded == ch["amount"].(int64)})
	c.refreshRefunds(ch)
	return r, previous
}

// refreshRefunds rebuilds the refunds list a charge carries, newest first.
func (c *call) refreshRefunds(ch obj) {
	ids := c.st.refundsOf[ch["id"].(string)]
	data := make([]any, 0, len(ids))
	for i := len(ids) - 1; i >= 0; i-- {
		data = append(data, deepCopy(c.st.objects[ids[i]]))
	}
	ch["refunds"].(obj)["data"] = data
}

// retrieveRefund is GET /v1/refunds/{refund}.
var retrieveRefund = retrieve("refund", "refund")

// updateRefund is POST /v1/refunds/{refund}; only metadata changes.
func updateRefund(c *call) (obj, *apiError) {
	r, err := c.pathObject("refund", "refund")
	if err != nil {
		return nil, err
	}
	if c.params.has("metadata") {
		if prev := update(r, obj{"metadata": metadataUpdate(r["metadata"], c.params)}); len(prev) > 0 {
			ch := c.st.get("charge", r["charge"].(string))
			c.refreshRefunds(ch)
			c.event("charge.refund.updated", r, prev)
		}
	}
	return c.respond(r)
}

// listRefunds is GET /v1/refunds.
func listRefunds(c *call) (obj, *apiError) {
	return c.listPage("/v1/refunds", c.st.objectsOf("refund"), map[string]func(obj) any{
		"charge": field("charge"), "payment_intent": field("payment_intent"),
	})
}
