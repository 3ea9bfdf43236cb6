//go:build go1.27

package payske

import "encoding/json/jsontext"

// unquote appends the text of the JSON string raw, quotes included and
// already checked by the walk, to dst: the rare string with an escape.
// Go 1.27's encoding/json/jsontext unescapes it in place, without the
// reflection of decoding into a string. An escaped surrogate that pairs
// with nothing, which jsontext refuses, encoding/json decodes as
// U+FFFD: such a string decodes as it does.
func unquote(dst, raw []byte) []byte {
	if out, err := jsontext.AppendUnquote(dst, raw); err == nil {
		return out
	}
	return unquoteJSON(dst, raw)
}
