// Package source creates, reads and updates Payske source objects
// (src_...), and detaches them from customers.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	s, err := source.New(&payske.SourceObjectParams{
//		Type:     payske.String(string(payske.SourceTypeACHCreditTransfer)),
//		Currency: payske.String(string(payske.CurrencyUSD)),
//		Owner:    &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")},
//	})
//
// Attach a source to a customer with paymentsource.New. A Client binds a
// key and a backend, for programs that use several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).Sources (a payske.SourceService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package source
