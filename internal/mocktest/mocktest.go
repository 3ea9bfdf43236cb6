// Package mocktest wires a payske backend to an httpmock transport and
// records what reached the wire, so resource tests can assert the method,
// path, headers and exact body of every call.
package mocktest

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/jarcoal/httpmock"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// Key is the API key the tests use (the reference's sample test key).
const Key = paysketest.TestKey

// Captured is one request as it reached the transport.
type Captured struct {
	Method   string      // HTTP method
	Path     string      // escaped path
	RawQuery string      // encoded query, without "?"
	Header   http.Header // headers as sent
	Body     string      // encoded form body, empty for GET and DELETE
}

// Calls records the requests a responder answered.
type Calls struct {
	mu   sync.Mutex
	reqs []Captured
}

// All returns the recorded requests.
func (c *Calls) All() []Captured {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Captured(nil), c.reqs...)
}

// Only asserts exactly one request was made and returns it.
func (c *Calls) Only(t testing.TB) Captured {
	t.Helper()
	all := c.All()
	require.Len(t, all, 1, "requests made")
	return all[0]
}

// Mock is an httpmock transport behind a payske backend.
type Mock struct {
	Transport *httpmock.MockTransport // where tests register responders
	Backend   payske.Backend          // sends through Transport
}

// New returns a Mock whose backend sends to httpmock, with no retries and no
// logging: paysketest.NewBackendWithConfig, the backend users get, with
// retries off so that each answer a test registers is the one it sees.
func New(t testing.TB) *Mock {
	mt := httpmock.NewMockTransport()
	b := paysketest.NewBackendWithConfig(mt, payske.BackendConfig{MaxNetworkRetries: payske.Int64(0)})
	return &Mock{Transport: mt, Backend: b}
}

// NewGlobal is New, and also installs the backend and Key as the globals the
// package-level functions use, restoring them when the test ends.
func NewGlobal(t testing.TB) *Mock {
	m := New(t)
	prevBackend, prevKey := payske.GetBackend(payske.APIBackend), payske.Key
	payske.SetBackend(payske.APIBackend, m.Backend)
	payske.Key = Key
	t.Cleanup(func() {
		payske.SetBackend(payske.APIBackend, prevBackend)
		payske.Key = prevKey
	})
	return m
}

// Respond answers method on path (under https://api.payske.com) with status
// and body, recording each request.
func (m *Mock) Respond(method, path string, status int, body []byte) *Calls {
	calls := &Calls{}
	m.Transport.RegisterResponder(method, payske.APIURL+path, func(req *http.Request) (*http.Response, error) {
		var b []byte
		if req.Body != nil {
			b, _ = io.ReadAll(req.Body)
		}
		calls.mu.Lock()
		calls.reqs = append(calls.reqs, Captured{
			Method: req.Method, Path: req.URL.EscapedPath(), RawQuery: req.URL.RawQuery,
			Header: req.Header.Clone(), Body: string(b),
		})
		calls.mu.Unlock()
		resp := httpmock.NewBytesResponse(status, body)
		resp.Header.Set("Content-Type", "application/json")
		resp.Header.Set("Request-Id", "req_mock")
		return resp, nil
	})
	return calls
}

// Fixture reads paysketest/fixtures/<name> relative to the module root:
// the reference's examples, as package fixtures exports them.
func Fixture(t testing.TB, name string) []byte {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "module root not found")
		dir = parent
	}
	raw, err := os.ReadFile(filepath.Join(dir, "paysketest", "fixtures", name))
	require.NoError(t, err)
	return raw
}

// AssertHeaders checks the headers every request carries, and the ones
// every POST carries.
func AssertHeaders(t testing.TB, c Captured) {
	t.Helper()
	assert.Equal(t, "Bearer "+Key, c.Header.Get("Authorization"))
	assert.Equal(t, payske.APIVersion, c.Header.Get("Payske-Version"))
	assert.Equal(t, "Payske/v1 GoBindings/"+payske.ClientVersion, c.Header.Get("User-Agent"))
	if c.Method == http.MethodPost {
		assert.Equal(t, "application/x-www-form-urlencoded", c.Header.Get("Content-Type"))
		assert.NotEmpty(t, c.Header.Get("Idempotency-Key"))
	} else {
		assert.Empty(t, c.Header.Get("Content-Type"))
		assert.Empty(t, c.Header.Get("Idempotency-Key"))
		assert.Empty(t, c.Body)
	}
}
