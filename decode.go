package payske

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
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
// invalid, cut short, or followed by more data) is decodeErr, an *Error. In
// both cases v is reset to its zero value, so a half-decoded object never
// reaches the caller.
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
	if err := decodeJSON(raw, v); err != nil {
		e := &Error{
			Type:           ErrorTypeAPI,
			HTTPStatusCode: resp.StatusCode,
			RequestID:      lr.RequestID,
			Msg:            fmt.Sprintf("the %d answer is not valid JSON (%v): %s", resp.StatusCode, err, bodySample(raw)),
		}
		e.attachTypedError()
		return nil, e, nil
	}
	v.SetLastResponse(lr)
	return lr, nil, nil
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
