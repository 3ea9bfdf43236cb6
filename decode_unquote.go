//go:build !go1.27

package payske

import "encoding/json"

// unquote appends the text of the JSON string raw, quotes included and
// already checked by the walk, to dst: the rare string with an escape.
// Before Go 1.27, encoding/json decodes it, as it would into a string
// field.
func unquote(dst, raw []byte) []byte {
	var s string
	// The walk checked the string: the error cannot happen.
	_ = json.Unmarshal(raw, &s)
	return append(dst, s...)
}
