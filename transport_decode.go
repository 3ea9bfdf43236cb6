package payske

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// decodeAnswer decodes the body of a 2xx answer, lr.RawJSON, into v and
// sets v's LastResponse to lr. The body is decoded with one json.Unmarshal,
// faster than a streaming json.Decoder (which buffers the whole value
// anyway, so it saves no memory), and the bytes serve as RawJSON without a
// second copy. It fails for a body that is not exactly one JSON value
// (empty, invalid, cut short, or followed by more data) and for one that is
// not the object v stands for (null, an array, an object of another kind:
// see objectChecker); the error's message says which, for settle to report.
// On a failure v is reset to its zero value, so a half-decoded object never
// reaches the caller.
func decodeAnswer(lr *APIResponse, v LastResponseSetter) error {
	raw := lr.RawJSON
	checker, checked := v.(objectChecker)
	if checked && jsonKind(raw) != "object" && json.Valid(raw) {
		// null, a bare ID or an array: no object of any kind. Decoding
		// would leave v zero (null) or take a string for an unexpanded
		// reference.
		_, want := checker.answerObject()
		resetValue(v)
		return fmt.Errorf("the %d answer is %s, expected %s",
			lr.StatusCode, describeJSONKind(jsonKind(raw)), objectNoun(want))
	}
	if err := decodeJSON(raw, v); err != nil {
		return fmt.Errorf("the %d answer is not valid JSON (%v): %s", lr.StatusCode, err, bodySample(raw))
	}
	if checked {
		// Payske always names the object; an answer that does not (a test
		// double's, a hand-written fixture's) gives no sign of being
		// another kind and is taken as it is.
		if got, want := checker.answerObject(); got != "" && !want.has(got) {
			resetValue(v)
			return fmt.Errorf("the %d answer is a %q object, expected %s", lr.StatusCode, got, quotedNames(want))
		}
	}
	v.SetLastResponse(lr)
	return nil
}

// objectChecker is implemented by the types the backend decodes answers
// into whose answers name their kind in "object": every resource, and the
// list pages ("list"). Without the check, an answer of another kind (a card
// where a customer was asked for) would decode into a half-empty value
// with no error, since encoding/json skips the fields it does not know.
// The decoded field is read after decoding, so the check costs no second
// parse. Types without it (RawRequest's result, a caller's own types) take
// any JSON value.
type objectChecker interface {
	// answerObject returns the "object" value the decoded answer held and
	// the values an answer of this type may hold.
	answerObject() (got string, want objectKinds)
}

// objectKinds lists "object" values, separated by spaces: "customer",
// "card bank_account source". A string constant, unlike a slice, costs no
// allocation per answer.
type objectKinds string

// has reports whether object is one of k.
func (k objectKinds) has(object string) bool {
	for rest := string(k); rest != ""; {
		var name string
		name, rest, _ = strings.Cut(rest, " ")
		if name == object {
			return true
		}
	}
	return false
}

// jsonKind names the kind of the JSON value raw holds, from its first
// byte; raw is assumed valid.
func jsonKind(raw []byte) string {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 'n':
		return "null"
	case 't', 'f':
		return "boolean"
	}
	return "number"
}

// describeJSONKind is a jsonKind for a sentence: "null", "a JSON array".
func describeJSONKind(kind string) string {
	if kind == "null" {
		return kind
	}
	return "a JSON " + kind
}

// objectNoun names the objects of k for a sentence: "a customer object",
// "a card, bank_account or source object".
func objectNoun(k objectKinds) string {
	list := joinAlternatives(k, func(s string) string { return s })
	article := "a"
	if strings.ContainsRune("aeiou", rune(list[0])) {
		article = "an"
	}
	return article + " " + list + " object"
}

// quotedNames lists the objects of k quoted, for a sentence:
// "\"customer\"", "\"card\", \"bank_account\" or \"source\"".
func quotedNames(k objectKinds) string {
	return joinAlternatives(k, strconv.Quote)
}

// joinAlternatives writes the objects of k as "a", "a or b", "a, b or c".
func joinAlternatives(k objectKinds, format func(string) string) string {
	names := strings.Fields(string(k))
	var b strings.Builder
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(format(n))
	}
	return b.String()
}

// decodeJSONv1 decodes one JSON value into v with encoding/json, or leaves
// v zero on an error: how every answer decodes before Go 1.27, and on
// later Go the answers of types without a generated decoder.
func decodeJSONv1(raw []byte, v LastResponseSetter) error {
	if err := json.Unmarshal(raw, decodeTarget(v)); err != nil {
		resetValue(v)
		return err
	}
	return nil
}

// objectDecoder is implemented by expandable resources. An answer is always
// the object itself, never a bare ID, so the backend decodes it straight
// into objectTarget, the resource's fields without its UnmarshalJSON:
// through UnmarshalJSON, encoding/json would scan the body three times
// (find the value's end, hand UnmarshalJSON its bytes, validate them again)
// where a plain struct takes one. Their UnmarshalJSON decodes into the same
// target once it knows the value is not a bare ID.
type objectDecoder interface {
	objectTarget() any
}

// decodeTarget is what the backend decodes an answer for v into.
func decodeTarget(v LastResponseSetter) any {
	if d, ok := v.(objectDecoder); ok && ownType(reflect.TypeOf(v)) {
		return d.objectTarget()
	}
	// A caller's type that embeds a resource has its objectTarget
	// promoted, but decodes through its own UnmarshalJSON or fields.
	return v
}

// resetValue sets what v points to back to its zero value.
func resetValue(v any) {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv.Elem().SetZero()
	}
}
