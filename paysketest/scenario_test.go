package paysketest_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go"
	"github.com/payske/payske-go/paysketest"
)

func TestDeclines(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cases := []struct {
		source, code, declineCode string
	}{
		{"tok_chargeDeclined", "card_declined", "generic_decline"},
		{"tok_chargeDeclinedInsufficientFunds", "card_declined", "insufficient_funds"},
		{"tok_chargeDeclinedExpiredCard", "expired_card", "expired_card"},
		{"tok_chargeDeclinedIncorrectCvc", "incorrect_cvc", "incorrect_cvc"},
		{"4000000000000002", "card_declined", "generic_decline"},
		{"4000000000009995", "card_declined", "insufficient_funds"},
		{"4000000000000069", "expired_card", "expired_card"},
		{"4000000000000127", "incorrect_cvc", "incorrect_cvc"},
	}
	for _, tc := range cases {
		t.Run(tc.source, func(t *testing.T) {
			source := tc.source
			if source[0] == '4' {
				tok, err := sc.Tokens.New(&payske.TokenParams{Card: &payske.CardParams{Number: payske.String(source),
					ExpMonth: payske.String("12"), ExpYear: payske.String("2030"), CVC: payske.String("123")}})
				require.NoError(t, err)
				source = tok.ID
			}
			_, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(500), Currency: payske.String("usd"),
				Source: &payske.SourceParams{Token: payske.String(source)}})
			perr := apiError(t, err)
			assert.Equal(t, http.StatusPaymentRequired, perr.HTTPStatusCode)
			assert.Equal(t, payske.ErrorTypeCard, perr.Type)
			assert.Equal(t, payske.ErrorCode(tc.code), perr.Code)
			assert.Equal(t, payske.DeclineCode(tc.declineCode), perr.DeclineCode)
			require.NotEmpty(t, perr.ChargeID)

			failed, err := sc.Charges.Get(perr.ChargeID, nil)
			require.NoError(t, err)
			assert.Equal(t, payske.ChargeStatusFailed, failed.Status)
			assert.False(t, failed.Paid)
			assert.Equal(t, tc.code, string(failed.FailureCode))

			events := sc.Events.List(&payske.EventListParams{Type: payske.String("charge.failed")})
			var found bool
			for e, err := range events.All() {
				require.NoError(t, err)
				c, err := e.Charge()
				require.NoError(t, err)
				found = found || c.ID == perr.ChargeID
			}
			assert.True(t, found, "no charge.failed event for %s", perr.ChargeID)
		})
	}
}

func TestSucceedingTestCards(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	for _, source := range []string{"tok_visa", "tok_mastercard", "tok_amex", "4242424242424242", "5555555555554444", "378282246310005"} {
		t.Run(source, func(t *testing.T) {
			params := &payske.ChargeParams{Amount: payske.Int64(700), Currency: payske.String("usd")}
			if source[0] == 't' {
				params.Source = &payske.SourceParams{Token: payske.String(source)}
			} else {
				params.Card = &payske.ChargeCardParams{Number: payske.String(source), ExpMonth: payske.Int64(1), ExpYear: payske.Int64(2031)}
			}
			c, err := sc.Charges.New(params)
			require.NoError(t, err)
			assert.Equal(t, payske.ChargeStatusSucceeded, c.Status)
			assert.True(t, c.Captured)
			assert.Equal(t, int64(700), c.AmountCaptured)
		})
	}
}

func TestTokenIsSingleUse(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	tok, err := sc.Tokens.New(&payske.TokenParams{Card: &payske.CardParams{Number: payske.String("4242424242424242"),
		ExpMonth: payske.String("8"), ExpYear: payske.String("2031")}})
	require.NoError(t, err)
	assert.False(t, tok.Used)
	assert.Equal(t, "4242", tok.Card.Last4)
	charge(t, sc, 1000, tok.ID)

	got, err := sc.Tokens.Get(tok.ID, nil)
	require.NoError(t, err)
	assert.True(t, got.Used)
	_, err = sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(1000), Currency: payske.String("usd"),
		Source: &payske.SourceParams{Token: payske.String(tok.ID)}})
	perr := apiError(t, err)
	assert.Equal(t, payske.ErrorCodeTokenAlreadyUsed, perr.Code)
	assert.Equal(t, "source", perr.Param)
}

func TestRefunds(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	c := charge(t, sc, 1000, "tok_visa")

	r1, err := sc.Refunds.New(&payske.RefundParams{Charge: payske.String(c.ID), Amount: payske.Int64(300)})
	require.NoError(t, err)
	assert.Equal(t, int64(300), r1.Amount)
	got, err := sc.Charges.Get(c.ID, nil)
	require.NoError(t, err)
	assert.Equal(t, int64(300), got.AmountRefunded)
	assert.False(t, got.Refunded)

	_, err = sc.Refunds.New(&payske.RefundParams{Charge: payske.String(c.ID), Amount: payske.Int64(800)})
	perr := apiError(t, err)
	assert.Equal(t, http.StatusBadRequest, perr.HTTPStatusCode)
	assert.Equal(t, payske.ErrorCodeAmountTooLarge, perr.Code)
	assert.Equal(t, "amount", perr.Param)

	r2, err := sc.Refunds.New(&payske.RefundParams{Charge: payske.String(c.ID)})
	require.NoError(t, err)
	assert.Equal(t, int64(700), r2.Amount)
	got, err = sc.Charges.Get(c.ID, nil)
	require.NoError(t, err)
	assert.Equal(t, int64(1000), got.AmountRefunded)
	assert.True(t, got.Refunded)
	require.NotNil(t, got.Refunds)
	require.Len(t, got.Refunds.Data, 2)
	assert.Equal(t, r2.ID, got.Refunds.Data[0].ID)

	_, err = sc.Refunds.New(&payske.RefundParams{Charge: payske.String(c.ID)})
	assert.Equal(t, payske.ErrorCodeChargeAlreadyRefunded, apiError(t, err).Code)

	updated, err := sc.Refunds.Update(r1.ID, &payske.RefundParams{Params: payske.Params{Metadata: map[string]string{"order": "6735"}}})
	require.NoError(t, err)
	assert.Equal(t, "6735", updated.Metadata["order"])

	var ids []string
	for r, err := range sc.Refunds.List(&payske.RefundListParams{Charge: payske.String(c.ID)}).All() {
		require.NoError(t, err)
		ids = append(ids, r.ID)
	}
	assert.Equal(t, []string{r2.ID, r1.ID}, ids)
}

func TestCustomerDefaultSourceAndDeletion(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, card := customerWithCard(t, sc, "tok_mastercard")
	assert.Equal(t, "MasterCard", string(card.Brand))

	got, err := sc.Customers.Get(cus.ID, nil)
	require.NoError(t, err)
	require.NotNil(t, got.DefaultSource)
	assert.Equal(t, card.ID, got.DefaultSource.ID)

	c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(1200), Currency: payske.String("usd"), Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	assert.Equal(t, card.ID, c.PaymentMethod)
	assert.Equal(t, cus.ID, c.Customer.ID)

	var onCustomer []string
	for ch, err := range sc.Charges.List(&payske.ChargeListParams{Customer: payske.String(cus.ID)}).All() {
		require.NoError(t, err)
		onCustomer = append(onCustomer, ch.ID)
	}
	assert.Equal(t, []string{c.ID}, onCustomer)

	upd, err := sc.Customers.Update(cus.ID, &payske.CustomerParams{Name: payske.String("Jenny Rosen")})
	require.NoError(t, err)
	assert.Equal(t, "Jenny Rosen", upd.Name)

	var byEmail int
	for _, err := range sc.Customers.List(&payske.CustomerListParams{Email: payske.String("jenny@example.com")}).All() {
		require.NoError(t, err)
		byEmail++
	}
	assert.Equal(t, 1, byEmail)

	del, err := sc.Customers.Del(cus.ID, nil)
	require.NoError(t, err)
	assert.True(t, del.Deleted)
	assert.Equal(t, cus.ID, del.ID)
	_, err = sc.Customers.Get(cus.ID, nil)
	perr := apiError(t, err)
	assert.Equal(t, http.StatusNotFound, perr.HTTPStatusCode)
	assert.Equal(t, payske.ErrorCodeResourceMissing, perr.Code)
}

func TestCustomerCharge_NoSource(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, err := sc.Customers.New(nil)
	require.NoError(t, err)
	_, err = sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(100), Currency: payske.String("usd"), Customer: payske.String(cus.ID)})
	assert.Equal(t, "customer", apiError(t, err).Param)
}

func TestBankAccountVerification(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, err := sc.Customers.New(nil)
	require.NoError(t, err)
	tok, err := sc.Tokens.New(&payske.TokenParams{BankAccount: &payske.BankAccountParams{
		AccountHolderName: payske.String("Jenny Rosen"), AccountHolderType: payske.String("individual"),
		AccountNumber: payske.String("000123456789"), Country: payske.String("US"), Currency: payske.String("usd"),
		RoutingNumber: payske.String("110000000")}})
	require.NoError(t, err)
	assert.Regexp(t, "^btok_", tok.ID)
	ba, err := sc.BankAccounts.New(&payske.BankAccountParams{Customer: payske.String(cus.ID), Token: payske.String(tok.ID)})
	require.NoError(t, err)
	assert.Equal(t, payske.BankAccountStatusNew, ba.Status)

	_, err = sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(100), Currency: payske.String("usd"), Customer: payske.String(cus.ID)})
	assert.Equal(t, payske.ErrorCodeBankAccountUnverified, apiError(t, err).Code)

	_, err = sc.BankAccounts.Verify(ba.ID, &payske.BankAccountVerifyParams{Customer: payske.String(cus.ID), Amounts: []*int64{payske.Int64(1), payske.Int64(2)}})
	perr := apiError(t, err)
	assert.Equal(t, payske.ErrorCodeBankAccountVerificationFailed, perr.Code)
	assert.Equal(t, "amounts", perr.Param)

	verified, err := sc.PaymentSources.Verify(ba.ID, &payske.PaymentSourceVerifyParams{Customer: payske.String(cus.ID), Amounts: []*int64{payske.Int64(32), payske.Int64(45)}})
	require.NoError(t, err)
	require.NotNil(t, verified.BankAccount)
	assert.Equal(t, payske.BankAccountStatusVerified, verified.BankAccount.Status)

	c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(100), Currency: payske.String("usd"), Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	assert.Equal(t, ba.ID, c.PaymentMethod)
}

func TestCustomerSources(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, card := customerWithCard(t, sc, "tok_visa")
	second, err := sc.Cards.New(&payske.CardParams{Customer: payske.String(cus.ID), Token: payske.String("tok_amex")})
	require.NoError(t, err)
	ba, err := sc.PaymentSources.New(&payske.CustomerSourceParams{Customer: payske.String(cus.ID),
		Source: &payske.SourceParams{Token: payske.String(newBankToken(t, sc))}})
	require.NoError(t, err)

	var cards []string
	for c, err := range sc.Cards.List(&payske.CardListParams{Customer: payske.String(cus.ID)}).All() {
		require.NoError(t, err)
		cards = append(cards, c.ID)
	}
	assert.Equal(t, []string{second.ID, card.ID}, cards)
	var all int
	for _, err := range sc.PaymentSources.List(&payske.PaymentSourceListParams{Customer: payske.String(cus.ID)}).All() {
		require.NoError(t, err)
		all++
	}
	assert.Equal(t, 3, all)

	renamed, err := sc.Cards.Update(card.ID, &payske.CardParams{Customer: payske.String(cus.ID), Name: payske.String("Jenny Rosen")})
	require.NoError(t, err)
	assert.Equal(t, "Jenny Rosen", renamed.Name)
	_, err = sc.PaymentSources.Update(ba.ID, &payske.CustomerSourceParams{Customer: payske.String(cus.ID), Name: payske.String("x")})
	assert.Equal(t, "name", apiError(t, err).Param)

	gone, err := sc.Cards.Del(card.ID, &payske.CardParams{Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	assert.True(t, gone.Deleted)
	_, err = sc.Cards.Get(card.ID, &payske.CardParams{Customer: payske.String(cus.ID)})
	assert.Equal(t, payske.ErrorCodeResourceMissing, apiError(t, err).Code)
	got, err := sc.Customers.Get(cus.ID, nil)
	require.NoError(t, err)
	assert.Equal(t, ba.ID, got.DefaultSource.ID, "the newest remaining source becomes the default")
}

// TestDefaultSourceIsSetOnlyWhenThereWasNone checks that the first card or
// bank account attached becomes the default source, whether it came with
// the customer or later, and that later ones leave it alone.
func TestDefaultSourceIsSetOnlyWhenThereWasNone(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, err := sc.Customers.New(&payske.CustomerParams{Source: &payske.SourceParams{Token: payske.String("tok_mastercard")}})
	require.NoError(t, err)
	require.NotNil(t, cus.DefaultSource, "a source given at creation becomes the default")
	first := cus.DefaultSource.ID
	assert.Regexp(t, "^card_", first)

	_, err = sc.Cards.New(&payske.CardParams{Customer: payske.String(cus.ID), Token: payske.String("tok_amex")})
	require.NoError(t, err)
	_, err = sc.BankAccounts.New(&payske.BankAccountParams{Customer: payske.String(cus.ID), Token: payske.String(newBankToken(t, sc))})
	require.NoError(t, err)
	got, err := sc.Customers.Get(cus.ID, nil)
	require.NoError(t, err)
	assert.Equal(t, first, got.DefaultSource.ID, "later sources leave the default alone")

	c, err := sc.Charges.New(&payske.ChargeParams{Amount: payske.Int64(500), Currency: payske.String("usd"), Customer: payske.String(cus.ID)})
	require.NoError(t, err)
	assert.Equal(t, first, c.PaymentMethod)
	assert.Equal(t, "mastercard", string(c.PaymentMethodDetails.Card.Brand))

	bare, err := sc.Customers.New(nil)
	require.NoError(t, err)
	assert.Nil(t, bare.DefaultSource)
	ba, err := sc.BankAccounts.New(&payske.BankAccountParams{Customer: payske.String(bare.ID), Token: payske.String(newBankToken(t, sc))})
	require.NoError(t, err)
	got, err = sc.Customers.Get(bare.ID, nil)
	require.NoError(t, err)
	require.NotNil(t, got.DefaultSource)
	assert.Equal(t, ba.ID, got.DefaultSource.ID, "a bank account can be the default too")
}

// TestRefusedRequestsLeaveTheTokenUnused checks that a request refused for
// another parameter does not spend the token it names.
func TestRefusedRequestsLeaveTheTokenUnused(t *testing.T) {
	sc, _ := paysketest.NewTestClient(t)
	cus, err := sc.Customers.New(nil)
	require.NoError(t, err)
	tok, err := sc.Tokens.New(&payske.TokenParams{Card: &payske.CardParams{Number: payske.String("4242424242424242"),
		ExpMonth: payske.String("12"), ExpYear: payske.String("2031")}})
	require.NoError(t, err)

	_, err = sc.Customers.Update(cus.ID, &payske.CustomerParams{Source: &payske.SourceParams{Token: payske.String(tok.ID)},
		DefaultSource: payske.String("card_nothing")})
	assert.Equal(t, "default_source", apiError(t, err).Param)
	_, err = sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("card"), Token: payske.String(tok.ID),
		Customer: payske.String("cus_nothing")})
	assert.Equal(t, "customer", apiError(t, err).Param)
	_, err = sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("card"), Token: payske.String(newBankToken(t, sc))})
	assert.Equal(t, "token", apiError(t, err).Param)

	got, err := sc.Tokens.Get(tok.ID, nil)
	require.NoError(t, err)
	assert.False(t, got.Used)
	src, err := sc.Sources.New(&payske.SourceObjectParams{Type: payske.String("card"), Token: payske.String(tok.ID)})
	require.NoError(t, err)
	assert.Equal(t, "chargeable", string(src.Status))
}
