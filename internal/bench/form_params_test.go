package bench

import (
	"github.com/payske/payske-go"
)

// The params of the form benchmarks: what a shop sends for a card charge and
// for a hosted checkout of a small cart.

func chargeParams() *payske.ChargeParams {
	p := &payske.ChargeParams{
		Amount:      payske.Int64(2000),
		Currency:    payske.String("usd"),
		Customer:    payske.String("cus_KbfOzdKQ3UK2Fe"),
		Description: payske.String("Order #6735 for jenny.rosen@example.com"),
		Capture:     payske.Bool(false),
		Source:      &payske.SourceParams{Token: payske.String("tok_visa")},
		Shipping: &payske.ShippingDetailsParams{
			Name:  payske.String("Jenny Rosen"),
			Phone: payske.String("+14155550100"),
			Address: &payske.AddressParams{
				Line1:      payske.String("1234 Main Street"),
				City:       payske.String("San Francisco"),
				PostalCode: payske.String("94111"),
				Country:    payske.String("US"),
			},
		},
		ReceiptEmail:              payske.String("jenny.rosen@example.com"),
		StatementDescriptorSuffix: payske.String("ORDER 6735"),
	}
	p.AddMetadata("order_id", "6735")
	p.AddMetadata("customer_ref", "cr_42")
	p.AddMetadata("channel", "web")
	p.AddExpand("balance_transaction")
	p.SetIdempotencyKey("8a0f7c2e-4a7e-4f3f-9d54-3c3c1a2b0e11")
	return p
}

func checkoutSessionParams() *payske.CheckoutSessionParams {
	p := &payske.CheckoutSessionParams{
		Mode:                payske.String("payment"),
		SuccessURL:          payske.String("https://example.com/success?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:           payske.String("https://example.com/cancel"),
		CustomerEmail:       payske.String("jenny.rosen@example.com"),
		ClientReferenceID:   payske.String("cart_8812"),
		AllowPromotionCodes: payske.Bool(true),
		AutomaticTax:        &payske.CheckoutSessionAutomaticTaxParams{Enabled: payske.Bool(true)},
		PaymentMethodTypes:  []*string{payske.String("card"), payske.String("sepa_debit")},
		LineItems: []*payske.CheckoutSessionLineItemParams{
			{
				PriceData: &payske.CheckoutSessionLineItemPriceDataParams{
					Currency:   payske.String("usd"),
					UnitAmount: payske.Int64(2000),
					ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{
						Name:     payske.String("T-shirt"),
						Images:   []*string{payske.String("https://example.com/t.png")},
						Metadata: map[string]string{"sku": "tee-m-blue"},
					},
				},
				Quantity: payske.Int64(1),
			},
			{
				PriceData: &payske.CheckoutSessionLineItemPriceDataParams{
					Currency:          payske.String("usd"),
					UnitAmountDecimal: payske.String("1250.5"),
					ProductData: &payske.CheckoutSessionLineItemPriceDataProductDataParams{
						Name:        payske.String("Mug"),
						Description: payske.String("Stoneware, 350 ml"),
					},
				},
				Quantity: payske.Int64(2),
			},
			{
				Price:    payske.String("price_1KbWlH2eZvKYlo2C3sbfZ2pH"),
				Quantity: payske.Int64(3),
				AdjustableQuantity: &payske.CheckoutSessionLineItemAdjustableQuantityParams{
					Enabled: payske.Bool(true),
					Minimum: payske.Int64(1),
					Maximum: payske.Int64(10),
				},
			},
		},
	}
	p.AddMetadata("cart_id", "cart_8812")
	p.AddMetadata("campaign", "spring")
	return p
}
