package payske

// Address is a postal address as Payske returns it on charges, customers and
// shipping details. Parts the payer did not give are empty.
type Address struct {
	City string `json:"city"`
	// Country is a two-letter ISO 3166-1 country code.
	Country    string `json:"country"`
	Line1      string `json:"line1"`
	Line2      string `json:"line2"`
	PostalCode string `json:"postal_code"`
	// State is the state, county, province or region.
	State string `json:"state"`
}

// ShippingDetails is where, and to whom, an order is shipped.
type ShippingDetails struct {
	Address *Address `json:"address"`
	// Carrier is the delivery service, for example "UPS" or "FedEx".
	Carrier string `json:"carrier"`
	// Name is the recipient's name.
	Name  string `json:"name"`
	Phone string `json:"phone"`
	// TrackingNumber is the carrier's tracking number.
	TrackingNumber string `json:"tracking_number"`
}

// BillingDetails is what the payer gave about themselves with a payment
// method: used for address verification and for receipts.
type BillingDetails struct {
	Address *Address `json:"address"`
	Email   string   `json:"email"`
	Name    string   `json:"name"`
	Phone   string   `json:"phone"`
	// TaxID is the payer's tax identifier, when one was collected.
	TaxID string `json:"tax_id"`
}

// AddressParams is a postal address sent with a request.
type AddressParams struct {
	City *string `form:"city"`
	// Country is a two-letter ISO 3166-1 country code.
	Country    *string `form:"country"`
	Line1      *string `form:"line1"`
	Line2      *string `form:"line2"`
	PostalCode *string `form:"postal_code"`
	// State is the state, county, province or region.
	State *string `form:"state"`
}

// ShippingDetailsParams sets the shipping details of a charge or customer.
// Address and Name are required whenever shipping is sent.
type ShippingDetailsParams struct {
	Address *AddressParams `form:"address"`
	// Carrier is the delivery service, for example "UPS" or "FedEx".
	Carrier *string `form:"carrier"`
	// Name is the recipient's name.
	Name  *string `form:"name"`
	Phone *string `form:"phone"`
	// TrackingNumber is the carrier's tracking number.
	TrackingNumber *string `form:"tracking_number"`
}
