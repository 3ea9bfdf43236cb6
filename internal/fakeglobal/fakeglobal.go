// Package fakeglobal points the package-level functions (payske.Key and the
// global backend) at a fresh paysketest server, for the runnable examples of
// the resource packages, which show those functions as the API reference
// does.
package fakeglobal

import (
	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// Start starts a paysketest server, sets payske.Key to paysketest.TestKey and
// the global API backend to one that talks to the server, and returns the
// server and a function that closes it and puts the previous key and backend
// back, so that the tests which run after an example see what they expect.
func Start() (srv *paysketest.Server, stop func()) {
	srv = paysketest.NewServer()
	prevKey, prevBackend := payske.Key, payske.GetBackend(payske.APIBackend)
	payske.SetBackend(payske.APIBackend, srv.Backends().API)
	payske.Key = paysketest.TestKey
	return srv, func() {
		payske.Key = prevKey
		payske.SetBackend(payske.APIBackend, prevBackend)
		srv.Close()
	}
}
