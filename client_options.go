package payske

import (
	"errors"
	"log/slog"
	"net/http"
)

// NewClient returns a context-first client that makes every call with key:
//
//	sc := payske.NewClient("sk_test_...")
//	c, err := sc.Charges.New(ctx, &payske.ChargeParams{Amount: payske.Int64(2000), Currency: payske.String("usd")})
//
// Without options every call goes through the global backend, looked up at
// the time of the call (payske.SetBackend reaches a client made before it).
// The options configure a backend of the client's own (WithHTTPClient,
// WithMaxNetworkRetries, WithLogger, WithMiddleware, WithBackendConfig) or
// give it one (WithBackend, for a fake or a backend shared with client.API).
// Options that contradict each other do not panic: every call of the client
// returns an error that says which.
func NewClient(key string, opts ...ClientOption) *Client {
	var o clientOptions
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	c := &Client{}
	c.setServices(o.backend(), key)
	return c
}

// ClientOption configures a Client made by NewClient.
type ClientOption func(*clientOptions)

// clientOptions collects the options of NewClient.
type clientOptions struct {
	given  Backend        // WithBackend
	config *BackendConfig // built from the other options; nil without any
}

// configured returns the config the backend options fill, created on first
// use.
func (o *clientOptions) configured() *BackendConfig {
	if o.config == nil {
		o.config = &BackendConfig{}
	}
	return o.config
}

// errBackendAndConfig is returned by every call of a client given both a
// backend and options that configure one.
var errBackendAndConfig = errors.New("payske: NewClient was given WithBackend and options that configure a backend (WithBackendConfig, WithHTTPClient, WithMaxNetworkRetries, WithLogger, WithMiddleware); configure the backend you pass to WithBackend instead")

// backend returns the backend the options ask for: nil (the global one at
// each call) when none does.
func (o *clientOptions) backend() Backend {
	switch {
	case o.given != nil && o.config != nil:
		return failingBackend{errBackendAndConfig}
	case o.given != nil:
		return o.given
	case o.config != nil:
		return GetBackendWithConfig(APIBackend, o.config)
	}
	return nil
}

// WithBackend makes the client send every call through b: a backend from
// GetBackendWithConfig shared with other clients, or a test double. It
// cannot be combined with the options that configure a backend.
func WithBackend(b Backend) ClientOption {
	return func(o *clientOptions) { o.given = b }
}

// WithBackendConfig gives the client a backend of its own made from config;
// the options after it change the fields they name. The config is copied:
// changing it later does not change the client.
func WithBackendConfig(config *BackendConfig) ClientOption {
	return func(o *clientOptions) {
		if config != nil {
			c := *config
			c.Middleware = append([]Middleware(nil), config.Middleware...)
			o.config = &c
		}
	}
}

// WithHTTPClient makes the client's backend send its requests with
// httpClient (see BackendConfig.HTTPClient).
func WithHTTPClient(httpClient *http.Client) ClientOption {
	return func(o *clientOptions) { o.configured().HTTPClient = httpClient }
}

// WithMaxNetworkRetries sets how many times the client's backend retries a
// retryable failure; 0 disables retries (see BackendConfig.MaxNetworkRetries).
func WithMaxNetworkRetries(n int64) ClientOption {
	return func(o *clientOptions) { o.configured().MaxNetworkRetries = Int64(n) }
}

// WithLogger sends the client's backend logs to logger (see
// BackendConfig.Logger).
func WithLogger(logger *slog.Logger) ClientOption {
	return func(o *clientOptions) { o.configured().Logger = logger }
}

// WithMiddleware wraps every HTTP attempt of the client's backend in mws,
// after any middleware given before (see BackendConfig.Middleware).
func WithMiddleware(mws ...Middleware) ClientOption {
	return func(o *clientOptions) {
		c := o.configured()
		c.Middleware = append(c.Middleware, mws...)
	}
}

// failingBackend answers every request with err, without sending it.
type failingBackend struct{ err error }

// Call implements Backend.
func (b failingBackend) Call(string, string, string, ParamsContainer, LastResponseSetter) error {
	return b.err
}

// Do implements Backend.
func (b failingBackend) Do(*Request, LastResponseSetter) error { return b.err }
