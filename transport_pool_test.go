package payske

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// transportOf returns the *http.Transport b sends through.
func transportOf(t *testing.T, b Backend) *http.Transport {
	t.Helper()
	hb, ok := b.(*httpBackend)
	require.True(t, ok, "an HTTP backend")
	tr, ok := hb.client.Transport.(*http.Transport)
	require.True(t, ok, "the default client has an *http.Transport of its own, not nil (http.DefaultTransport)")
	return tr
}

func TestDefaultBackendsShareOnePooledTransport(t *testing.T) {
	shared := transportOf(t, GetBackendWithConfig(APIBackend, nil))
	var opts clientOptions
	WithMaxNetworkRetries(1)(&opts)
	for name, b := range map[string]Backend{
		"NewBackends(nil)":         NewBackends(nil).API,
		"a config without client":  GetBackendWithConfig(APIBackend, &BackendConfig{Logger: DiscardLogger}),
		"NewClient with a setting": opts.backend(),
	} {
		assert.Same(t, shared, transportOf(t, b), name)
	}

	assert.True(t, shared.ForceAttemptHTTP2, "HTTP/2 stays on")
	assert.NotNil(t, shared.Proxy, "the proxy comes from the environment")
	assert.NotNil(t, shared.DialContext, "dials time out")
	assert.GreaterOrEqual(t, shared.MaxIdleConnsPerHost, 100)
	assert.GreaterOrEqual(t, shared.MaxIdleConns, shared.MaxIdleConnsPerHost)
	assert.NotSame(t, http.DefaultTransport, shared, "http.DefaultTransport itself is left as it is")
	assert.Equal(t, 0, http.DefaultTransport.(*http.Transport).MaxIdleConnsPerHost)

	own := &http.Transport{}
	assert.Same(t, own, transportOf(t, GetBackendWithConfig(APIBackend, &BackendConfig{HTTPClient: &http.Client{Transport: own}})),
		"a caller's client keeps its transport")
}

// TestDefaultTransportSpeaksHTTP2OverTLS sends a call through a clone of
// the default transport that trusts the test server's certificate, as a
// caller's TLS settings would. A TLS config (or dialer) of its own turns
// HTTP/2 off in a Transport unless ForceAttemptHTTP2 is set, which a
// transport built from scratch instead of from http.DefaultTransport
// misses.
func TestDefaultTransportSpeaksHTTP2OverTLS(t *testing.T) {
	var protoMajor atomic.Int32
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		protoMajor.Store(int32(r.ProtoMajor))
		_, _ = w.Write([]byte(`{"id":"obj_1"}`))
	}))
	srv.EnableHTTP2 = true
	srv.StartTLS()
	t.Cleanup(srv.Close)

	b := GetBackendWithConfig(APIBackend, &BackendConfig{URL: String(srv.URL), Logger: DiscardLogger}).(*httpBackend)
	roots := x509.NewCertPool()
	roots.AddCert(srv.Certificate())
	trusting := transportOf(t, b).Clone()
	trusting.TLSClientConfig = &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}
	t.Cleanup(trusting.CloseIdleConnections)
	b.client.Transport = trusting // the backend's own copy of the client

	var out testObject
	require.NoError(t, b.Call(http.MethodGet, "/v1/things", testKey, nil, &out))
	assert.Equal(t, "obj_1", out.ID)
	assert.Equal(t, int32(2), protoMajor.Load(), "the server saw HTTP/2")
}

// roundServer is a plain-http test server that answers in rounds: it
// holds each request until size requests are in flight, then answers them
// all, so that size calls really overlap however the goroutines are
// scheduled. It counts the connections clients open to it.
type roundServer struct {
	*httptest.Server
	opened atomic.Int64

	mu      sync.Mutex
	waiting int
	release chan struct{} // closed when the current round is full
}

func newRoundServer(t *testing.T, size int) *roundServer {
	t.Helper()
	s := &roundServer{release: make(chan struct{})}
	s.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		release := s.release
		if s.waiting++; s.waiting == size {
			close(release)
			s.waiting, s.release = 0, make(chan struct{})
		}
		s.mu.Unlock()
		select {
		case <-release:
		case <-r.Context().Done(): // a failed test: don't hang its server
			return
		}
		_, _ = w.Write([]byte(`{"id":"obj_1"}`))
	}))
	s.Config.ConnState = func(_ net.Conn, state http.ConnState) {
		if state == http.StateNew {
			s.opened.Add(1)
		}
	}
	s.Start()
	t.Cleanup(s.Close)
	return s
}

// callInRounds makes rounds rounds of workers calls on b, each round's
// calls side by side and each round after the last one's answers are read,
// as calls that come in bursts.
func callInRounds(t *testing.T, b Backend, workers, rounds int) {
	t.Helper()
	for range rounds {
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var out testObject
				assert.NoError(t, b.Call(http.MethodGet, "/v1/things", testKey, nil, &out))
			}()
		}
		wg.Wait()
	}
}

// TestDefaultTransportReusesConnectionsUnderConcurrency makes 10 rounds of
// 32 calls side by side over HTTP/1.1 (plain http: no HTTP/2 to multiplex
// them). The default transport keeps every connection for the next round:
// 32 are opened, measured with and without -race. http.DefaultTransport
// keeps only 2 idle per host and closes the other 30 as their answers are
// read, so each round opens 30 new ones: 302 for the same 320 calls, each
// a new handshake (over TLS, a new TLS session too) that the default
// transport saves.
func TestDefaultTransportReusesConnectionsUnderConcurrency(t *testing.T) {
	const workers, rounds = 32, 10

	srv := newRoundServer(t, workers)
	b := GetBackendWithConfig(APIBackend, &BackendConfig{URL: String(srv.URL), Logger: DiscardLogger})
	callInRounds(t, b, workers, rounds)
	opened := srv.opened.Load()
	t.Logf("default transport: %d connections for %d calls", opened, workers*rounds)
	assert.GreaterOrEqual(t, opened, int64(workers), "the calls overlapped")
	assert.LessOrEqual(t, opened, int64(2*workers),
		"connections opened by the default transport for %d calls, %d at a time", workers*rounds, workers)

	// The same load through http.DefaultTransport's pool, which the
	// default client used before: the bound above is what tells them apart.
	stockSrv := newRoundServer(t, workers)
	stock := http.DefaultTransport.(*http.Transport).Clone()
	t.Cleanup(stock.CloseIdleConnections)
	callInRounds(t, GetBackendWithConfig(APIBackend, &BackendConfig{URL: String(stockSrv.URL), Logger: DiscardLogger,
		HTTPClient: &http.Client{Transport: stock}}), workers, rounds)
	t.Logf("http.DefaultTransport's pool: %d connections for %d calls", stockSrv.opened.Load(), workers*rounds)
	assert.Greater(t, stockSrv.opened.Load(), int64(2*workers), "http.DefaultTransport's pool of 2 reopens connections")
}

// replacedDefaultTransport answers every request itself, as a test's mock
// installed in http.DefaultTransport does.
type replacedDefaultTransport struct{ calls atomic.Int64 }

func (m *replacedDefaultTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	m.calls.Add(1)
	rec := httptest.NewRecorder()
	_, _ = rec.WriteString(`{"id":"obj_mock"}`)
	resp := rec.Result()
	resp.Request = req
	return resp, nil
}

// TestReplacedDefaultTransportIsStillUsed: with http.DefaultTransport
// replaced by something that cannot be cloned (httpmock.Activate does so),
// a default backend made then sends through the replacement, as a client
// without a Transport does.
func TestReplacedDefaultTransportIsStillUsed(t *testing.T) {
	mock := &replacedDefaultTransport{}
	orig := http.DefaultTransport
	http.DefaultTransport = mock
	t.Cleanup(func() { http.DefaultTransport = orig })

	b := GetBackendWithConfig(APIBackend, &BackendConfig{Logger: DiscardLogger})
	var out testObject
	require.NoError(t, b.Call(http.MethodGet, "/v1/things", testKey, nil, &out))
	assert.Equal(t, "obj_mock", out.ID)
	assert.Equal(t, int64(1), mock.calls.Load())
}
