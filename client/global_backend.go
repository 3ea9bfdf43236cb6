package client

import "github.com/payske/payske-go"

// globalBackend is the backend of an API made without one. It looks up
// payske.GetBackend on every call rather than once in New, so that a
// payske.SetBackend made after New (in a test, or once configuration is
// read) reaches clients that already exist.
type globalBackend struct{}

// Call sends the request through the global backend of the moment.
func (globalBackend) Call(method, path, key string, params payske.ParamsContainer, v payske.LastResponseSetter) error {
	return payske.GetBackend(payske.APIBackend).Call(method, path, key, params, v)
}

// Do sends the request through the global backend of the moment.
func (globalBackend) Do(req *payske.Request, v payske.LastResponseSetter) error {
	return payske.GetBackend(payske.APIBackend).Do(req, v)
}
