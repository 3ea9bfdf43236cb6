package payske

import "encoding/json"

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
