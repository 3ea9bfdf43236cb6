package payske

import (
	"fmt"
	"slices"

	"github.com/payske/payske-go/form"
)

// SourceParams names the payment source of a request: the ID of a token
// (tok_...), a card (card_...) or a source (src_...), sent as a plain
// source=<id>, never as a nested object; or, in Card, the details of a
// card to charge or attach without tokenizing it first.
//
// Prefer a token: raw card numbers put the caller's servers in scope of PCI
// compliance. Card is there for the charge and the customer source
// endpoints, which take the details as a card[...] hash.
type SourceParams struct {
	// Card is the details of a card, sent as card[number]=...,
	// card[exp_month]=..., ... beside the params (the card parameter of
	// charge.New and paymentsource.New), with the card's metadata under
	// card[metadata]. The card's Token, if set and Token is nil, is sent as
	// the source.
	Card *CardParams `form:"-"`

	// Token is the ID of the token, card or source to use.
	Token *string `form:"-"`
}

// AppendTo implements form.Appender: it adds the ID under the field's own key
// (source=tok_visa), and Card's details under card[...] beside it. A nil
// SourceParams, or one with neither set, adds nothing.
func (p *SourceParams) AppendTo(values *form.Values, keyParts []string) {
	if p == nil {
		return
	}
	token := p.Token
	if token == nil && p.Card != nil {
		token = p.Card.Token
	}
	if token != nil {
		values.Add(form.FormatKey(keyParts), *token)
	}
	if p.Card != nil {
		// The endpoints take card details as a sibling of source, never
		// under it: source is a plain string on the wire.
		parent := slices.Clip(keyParts[:max(len(keyParts)-1, 0)])
		p.Card.AppendTo(values, append(parent, "card"))
	}
}

// sourceParamsFor wraps what SetSource accepts into SourceParams: a string
// is a token, card or source ID, a *CardParams card details.
func sourceParamsFor(sp interface{}) (*SourceParams, error) {
	switch s := sp.(type) {
	case string:
		return &SourceParams{Token: &s}, nil
	case *CardParams:
		return &SourceParams{Card: s}, nil
	default:
		return nil, fmt.Errorf("payske: SetSource: a source of type %T is not supported; pass a token, card or source ID (string) or card details (*CardParams)", sp)
	}
}

// SetSource sets Source from a token, card or source ID (a string) or from
// card details (a *CardParams), and returns an error for any other type,
// leaving Source nil. Setting Source directly, as
// &SourceParams{Token: String("tok_visa")}, is the preferred form.
func (p *ChargeParams) SetSource(sp interface{}) error {
	source, err := sourceParamsFor(sp)
	p.Source = source
	return err
}

// SetSource sets Source from a token or source ID (a string) or from card
// details (a *CardParams), and returns an error for any other type, leaving
// Source nil. Setting Source (or Card) directly is the preferred form.
func (p *CustomerSourceParams) SetSource(sp interface{}) error {
	source, err := sourceParamsFor(sp)
	p.Source = source
	return err
}
