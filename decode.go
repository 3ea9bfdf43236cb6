package payske

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// decodeSuccess reads a 2xx answer whole (bounded by limit), keeps the
// bytes as LastResponse.RawJSON, decodes them into v and closes the body.
// Reading first and decoding with one json.Unmarshal is faster than a
// streaming json.Decoder (which buffers the whole value anyway, so it saves
// no memory) and lets the bytes serve as RawJSON without a second copy.
// A failure to read (the connection dropped mid-answer, or the body passed
// the limit) is returned as readErr, for the caller to treat like any
// network failure; a body that is not exactly one JSON value (empty,
// invalid, cut short, or followed by more data) is decodeErr, an *Error;
// so is a body that is not the object v stands for (null, an array, an
// object of another kind: see objectChecker). In every failure v is reset
// to its zero value, so a half-decoded object never reaches the caller.
func decodeSuccess(resp *http.Response, idempotencyKey string, v LastResponseSetter, limit int64) (lr *APIResponse, decodeErr, readErr error) {
	defer resp.Body.Close()
	raw, err := readBody(resp, limit)
	if err != nil {
		if v != nil && !isNilPointer(v) {
			resetValue(v)
		}
		return nil, nil, err
	}
	lr = &APIResponse{
		Header:         resp.Header,
		IdempotencyKey: idempotencyKey,
		RawJSON:        raw,
		RequestID:      resp.Header.Get("Request-Id"),
		Status:         resp.Status,
		StatusCode:     resp.StatusCode,
	}
	if v == nil || isNilPointer(v) {
		return lr, nil, nil
	}
	checker, checked := v.(objectChecker)
	if checked && jsonKind(raw) != "object" && json.Valid(raw) {
		// null, a bare ID or an array: no object of any kind. Decoding
		// would leave v zero (null) or take a string for an unexpanded
		// reference.
		_, want := checker.answerObject()
		resetValue(v)
		return nil, answerError(resp, lr, fmt.Sprintf("the %d answer is %s, expected %s",
			resp.StatusCode, describeJSONKind(jsonKind(raw)), objectNoun(want))), nil
	}
	if err := decodeJSON(raw, v); err != nil {
		return nil, answerError(resp, lr, fmt.Sprintf("the %d answer is not valid JSON (%v): %s", resp.StatusCode, err, bodySample(raw))), nil
	}
	if checked {
		// Payske always names the object; an answer that does not (a test
		// double's, a hand-written fixture's) gives no sign of being
		// another kind and is taken as it is.
		if got, want := checker.answerObject(); got != "" && !want.has(got) {
			resetValue(v)
			return nil, answerError(resp, lr, fmt.Sprintf("the %d answer is a %q object, expected %s",
				resp.StatusCode, got, quotedNames(want))), nil
		}
	}
	v.SetLastResponse(lr)
	return lr, nil, nil
}

// answerError is the *Error of a 2xx answer the SDK cannot hand back.
func answerError(resp *http.Response, lr *APIResponse, msg string) *Error {
	e := &Error{
		Type:           ErrorTypeAPI,
		HTTPStatusCode: resp.StatusCode,
		RequestID:      lr.RequestID,
		Msg:            msg,
	}
	e.attachTypedError()
	return e
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

// decodeJSON decodes one JSON value into v, or leaves v zero on an error.
func decodeJSON(raw []byte, v LastResponseSetter) error {
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
	if d, ok := v.(objectDecoder); ok {
		return d.objectTarget()
	}
	return v
}

// resetValue sets what v points to back to its zero value.
func resetValue(v any) {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv.Elem().SetZero()
	}
}

// parseErrorBody maps a non-2xx answer to *Error. Payske answers
// {"error": {...}}; anything else (an HTML page from a proxy, an empty or cut
// body) still yields an *Error with the status and a short sample.
func parseErrorBody(resp *http.Response, raw []byte) *Error {
	var envelope struct {
		Error *Error `json:"error"`
	}
	var e *Error
	if err := json.Unmarshal(raw, &envelope); err == nil && envelope.Error != nil {
		e = envelope.Error
	} else if resp.StatusCode >= 300 && resp.StatusCode < 400 {
		// Payske never redirects; a redirect comes from something between
		// (a proxy, a wrong base URL). It is not followed, so that the key
		// and the body never go to another address.
		e = &Error{Msg: "the answer is a redirect, which the SDK does not follow (Location: " +
			strconv.Quote(redactURL(resp.Header.Get("Location"))) + "); check BackendConfig.URL"}
	} else {
		e = &Error{Msg: "the answer is not a Payske error object: " + bodySample(raw)}
	}
	e.HTTPStatusCode = resp.StatusCode
	e.RequestID = resp.Header.Get("Request-Id")
	e.attachTypedError()
	return e
}

// bodySample quotes up to 200 bytes of an unexpected body for an error
// message, cut on a rune boundary.
func bodySample(raw []byte) string {
	if len(raw) == 0 {
		return "(empty body)"
	}
	const max = 200
	if len(raw) <= max {
		return strconv.Quote(string(raw))
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(raw[cut]) {
		cut--
	}
	return strconv.Quote(string(raw[:cut])) + "..."
}
