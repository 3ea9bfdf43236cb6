package payske

import "github.com/payske/payske-go/form"

// CardParams serve two purposes, as in the Payske reference:
//
//   - nested in TokenParams.Card, they are the card details to tokenize,
//     sent as card[number]=..., card[exp_month]=..., ...;
//   - on their own, they are the parameters of card.New, Get, Update and
//     Del. Customer names the customer in the URL and is never sent. For
//     card.New, Token (a tok_... ID) is sent as source=<token>; raw details
//     (Number, Encrypted, SwipeData or NetworkToken set) are sent as
//     card[...] instead. For card.Update, the
//     fields are sent as they are: name=..., exp_month=..., address_*.
//
// Only the fields the call's endpoint accepts should be set: the token
// endpoint takes the card details, the update endpoint the name, address
// and expiry, and metadata.
type CardParams struct {
	Params `form:"*"`

	AddressCity    *string `form:"address_city"`
	AddressCountry *string `form:"address_country"`
	AddressLine1   *string `form:"address_line1"`
	AddressLine2   *string `form:"address_line2"`
	AddressState   *string `form:"address_state"`
	AddressZip     *string `form:"address_zip"`

	// Currency is the payout currency of a debit card tokenized for a
	// connected account.
	Currency *string `form:"currency"`

	// Customer is the ID of the customer the card belongs to. It builds
	// the URL of card.New, Get, Update and Del and is never sent.
	Customer *string `form:"-"`
	CVC      *string `form:"cvc"`

	// Encrypted is card data encrypted by a card reader, and SwipeData the
	// raw magnetic stripe data, for card.New in place of Number.
	Encrypted *string `form:"encrypted"`

	// ExpMonth and ExpYear are the expiry, as numbers in strings ("12",
	// "2030").
	ExpMonth *string `form:"exp_month"`
	ExpYear  *string `form:"exp_year"`

	// ID is the ID of a card (card_...) of the platform's customer to share
	// with a connected account: nested in TokenParams.Card, with
	// TokenParams.Customer naming the customer and the call made on behalf
	// of the connected account, it is sent as card=<id>, and the token
	// made is the card's copy for that account. At the top level it is not
	// sent: card.Get, Update and Del take the card's ID as their argument.
	// It is a plain string, not a pointer, as in the SDKs this surface
	// follows.
	ID string `form:"-"`

	// Name is the cardholder's name.
	Name *string `form:"name"`

	// NetworkToken gives a network token in place of Number, for card.New.
	NetworkToken *CardNetworkTokenParams `form:"network_token"`

	// Networks sets the network a co-branded card prefers.
	Networks *CardNetworksParams `form:"networks"`

	// Number is the full card number. It travels only in the request body.
	Number    *string `form:"number"`
	SwipeData *string `form:"swipe_data"`

	// Token is the ID of a card token (tok_...) to attach with card.New,
	// sent as source=<token>. It is not sent when CardParams are nested.
	Token *string `form:"-"`
}

// cardParamsFields is CardParams without its methods, so that the form
// encoder walks the fields instead of calling CardParams.AppendTo again.
type cardParamsFields CardParams

// AppendTo implements form.Appender. Nested (keyParts set, as in a token
// request) it writes every field under keyParts, Extra pairs aside, which
// are always sent as written. At the top level it writes expand, metadata
// and extra, then Token as source, then the card fields: plain for
// card.Update, or under card[...] when raw card data is given (Number,
// Encrypted, SwipeData or NetworkToken), because the attach endpoint takes
// it only as a card hash. Customer is never written; ID only nested, as the
// value of keyParts itself (card=card_...).
func (p *CardParams) AppendTo(values *form.Values, keyParts []string) {
	if p == nil {
		return
	}
	if p.ID != "" && len(keyParts) > 0 {
		values.Add(form.FormatKey(keyParts), p.ID)
	}
	raw := p.Number != nil || p.Encrypted != nil || p.SwipeData != nil || p.NetworkToken != nil
	appendDetailsParams(values, keyParts, p, p.Token, "card", raw,
		func(c *CardParams) *Params { return &c.Params },
		func(c *CardParams) any { return (*cardParamsFields)(c) })
}
