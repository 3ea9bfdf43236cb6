package paysketest

import (
	"context"
	"errors"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/client"
)

// TestKey is the API key Client and NewTestClient use when given none. Any
// key that starts with sk_test_ is accepted; each key sees the same data
// (the platform's, or a connected account's named in the Payske-Account
// header) but has its own idempotency keys.
const TestKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

// Server is a fake Payske API with its state in memory. Create it with
// NewServer (or NewTestServer in tests); it is safe for concurrent use.
type Server struct {
	// URL is the base URL of the running server, http://127.0.0.1:port.
	URL string

	clock   *Clock
	logger  *slog.Logger
	handler http.Handler // the API itself, or wrapped by WithMiddleware
	faults  faultInjector
	stats   counters
	webhook *webhookSender

	ids *idSource // shared by every account's state and request IDs

	mu   sync.Mutex // guards st, accounts and idem: every request applies alone
	st   *state     // the platform's own
	idem map[string]*idemEntry
	// accounts holds each connected account's state by its ID.
	accounts map[string]*state

	vmu        sync.Mutex // guards violations, read outside requests
	violations []string

	hmu     sync.Mutex // guards http, closing and fresh
	http    *http.Server
	closing bool
	// fresh holds the connections that have not sent a byte yet: an HTTP
	// client dials spare connections under load and may never use them,
	// and Shutdown would wait 5 s for each before counting it idle.
	fresh map[net.Conn]bool
	once  sync.Once
}

// Option configures a Server.
type Option func(*config)

// config collects the options before the server is built from them.
type config struct {
	clock                     *Clock
	faults                    Faults
	logger                    *slog.Logger
	webhookURL, webhookSecret string
	// hosting holds the options that are functions and lists behind a
	// pointer, so that config stays comparable, as it always was.
	hosting *hostingConfig
}

// hostingConfig is what WithAccounts, WithMiddleware and
// WithDeliveryObserver set.
type hostingConfig struct {
	accounts   []string
	middleware func(http.Handler) http.Handler
	observe    func(Delivery)
}

// host returns cfg's hosting options, creating them on first use.
func (cfg *config) host() *hostingConfig {
	if cfg.hosting == nil {
		cfg.hosting = &hostingConfig{}
	}
	return cfg.hosting
}

// WithClock makes the server read time from c instead of the wall clock.
func WithClock(c *Clock) Option { return func(cfg *config) { cfg.clock = c } }

// WithFaults makes the server inject faults from the start (see Faults).
func WithFaults(f Faults) Option { return func(cfg *config) { cfg.faults = f } }

// WithLogger makes Backends and Client log through l instead of discarding
// their records.
func WithLogger(l *slog.Logger) Option { return func(cfg *config) { cfg.logger = l } }

// WithWebhook sends every event, as JSON, to url in a POST signed with
// secret in the Payske-Signature header (t=<unix time>,v1=<hex HMAC-SHA256
// of "<t>.<body>">), exactly as webhook.GenerateTestSignedPayload signs, so
// that a webhook.Handler holding the same secret accepts them. Deliveries
// happen in event order on a goroutine of their own; WaitDeliveries waits
// for them. The timestamp is the server's Clock: with a clock set in the
// past, give the handler the same clock (webhook.WithClock(clock.Now)).
func WithWebhook(url, secret string) Option {
	return func(cfg *config) { cfg.webhookURL, cfg.webhookSecret = url, secret }
}

// WithMiddleware wraps the server's handler in m: NewServer, Serve and
// Handler serve m(api) instead of the API alone. It is how a program that
// hosts the fake adds routes of its own beside the API (cmd/payske-mock
// adds the test helpers its trigger command needs) or watches the traffic.
func WithMiddleware(m func(http.Handler) http.Handler) Option {
	return func(cfg *config) { cfg.host().middleware = m }
}

// WithDeliveryObserver calls f with the outcome of each webhook delivery
// (see WithWebhook), in event order, on the goroutine that delivers them:
// f must not block for long, since the next delivery waits for it.
func WithDeliveryObserver(f func(Delivery)) Option {
	return func(cfg *config) { cfg.host().observe = f }
}

// NewServer starts a server on a random loopback port. Close it when done.
func NewServer(opts ...Option) *Server {
	s := newServer(opts...)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic("paysketest: cannot listen on loopback: " + err.Error())
	}
	s.URL = "http://" + ln.Addr().String()
	if hs := s.httpServer(); hs != nil {
		go func() { _ = hs.Serve(ln) }()
	}
	return s
}

// Serve serves the API on ln until Close, which it then returns
// http.ErrServerClosed for; it is how a server from NewHandlerServer
// listens on an address of the caller's choice with the same connection
// handling as NewServer (cmd/payske-mock serves this way). Serve after
// Close returns http.ErrServerClosed at once.
func (s *Server) Serve(ln net.Listener) error {
	hs := s.httpServer()
	if hs == nil {
		_ = ln.Close()
		return http.ErrServerClosed
	}
	return hs.Serve(ln)
}

// httpServer returns the server's http.Server, made on first use, or nil
// once the server is closed.
func (s *Server) httpServer() *http.Server {
	s.hmu.Lock()
	defer s.hmu.Unlock()
	if s.closing {
		return nil
	}
	if s.http == nil {
		s.http = &http.Server{Handler: s.handler, ReadHeaderTimeout: 10 * time.Second,
			ErrorLog: log.New(io.Discard, "", 0), ConnState: s.trackConn}
		s.http.RegisterOnShutdown(s.closeFresh)
	}
	return s.http
}

// trackConn keeps the set of connections that have not sent a request
// yet, and closes a new one at once while the server shuts down.
func (s *Server) trackConn(c net.Conn, state http.ConnState) {
	s.hmu.Lock()
	defer s.hmu.Unlock()
	if state != http.StateNew {
		delete(s.fresh, c)
		return
	}
	if s.closing {
		_ = c.Close()
		return
	}
	if s.fresh == nil {
		s.fresh = map[net.Conn]bool{}
	}
	s.fresh[c] = true
}

// closeFresh closes the connections that have not sent a byte: Shutdown
// calls it once the listener is closed, and waits for the requests in
// flight, which are on the other connections.
func (s *Server) closeFresh() {
	s.hmu.Lock()
	defer s.hmu.Unlock()
	s.closing = true
	for c := range s.fresh {
		_ = c.Close()
	}
	clear(s.fresh)
}

// NewHandlerServer returns a server that is not listening, for serving its
// Handler on an address of the caller's choice (as cmd/payske-mock does).
// url is the base URL the server is reached at, used in the URLs it
// reports.
func NewHandlerServer(url string, opts ...Option) *Server {
	s := newServer(opts...)
	s.URL = url
	return s
}

func newServer(opts ...Option) *Server {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.clock == nil {
		cfg.clock = &Clock{}
	}
	ids := newIDSource()
	s := &Server{clock: cfg.clock, logger: cfg.logger, ids: ids, st: newState(ids, ""),
		idem: map[string]*idemEntry{}, accounts: map[string]*state{}}
	host := cfg.host()
	for _, id := range host.accounts {
		s.addAccountLocked(id)
	}
	s.faults.set(cfg.faults)
	s.handler = s
	if host.middleware != nil {
		s.handler = host.middleware(s)
	}
	if cfg.webhookURL != "" {
		s.webhook = newWebhookSender(cfg.webhookURL, cfg.webhookSecret, cfg.clock, host.observe)
	}
	return s
}

// NewTestServer starts a server and closes it when tb's test ends.
func NewTestServer(tb testing.TB, opts ...Option) *Server {
	tb.Helper()
	s := NewServer(opts...)
	tb.Cleanup(func() {
		s.Close()
		s.checkAllCharges()
		for _, v := range s.Violations() {
			tb.Errorf("paysketest: ledger invariant broken: %s", v)
		}
	})
	return s
}

// NewTestClient starts a server that closes when tb's test ends and returns
// a client bound to it with TestKey.
func NewTestClient(tb testing.TB, opts ...Option) (*client.API, *Server) {
	tb.Helper()
	s := NewTestServer(tb, opts...)
	return s.Client(""), s
}

// NewTestPayskeClient is NewTestClient for the context-first client: it
// starts a server that closes when tb's test ends and returns a
// *payske.Client bound to it with TestKey.
func NewTestPayskeClient(tb testing.TB, opts ...Option) (*payske.Client, *Server) {
	tb.Helper()
	s := NewTestServer(tb, opts...)
	return s.PayskeClient(""), s
}

// Handler returns the server's HTTP handler, for mounting it elsewhere:
// the API, wrapped in the middleware of WithMiddleware if any.
func (s *Server) Handler() http.Handler { return s.handler }

// Clock returns the clock the server reads time from.
func (s *Server) Clock() *Clock { return s.clock }

// SetFaults changes the fault injection from the next request on; a zero
// Faults turns it off.
func (s *Server) SetFaults(f Faults) { s.faults.set(f) }

// Stats returns the request and fault counters so far.
func (s *Server) Stats() Stats { return s.stats.snapshot() }

// Backends returns SDK backends that talk to the server, with the SDK's
// default retries and a silent logger unless WithLogger was given.
func (s *Server) Backends() *payske.Backends {
	return s.BackendsWithConfig(payske.BackendConfig{})
}

// BackendsWithConfig is Backends with the other settings of cfg (retries,
// HTTP client); its URL is always the server's.
func (s *Server) BackendsWithConfig(cfg payske.BackendConfig) *payske.Backends {
	cfg.URL = payske.String(s.URL)
	if cfg.Logger == nil {
		cfg.Logger = s.logger
	}
	if cfg.Logger == nil {
		cfg.Logger = payske.DiscardLogger
	}
	return &payske.Backends{API: payske.GetBackendWithConfig(payske.APIBackend, &cfg)}
}

// Client returns an SDK client bound to the server with key (TestKey when
// key is empty).
func (s *Server) Client(key string) *client.API {
	return client.New(orTestKey(key), s.Backends())
}

// PayskeClient returns a context-first client bound to the server with key
// (TestKey when key is empty).
func (s *Server) PayskeClient(key string) *payske.Client {
	return payske.NewClient(orTestKey(key), payske.WithBackend(s.Backends().API))
}

// orTestKey returns key, or TestKey when key is empty.
func orTestKey(key string) string {
	if key == "" {
		return TestKey
	}
	return key
}

// WaitDeliveries waits until every event created so far has been sent to
// the webhook endpoint and returns every delivery's outcome, oldest first.
// Without WithWebhook it returns nil at once.
func (s *Server) WaitDeliveries() []Delivery {
	if s.webhook == nil {
		return nil
	}
	return s.webhook.wait()
}

// Close stops the server, waiting for the requests in flight (connections
// that are idle or have not sent a request are closed at once), and stops
// webhook deliveries.
func (s *Server) Close() {
	s.once.Do(func() {
		s.hmu.Lock()
		hs := s.http
		s.closing = true
		s.hmu.Unlock()
		if hs != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := hs.Shutdown(ctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
				_ = hs.Close()
			}
		}
		if s.webhook != nil {
			s.webhook.close()
		}
	})
}
