// Package charge creates, reads, updates, captures and lists Payske charges.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	c, err := charge.New(&payske.ChargeParams{
//		Amount:   payske.Int64(2000),
//		Currency: payske.String(string(payske.CurrencyUSD)),
//		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).Charges (a payske.ChargeService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package charge
