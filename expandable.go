package payske

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// expandedID reports whether data is a bare JSON string (an unexpanded
// reference) and returns the ID it holds. Expandable types call it first in
// their UnmarshalJSON so that an object is decoded once, never twice.
func expandedID(data []byte) (string, bool, error) {
	data = bytes.Trim(data, " \t\r\n")
	if len(data) == 0 || data[0] != '"' {
		return "", false, nil
	}
	if id, ok := plainString(data); ok {
		return id, true, nil
	}
	var id string
	if err := json.Unmarshal(data, &id); err != nil {
		return "", true, err
	}
	return id, true, nil
}

// plainString returns the content of the JSON string data when it needs no
// unescaping: no backslash, quote or control character inside, valid UTF-8.
// IDs always are, and taking them as they are spares a second decoder per
// reference; anything else is left to encoding/json.
func plainString(data []byte) (string, bool) {
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return "", false
	}
	s := data[1 : len(data)-1]
	for _, c := range s {
		if c < 0x20 || c == '"' || c == '\\' {
			return "", false
		}
	}
	if !utf8.Valid(s) {
		return "", false
	}
	return string(s), true
}
