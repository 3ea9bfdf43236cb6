// Package paymentsource attaches payment sources to Payske customers and
// reads, updates, verifies, deletes and lists them, whatever their kind:
// cards, bank accounts and source objects alike. Every call names the
// customer in its params.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	s, err := paymentsource.New(&payske.CustomerSourceParams{
//		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
//		Source:   &payske.SourceParams{Token: payske.String("src_1JxB9F2eZvKYlo2CkP36Z4dl")},
//	})
//	// s.Type is payske.PaymentSourceTypeSource and s.SourceObject is set.
//
// The card and bankaccount packages do the same for one kind, with typed
// results. A Client binds a key and a backend, for programs that use
// several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).PaymentSources (a payske.PaymentSourceService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package paymentsource
