// Package bankaccount creates, reads, updates, deletes, lists and verifies
// the bank accounts stored on a Payske customer (the customer's sources of
// object bank_account).
//
// Every call names the customer in params.Customer; it builds the URL and is
// never sent. The package-level functions use payske.Key and the global
// backend:
//
//	payske.Key = "sk_test_..."
//	ba, err := bankaccount.New(&payske.BankAccountParams{
//		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
//		Token:    payske.String("btok_1JxB9F2eZvKYlo2CTkTlVpHt"),
//	})
//	ba, err = bankaccount.Verify(ba.ID, &payske.BankAccountVerifyParams{
//		Customer: payske.String("cus_AJ6yA7mRH34mJT"),
//		Amounts:  payske.Int64Slice([]int64{32, 45}),
//	})
//
// A Client binds a key and a backend, for programs that use several keys.
//
// New code can make the same calls through the context-first client,
// payske.NewClient(key).BankAccounts (a payske.BankAccountService), whose methods take the
// call's context first and the IDs as arguments; these functions call it.
package bankaccount
