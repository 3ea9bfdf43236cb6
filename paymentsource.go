package payske

import "encoding/json"

// PaymentSource is one of a customer's payment sources: a card, a bank
// account or a source object, as the customer sources endpoints
// (paymentsource package) and the customer's default_source and sources
// fields return it. Type tells which of Card, BankAccount and SourceObject
// holds it.
//
// When Payske sends only an ID, only ID is set. When it answers a deletion,
// ID, Type and Deleted are set. An object of a kind this SDK does not know
// keeps its ID, Type and JSON (RawJSON), so that nothing is lost.
type PaymentSource struct {
	APIResource

	// ID is the source's ID, set whether Payske sent the ID alone or the
	// whole object.
	ID string

	// Type is the source's "object" value; empty when only the ID was sent.
	Type PaymentSourceType

	// Card is set when Type is PaymentSourceTypeCard.
	Card *Card

	// BankAccount is set when Type is PaymentSourceTypeBankAccount.
	BankAccount *BankAccount

	// SourceObject is set when Type is PaymentSourceTypeSource.
	SourceObject *Source

	// Deleted is true in the answer of paymentsource.Del.
	Deleted bool

	// RawJSON is the object of any other Type, as received; nil when it
	// held only its id and object, which ID and Type keep.
	RawJSON json.RawMessage
}

// PaymentSourceType is the kind of a customer's payment source: its
// "object" value.
type PaymentSourceType string

// The kinds of payment source.
const (
	PaymentSourceTypeBankAccount PaymentSourceType = "bank_account"
	PaymentSourceTypeCard        PaymentSourceType = "card"
	PaymentSourceTypeSource      PaymentSourceType = "source"
)

// UnmarshalJSON decodes a bare ID, a deletion answer, or a card, bank
// account or source object. An object is read twice: once into a small
// struct for its "object" and "deleted" values, once into its concrete type.
// A JSON null changes nothing.
func (s *PaymentSource) UnmarshalJSON(data []byte) error {
	var head deletableHead
	what, id, err := readHead(data, &head)
	if err != nil || what == jsonNull {
		return err
	}
	return s.fromHead(what, id, head, data, unmarshalInto(data))
}

// fromHead sets s to the value a decoder found, from the head it read
// (what, a bare ID's id, an object's head): UnmarshalJSON and the
// generated walk both end here. object decodes the expanded object into
// the concrete type of its kind; raw is its JSON, kept for a kind the SDK
// does not know. On an error s is left as it was.
func (s *PaymentSource) fromHead(what fieldJSON, id string, head deletableHead, raw []byte, object func(dst any) error) error {
	v := PaymentSource{APIResource: s.APIResource, ID: head.ID, Type: PaymentSourceType(head.Object)}
	var err error
	switch {
	case what == jsonID:
		v.ID = id
	case head.Deleted:
		// A deletion answer carries nothing but these three fields.
		v.Deleted = true
	case v.Type == PaymentSourceTypeCard:
		v.Card = &Card{}
		err = object(v.Card)
	case v.Type == PaymentSourceTypeBankAccount:
		v.BankAccount = &BankAccount{}
		err = object(v.BankAccount)
	case v.Type == PaymentSourceTypeSource:
		v.SourceObject = &Source{}
		err = object(v.SourceObject)
	default:
		v.RawJSON = keptRawJSON(raw, head.ID, head.Object)
	}
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// MarshalJSON encodes s as it was received: the concrete object when there
// is one, the deletion answer, the raw object of an unknown kind, or the
// bare ID. A concrete object built in code without its ID or Object gets
// them from s, so that it decodes back as the same kind.
func (s PaymentSource) MarshalJSON() ([]byte, error) {
	switch {
	case s.Card != nil:
		return marshalVariant(*s.Card, s.ID, string(PaymentSourceTypeCard))
	case s.BankAccount != nil:
		return marshalVariant(*s.BankAccount, s.ID, string(PaymentSourceTypeBankAccount))
	case s.SourceObject != nil:
		return marshalVariant(*s.SourceObject, s.ID, string(PaymentSourceTypeSource))
	case s.Deleted:
		return json.Marshal(struct {
			ID      string            `json:"id"`
			Object  PaymentSourceType `json:"object"`
			Deleted bool              `json:"deleted"`
		}{s.ID, s.Type, true})
	default:
		return encodeReference(s.ID, string(s.Type), s.RawJSON)
	}
}

// answerObject implements objectChecker: the customer sources endpoints
// answer with a card, a bank account or a source.
func (s *PaymentSource) answerObject() (string, objectKinds) {
	return string(s.Type), "card bank_account source"
}

// SetLastResponse implements LastResponseSetter. The concrete card, bank
// account or source gets the response too, so that code holding only
// s.Card still sees the request ID.
func (s *PaymentSource) SetLastResponse(response *APIResponse) {
	s.LastResponse = response
	switch {
	case s.Card != nil:
		s.Card.LastResponse = response
	case s.BankAccount != nil:
		s.BankAccount.LastResponse = response
	case s.SourceObject != nil:
		s.SourceObject.LastResponse = response
	}
}
