package payske

import (
	"strings"

	"github.com/payske/payske-go/form"
)

// appendDetailsParams is the AppendTo of a params type that describes a
// payment source's details, CardParams and BankAccountParams, which serve
// two calls. Nested (keyParts set, as in a token request) it writes every
// field of p under keyParts, its Extra pairs aside, which are always sent as
// written. At the top level it writes the shared Params (expand, metadata,
// extra), then token as source, then the details: plain (an update), or
// under rawKey when raw details are given, because the attach endpoint
// takes them only as a hash. common returns a copy's shared Params, and
// fields the copy without its methods, so that the form encoder walks its
// fields instead of calling AppendTo again.
func appendDetailsParams[T any](values *form.Values, keyParts []string, p *T, token *string, rawKey string, raw bool,
	common func(*T) *Params, fields func(*T) any) {
	if len(keyParts) > 0 {
		c := *p
		common(&c).Extra = nil
		appendParamsUnder(values, keyParts, fields(&c))
		common(p).Extra.AppendTo(values, keyParts)
		return
	}
	form.AppendTo(values, common(p))
	if token != nil {
		values.Add("source", *token)
	}
	c := *p
	*common(&c) = Params{}
	var under []string
	if raw {
		under = []string{rawKey}
	}
	appendParamsUnder(values, under, fields(&c))
}

// appendParamsUnder form-encodes v and adds its pairs to values with every
// key moved under keyParts: with keyParts ["card"], "name" becomes
// "card[name]" and "metadata[k]" becomes "card[metadata][k]". With no
// keyParts the pairs are added as they are. It lets a params type that is an
// Appender reuse the encoder for its own fields at any depth.
func appendParamsUnder(values *form.Values, keyParts []string, v any) {
	var encoded form.Values
	form.AppendTo(&encoded, v)
	if len(keyParts) == 0 {
		encoded.Range(values.Add)
		return
	}
	// The full slice expression makes append copy, leaving keyParts alone.
	parts := append(keyParts[:len(keyParts):len(keyParts)], "")
	encoded.Range(func(key, value string) {
		name, rest := key, ""
		if i := strings.IndexByte(key, '['); i >= 0 {
			name, rest = key[:i], key[i:]
		}
		parts[len(parts)-1] = name
		values.Add(form.FormatKey(parts)+rest, value)
	})
}
