// Package paysketest is a fake Payske API for tests and demos: a real HTTP
// server on loopback with its state in memory, like net/http/httptest but
// speaking the Payske API, so that a whole payment flow (customer, card,
// authorization, capture, refund, events) runs without network or keys.
//
//	sc, srv := paysketest.NewTestClient(t) // closed when the test ends
//	c, err := sc.Charges.New(&payske.ChargeParams{...})
//
// Outside a test, NewServer starts one to Close when done; Server.Client,
// Server.Backends (for client.New) and Server.URL (for
// payske.BackendConfig.URL) point the SDK at it; NewHandlerServer and
// Server.Serve serve it on a listener of one's own. The command
// cmd/payske-mock serves the same fake that way on a port, for other
// languages.
//
// Every endpoint of the API reference is served: charges, customers,
// refunds, tokens, sources, customer cards and bank accounts, Checkout
// Sessions and events. Parameters are checked against the API schema (the
// OpenAPI schema the SDK is generated from, compiled into this package):
// an unknown parameter, a value of the wrong type or outside its enum and
// a missing required parameter are 400 invalid_request_error answers whose
// param names the parameter (shipping[address][line1]). Requests need a secret
// test key (sk_test_...), as a Bearer token or basic authentication.
//
// A body is at most 1 MiB, and a body or query at most 1000 parameters
// whose names are at most 1 KiB and nest at most 8 levels (a[b][c] is 2;
// the deepest real parameter has 5): past a limit the answer is a 400
// invalid_request_error that names it, with param set to the offending
// name, shortened. The path is matched segment by segment as sent, before
// unescaping, so an ID is always one segment (an escaped slash in it stays
// part of the ID); a path that is not exactly an endpoint (a trailing or
// doubled slash, an extra segment, a dot segment, the wrong method) is a
// 404 "Unrecognized request URL". Close waits for the requests in flight
// but not for idle connections, nor for connections that have sent
// nothing yet.
//
// # Behaviour
//
// Charges with capture=false are authorized and captured later; an
// authorization not captured within 7 days of the server's Clock is
// released (refunded, with a charge.expired event), checked lazily on the
// next request. Refunds, partial or full, update the charge's
// amount_refunded, refunded and refunds list; refunding more than what is
// left is a 400 amount_too_large. An authorization can be refunded in part
// before it is captured: that part stays refunded, and the capture takes
// at most what is left. A partial capture releases the rest as a refund
// without a balance transaction. So amount_refunded is always the sum of
// the charge's refunds, refunded means all of amount is back, and refunds
// of captured money never exceed amount_captured.
//
// After each request the server checks these rules on the charges the
// request touched (and NewTestServer on every charge when the test ends).
// A request that breaks one is answered with a 500 api_error naming it,
// and Server.Violations records it; NewTestServer and NewTestClient fail
// the test when there is any. Tokens are single use. Attaching a token to a customer
// makes a card or bank account and sets the customer's default_source when
// it had none; charging a customer without a source charges that default.
// A deleted customer answers 404 resource_missing. Bank accounts verify with
// the micro-deposit amounts 32 and 45; other amounts are a 400
// bank_account_verification_failed. Card sources are chargeable at once
// (source.chargeable); ach_credit_transfer sources wait (receiver flow).
//
// Checkout Sessions compute each line item's amount_subtotal and
// amount_total as unit_amount × quantity (no tax or discounts) and the
// session's as their sums. Line items give price_data, or name a price by
// ID: the fake has no prices endpoint, so register such prices with
// Server.AddPrice; naming one that was not registered is a 400 on
// line_items[i][price]. Server.CompleteCheckoutSession plays the customer
// paying (checkout.session.completed).
//
// Lists are newest first with limit (1 to 100, 10 by default),
// starting_after, ending_before and has_more, and the filters of the
// schema: customer on charges, charge on refunds, email on customers, type
// (with a "charge.*" wildcard) and created on events, object on customer
// sources. expand (expand[]=, expand[0]=) replaces expandable IDs with
// their objects, nested (customer.default_source) and through lists
// (data.customer).
//
// A repeated Idempotency-Key with the same method, path and body replays the
// first answer byte for byte, with an Idempotent-Replayed: true header; with
// different parameters it is a 400 idempotency_error. Keys are scoped per
// API key. Every change creates an event (customer.created, .updated,
// .deleted, customer.source.created, .updated, .deleted, charge.succeeded,
// .failed, .captured, .refunded, .updated, .expired, charge.refund.updated,
// source.chargeable, checkout.session.completed, .expired) with
// previous_attributes for updates and the Clock's time; WithWebhook also
// posts each one, signed, to an endpoint. A customer created or updated
// with a source gets customer.source.created for it too. A refused request
// changes nothing: it neither spends a token nor makes an event, except a
// declined charge, which exists with status failed.
//
// # Test cards
//
// These tokens and card numbers (as card[number] on a token or a charge)
// decide a charge's outcome. A decline is a 402 card_error carrying code,
// decline_code and charge: the failed charge exists, with status failed,
// and a charge.failed event.
//
//	token                                card number        outcome
//	tok_visa                             4242424242424242   succeeds (Visa)
//	tok_mastercard                       5555555555554444   succeeds (MasterCard)
//	tok_amex                             378282246310005    succeeds (American Express)
//	tok_chargeDeclined                   4000000000000002   card_declined, generic_decline
//	tok_chargeDeclinedInsufficientFunds  4000000000009995   card_declined, insufficient_funds
//	tok_chargeDeclinedExpiredCard        4000000000000069   expired_card, expired_card
//	tok_chargeDeclinedIncorrectCvc       4000000000000127   incorrect_cvc, incorrect_cvc
//
// The tok_ names above can be used any number of times. Any other number
// that passes the Luhn check succeeds; one that does not is a 402
// incorrect_number.
//
// # Faults
//
// WithFaults and Server.SetFaults make a seeded, reproducible share of
// requests fail: 500 and 503 answers, connections dropped before the request
// is applied, and answers lost after it was applied. The SDK's retries with
// idempotency keys make all of them safe; Server.Stats counts them.
//
// # Connected accounts
//
// A request with a Payske-Account header (params.SetPayskeAccount) acts on
// behalf of that connected account. The fake has the accounts given to
// WithAccounts and those made by Server.CreateAccount; each has its own
// customers, charges, refunds, tokens, sources, Checkout Sessions, prices
// (Server.AddAccountPrice), events and idempotency keys, and sees none of
// the platform's (the state without the header) nor any other account's:
// naming another's object is a 404 resource_missing. Naming an account the
// fake does not have is a 403 invalid_request_error with code
// account_invalid, which the SDK returns as a *payske.PermissionError.
// Events of a connected account carry its ID in account and go to the same
// webhook endpoint as the platform's; the ledger check runs per account.
//
//	srv := paysketest.NewTestServer(t, paysketest.WithAccounts("acct_1"))
//	params := &payske.CustomerParams{Email: payske.String("jenny@example.com")}
//	params.SetPayskeAccount("acct_1")
//	cus, err := srv.Client("").Customers.New(params)
//
// # Mocking the transport
//
// Tests that answer each request themselves, with
// github.com/jarcoal/httpmock or any http.RoundTripper, need no Server:
// NewBackend(rt) is an SDK backend over rt, NewTransportClient(rt) a
// client.API bound to TestKey over it, and UseBackend(t, rt) points the
// package-level functions (charge.New, ...) at it until the test ends.
// Requests go to https://api.payske.com/v1/..., where the responders are
// registered, and the package fixtures has the reference's answers and
// Payske's error bodies to answer with:
//
//	mt := httpmock.NewMockTransport()
//	mt.RegisterResponder(http.MethodPost, "https://api.payske.com/v1/charges",
//		httpmock.NewStringResponder(402, fixtures.CardDeclined))
//	paysketest.UseBackend(t, mt)
//	_, err := charge.New(params) // a *payske.CardError, generic_decline
//
// The backend keeps the SDK's retries, so a mocked 500 followed by a 200
// succeeds, but it never waits between attempts (unless an answer carries
// Retry-After) and logs nothing, so a test of a failure is as fast and as
// quiet as one of a success. NewBackendWithConfig changes its other
// settings: mocking with no retries at all, for instance.
package paysketest
