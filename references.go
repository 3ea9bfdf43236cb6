package payske

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// The types of objects that Payske resources point to but that this SDK
// does not model in full yet (Account, Coupon, Product, ...) are generated
// into references_gen.go. They decode from a bare ID or from the expanded
// object, keep its ID and object type, and keep the whole expanded object
// in RawJSON so that nothing is lost. Decode RawJSON into your own type to
// read further fields.
//
// MarshalJSON of each of them emits RawJSON unchanged when it is set, the
// bare ID string when only ID is set, and {"id", "object"} otherwise. An
// object that holds nothing but its id and object leaves RawJSON nil, so
// that a value built in code with ID and Object decodes back from its
// encoding unchanged. This file holds what they share (decodeReference,
// encodeReference), and RadarRule, whose fields the schema does not
// describe.

// RadarRule is the Radar rule that decided a charge's outcome. Payske
// returns its ID unless outcome.rule is expanded.
type RadarRule struct {
	// Action is what the rule does when it matches, for example "block"
	// or "review".
	Action string `json:"action"`
	ID     string `json:"id"`
	// Predicate is the rule's condition, in Radar's rule language.
	Predicate string `json:"predicate"`
}

// UnmarshalJSON decodes a bare rule ID or an expanded rule.
func (r *RadarRule) UnmarshalJSON(data []byte) error {
	type radarRule RadarRule
	return decodeIDOrObject(data, (*radarRule)(r), func(id string) { *r = RadarRule{ID: id} })
}

// decodeIDOrObject decodes data, a bare ID or an object, for an UnmarshalJSON
// method: a bare ID goes to withID, an object into whole (the value as a
// type without that method, so that decoding does not recurse).
func decodeIDOrObject(data []byte, whole any, withID func(id string)) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		withID(id)
		return nil
	}
	return json.Unmarshal(data, whole)
}

// MarshalJSON encodes r as a bare ID when only ID is set, and as the full
// object otherwise.
func (r RadarRule) MarshalJSON() ([]byte, error) {
	if r.ID != "" && r == (RadarRule{ID: r.ID}) {
		return json.Marshal(r.ID)
	}
	type radarRule RadarRule
	return json.Marshal(radarRule(r))
}

// decodeReference fills id, object and raw from data, a bare ID or an
// expanded object, decoding an object only once. A JSON null changes nothing,
// as encoding/json does for structs.
func decodeReference(data []byte, id, object *string, raw *json.RawMessage) error {
	s, ok, err := expandedID(data)
	if ok {
		if err != nil {
			return err
		}
		*id, *object, *raw = s, "", nil
		return nil
	}
	if isJSONNull(data) {
		return nil
	}
	var head struct {
		ID     string `json:"id"`
		Object string `json:"object"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return err
	}
	*id, *object, *raw = head.ID, head.Object, keptRawJSON(data, head.ID, head.Object)
	return nil
}

// keptRawJSON returns a copy of data, an expanded object with the given id
// and object values, to keep as RawJSON (the decoder may reuse data once
// UnmarshalJSON returns). It returns nil when data is exactly what
// encodeReference writes for id and object alone: then a value built in
// code with ID and Object set decodes back from its own encoding as it
// was, without a RawJSON it never had.
func keptRawJSON(data []byte, id, object string) json.RawMessage {
	// An escaped character takes at most six bytes: a longer data holds
	// more than id and object, and is kept without encoding anything.
	if len(data) <= len(`{"id":"","object":""}`)+6*(len(id)+len(object)) {
		if bare, err := encodeReference(id, object, nil); err == nil && bytes.Equal(bare, data) {
			return nil
		}
	}
	return bytes.Clone(data)
}

// marshalVariant encodes obj, the concrete object of a polymorphic field
// (a PaymentSource's card, a balance transaction's charge), with its "id"
// and "object" filled from the field's when empty. A value built in code
// sets them on the field only (ID, Type); without them, the encoding
// would decode back as an unknown kind, or, for an object with only its ID
// set, as a bare ID.
func marshalVariant[T any](obj T, id, object string) ([]byte, error) {
	v := reflect.ValueOf(&obj).Elem()
	fill := func(name, value string) {
		if f := v.FieldByName(name); f.Kind() == reflect.String && f.String() == "" {
			f.SetString(value)
		}
	}
	fill("ID", id)
	fill("Object", object)
	return json.Marshal(obj)
}

// encodeReference is the MarshalJSON of the partial types above.
func encodeReference(id, object string, raw json.RawMessage) ([]byte, error) {
	if len(raw) > 0 {
		return raw, nil
	}
	if object == "" {
		return json.Marshal(id)
	}
	return json.Marshal(struct {
		ID     string `json:"id"`
		Object string `json:"object"`
	}{id, object})
}

// isJSONNull reports whether data is the JSON literal null.
func isJSONNull(data []byte) bool {
	return string(bytes.TrimSpace(data)) == "null"
}

// apiResourceType is skipped by onlyIDSet: LastResponse describes the HTTP
// answer, not the object.
var apiResourceType = reflect.TypeFor[APIResource]()

// onlyIDSet reports whether the struct v points to has a non-empty ID field
// and every other field zero (APIResource aside): the value of an unexpanded
// reference, which MarshalJSON encodes as the bare ID. It stops at the first
// field set, so an expanded object costs a field or two.
func onlyIDSet(v any) bool {
	rv := reflect.ValueOf(v).Elem()
	rt := rv.Type()
	hasID := false
	for i := range rt.NumField() {
		f := rt.Field(i)
		switch {
		case f.Name == "ID":
			hasID = !rv.Field(i).IsZero()
		case f.Type == apiResourceType:
		case !rv.Field(i).IsZero():
			return false
		}
	}
	return hasID
}
