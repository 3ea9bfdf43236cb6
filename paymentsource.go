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
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*s = PaymentSource{APIResource: s.APIResource, ID: id}
		return nil
	}
	if isJSONNull(data) {
		return nil
	}
	var head struct {
		ID      string            `json:"id"`
		Object  PaymentSourceType `json:"object"`
		Deleted bool              `json:"deleted"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return err
	}
	v := PaymentSource{APIResource: s.APIResource, ID: head.ID, Type: head.Object}
	var err error
	switch {
	case head.Deleted:
		// A deletion answer carries nothing but these three fields.
		v.Deleted = true
	case head.Object == PaymentSourceTypeCard:
		v.Card = &Card{}
		err = json.Unmarshal(data, v.Card)
	case head.Object == PaymentSourceTypeBankAccount:
		v.BankAccount = &BankAccount{}
		err = json.Unmarshal(data, v.BankAccount)
	case head.Object == PaymentSourceTypeSource:
		v.SourceObject = &Source{}
		err = json.Unmarshal(data, v.SourceObject)
	default:
		v.RawJSON = keptRawJSON(data, head.ID, string(head.Object))
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
	case len(s.RawJSON) > 0:
		return s.RawJSON, nil
	case s.Type != "":
		return json.Marshal(struct {
			ID     string            `json:"id"`
			Object PaymentSourceType `json:"object"`
		}{s.ID, s.Type})
	default:
		return json.Marshal(s.ID)
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

// CustomerSourceParams are the parameters of paymentsource.New, Get,
// Update and Del. Customer names the customer in the URL and is always
// required; it is never sent.
//
//   - New attaches Source (a token or src_... ID, sent as source=<id>), or
//     raw Card or BankAccount details, or an AlipayAccount, with metadata.
//   - Update changes a card (AddressCity ... AddressZip, ExpMonth, ExpYear,
//     Name), a bank account (AccountHolderName, AccountHolderType) or a
//     source (Owner), and metadata.
//   - Get and Del take only expansions.
type CustomerSourceParams struct {
	Params `form:"*"`

	// AccountHolderName and AccountHolderType ("individual" or "company")
	// update a bank account.
	AccountHolderName *string `form:"account_holder_name"`
	AccountHolderType *string `form:"account_holder_type"`

	// The address fields update a card's billing address.
	AddressCity    *string `form:"address_city"`
	AddressCountry *string `form:"address_country"`
	AddressLine1   *string `form:"address_line1"`
	AddressLine2   *string `form:"address_line2"`
	AddressState   *string `form:"address_state"`
	AddressZip     *string `form:"address_zip"`

	// AlipayAccount is the ID of an Alipay account to attach (New only).
	AlipayAccount *string `form:"alipay_account"`

	// BankAccount gives a bank account's details to attach, instead of a
	// Source token (New only).
	BankAccount *CustomerSourceBankAccountParams `form:"bank_account"`

	// Card gives a card's details to attach, instead of a Source token
	// (New only).
	Card *CustomerSourceCardParams `form:"card"`

	// Customer is the ID of the customer the source belongs to. It builds
	// the URL and is never sent.
	Customer *string `form:"-"`

	// ExpMonth and ExpYear update a card's expiry, as numbers in strings
	// ("12", "2030").
	ExpMonth *string `form:"exp_month"`
	ExpYear  *string `form:"exp_year"`

	// Name updates a card's cardholder name.
	Name *string `form:"name"`

	// Owner updates a source object's owner.
	Owner *SourceOwnerParams `form:"owner"`

	// Source is the token (tok_..., btok_...) or source (src_...) to
	// attach, sent as source=<id> (New only).
	Source *SourceParams `form:"source"`
}

// CustomerSourceBankAccountParams are a bank account's details, attached to
// a customer with paymentsource.New. AccountNumber and Country are required.
type CustomerSourceBankAccountParams struct {
	AccountHolderName *string `form:"account_holder_name"`

	// AccountHolderType is "individual" or "company".
	AccountHolderType *string `form:"account_holder_type"`
	AccountNumber     *string `form:"account_number"`
	Country           *string `form:"country"`
	Currency          *string `form:"currency"`

	// Object is "bank_account".
	Object        *string `form:"object"`
	RoutingNumber *string `form:"routing_number"`
}

// CustomerSourceCardParams are a card's details, attached to a customer
// with paymentsource.New. Number, ExpMonth and ExpYear are required.
type CustomerSourceCardParams struct {
	AddressCity    *string           `form:"address_city"`
	AddressCountry *string           `form:"address_country"`
	AddressLine1   *string           `form:"address_line1"`
	AddressLine2   *string           `form:"address_line2"`
	AddressState   *string           `form:"address_state"`
	AddressZip     *string           `form:"address_zip"`
	CVC            *string           `form:"cvc"`
	Encrypted      *string           `form:"encrypted"`
	ExpMonth       *int64            `form:"exp_month"`
	ExpYear        *int64            `form:"exp_year"`
	Metadata       map[string]string `form:"metadata"`

	// Name is the cardholder's name.
	Name         *string                               `form:"name"`
	NetworkToken *CustomerSourceCardNetworkTokenParams `form:"network_token"`
	Number       *string                               `form:"number"`

	// Object is "card".
	Object    *string `form:"object"`
	SwipeData *string `form:"swipe_data"`
}

// CustomerSourceCardNetworkTokenParams give a network token in place of
// the card number.
type CustomerSourceCardNetworkTokenParams struct {
	Number *string `form:"number"`
}

// PaymentSourceListParams are the parameters of paymentsource.List.
// Customer is required; it builds the URL and is never sent.
type PaymentSourceListParams struct {
	ListParams `form:"*"`

	// Customer is the ID of the customer whose sources are listed.
	Customer *string `form:"-"`

	// Object keeps the sources of one kind: "card", "bank_account" or
	// "source". By default every kind is listed.
	Object *string `form:"object"`
}

// PaymentSourceVerifyParams are the parameters of paymentsource.Verify: the
// amounts, in cents, of the two micro-deposits Payske sent to a bank
// account.
type PaymentSourceVerifyParams struct {
	Params `form:"*"`

	// Amounts are the two micro-deposit amounts, sent as amounts[0] and
	// amounts[1].
	Amounts []*int64 `form:"amounts"`

	// Customer is the ID of the customer the bank account belongs to. It
	// builds the URL and is never sent.
	Customer *string `form:"-"`
}
