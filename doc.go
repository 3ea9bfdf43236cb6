// Package payske is the Go client library for the Payske payments API.
//
// Make a client with the key and call its services, the call's context
// first:
//
//	sc := payske.NewClient("sk_test_...")
//	c, err := sc.Charges.New(ctx, &payske.ChargeParams{
//		Amount:   payske.Int64(2000),
//		Currency: payske.String(string(payske.CurrencyUSD)),
//		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
//	})
//	for c, err := range sc.Charges.List(ctx, nil) { ... }
//
// Client has one service per resource (Charges, Customers, Refunds, Tokens,
// Sources, PaymentSources, Cards, BankAccounts, CheckoutSessions, Events),
// each an interface (ChargeService, ...) that a test can fake. The context
// governs the call, its retries and backoff; a params Context set to a
// different one is an error wrapping ErrTwoContexts. IDs are arguments: a
// customer's card is sc.Cards.Get(ctx, customerID, cardID, params).
//
// The long-standing surface of the API reference stays beside it and sends
// the same requests: set the key once and call a resource package, with the
// context in params.Context,
//
//	payske.Key = "sk_test_..."
//	c, err := charge.New(params)
//
// or bind a key to a client.API (client.New). Use it for code ported from
// that surface (MIGRATING.md says what differs), and NewClient for new code.
//
// Every call goes through a Backend: the HTTP backend adds authentication,
// the API version, idempotency keys on POST, and retries with backoff; its
// errors are *Error values whose Err field holds a typed error such as
// *CardError. Lists return iterators that fetch page by page.
//
// # Configuration
//
// NewClient takes the key and options: WithHTTPClient, WithMaxNetworkRetries,
// WithLogger, WithMiddleware and WithBackendConfig give the client a
// backend of its own; WithBackend shares one; without them it uses the
// global backend at each call. payske.Key is the key of the package-level
// functions; client.New binds another key (and backend) to a client. The
// HTTP backend is configured
// with BackendConfig through GetBackendWithConfig, which never modifies the
// config it is given: the base URL (https only, except loopback hosts; a
// plain http URL makes every call fail with an error wrapping
// ErrInsecureURL), the *http.Client (used through a copy that never follows
// a redirect), retries, the logger, middleware, a rate limit
// (MaxRequestsPerSecond or any RateLimiter) and the answer size limit.
// APIVersion is the API version this release is written against, sent as
// Payske-Version on every request; it is fixed per release.
//
// Every request carries Authorization: Bearer <key>, Payske-Version,
// User-Agent: Payske/v1 GoBindings/<version>, and on POST Content-Type:
// application/x-www-form-urlencoded and an Idempotency-Key. A key, an
// idempotency key, a Payske-Account or a custom header that HTTP cannot
// carry (a line break or another control character) fails before any
// request, naming the parameter, with an error wrapping ErrInvalidHeader.
//
// # Retries and idempotency
//
// A call is retried up to BackendConfig.MaxNetworkRetries times (2 by
// default) when the connection fails, an attempt outlasts
// http.Client.Timeout or the answer is cut short, on 409, 429 and 5xx, and
// whenever Payske answers Payske-Should-Retry: true; never when it answers
// Payske-Should-Retry: false, never on other 4xx, never on a TLS
// certificate failure, an https URL answered in plain HTTP, a redirect or
// an answer over BackendConfig.MaxResponseBytes (32 MiB). Waits grow
// exponentially from BackendConfig.MinRetryDelay (0.5 s) with jitter,
// capped at 16 times that; the arithmetic saturates, so no setting can
// overflow it. A Retry-After is honoured up to 30 s; a longer one, however
// long, ends the call with its error at once. The call's context bounds
// everything, backoff included.
//
// Every POST carries an Idempotency-Key, the same for all attempts of the
// call, so a retry of a request Payske already applied gets the first
// answer back instead of charging twice. Params.SetIdempotencyKey sets your
// own (an empty one leaves the choice to the SDK), which makes a repeat
// from another process safe as well. Payske refuses a key reused with
// other parameters (an *IdempotencyError): derive the key from what the
// request does, for example "order-42-charge", and make a new one when the
// request changes.
//
// # Responses
//
// Every decoded object has LastResponse with the status, headers, request
// ID, idempotency key and the raw JSON. An answer is read once (bounded by
// MaxResponseBytes) and decoded from the same bytes that become
// LastResponse.RawJSON. A 2xx answer that is not exactly one JSON value, is
// null, or is another kind of object than the endpoint returns is an
// *APIError; one cut off by the network is retried like a dropped
// connection. Either way the call returns no object, never a half-filled
// one.
//
// Answers decode through decoders generated for every type the SDK
// defines, without reflection, in one pass over the bytes that also checks
// they are valid JSON. They decode to the same values as encoding/json;
// anything they do not take (invalid JSON, a value of an unexpected kind)
// decodes with encoding/json, so it gets encoding/json's error. A caller's own types (RawRequest's Decode, NewIter of a type of
// its own) decode with encoding/json.
//
// # Logging
//
// The backend logs through log/slog (BackendConfig.Logger). Each failed call
// gives one record, "payske: request failed": at Info when Payske answered
// 4xx (a decline or a bad parameter, an answer for the caller to handle),
// at Error otherwise. Its attributes are method, route (the template,
// /v1/charges/{charge}), attempts, elapsed, status, request_id, type and
// code (those the failure has) and error. Each retry is a Warn record, each
// successful call a Debug one. The default logger writes Error records to
// stderr; DiscardLogger silences the SDK. Keys, request bodies and card
// numbers are never logged, and a base URL's userinfo never appears in a
// record or an error.
//
// # Reliability
//
// The suites in the reliability folder of the repository drive the SDK
// through dropped connections, 5xx, 409, 429, slow and cut answers,
// oversized and endless bodies and lists whose pages repeat, concurrently,
// and count calls, attempts, duplicates and losses: one charge per call,
// none lost. When the retries run out, a call's outcome is unknown: repeat
// money-moving calls with your own idempotency key to get the first answer
// back rather than a second charge.
//
// # Observability
//
// BackendConfig.Middleware wraps every HTTP attempt, retries included, and
// is told the attempt's route template (/v1/charges/{charge}, never the
// ID-filled path), its number and its idempotency key; see Middleware and
// examples/observability for a latency histogram per route and a log/slog
// record per attempt. The SDK has no tracing dependency; an OpenTelemetry
// user attaches a span per attempt like this:
//
//	tracer := otel.Tracer("payske")
//	tracing := func(next payske.RoundTripFunc) payske.RoundTripFunc {
//		return func(req *http.Request, info payske.RequestInfo) (*http.Response, error) {
//			ctx, span := tracer.Start(req.Context(), info.Method+" "+info.Route,
//				trace.WithSpanKind(trace.SpanKindClient),
//				trace.WithAttributes(
//					attribute.String("http.request.method", info.Method),
//					attribute.String("url.template", info.Route),
//					attribute.Int("http.request.resend_count", info.Attempt-1),
//				))
//			defer span.End()
//			// Propagate the trace to Payske (optional); never record
//			// req.Header, which carries the API key.
//			otel.GetTextMapPropagator().Inject(ctx, propagation.HeaderCarrier(req.Header))
//			resp, err := next(req.WithContext(ctx), info)
//			if err != nil {
//				span.RecordError(err)
//				span.SetStatus(codes.Error, "transport error")
//				return nil, err
//			}
//			span.SetAttributes(
//				attribute.Int("http.response.status_code", resp.StatusCode),
//				attribute.String("payske.request_id", resp.Header.Get("Request-Id")))
//			if resp.StatusCode >= 400 {
//				span.SetStatus(codes.Error, resp.Status)
//			}
//			return resp, nil
//		}
//	}
//	backend := payske.GetBackendWithConfig(payske.APIBackend, &payske.BackendConfig{
//		Middleware: []payske.Middleware{tracing},
//	})
//
// The span is a child of whatever span the call's params.Context carries,
// so one API call shows as its attempts under the caller's span.
package payske
