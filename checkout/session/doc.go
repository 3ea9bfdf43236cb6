// Package session creates, reads and lists Checkout Sessions, and lists the
// line items of a session.
//
// A Checkout Session is one attempt of a customer to pay on a Payske-hosted
// page: create it on your server, send the customer to its URL, and fulfil
// the order once it completes. The package-level functions use payske.Key
// and the global backend:
//
//	payske.Key = "sk_test_..."
//	s, err := session.New(&payske.CheckoutSessionParams{
//		SuccessURL: payske.String("https://example.com/success"),
//		CancelURL:  payske.String("https://example.com/cancel"),
//		LineItems: []*payske.CheckoutSessionLineItemParams{
//			{Price: payske.String("price_H5ggYwtDq4fbrJ"), Quantity: payske.Int64(2)},
//		},
//		Mode: payske.String(string(payske.CheckoutSessionModePayment)),
//	})
//	// redirect the customer to s.URL
//
// A Client binds a key and a backend, for programs that use several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).CheckoutSessions (a payske.CheckoutSessionService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package session
