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

// fieldJSON is what the JSON of a polymorphic field holds.
type fieldJSON int

const (
	// jsonNull leaves the field as it is, as encoding/json does for a
	// struct.
	jsonNull fieldJSON = iota
	// jsonID is a bare ID: the object is not expanded.
	jsonID
	// jsonObject is the expanded object.
	jsonObject
)

// objectHead holds the values of a polymorphic object that tell its kind:
// what readHead decodes for UnmarshalJSON, and readPolymorphic in the
// generated decoders' walk.
type objectHead struct {
	ID     string `json:"id"`
	Object string `json:"object"`
}

// deletableHead is the head of an object that may be a deletion answer.
type deletableHead struct {
	objectHead
	Deleted bool `json:"deleted"`
}

// unmarshalInto returns how a polymorphic value's object, data, decodes
// into the concrete type its head named, for UnmarshalJSON: with
// encoding/json.
func unmarshalInto(data []byte) func(dst any) error {
	return func(dst any) error { return json.Unmarshal(data, dst) }
}

// readHead starts the UnmarshalJSON of a polymorphic field: it tells what
// data holds, returns a bare ID, and decodes an expanded object into head,
// a struct of the values that pick the type of the whole object (its "id",
// "object" and the like).
func readHead(data []byte, head any) (fieldJSON, string, error) {
	if id, ok, err := expandedID(data); ok {
		return jsonID, id, err
	}
	if isJSONNull(data) {
		return jsonNull, "", nil
	}
	return jsonObject, "", json.Unmarshal(data, head)
}
