//go:build !go1.27

package payske

import (
	"encoding/json"
	"unicode/utf8"
)

// validJSON reports whether raw is exactly one JSON value, valid UTF-8
// throughout, which the generated decoders can then walk without checking
// a byte again. Before Go 1.27, whose encoding/json/jsontext checks both
// in one scan (decode_valid_go127.go), encoding/json checks the syntax
// and utf8 the encoding; an answer with invalid UTF-8 decodes through
// encoding/json, which replaces it.
func validJSON(raw []byte) bool {
	return json.Valid(raw) && utf8.Valid(raw)
}
