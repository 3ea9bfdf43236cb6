package payske

import "encoding/json"

// UnmarshalJSON decodes a bare customer ID (only ID is set), a customer or a
// deleted customer.
func (c *Customer) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*c = Customer{ID: id}
		return nil
	}
	return json.Unmarshal(data, c.objectTarget())
}

// customerFields is Customer without its methods: the target that decodes the
// object itself (see objectDecoder).
type customerFields Customer

// objectTarget implements objectDecoder.
func (c *Customer) objectTarget() any { return (*customerFields)(c) }

// MarshalJSON encodes c as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (c Customer) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&c) {
		return json.Marshal(c.ID)
	}
	type customer Customer
	return json.Marshal(customer(c))
}

// answerObject implements objectChecker.
func (c *Customer) answerObject() (string, objectKinds) { return c.Object, "customer" }

// CustomerList is a page of customers, as GET /v1/customers returns it.
type CustomerList struct {
	ListMeta
	Data []*Customer `json:"data"`
}

// CustomerDiscount is the discount (di_...) on a customer's recurring
// charges. Its coupon or promotion code is outside this SDK's scope, so it
// keeps ID and Object and the whole object in RawJSON; decode RawJSON into
// your own type to read further fields.
type CustomerDiscount struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a discount object (or a bare discount ID).
func (d *CustomerDiscount) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &d.ID, &d.Object, &d.RawJSON)
}

// MarshalJSON encodes d as it was received.
func (d CustomerDiscount) MarshalJSON() ([]byte, error) {
	return encodeReference(d.ID, d.Object, d.RawJSON)
}

// CustomerSubscriptionList is a page of a customer's subscriptions.
// Subscriptions are outside this SDK's scope: each one is kept as the JSON
// received; decode it into your own type.
type CustomerSubscriptionList struct {
	ListMeta
	Data []json.RawMessage `json:"data"`
}

// CustomerTaxIDList is a page of a customer's tax IDs. Tax ID objects are
// outside this SDK's scope: each one is kept as the JSON received; decode it
// into your own type.
type CustomerTaxIDList struct {
	ListMeta
	Data []json.RawMessage `json:"data"`
}

// TestClock is a test clock (clock_...), which moves time forward for the
// test-mode customers attached to it. Test clocks are outside this SDK's
// scope: it keeps ID and Object, and an expanded clock whole in RawJSON.
type TestClock struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare test clock ID or an expanded test clock.
func (c *TestClock) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &c.ID, &c.Object, &c.RawJSON)
}

// MarshalJSON encodes c as it was received: a bare ID or the full object.
func (c TestClock) MarshalJSON() ([]byte, error) {
	return encodeReference(c.ID, c.Object, c.RawJSON)
}
