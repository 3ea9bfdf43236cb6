package payske

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// outcome is how the attempts of a call ended. Exactly one of resp,
// sendErr, ctxErr and refusal is set.
type outcome struct {
	// attempts is the number of attempts sent.
	attempts int64
	// resp is the last answer, status and headers; its body, read whole
	// and closed, is body.
	resp *http.Response
	body []byte
	// sendErr is why the last attempt got no usable answer: a network
	// failure, or an answer cut off or over the size limit.
	sendErr error
	// ctxErr is the error of the call's context, which ended the call
	// before, during or between attempts.
	ctxErr error
	// refusal is the rate limiter's own error, which gave up the next
	// attempt.
	refusal error
}

// settle turns how a call ended into what its caller gets: v decoded from a
// 2xx answer, with its LastResponse set, or the *Error of the failure. It
// is the one place a call's *Error is built, so that every failure of the
// transport reads and types the same way.
func settle(out outcome, idempotencyKey string, v LastResponseSetter) error {
	switch {
	case out.ctxErr != nil:
		return newConnectionError(fmt.Sprintf("context done after %d attempt(s): %v", out.attempts, out.ctxErr), out.ctxErr)
	case out.refusal != nil:
		return newConnectionError(fmt.Sprintf("the rate limiter refused attempt %d: %v", out.attempts+1, out.refusal), out.refusal)
	case errors.Is(out.sendErr, errBodyTooLarge):
		// Payske was reached: it is the answer that was refused.
		return newConnectionError("refused an oversized answer: "+out.sendErr.Error(), out.sendErr)
	case out.sendErr != nil:
		return newConnectionError("could not reach Payske: "+describeNetworkError(out.sendErr), out.sendErr)
	case !isSuccess(out.resp.StatusCode):
		e := parseErrorBody(out.resp, out.body)
		e.LastResponse = newAPIResponse(out.resp, out.body, idempotencyKey)
		return e
	case v == nil || isNilPointer(v):
		return nil
	}
	lr := newAPIResponse(out.resp, out.body, idempotencyKey)
	if err := decodeAnswer(lr, v); err != nil {
		return answerError(lr, err)
	}
	return nil
}

// newAPIResponse describes an answer whose body is raw: a 2xx one for the
// decoded value, any other for the *Error.
func newAPIResponse(resp *http.Response, raw []byte, idempotencyKey string) *APIResponse {
	return &APIResponse{
		Header:         resp.Header,
		IdempotencyKey: idempotencyKey,
		RawJSON:        raw,
		RequestID:      resp.Header.Get("Request-Id"),
		Status:         resp.Status,
		StatusCode:     resp.StatusCode,
	}
}

// answerError is the *Error of a 2xx answer the SDK cannot hand back;
// decodeErr says why.
func answerError(lr *APIResponse, decodeErr error) *Error {
	e := &Error{
		Type:           ErrorTypeAPI,
		HTTPStatusCode: lr.StatusCode,
		RequestID:      lr.RequestID,
		Msg:            decodeErr.Error(),
		LastResponse:   lr,
	}
	e.attachTypedError()
	return e
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

// describeNetworkError is err's message without the query and the userinfo
// of the URL that net/http quotes: a query carries the call's params, and
// userinfo a password, neither of which belongs in logs or error messages.
func describeNetworkError(err error) string {
	var uerr *url.Error
	if !errors.As(err, &uerr) {
		return err.Error()
	}
	u, _, _ := strings.Cut(uerr.URL, "?")
	return fmt.Sprintf("%s %q: %v", uerr.Op, redactURL(u), uerr.Err)
}
