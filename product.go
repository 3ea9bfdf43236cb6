package payske

import "encoding/json"

// Product is the good or service (prod_...) a price is for. This SDK keeps
// its ID and object type, and, when the product was expanded, the whole
// object in RawJSON: decode it into your own type to read further fields. A
// deleted product decodes the same way; its RawJSON holds "deleted": true.
type Product struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare product ID or an expanded product.
func (p *Product) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &p.ID, &p.Object, &p.RawJSON)
}

// MarshalJSON encodes p as it was received: a bare ID or the full object.
func (p Product) MarshalJSON() ([]byte, error) {
	return encodeReference(p.ID, p.Object, p.RawJSON)
}
