package bench

import (
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/google/go-querystring/query"
)

// go-querystring mirrors of chargeParams and checkoutSessionParams: the same
// fields holding the same data, with url tags. go-querystring writes slices
// as repeated keys and maps with fmt, so the three adapters below (its own
// Encoder interface) give it Payske's bracket format; they are what a
// go-querystring user would have to write to talk to Payske, and their cost
// is part of its side of the comparison. TestMirrorsEncodeTheSamePairs keeps
// both sides sending the same pairs.

// qsMap sends metadata[key]=value in sorted key order.
type qsMap map[string]string

// EncodeValues implements query.Encoder.
func (m qsMap) EncodeValues(key string, v *url.Values) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v.Add(key+"["+k+"]", m[k])
	}
	return nil
}

// qsStrings sends key[0]=a&key[1]=b.
type qsStrings []string

// EncodeValues implements query.Encoder.
func (s qsStrings) EncodeValues(key string, v *url.Values) error {
	for i, x := range s {
		v.Add(key+"["+strconv.Itoa(i)+"]", x)
	}
	return nil
}

// qsStructs sends each struct under key[i]: go-querystring encodes the
// element, and its top-level names move under the element's key.
type qsStructs[T any] []*T

// EncodeValues implements query.Encoder.
func (s qsStructs[T]) EncodeValues(key string, v *url.Values) error {
	for i, x := range s {
		inner, err := query.Values(x)
		if err != nil {
			return err
		}
		prefix := key + "[" + strconv.Itoa(i) + "]"
		for k, vs := range inner {
			name, rest, _ := strings.Cut(k, "[")
			if rest != "" {
				rest = "[" + rest
			}
			for _, x := range vs {
				v.Add(prefix+"["+name+"]"+rest, x)
			}
		}
	}
	return nil
}

type qsAddress struct {
	City       *string `url:"city,omitempty"`
	Country    *string `url:"country,omitempty"`
	Line1      *string `url:"line1,omitempty"`
	PostalCode *string `url:"postal_code,omitempty"`
}

type qsShipping struct {
	Address *qsAddress `url:"address,omitempty"`
	Name    *string    `url:"name,omitempty"`
	Phone   *string    `url:"phone,omitempty"`
}

type qsCharge struct {
	Expand                    qsStrings   `url:"expand,omitempty"`
	Metadata                  qsMap       `url:"metadata,omitempty"`
	IdempotencyKey            *string     `url:"-"`
	Amount                    *int64      `url:"amount,omitempty"`
	Capture                   *bool       `url:"capture,omitempty"`
	Currency                  *string     `url:"currency,omitempty"`
	Customer                  *string     `url:"customer,omitempty"`
	Description               *string     `url:"description,omitempty"`
	ReceiptEmail              *string     `url:"receipt_email,omitempty"`
	Shipping                  *qsShipping `url:"shipping,omitempty"`
	Source                    *string     `url:"source,omitempty"`
	StatementDescriptorSuffix *string     `url:"statement_descriptor_suffix,omitempty"`
}

func qsChargeParams() *qsCharge {
	return &qsCharge{
		Expand:         qsStrings{"balance_transaction"},
		Metadata:       qsMap{"order_id": "6735", "customer_ref": "cr_42", "channel": "web"},
		IdempotencyKey: str("8a0f7c2e-4a7e-4f3f-9d54-3c3c1a2b0e11"),
		Amount:         i64(2000),
		Capture:        boolp(false),
		Currency:       str("usd"),
		Customer:       str("cus_KbfOzdKQ3UK2Fe"),
		Description:    str("Order #6735 for jenny.rosen@example.com"),
		ReceiptEmail:   str("jenny.rosen@example.com"),
		Shipping: &qsShipping{
			Name:  str("Jenny Rosen"),
			Phone: str("+14155550100"),
			Address: &qsAddress{
				Line1:      str("1234 Main Street"),
				City:       str("San Francisco"),
				PostalCode: str("94111"),
				Country:    str("US"),
			},
		},
		Source:                    str("tok_visa"),
		StatementDescriptorSuffix: str("ORDER 6735"),
	}
}

type qsProductData struct {
	Description *string   `url:"description,omitempty"`
	Images      qsStrings `url:"images,omitempty"`
	Metadata    qsMap     `url:"metadata,omitempty"`
	Name        *string   `url:"name,omitempty"`
}

type qsPriceData struct {
	Currency          *string        `url:"currency,omitempty"`
	ProductData       *qsProductData `url:"product_data,omitempty"`
	UnitAmount        *int64         `url:"unit_amount,omitempty"`
	UnitAmountDecimal *string        `url:"unit_amount_decimal,omitempty"`
}

type qsAdjustableQuantity struct {
	Enabled *bool  `url:"enabled,omitempty"`
	Maximum *int64 `url:"maximum,omitempty"`
	Minimum *int64 `url:"minimum,omitempty"`
}

type qsLineItem struct {
	AdjustableQuantity *qsAdjustableQuantity `url:"adjustable_quantity,omitempty"`
	Price              *string               `url:"price,omitempty"`
	PriceData          *qsPriceData          `url:"price_data,omitempty"`
	Quantity           *int64                `url:"quantity,omitempty"`
}

type qsAutomaticTax struct {
	Enabled *bool `url:"enabled,omitempty"`
}

type qsCheckoutSession struct {
	Metadata            qsMap                 `url:"metadata,omitempty"`
	AllowPromotionCodes *bool                 `url:"allow_promotion_codes,omitempty"`
	AutomaticTax        *qsAutomaticTax       `url:"automatic_tax,omitempty"`
	CancelURL           *string               `url:"cancel_url,omitempty"`
	ClientReferenceID   *string               `url:"client_reference_id,omitempty"`
	CustomerEmail       *string               `url:"customer_email,omitempty"`
	LineItems           qsStructs[qsLineItem] `url:"line_items,omitempty"`
	Mode                *string               `url:"mode,omitempty"`
	PaymentMethodTypes  qsStrings             `url:"payment_method_types,omitempty"`
	SuccessURL          *string               `url:"success_url,omitempty"`
}

func qsCheckoutSessionParams() *qsCheckoutSession {
	return &qsCheckoutSession{
		Metadata:            qsMap{"cart_id": "cart_8812", "campaign": "spring"},
		AllowPromotionCodes: boolp(true),
		AutomaticTax:        &qsAutomaticTax{Enabled: boolp(true)},
		CancelURL:           str("https://example.com/cancel"),
		ClientReferenceID:   str("cart_8812"),
		CustomerEmail:       str("jenny.rosen@example.com"),
		Mode:                str("payment"),
		PaymentMethodTypes:  qsStrings{"card", "sepa_debit"},
		SuccessURL:          str("https://example.com/success?session_id={CHECKOUT_SESSION_ID}"),
		LineItems: qsStructs[qsLineItem]{
			{
				PriceData: &qsPriceData{
					Currency:   str("usd"),
					UnitAmount: i64(2000),
					ProductData: &qsProductData{
						Name:     str("T-shirt"),
						Images:   qsStrings{"https://example.com/t.png"},
						Metadata: qsMap{"sku": "tee-m-blue"},
					},
				},
				Quantity: i64(1),
			},
			{
				PriceData: &qsPriceData{
					Currency:          str("usd"),
					UnitAmountDecimal: str("1250.5"),
					ProductData: &qsProductData{
						Name:        str("Mug"),
						Description: str("Stoneware, 350 ml"),
					},
				},
				Quantity: i64(2),
			},
			{
				Price:    str("price_1KbWlH2eZvKYlo2C3sbfZ2pH"),
				Quantity: i64(3),
				AdjustableQuantity: &qsAdjustableQuantity{
					Enabled: boolp(true),
					Minimum: i64(1),
					Maximum: i64(10),
				},
			},
		},
	}
}

func str(s string) *string { return &s }
func i64(n int64) *int64   { return &n }
func boolp(b bool) *bool   { return &b }
