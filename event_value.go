package payske

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// GetObjectValue returns the value at keys in the object the event is
// about, read from its JSON: each key names a field of an object, or, as a
// decimal index, an element of a list, so that
// e.GetObjectValue("refunds", "data", "0", "id") reads the ID of a charge's
// first refund.
//
// A string is returned as it is, a number as the JSON wrote it (every digit
// of a large integer kept), a boolean as "true" or "false", an object or a
// list as its compact JSON; a missing key, an index out of range, a key
// into a value that is neither an object nor a list, and null all give "".
// Decoding the object into its type (Data.TypedObject, or the getters such
// as Charge) is the preferred form: GetObjectValue suits a field this SDK
// does not model.
func (e *Event) GetObjectValue(keys ...string) string {
	if e == nil || e.Data == nil {
		return ""
	}
	raw := e.Data.Raw
	if len(raw) == 0 {
		if e.Data.Object == nil {
			return ""
		}
		// An EventData built by hand has only the map.
		var err error
		if raw, err = json.Marshal(e.Data.Object); err != nil {
			return ""
		}
	}
	return jsonValueAt(raw, keys)
}

// jsonValueAt is the value at keys in raw, formatted as GetObjectValue
// documents, or "" when there is none.
func jsonValueAt(raw []byte, keys []string) string {
	for _, key := range keys {
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			return ""
		}
		switch raw[0] {
		case '{':
			var fields map[string]json.RawMessage
			if json.Unmarshal(raw, &fields) != nil {
				return ""
			}
			next, ok := fields[key]
			if !ok {
				return ""
			}
			raw = next
		case '[':
			var elems []json.RawMessage
			if json.Unmarshal(raw, &elems) != nil {
				return ""
			}
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= len(elems) {
				return ""
			}
			raw = elems[i]
		default:
			return ""
		}
	}
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || isJSONNull(raw):
		return ""
	case raw[0] == '"':
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return ""
		}
		return s
	case raw[0] == '{' || raw[0] == '[':
		var b bytes.Buffer
		if json.Compact(&b, raw) != nil {
			return ""
		}
		return b.String()
	default:
		return string(raw)
	}
}
