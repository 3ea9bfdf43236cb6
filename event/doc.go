// Package event reads Payske events: what happened in the account over the
// last 30 days, the same objects webhooks deliver.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	params := &payske.EventListParams{Type: payske.String(string(payske.EventTypeChargeSucceeded))}
//	i := event.List(params)
//	for i.Next() {
//		e := i.Event()
//		c, err := e.Charge()
//		...
//	}
//	if err := i.Err(); err != nil { ... }
//
// A Client binds a key and a backend, for programs that use several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).Events (a payske.EventService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package event
