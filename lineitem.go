package payske

import "encoding/json"

// LineItem is one line of a Checkout Session: a price, the quantity bought
// and what it came to after discounts and taxes. Read a session's items
// with session.ListLineItems, or expand "line_items" on the session.
type LineItem struct {
	APIResource

	// AdjustableQuantity lets the customer change Quantity on the page.
	AdjustableQuantity *LineItemAdjustableQuantity `json:"adjustable_quantity"`

	// AmountDiscount, AmountSubtotal (before discounts and taxes), AmountTax
	// and AmountTotal are in the smallest unit of Currency.
	AmountDiscount int64    `json:"amount_discount"`
	AmountSubtotal int64    `json:"amount_subtotal"`
	AmountTax      int64    `json:"amount_tax"`
	AmountTotal    int64    `json:"amount_total"`
	Currency       Currency `json:"currency"`

	// Description is shown to the customer; by default the product's name.
	Description string `json:"description"`

	// Discounts and Taxes break AmountDiscount and AmountTax down; Payske
	// sends them only when expanded ("data.discounts", "data.taxes").
	Discounts []*LineItemDiscountAmount `json:"discounts"`
	ID        string                    `json:"id"`
	Metadata  map[string]string         `json:"metadata"`
	Object    string                    `json:"object"`

	// Price is the price bought, always in full.
	Price    *Price               `json:"price"`
	Quantity int64                `json:"quantity"`
	Taxes    []*LineItemTaxAmount `json:"taxes"`
}

// LineItemList is a page of line items, as GET
// /v1/checkout/sessions/{session}/line_items returns it and as
// CheckoutSession.LineItems holds it.
type LineItemList struct {
	ListMeta
	Data []*LineItem `json:"data"`
}

// LineItemAdjustableQuantity lets the customer change the quantity of a
// line item, between Minimum and Maximum (0 when unset).
type LineItemAdjustableQuantity struct {
	Enabled bool  `json:"enabled"`
	Maximum int64 `json:"maximum"`
	Minimum int64 `json:"minimum"`
}

// LineItemDiscountAmount is what one discount took off a line item or a
// session.
type LineItemDiscountAmount struct {
	Amount   int64     `json:"amount"`
	Discount *Discount `json:"discount"`
}

// LineItemTaxAmount is one tax charged on a line item, a shipping cost or a
// session.
type LineItemTaxAmount struct {
	Amount int64    `json:"amount"`
	Rate   *TaxRate `json:"rate"`

	// TaxabilityReason explains why the amount was or was not taxed.
	TaxabilityReason LineItemTaxAmountTaxabilityReason `json:"taxability_reason"`

	// TaxableAmount is the part of the amount the tax applied to.
	TaxableAmount int64 `json:"taxable_amount"`
}

// Discount is a coupon or promotion code as applied (di_...). This SDK keeps
// its ID and object type, and the whole object in RawJSON.
type Discount struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare discount ID or a discount object.
func (d *Discount) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &d.ID, &d.Object, &d.RawJSON)
}

// MarshalJSON encodes d as it was received: a bare ID or the full object.
func (d Discount) MarshalJSON() ([]byte, error) {
	return encodeReference(d.ID, d.Object, d.RawJSON)
}

// TaxRate is a tax rate (txr_...) applied to an amount. This SDK keeps its
// ID and object type, and the whole object in RawJSON.
type TaxRate struct {
	ID      string          `json:"id"`
	Object  string          `json:"object"`
	RawJSON json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes a bare tax rate ID or a tax rate object.
func (r *TaxRate) UnmarshalJSON(data []byte) error {
	return decodeReference(data, &r.ID, &r.Object, &r.RawJSON)
}

// MarshalJSON encodes r as it was received: a bare ID or the full object.
func (r TaxRate) MarshalJSON() ([]byte, error) {
	return encodeReference(r.ID, r.Object, r.RawJSON)
}
