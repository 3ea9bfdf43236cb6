// Package exampleenv picks the Payske backend the example programs run
// against, so that each of them is only about the SDK calls it shows.
//
// With PAYSKE_SECRET_KEY set to a test key, the examples talk to the Payske
// API with it. Without it, they start a paysketest server in the process and
// talk to that: they run on a fresh clone, with no account, key or network.
package exampleenv

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// KeyVariable is the environment variable holding the secret key for runs
// against the real API.
const KeyVariable = "PAYSKE_SECRET_KEY"

// Env is where an example runs: a client bound to a key and a backend.
type Env struct {
	// Client is the context-first client every example makes its calls
	// with.
	Client *payske.Client

	// opts are the NewClient options that reach the backend: none for the
	// real API, so that NewClient uses the global backend as a program of
	// the reader's own would.
	opts []payske.ClientOption
	// server is the in-process fake, nil for the real API.
	server *paysketest.Server
}

// Run sets up the environment, reports it in one line, runs example and
// exits: with status 0 when example returns nil, else 1 after printing the
// error. A key that is not a test key is refused with status 2, because the
// examples create charges.
func Run(example func(env *Env) error) {
	env, err := setup(os.Getenv(KeyVariable), os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	err = example(env)
	env.close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "example failed:", err)
		os.Exit(1)
	}
}

// ClientWithKey returns a client on the same backend as Client but with
// another key, for showing what a wrong key does.
func (e *Env) ClientWithKey(key string) *payske.Client {
	return payske.NewClient(key, e.opts...)
}

// setup picks the backend for key and says which one on w.
func setup(key string, w io.Writer) (*Env, error) {
	if key == "" {
		srv := paysketest.NewServer()
		fmt.Fprintln(w, "No "+KeyVariable+" set: running against an in-process paysketest server.")
		opts := []payske.ClientOption{payske.WithBackend(srv.Backends().API)}
		return &Env{Client: payske.NewClient(paysketest.TestKey, opts...), opts: opts, server: srv}, nil
	}
	// The message names the prefixes expected, never the key itself.
	if !strings.HasPrefix(key, "sk_test_") && !strings.HasPrefix(key, "rk_test_") {
		return nil, errors.New(KeyVariable + " is not a test key (sk_test_... or rk_test_...): the examples create charges, so they refuse to run in live mode")
	}
	fmt.Fprintln(w, "Using "+KeyVariable+": running against the Payske API in test mode.")
	return &Env{Client: payske.NewClient(key)}, nil
}

func (e *Env) close() {
	if e.server != nil {
		e.server.Close()
	}
}
