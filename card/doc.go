// Package card creates, reads, updates, deletes and lists the cards stored
// on a Payske customer (the customer's sources of object card).
//
// Every call names the customer in params.Customer; it builds the URL and is
// never sent. The package-level functions use payske.Key and the global
// backend:
//
//	payske.Key = "sk_test_..."
//	c, err := card.New(&payske.CardParams{
//		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
//		Token:    payske.String("tok_amex"),
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).Cards (a payske.CardService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package card
