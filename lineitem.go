package payske

import "encoding/json"

// The LineItem struct and its nested object structs are generated into
// lineitem_gen.go from the schema. What the schema cannot say stays here:
// Discount and TaxRate, which keep only an ID and the raw object.

// Discount is a coupon or promotion code as applied (di_...). This SDK keeps
// its ID and object type, and the whole object in RawJSON.
type Discount struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare discount ID or a discount object.
func (d *Discount) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &d.ID, &d.Object, &d.RawJSON)
}

// MarshalJSON encodes d as it was received: a bare ID or the full object.
func (d Discount) MarshalJSON() ([]byte, error) {
	return encodeReference(d.ID, d.Object, d.RawJSON)
}

// TaxRate is a tax rate (txr_...) applied to an amount. This SDK keeps its
// ID and object type, and the whole object in RawJSON.
type TaxRate struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare tax rate ID or a tax rate object.
func (r *TaxRate) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &r.ID, &r.Object, &r.RawJSON)
}

// MarshalJSON encodes r as it was received: a bare ID or the full object.
func (r TaxRate) MarshalJSON() ([]byte, error) {
	return encodeReference(r.ID, r.Object, r.RawJSON)
}
