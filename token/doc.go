// Package token creates and retrieves Payske tokens: single-use references
// to card or bank account details (or to account, person or PII data) that
// can be attached to a customer or charged once.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	t, err := token.New(&payske.TokenParams{
//		Card: &payske.CardParams{
//			Number:   payske.String("4242424242424242"),
//			ExpMonth: payske.String("12"),
//			ExpYear:  payske.String("2030"),
//			CVC:      payske.String("123"),
//		},
//	})
//
// Tokens cannot be updated or listed. A Client binds a key and a backend,
// for programs that use several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).Tokens (a payske.TokenService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package token
