package payske

import "encoding/json"

// The Price struct and its nested object structs are generated into
// price_gen.go from the schema. What the schema cannot say stays here: the
// decoding of an expandable price and answerObject.

// UnmarshalJSON decodes a bare price ID (only ID is set) or a full price,
// decoding the object only once.
func (p *Price) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*p = Price{ID: id}
		return nil
	}
	type price Price
	return json.Unmarshal(data, (*price)(p))
}

// MarshalJSON encodes p as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (p Price) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&p) {
		return json.Marshal(p.ID)
	}
	type price Price
	return json.Marshal(price(p))
}

// answerObject implements objectChecker.
func (p *Price) answerObject() (string, objectKinds) { return p.Object, "price" }
