package paysketest

import (
	"fmt"
	"net/http"
)

// apiError is an error answer: its HTTP status and the body's error object.
type apiError struct {
	status      int
	Type        string `json:"type"`
	Code        string `json:"code,omitempty"`
	DeclineCode string `json:"decline_code,omitempty"`
	Param       string `json:"param,omitempty"`
	Message     string `json:"message"`
	Charge      string `json:"charge,omitempty"`
}

// body is the JSON envelope Payske wraps errors in.
func (e *apiError) body() any { return map[string]any{"error": e} }

func invalidParam(param, format string, args ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, Type: "invalid_request_error", Param: param, Message: fmt.Sprintf(format, args...)}
}

// invalidRequest is a 400 about the request as a whole or a state conflict,
// with an error code the SDK maps to a constant.
func invalidRequest(code, param, format string, args ...any) *apiError {
	e := invalidParam(param, format, args...)
	e.Code = code
	return e
}

// noSuch is the 404 for an ID that names nothing (or a deleted customer).
func noSuch(kind, id, param string) *apiError {
	return &apiError{status: http.StatusNotFound, Type: "invalid_request_error", Code: "resource_missing", Param: param,
		Message: fmt.Sprintf("No such %s: '%s'", kind, id)}
}
