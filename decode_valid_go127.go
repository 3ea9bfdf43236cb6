//go:build go1.27

package payske

import "encoding/json/jsontext"

// validJSON reports whether raw is exactly one JSON value, valid UTF-8
// throughout, which the generated decoders can then walk without checking
// a byte again. Go 1.27 checks it with encoding/json/jsontext, in one scan
// without allocating. Equal keys are allowed, as encoding/json allows
// them; invalid UTF-8 is not, and such an answer decodes through
// encoding/json, which replaces it.
func validJSON(raw []byte) bool {
	return jsontext.Value(raw).IsValid(jsontext.AllowDuplicateNames(true))
}
