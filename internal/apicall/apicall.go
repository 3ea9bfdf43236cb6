// Package apicall holds the one generic step every resource method shares:
// allocate the result, send the request through the backend, and hand back
// the decoded object or the error (never a half-filled object).
package apicall

import "github.com/payske/payske-go"

// Do sends method route (filled with pathValues) with params through b under
// key, and returns the decoded *T.
func Do[T any, PT interface {
	*T
	payske.LastResponseSetter
}](b payske.Backend, method, route, key string, params payske.ParamsContainer, pathValues ...string) (*T, error) {
	v := PT(new(T))
	err := b.Do(&payske.Request{Method: method, Route: route, PathValues: pathValues, Key: key, Params: params}, v)
	if err != nil {
		return nil, err
	}
	return v, nil
}
