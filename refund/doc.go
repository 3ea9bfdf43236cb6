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
package refund
