package payske

import "encoding/json"

// The types below are objects a session points to that this SDK does not
// model in full: they decode from a bare ID or from the expanded object,
// keep its ID and object type, and keep the whole object in RawJSON (decode
// it into your own type to read further fields). MarshalJSON emits RawJSON
// unchanged when it is set and the bare ID otherwise.

// Coupon is a coupon (a discount definition) applied to a session.
type Coupon struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare coupon ID or an expanded coupon.
func (c *Coupon) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &c.ID, &c.Object, &c.RawJSON)
}

// MarshalJSON encodes c as it was received: a bare ID or the full object.
func (c Coupon) MarshalJSON() ([]byte, error) {
	return encodeReference(c.ID, c.Object, c.RawJSON)
}

// PaymentLink is the payment link (plink_...) a session was opened from.
type PaymentLink struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare payment link ID or an expanded payment link.
func (p *PaymentLink) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &p.ID, &p.Object, &p.RawJSON)
}

// MarshalJSON encodes p as it was received: a bare ID or the full object.
func (p PaymentLink) MarshalJSON() ([]byte, error) {
	return encodeReference(p.ID, p.Object, p.RawJSON)
}

// PromotionCode is a customer-facing code (promo_...) for a coupon.
type PromotionCode struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare promotion code ID or an expanded promotion
// code.
func (p *PromotionCode) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &p.ID, &p.Object, &p.RawJSON)
}

// MarshalJSON encodes p as it was received: a bare ID or the full object.
func (p PromotionCode) MarshalJSON() ([]byte, error) {
	return encodeReference(p.ID, p.Object, p.RawJSON)
}

// SetupIntent is the setup intent (seti_...) a setup session creates to
// save a payment method.
type SetupIntent struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare setup intent ID or an expanded setup intent.
func (s *SetupIntent) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &s.ID, &s.Object, &s.RawJSON)
}

// MarshalJSON encodes s as it was received: a bare ID or the full object.
func (s SetupIntent) MarshalJSON() ([]byte, error) {
	return encodeReference(s.ID, s.Object, s.RawJSON)
}

// ShippingRate is a shipping rate (shr_...) offered or chosen on the page.
type ShippingRate struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare shipping rate ID or an expanded shipping
// rate.
func (s *ShippingRate) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &s.ID, &s.Object, &s.RawJSON)
}

// MarshalJSON encodes s as it was received: a bare ID or the full object.
func (s ShippingRate) MarshalJSON() ([]byte, error) {
	return encodeReference(s.ID, s.Object, s.RawJSON)
}

// Subscription is the subscription (sub_...) a subscription session
// creates.
type Subscription struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare subscription ID or an expanded subscription.
func (s *Subscription) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &s.ID, &s.Object, &s.RawJSON)
}

// MarshalJSON encodes s as it was received: a bare ID or the full object.
func (s Subscription) MarshalJSON() ([]byte, error) {
	return encodeReference(s.ID, s.Object, s.RawJSON)
}

// TaxID is a tax ID (txi_...) of the account or a customer, possibly since
// deleted (its RawJSON then holds "deleted": true).
type TaxID struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare tax ID ID or an expanded tax ID.
func (t *TaxID) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &t.ID, &t.Object, &t.RawJSON)
}

// MarshalJSON encodes t as it was received: a bare ID or the full object.
func (t TaxID) MarshalJSON() ([]byte, error) {
	return encodeReference(t.ID, t.Object, t.RawJSON)
}
