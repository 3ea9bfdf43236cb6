package payske

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// This file holds the types of objects that Payske resources point to but
// that this SDK does not model in full yet: they decode from a bare ID or
// from the expanded object, keep its ID and object type, and keep the whole
// expanded object in RawJSON so that nothing is lost. Decode RawJSON into
// your own type to read further fields.
//
// MarshalJSON of each of them emits RawJSON unchanged when it is set, the
// bare ID string when only ID is set, and {"id", "object"} otherwise. An
// object that holds nothing but its id and object leaves RawJSON nil, so
// that a value built in code with ID and Object decodes back from its
// encoding unchanged.

// Account is a Payske account, for example the connected account a charge
// was made on behalf of.
type Account struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare account ID or an expanded account.
func (a *Account) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &a.ID, &a.Object, &a.RawJSON)
}

// MarshalJSON encodes a as it was received: a bare ID or the full object.
func (a Account) MarshalJSON() ([]byte, error) {
	return encodeReference(a.ID, a.Object, a.RawJSON)
}

// Application is a Connect application (ca_...), for example the one that
// created a charge.
type Application struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare application ID or an expanded application.
func (a *Application) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &a.ID, &a.Object, &a.RawJSON)
}

// MarshalJSON encodes a as it was received: a bare ID or the full object.
func (a Application) MarshalJSON() ([]byte, error) {
	return encodeReference(a.ID, a.Object, a.RawJSON)
}

// ApplicationFee is the fee (fee_...) a Connect platform collected on a
// charge.
type ApplicationFee struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare application fee ID or an expanded fee.
func (f *ApplicationFee) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &f.ID, &f.Object, &f.RawJSON)
}

// MarshalJSON encodes f as it was received: a bare ID or the full object.
func (f ApplicationFee) MarshalJSON() ([]byte, error) {
	return encodeReference(f.ID, f.Object, f.RawJSON)
}

// Invoice is the invoice (in_...) a charge pays.
type Invoice struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare invoice ID or an expanded invoice.
func (i *Invoice) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &i.ID, &i.Object, &i.RawJSON)
}

// MarshalJSON encodes i as it was received: a bare ID or the full object.
func (i Invoice) MarshalJSON() ([]byte, error) {
	return encodeReference(i.ID, i.Object, i.RawJSON)
}

// Order is the order a charge pays.
type Order struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare order ID or an expanded order.
func (o *Order) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &o.ID, &o.Object, &o.RawJSON)
}

// MarshalJSON encodes o as it was received: a bare ID or the full object.
func (o Order) MarshalJSON() ([]byte, error) {
	return encodeReference(o.ID, o.Object, o.RawJSON)
}

// PaymentIntent is the payment intent (pi_...) that created a charge or a
// refund.
type PaymentIntent struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare payment intent ID or an expanded payment
// intent.
func (p *PaymentIntent) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &p.ID, &p.Object, &p.RawJSON)
}

// MarshalJSON encodes p as it was received: a bare ID or the full object.
func (p PaymentIntent) MarshalJSON() ([]byte, error) {
	return encodeReference(p.ID, p.Object, p.RawJSON)
}

// PaymentMethod is a payment method (pm_...), for example the one a refund
// is sent back to.
type PaymentMethod struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare payment method ID or an expanded payment
// method.
func (p *PaymentMethod) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &p.ID, &p.Object, &p.RawJSON)
}

// MarshalJSON encodes p as it was received: a bare ID or the full object.
func (p PaymentMethod) MarshalJSON() ([]byte, error) {
	return encodeReference(p.ID, p.Object, p.RawJSON)
}

// Review is the Radar review (prv_...) opened on a charge.
type Review struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare review ID or an expanded review.
func (r *Review) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &r.ID, &r.Object, &r.RawJSON)
}

// MarshalJSON encodes r as it was received: a bare ID or the full object.
func (r Review) MarshalJSON() ([]byte, error) {
	return encodeReference(r.ID, r.Object, r.RawJSON)
}

// Transfer is a transfer (tr_...) of funds between Payske accounts.
type Transfer struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare transfer ID or an expanded transfer.
func (t *Transfer) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &t.ID, &t.Object, &t.RawJSON)
}

// MarshalJSON encodes t as it was received: a bare ID or the full object.
func (t Transfer) MarshalJSON() ([]byte, error) {
	return encodeReference(t.ID, t.Object, t.RawJSON)
}

// TransferReversal is the reversal (trr_...) of a transfer, for example the
// one a refund of a destination charge caused.
type TransferReversal struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare transfer reversal ID or an expanded reversal.
func (t *TransferReversal) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &t.ID, &t.Object, &t.RawJSON)
}

// MarshalJSON encodes t as it was received: a bare ID or the full object.
func (t TransferReversal) MarshalJSON() ([]byte, error) {
	return encodeReference(t.ID, t.Object, t.RawJSON)
}

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
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*r = RadarRule{ID: id}
		return nil
	}
	type radarRule RadarRule
	return json.Unmarshal(data, (*radarRule)(r))
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
