package payske_test

import (
	"context"
	"fmt"
	"time"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

// The examples of the context-first client run against paysketest, the
// SDK's in-process fake of the Payske API: srv.PayskeClient("") stands in
// for payske.NewClient("sk_test_...").

func ExampleNewClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc := srv.PayskeClient("") // payske.NewClient("sk_test_...") against the real API

	// The context bounds the call and its retries: in a handler, pass
	// r.Context().
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	c, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Amount:   payske.Int64(2000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	fmt.Println(c.Status, c.Amount, c.Currency)
	// Output: succeeded 2000 usd
}

func ExampleChargeClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	// Authorize now, capture part of it at shipping time.
	c, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Amount:   payske.Int64(3000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_mastercard")},
		Capture:  payske.Bool(false),
	})
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	c, err = sc.Charges.Capture(ctx, c.ID, &payske.ChargeCaptureParams{Amount: payske.Int64(2500)})
	if err != nil {
		fmt.Println("capture failed:", err)
		return
	}
	fmt.Println(c.Captured, c.AmountCaptured, c.AmountRefunded)

	for c, err := range sc.Charges.List(ctx, &payske.ChargeListParams{}) {
		if err != nil {
			fmt.Println("list failed:", err)
			return
		}
		fmt.Println(c.Amount, c.Status)
	}
	// Output:
	// true 2500 500
	// 3000 succeeded
}

func ExampleCustomerClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	cus, err := sc.Customers.New(ctx, &payske.CustomerParams{Email: payske.String("jenny.rosen@example.com")})
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	cus, err = sc.Customers.Update(ctx, cus.ID, &payske.CustomerParams{Name: payske.String("Jenny Rosen")})
	if err != nil {
		fmt.Println("update failed:", err)
		return
	}
	fmt.Println(cus.Name, cus.Email)

	deleted, err := sc.Customers.Del(ctx, cus.ID, nil)
	if err != nil {
		fmt.Println("delete failed:", err)
		return
	}
	fmt.Println(deleted.Deleted)
	// Output:
	// Jenny Rosen jenny.rosen@example.com
	// true
}

func ExampleRefundClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	c, err := sc.Charges.New(ctx, &payske.ChargeParams{
		Amount:   payske.Int64(2000),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Source:   &payske.SourceParams{Token: payske.String("tok_visa")},
	})
	if err != nil {
		fmt.Println("charge failed:", err)
		return
	}
	r, err := sc.Refunds.New(ctx, &payske.RefundParams{Charge: payske.String(c.ID), Amount: payske.Int64(500)})
	if err != nil {
		fmt.Println("refund failed:", err)
		return
	}
	r, err = sc.Refunds.Get(ctx, r.ID, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(r.Amount, r.Status)
	// Output: 500 succeeded
}

func ExampleTokenClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	tok, err := sc.Tokens.New(ctx, &payske.TokenParams{Card: &payske.CardParams{
		Number:   payske.String("4242424242424242"),
		ExpMonth: payske.String("12"),
		ExpYear:  payske.String("2034"),
		CVC:      payske.String("314"),
	}})
	if err != nil {
		fmt.Println("tokenizing failed:", err)
		return
	}
	tok, err = sc.Tokens.Get(ctx, tok.ID, nil)
	if err != nil {
		fmt.Println("get failed:", err)
		return
	}
	fmt.Println(tok.Type, tok.Card.Last4, tok.Used)
	// Output: card 4242 false
}

func ExampleSourceClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	s, err := sc.Sources.New(ctx, &payske.SourceObjectParams{
		Type:     payske.String("ach_credit_transfer"),
		Currency: payske.String(string(payske.CurrencyUSD)),
		Owner:    &payske.SourceOwnerParams{Email: payske.String("jenny.rosen@example.com")},
	})
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	cus, err := sc.Customers.New(ctx, nil)
	if err != nil {
		fmt.Println("customer failed:", err)
		return
	}
	if _, err := sc.PaymentSources.New(ctx, cus.ID, &payske.CustomerSourceParams{Source: &payske.SourceParams{Token: payske.String(s.ID)}}); err != nil {
		fmt.Println("attach failed:", err)
		return
	}
	s, err = sc.Sources.Detach(ctx, cus.ID, s.ID, nil)
	if err != nil {
		fmt.Println("detach failed:", err)
		return
	}
	fmt.Println(s.Type, s.Status)
	// Output: ach_credit_transfer consumed
}

func ExamplePaymentSourceClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	cus, err := sc.Customers.New(ctx, nil)
	if err != nil {
		fmt.Println("customer failed:", err)
		return
	}
	ps, err := sc.PaymentSources.New(ctx, cus.ID, &payske.CustomerSourceParams{Source: &payske.SourceParams{Token: payske.String("tok_visa")}})
	if err != nil {
		fmt.Println("attach failed:", err)
		return
	}
	fmt.Println(ps.Type, ps.Card.Brand)

	for ps, err := range sc.PaymentSources.List(ctx, cus.ID, &payske.PaymentSourceListParams{}) {
		if err != nil {
			fmt.Println("list failed:", err)
			return
		}
		fmt.Println(ps.Type, ps.Card.Last4)
	}
	// Output:
	// card Visa
	// card 4242
}

func ExampleCardClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	cus, err := sc.Customers.New(ctx, nil)
	if err != nil {
		fmt.Println("customer failed:", err)
		return
	}
	card, err := sc.Cards.New(ctx, cus.ID, &payske.CardParams{Token: payske.String("tok_mastercard")})
	if err != nil {
		fmt.Println("attach failed:", err)
		return
	}
	card, err = sc.Cards.Update(ctx, cus.ID, card.ID, &payske.CardParams{Name: payske.String("Jenny Rosen")})
	if err != nil {
		fmt.Println("update failed:", err)
		return
	}
	fmt.Println(card.Brand, card.Name)

	for card, err := range sc.Cards.List(ctx, cus.ID, nil) {
		if err != nil {
			fmt.Println("list failed:", err)
			return
		}
		fmt.Println(card.Last4)
	}
	// Output:
	// MasterCard Jenny Rosen
	// 4444
}

func ExampleBankAccountClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	cus, err := sc.Customers.New(ctx, nil)
	if err != nil {
		fmt.Println("customer failed:", err)
		return
	}
	tok, err := sc.Tokens.New(ctx, &payske.TokenParams{BankAccount: &payske.BankAccountParams{
		Country:           payske.String("US"),
		Currency:          payske.String(string(payske.CurrencyUSD)),
		AccountHolderName: payske.String("Jenny Rosen"),
		AccountHolderType: payske.String(string(payske.BankAccountAccountHolderTypeIndividual)),
		RoutingNumber:     payske.String("110000000"),
		AccountNumber:     payske.String("000123456789"),
	}})
	if err != nil {
		fmt.Println("tokenizing failed:", err)
		return
	}
	ba, err := sc.BankAccounts.New(ctx, cus.ID, &payske.BankAccountParams{Token: payske.String(tok.ID)})
	if err != nil {
		fmt.Println("attach failed:", err)
		return
	}
	// The two micro-deposits the customer reports verify the account.
	ba, err = sc.BankAccounts.Verify(ctx, cus.ID, ba.ID, &payske.BankAccountVerifyParams{Amounts: payske.Int64Slice([]int64{32, 45})})
	if err != nil {
		fmt.Println("verify failed:", err)
		return
	}
	fmt.Println(ba.Last4, ba.Status)
	// Output: 6789 verified
}

func ExampleCheckoutSessionClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	s, err := sc.CheckoutSessions.New(ctx, &payske.CheckoutSessionParams{
		SuccessURL: payske.String("https://example.com/success"),
		CancelURL:  payske.String("https://example.com/cancel"),
		Mode:       payske.String(string(payske.CheckoutSessionModePayment)),
		LineItems: []*payske.CheckoutSessionLineItemParams{{
			PriceData: &payske.CheckoutSessionLineItemPriceDataParams{
				Currency:    payske.String(string(payske.CurrencyUSD)),
				UnitAmount:  payske.Int64(750),
				ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{Name: payske.String("Mug")},
			},
			Quantity: payske.Int64(3),
		}},
	})
	if err != nil {
		fmt.Println("create failed:", err)
		return
	}
	fmt.Println(s.Status, s.AmountTotal)

	for item, err := range sc.CheckoutSessions.ListLineItems(ctx, s.ID, nil) {
		if err != nil {
			fmt.Println("list failed:", err)
			return
		}
		fmt.Println(item.Description, item.Quantity, item.AmountTotal)
	}
	// Output:
	// open 2250
	// Mug 3 2250
}

func ExampleEventClient() {
	srv := paysketest.NewServer()
	defer srv.Close()
	sc, ctx := srv.PayskeClient(""), context.Background()

	if _, err := sc.Customers.New(ctx, &payske.CustomerParams{Email: payske.String("jenny.rosen@example.com")}); err != nil {
		fmt.Println("create failed:", err)
		return
	}
	for ev, err := range sc.Events.List(ctx, &payske.EventListParams{Type: payske.String("customer.created")}) {
		if err != nil {
			fmt.Println("list failed:", err)
			return
		}
		got, err := sc.Events.Get(ctx, ev.ID, nil)
		if err != nil {
			fmt.Println("get failed:", err)
			return
		}
		cus, err := got.Customer()
		if err != nil {
			fmt.Println("decode failed:", err)
			return
		}
		fmt.Println(got.Type, cus.Email)
	}
	// Output: customer.created jenny.rosen@example.com
}
