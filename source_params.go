package payske

import "github.com/payske/payske-go/form"

// SourceParams names the payment source of a request: the ID of a token
// (tok_...), a card (card_...) or a source (src_...). It is sent as a plain
// source=<id>, never as a nested object.
type SourceParams struct {
	// Token is the ID of the token, card or source to use.
	Token *string `form:"-"`
}

// AppendTo implements form.Appender: it adds the ID under the field's own key
// (source=tok_visa). A nil SourceParams or Token adds nothing.
func (p *SourceParams) AppendTo(values *form.Values, keyParts []string) {
	if p == nil || p.Token == nil {
		return
	}
	values.Add(form.FormatKey(keyParts), *p.Token)
}
