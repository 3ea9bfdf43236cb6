package payske

import (
	"errors"
	"fmt"
	"strings"
)

// ErrorType is the category of an error Payske returns.
type ErrorType string

// The error types Payske answers with, plus api_connection_error for network
// failures the SDK detects itself.
const (
	ErrorTypeAPI            ErrorType = "api_error"
	ErrorTypeAPIConnection  ErrorType = "api_connection_error"
	ErrorTypeAuthentication ErrorType = "authentication_error"
	ErrorTypeCard           ErrorType = "card_error"
	ErrorTypeIdempotency    ErrorType = "idempotency_error"
	ErrorTypeInvalidRequest ErrorType = "invalid_request_error"
	ErrorTypePermission     ErrorType = "permission_error"
	ErrorTypeRateLimit      ErrorType = "rate_limit_error"
)

// ErrNoAPIKey is returned, before any request is made, when neither the
// client nor payske.Key holds an API key.
var ErrNoAPIKey = errors.New("payske: no API key: set payske.Key or pass a key to client.New (keys start with sk_test_ or sk_live_)")

// Error is the error every failed call returns: an error answer from Payske,
// or a network failure (Type ErrorTypeAPIConnection). Err holds the typed
// error for the category (*CardError, *InvalidRequestError, ...), reachable
// with a type assertion or errors.As. A test double builds one with
// NewCardError, NewInvalidRequestError and the other constructors below,
// which set Err as a call does.
type Error struct {
	// Type is the category of the error.
	Type ErrorType `json:"type"`

	// Code identifies the failure for programmatic handling, when Payske
	// gives one.
	Code ErrorCode `json:"code,omitempty"`

	// DeclineCode is the card issuer's reason for a decline.
	DeclineCode DeclineCode `json:"decline_code,omitempty"`

	// DocURL links to documentation about the error code.
	DocURL string `json:"doc_url,omitempty"`

	// Param names the request parameter the error is about.
	Param string `json:"param,omitempty"`

	// Msg is the human-readable message from Payske, safe to log.
	Msg string `json:"message"`

	// ChargeID is the ID of the failed charge, for card errors.
	ChargeID string `json:"charge,omitempty"`

	// PaymentMethodType is the type of payment method the error is about.
	PaymentMethodType string `json:"payment_method_type,omitempty"`

	// HTTPStatusCode is the status of the answer (0 for network failures).
	HTTPStatusCode int `json:"status,omitempty"`

	// RequestID is the Request-Id header of the answer; quote it to Payske
	// support.
	RequestID string `json:"request_id,omitempty"`

	// Err is the typed error for Type: *CardError, *InvalidRequestError,
	// *AuthenticationError, *PermissionError, *RateLimitError,
	// *IdempotencyError, *APIError or *APIConnectionError.
	Err error `json:"-"`

	// LastResponse is the HTTP answer the error was read from: its status,
	// headers, request ID and body as received. It is nil when no answer
	// came (a network failure, a context done, the rate limiter's refusal).
	LastResponse *APIResponse `json:"-"`
}

// Error reads as a sentence: the kind of failure, the HTTP status, the
// message and the request ID. A nil *Error reads "payske: error", so that
// logging one never panics.
func (e *Error) Error() string {
	if e == nil {
		return "payske: error"
	}
	var b strings.Builder
	b.WriteString("payske: ")
	b.WriteString(e.kind())
	switch {
	case e.HTTPStatusCode != 0 && e.RequestID != "":
		fmt.Fprintf(&b, " (HTTP %d, request %s)", e.HTTPStatusCode, e.RequestID)
	case e.HTTPStatusCode != 0:
		fmt.Fprintf(&b, " (HTTP %d)", e.HTTPStatusCode)
	}
	if e.Msg != "" {
		b.WriteString(": ")
		b.WriteString(e.Msg)
	}
	var details []string
	if e.Code != "" {
		details = append(details, "code "+string(e.Code))
	}
	if e.DeclineCode != "" {
		details = append(details, "decline code "+string(e.DeclineCode))
	}
	if e.Param != "" {
		details = append(details, "param "+e.Param)
	}
	if len(details) > 0 {
		b.WriteString(" [")
		b.WriteString(strings.Join(details, ", "))
		b.WriteString("]")
	}
	return b.String()
}

func (e *Error) kind() string {
	switch e.Type {
	case "":
		return "error"
	case ErrorTypeAPIConnection:
		return "connection error"
	default:
		return strings.ReplaceAll(strings.TrimSuffix(string(e.Type), "_error"), "_", " ") + " error"
	}
}

// Unwrap returns the typed error, so errors.As reaches *CardError and
// friends, and errors.Is reaches a network or context error under an
// *APIConnectionError. It returns nil for a nil *Error.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// The typed errors below point back to the *Error that holds them, and read
// as its message. One built as a literal (&CardError{}, in a test double)
// has no *Error to point to, and a nil one has nothing at all: both read as
// a sentence of their kind instead of panicking. The constructors after
// them (NewCardError, ...) build the complete pair.

// heldError is the shape of the typed errors that hold nothing but the
// *Error they belong to (InvalidRequestError ... APIError): their Error
// methods convert to it, so that one body serves them all.
type heldError struct{ payskeErr *Error }

// message is the message of the *Error that holds e; without one, that of
// an Error of the given type.
func (e *heldError) message(t ErrorType) string {
	if e == nil || e.payskeErr == nil {
		return (&Error{Type: t}).Error()
	}
	return e.payskeErr.Error()
}

// CardError is the typed error of a declined or invalid card (HTTP 402).
type CardError struct {
	payskeErr *Error
	// DeclineCode is the issuer's reason for the decline, when it gave one.
	DeclineCode DeclineCode
}

// Error returns the message of the *payske.Error that holds it; without one,
// the kind of error and the DeclineCode.
func (e *CardError) Error() string {
	switch {
	case e == nil:
		return (&Error{Type: ErrorTypeCard}).Error()
	case e.payskeErr == nil:
		return (&Error{Type: ErrorTypeCard, DeclineCode: e.DeclineCode}).Error()
	}
	return e.payskeErr.Error()
}

// InvalidRequestError is the typed error of a request with invalid
// parameters, or for an object that does not exist.
type InvalidRequestError struct{ payskeErr *Error }

// Error returns the message of the *payske.Error that holds it; without one,
// the kind of error.
func (e *InvalidRequestError) Error() string { return (*heldError)(e).message(ErrorTypeInvalidRequest) }

// AuthenticationError is the typed error of a missing, wrong or expired API
// key (HTTP 401).
type AuthenticationError struct{ payskeErr *Error }

// Error returns the message of the *payske.Error that holds it; without one,
// the kind of error.
func (e *AuthenticationError) Error() string { return (*heldError)(e).message(ErrorTypeAuthentication) }

// PermissionError is the typed error of a key that may not perform the
// request (HTTP 403).
type PermissionError struct{ payskeErr *Error }

// Error returns the message of the *payske.Error that holds it; without one,
// the kind of error.
func (e *PermissionError) Error() string { return (*heldError)(e).message(ErrorTypePermission) }

// RateLimitError is the typed error of too many requests too quickly (HTTP
// 429). The SDK already retried it MaxNetworkRetries times.
type RateLimitError struct{ payskeErr *Error }

// Error returns the message of the *payske.Error that holds it; without one,
// the kind of error.
func (e *RateLimitError) Error() string { return (*heldError)(e).message(ErrorTypeRateLimit) }

// IdempotencyError is the typed error of an Idempotency-Key reused with
// different parameters or on another endpoint.
type IdempotencyError struct{ payskeErr *Error }

// Error returns the message of the *payske.Error that holds it; without one,
// the kind of error.
func (e *IdempotencyError) Error() string { return (*heldError)(e).message(ErrorTypeIdempotency) }

// APIError is the typed error of a problem on Payske's side (5xx, or an
// answer the SDK could not read).
type APIError struct{ payskeErr *Error }

// Error returns the message of the *payske.Error that holds it; without one,
// the kind of error.
func (e *APIError) Error() string { return (*heldError)(e).message(ErrorTypeAPI) }

// APIConnectionError is the typed error of a failure to talk to Payske: a
// refused or dropped connection, a timeout, a cancelled context. Err is the
// cause; errors.Is(err, context.DeadlineExceeded) sees through it.
type APIConnectionError struct {
	payskeErr *Error
	// Err is the underlying network or context error.
	Err error
}

// Error returns the message of the *payske.Error that holds it; without one,
// the kind of error and the cause.
func (e *APIConnectionError) Error() string {
	switch {
	case e == nil:
		return (&Error{Type: ErrorTypeAPIConnection}).Error()
	case e.payskeErr == nil && e.Err != nil:
		return (&Error{Type: ErrorTypeAPIConnection, Msg: e.Err.Error()}).Error()
	case e.payskeErr == nil:
		return (&Error{Type: ErrorTypeAPIConnection}).Error()
	}
	return e.payskeErr.Error()
}

// Unwrap returns the underlying network or context error (nil for a nil
// *APIConnectionError).
func (e *APIConnectionError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// The constructors below build an *Error exactly as a call returns it for an
// error answer: Type, the HTTP status Payske answers with, Code and Msg set,
// and Err the matching typed error, which points back to it. A test double
// (a fake of charge.API, customer.API, ...) returns one, so that the code
// under test meets the error it would meet in production: errors.As reaches
// both the *Error and the typed error, and both read the same. Fields the
// constructor does not take (ChargeID, RequestID, DocURL, ...) can be set on
// the result; the typed error reads them through the *Error.

// NewCardError returns the *Error of a declined or invalid card: Type
// card_error, HTTP 402, with the given code (ErrorCodeCardDeclined, ...),
// the issuer's declineCode (empty for none) and message. Its Err is a
// *CardError with the same DeclineCode. A test double returns it to fake a
// decline.
func NewCardError(code ErrorCode, declineCode DeclineCode, msg string) *Error {
	return newTypedError(&Error{Type: ErrorTypeCard, HTTPStatusCode: 402, Code: code, DeclineCode: declineCode, Msg: msg})
}

// NewInvalidRequestError returns the *Error of a request Payske refused:
// Type invalid_request_error, with the given code, the request parameter it
// is about (empty for none) and message. The status is 404 for
// ErrorCodeResourceMissing, as Payske answers for an object that does not
// exist, and 400 otherwise. Its Err is an *InvalidRequestError. A test
// double returns it to fake a missing object or a bad parameter.
func NewInvalidRequestError(code ErrorCode, param, msg string) *Error {
	status := 400
	if code == ErrorCodeResourceMissing {
		status = 404
	}
	return newTypedError(&Error{Type: ErrorTypeInvalidRequest, HTTPStatusCode: status, Code: code, Param: param, Msg: msg})
}

// NewAuthenticationError returns the *Error of a missing, wrong or expired
// API key: Type authentication_error, HTTP 401, with the given code (empty,
// or ErrorCodeAPIKeyExpired, ...) and message. Its Err is an
// *AuthenticationError. A test double returns it to fake a bad key.
func NewAuthenticationError(code ErrorCode, msg string) *Error {
	return newTypedError(&Error{Type: ErrorTypeAuthentication, HTTPStatusCode: 401, Code: code, Msg: msg})
}

// NewPermissionError returns the *Error of a key that may not perform the
// request: Type permission_error, HTTP 403, with the given code (empty for
// none) and message. Its Err is a *PermissionError. A test double returns
// it to fake a restricted key.
func NewPermissionError(code ErrorCode, msg string) *Error {
	return newTypedError(&Error{Type: ErrorTypePermission, HTTPStatusCode: 403, Code: code, Msg: msg})
}

// NewRateLimitError returns the *Error of too many requests: Type
// rate_limit_error, HTTP 429, with the given code (ErrorCodeRateLimit,
// ErrorCodeLockTimeout, ...) and message. Its Err is a *RateLimitError. A
// test double returns it to fake what the SDK returns once its retries are
// spent.
func NewRateLimitError(code ErrorCode, msg string) *Error {
	return newTypedError(&Error{Type: ErrorTypeRateLimit, HTTPStatusCode: 429, Code: code, Msg: msg})
}

// NewIdempotencyError returns the *Error of an Idempotency-Key reused with
// other parameters: Type idempotency_error, HTTP 400, with the given code
// (empty, or ErrorCodeIdempotencyKeyInUse) and message. Its Err is an
// *IdempotencyError. A test double returns it to fake a conflicting retry.
func NewIdempotencyError(code ErrorCode, msg string) *Error {
	return newTypedError(&Error{Type: ErrorTypeIdempotency, HTTPStatusCode: 400, Code: code, Msg: msg})
}

// NewAPIError returns the *Error of a problem on Payske's side: Type
// api_error, HTTP 500, with the given code (empty for none) and message. Its
// Err is an *APIError. A test double returns it to fake an outage.
func NewAPIError(code ErrorCode, msg string) *Error {
	return newTypedError(&Error{Type: ErrorTypeAPI, HTTPStatusCode: 500, Code: code, Msg: msg})
}

// NewAPIConnectionError returns the *Error of a failure to reach Payske:
// Type api_connection_error, no HTTP status, the message, and Err an
// *APIConnectionError wrapping cause, so that errors.Is finds cause (a
// context.DeadlineExceeded, a *net.OpError, ...). A test double returns it
// to fake a timeout or a dropped connection.
func NewAPIConnectionError(msg string, cause error) *Error {
	return newConnectionError(msg, cause)
}

// newTypedError attaches e's typed error the way a decoded answer gets it.
func newTypedError(e *Error) *Error {
	e.attachTypedError()
	return e
}

// typeFor fills in Type when Payske did not send one, from the status code.
func typeFor(status int) ErrorType {
	switch {
	case status == 401:
		return ErrorTypeAuthentication
	case status == 402:
		return ErrorTypeCard
	case status == 403:
		return ErrorTypePermission
	case status == 429:
		return ErrorTypeRateLimit
	case status >= 400 && status < 500:
		return ErrorTypeInvalidRequest
	default:
		return ErrorTypeAPI
	}
}

// attachTypedError sets e.Err to the typed error matching e's type and
// status. Payske reports a bad key as an invalid_request_error with status
// 401, so for request-level errors (and types this SDK does not know) the
// status decides the kind.
func (e *Error) attachTypedError() {
	if e.Type == "" {
		e.Type = typeFor(e.HTTPStatusCode)
	}
	kind := e.Type
	switch kind {
	case ErrorTypeCard, ErrorTypeIdempotency, ErrorTypeAuthentication, ErrorTypePermission,
		ErrorTypeRateLimit, ErrorTypeAPI:
	default:
		kind = typeFor(e.HTTPStatusCode)
		if kind == ErrorTypeCard {
			// A 402 that does not say card_error is still a failed request,
			// but it carries no decline to report.
			kind = ErrorTypeInvalidRequest
		}
	}
	switch kind {
	case ErrorTypeCard:
		e.Err = &CardError{payskeErr: e, DeclineCode: e.DeclineCode}
	case ErrorTypeIdempotency:
		e.Err = &IdempotencyError{payskeErr: e}
	case ErrorTypeAuthentication:
		e.Err = &AuthenticationError{payskeErr: e}
	case ErrorTypePermission:
		e.Err = &PermissionError{payskeErr: e}
	case ErrorTypeRateLimit:
		e.Err = &RateLimitError{payskeErr: e}
	case ErrorTypeInvalidRequest:
		e.Err = &InvalidRequestError{payskeErr: e}
	default:
		e.Err = &APIError{payskeErr: e}
	}
}

// newConnectionError wraps a network or context failure.
func newConnectionError(msg string, cause error) *Error {
	e := &Error{Type: ErrorTypeAPIConnection, Msg: msg}
	e.Err = &APIConnectionError{payskeErr: e, Err: cause}
	return e
}
