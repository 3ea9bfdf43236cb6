package payske

import "encoding/json"

// Price is what a product costs, in one currency, once or on a recurring
// schedule. A Checkout Session's line items carry their price in full; other
// objects hold only its ID unless it was expanded.
type Price struct {
	APIResource

	// Active is false for a price that can no longer be used for new
	// purchases.
	Active        bool               `json:"active"`
	BillingScheme PriceBillingScheme `json:"billing_scheme"`
	Created       int64              `json:"created"`
	Currency      Currency           `json:"currency"`

	// CurrencyOptions prices the same thing in more currencies, keyed by
	// lowercase currency code; Payske sends it only when expanded.
	CurrencyOptions map[string]*PriceCurrencyOptions `json:"currency_options"`

	// CustomUnitAmount lets the customer choose the amount (pay what you
	// want); UnitAmount is then 0.
	CustomUnitAmount *PriceCustomUnitAmount `json:"custom_unit_amount"`
	ID               string                 `json:"id"`
	Livemode         bool                   `json:"livemode"`

	// LookupKey finds the price without storing its ID.
	LookupKey string            `json:"lookup_key"`
	Metadata  map[string]string `json:"metadata"`

	// Nickname is a label for you; customers never see it.
	Nickname string `json:"nickname"`
	Object   string `json:"object"`

	// Product is what the price is for; an ID unless expanded.
	Product *Product `json:"product"`

	// Recurring is the billing schedule of a recurring price; nil for a
	// one-time price.
	Recurring   *PriceRecurring  `json:"recurring"`
	TaxBehavior PriceTaxBehavior `json:"tax_behavior"`

	// Tiers are the price tiers of a tiered price; Payske sends them only
	// when "tiers" is expanded.
	Tiers     []*PriceTier   `json:"tiers"`
	TiersMode PriceTiersMode `json:"tiers_mode"`

	// TransformQuantity divides the quantity before pricing, for prices
	// per package of units.
	TransformQuantity *PriceTransformQuantity `json:"transform_quantity"`
	Type              PriceType               `json:"type"`

	// UnitAmount is the per-unit price in the smallest currency unit, 0
	// when the price is tiered or customer-chosen. UnitAmountDecimal is the
	// same with up to 12 decimal places, as a decimal string, kept exact.
	UnitAmount        int64  `json:"unit_amount"`
	UnitAmountDecimal string `json:"unit_amount_decimal"`
}

// UnmarshalJSON decodes a bare price ID (only ID is set) or a full price,
// decoding the object only once.
func (p *Price) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*p = Price{ID: id}
		return nil
	}
	type price Price
	return json.Unmarshal(data, (*price)(p))
}

// MarshalJSON encodes p as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (p Price) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&p) {
		return json.Marshal(p.ID)
	}
	type price Price
	return json.Marshal(price(p))
}

// answerObject implements objectChecker.
func (p *Price) answerObject() (string, objectKinds) { return p.Object, "price" }

// PriceCurrencyOptions is a price in one more currency.
type PriceCurrencyOptions struct {
	CustomUnitAmount  *PriceCustomUnitAmount `json:"custom_unit_amount"`
	TaxBehavior       PriceTaxBehavior       `json:"tax_behavior"`
	Tiers             []*PriceTier           `json:"tiers"`
	UnitAmount        int64                  `json:"unit_amount"`
	UnitAmountDecimal string                 `json:"unit_amount_decimal"`
}

// PriceCustomUnitAmount bounds and presets the amount a customer chooses,
// in the smallest currency unit (0 when unset).
type PriceCustomUnitAmount struct {
	Maximum int64 `json:"maximum"`
	Minimum int64 `json:"minimum"`
	Preset  int64 `json:"preset"`
}

// PriceRecurring is the billing schedule of a recurring price: every
// IntervalCount Intervals.
type PriceRecurring struct {
	Interval      PriceRecurringInterval `json:"interval"`
	IntervalCount int64                  `json:"interval_count"`

	// Meter is the ID of the meter that counts usage of a metered price.
	Meter     string                  `json:"meter"`
	UsageType PriceRecurringUsageType `json:"usage_type"`
}

// PriceTier is one tier of a tiered price: up to UpTo units cost
// UnitAmount each plus FlatAmount once. The decimal fields are the same
// amounts with up to 12 decimal places.
type PriceTier struct {
	FlatAmount        int64  `json:"flat_amount"`
	FlatAmountDecimal string `json:"flat_amount_decimal"`
	UnitAmount        int64  `json:"unit_amount"`
	UnitAmountDecimal string `json:"unit_amount_decimal"`

	// UpTo is the last quantity of the tier; 0 for the last tier, which
	// has no upper bound (Payske sends null).
	UpTo int64 `json:"up_to"`
}

// PriceTransformQuantity divides the quantity by DivideBy before pricing,
// rounding as Round says.
type PriceTransformQuantity struct {
	DivideBy int64                       `json:"divide_by"`
	Round    PriceTransformQuantityRound `json:"round"`
}
