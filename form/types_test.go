package form_test

import (
	"context"
	"net/http"

	"github.com/payske/payske-go/form"
)

// Test types shared by the table tests, the fuzz target and the benchmarks.
// testParams mirrors payske.Params (the root package is not imported, so
// these tests do not depend on it).

type testParams struct {
	Context        context.Context   `form:"-"`
	Expand         []*string         `form:"expand"`
	Extra          *extraValues      `form:"*"`
	Headers        http.Header       `form:"-"`
	IdempotencyKey *string           `form:"-"`
	Metadata       map[string]string `form:"metadata"`
}

// extraValues mirrors payske.ExtraValues: a pointer Appender that ignores
// its key path and handles nil itself.
type extraValues struct{ pairs [][2]string }

func (e *extraValues) AppendTo(values *form.Values, keyParts []string) {
	if e == nil {
		return
	}
	for _, kv := range e.pairs {
		values.Add(kv[0], kv[1])
	}
}

// filters mirrors payske.Filters: a value Appender that nests under its key
// path by appending to keyParts.
type filters struct{ f [][3]string }

func (f filters) AppendTo(values *form.Values, keyParts []string) {
	for _, v := range f.f {
		if v[1] == "" {
			values.Add(form.FormatKey(append(keyParts, v[0])), v[2])
		} else {
			values.Add(form.FormatKey(append(keyParts, v[0], v[1])), v[2])
		}
	}
}

// sourceParams mirrors payske.SourceParams: a pointer Appender that writes
// one value under its own key.
type sourceParams struct {
	Token *string `form:"-"`
}

func (p *sourceParams) AppendTo(values *form.Values, keyParts []string) {
	if p == nil || p.Token == nil {
		return
	}
	values.Add(form.FormatKey(keyParts), *p.Token)
}

type currency string

type addressParams struct {
	City       *string `form:"city"`
	Country    *string `form:"country"`
	Line1      *string `form:"line1"`
	Line2      *string `form:"line2"`
	PostalCode *string `form:"postal_code"`
	State      *string `form:"state"`
}

type shippingParams struct {
	Address        *addressParams `form:"address"`
	Carrier        *string        `form:"carrier"`
	Name           *string        `form:"name"`
	Phone          *string        `form:"phone"`
	TrackingNumber *string        `form:"tracking_number"`
}

// chargeParams is shaped like payske.ChargeParams.
type chargeParams struct {
	testParams
	Amount              *int64          `form:"amount"`
	ApplicationFee      *int64          `form:"application_fee"`
	Capture             *bool           `form:"capture"`
	Currency            *string         `form:"currency"`
	Customer            *string         `form:"customer"`
	Description         *string         `form:"description"`
	Destination         *string         `form:"destination"`
	OnBehalfOf          *string         `form:"on_behalf_of"`
	ReceiptEmail        *string         `form:"receipt_email"`
	Shipping            *shippingParams `form:"shipping"`
	Source              *sourceParams   `form:"source"`
	StatementDescriptor *string         `form:"statement_descriptor"`
	TransferGroup       *string         `form:"transfer_group"`
}

type productData struct {
	Name        *string           `form:"name"`
	Description *string           `form:"description"`
	Images      []*string         `form:"images"`
	Metadata    map[string]string `form:"metadata"`
}

type priceData struct {
	Currency          *string      `form:"currency"`
	Product           *string      `form:"product"`
	ProductData       *productData `form:"product_data"`
	UnitAmount        *int64       `form:"unit_amount"`
	UnitAmountDecimal *float64     `form:"unit_amount_decimal"`
}

type lineItem struct {
	Price     *string    `form:"price"`
	PriceData *priceData `form:"price_data"`
	Quantity  *int64     `form:"quantity"`
}

// checkoutSessionParams is shaped like payske.CheckoutSessionParams.
type checkoutSessionParams struct {
	testParams
	CancelURL          *string     `form:"cancel_url"`
	ClientReferenceID  *string     `form:"client_reference_id"`
	Customer           *string     `form:"customer"`
	LineItems          []*lineItem `form:"line_items"`
	Mode               *string     `form:"mode"`
	PaymentMethodTypes []*string   `form:"payment_method_types"`
	SuccessURL         *string     `form:"success_url"`
}

func str(s string) *string { return &s }
func i64(i int64) *int64   { return &i }
func boolp(b bool) *bool   { return &b }
func f64(f float64) *float64 {
	return &f
}

// newCharge returns the charge used by the benchmarks: what a typical
// "create charge" call sends.
func newCharge() *chargeParams {
	p := &chargeParams{
		Amount:      i64(2000),
		Currency:    str("usd"),
		Description: str("Charge for jenny.rosen@example.com"),
		Source:      &sourceParams{Token: str("tok_visa")},
		Shipping: &shippingParams{
			Name: str("Jenny Rosen"),
			Address: &addressParams{
				Line1:      str("1234 Main Street"),
				City:       str("San Francisco"),
				PostalCode: str("94111"),
			},
		},
	}
	p.Metadata = map[string]string{"order_id": "6735", "customer_ref": "cr_42", "channel": "web"}
	p.Expand = []*string{str("customer"), str("balance_transaction")}
	p.IdempotencyKey = str("8a0f7c2e-4a7e-4f3f-9d54-3c3c1a2b0e11")
	return p
}

// newCheckoutSession returns the Checkout Session used by the benchmarks.
func newCheckoutSession() *checkoutSessionParams {
	p := &checkoutSessionParams{
		CancelURL:  str("https://example.com/cancel"),
		SuccessURL: str("https://example.com/success"),
		Customer:   str("cus_1"),
		Mode:       str("payment"),
		LineItems: []*lineItem{
			{PriceData: &priceData{Currency: str("usd"), UnitAmount: i64(2000),
				ProductData: &productData{Name: str("T-shirt"), Images: []*string{str("https://example.com/t.png")}}},
				Quantity: i64(1)},
			{PriceData: &priceData{Currency: str("usd"), UnitAmountDecimal: f64(1250.5),
				ProductData: &productData{Name: str("Mug"), Metadata: map[string]string{"sku": "mug-1"}}},
				Quantity: i64(2)},
			{PriceData: &priceData{Currency: str("eur"), UnitAmount: i64(500),
				ProductData: &productData{Name: str("Sticker"), Description: str("Die-cut")}},
				Quantity: i64(3)},
		},
		PaymentMethodTypes: []*string{str("card"), str("sepa_debit")},
	}
	p.Metadata = map[string]string{"cart": "c_1"}
	return p
}
