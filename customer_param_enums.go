package payske

// CustomerTaxValidateLocation is when Payske checks that a customer's tax
// location is complete enough to compute taxes; send it as
// CustomerTaxParams.ValidateLocation. "auto" is accepted on update only.
type CustomerTaxValidateLocation string

// The values of CustomerTaxValidateLocation.
const (
	CustomerTaxValidateLocationAuto        CustomerTaxValidateLocation = "auto"
	CustomerTaxValidateLocationDeferred    CustomerTaxValidateLocation = "deferred"
	CustomerTaxValidateLocationImmediately CustomerTaxValidateLocation = "immediately"
)
