// Package customer creates, reads, updates, deletes and lists Payske
// customers.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	c, err := customer.New(&payske.CustomerParams{
//		Email:  payske.String("jenny.rosen@example.com"),
//		Source: &payske.SourceParams{Token: payske.String("tok_visa")},
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
// The customer's cards and bank accounts are managed by the paymentsource,
// card and bankaccount packages.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).Customers (a payske.CustomerService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package customer
