// Package refund creates, reads, updates and lists Payske refunds.
//
// The package-level functions use payske.Key and the global backend:
//
//	payske.Key = "sk_test_..."
//	r, err := refund.New(&payske.RefundParams{
//		Charge: payske.String("ch_..."),
//		Amount: payske.Int64(500),
//		Reason: payske.String(string(payske.RefundReasonRequestedByCustomer)),
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).Refunds (a payske.RefundService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package refund
