//go:build !go1.27

package payske

// unquote appends the text of the JSON string raw, quotes included and
// already checked by the walk, to dst: the rare string with an escape.
// Before Go 1.27, encoding/json decodes it.
func unquote(dst, raw []byte) []byte { return unquoteJSON(dst, raw) }
