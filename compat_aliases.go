package payske

// The names below are those of the Go surface older Payske code was written
// against. Each is an alias of the type this package names otherwise, so
// that such code compiles unchanged and values of either name mix freely;
// new code should use the preferred name each comment gives.

// CaptureParams is ChargeCaptureParams, the parameters of charge.Capture,
// under its older name. Prefer ChargeCaptureParams.
type CaptureParams = ChargeCaptureParams

// CustomerShippingDetailsParams is ShippingDetailsParams, the type of
// CustomerParams.Shipping, under its older name. Prefer
// ShippingDetailsParams.
type CustomerShippingDetailsParams = ShippingDetailsParams

// PIIParams is TokenPIIParams, the personally identifiable information of
// a pii token (TokenParams.PII), under its older name. Prefer
// TokenPIIParams.
type PIIParams = TokenPIIParams

// PersonParams is TokenPersonParams, the person of a connected account a
// person token carries (TokenParams.Person), under its older name. Prefer
// TokenPersonParams.
type PersonParams = TokenPersonParams

// RelationshipParams is TokenPersonRelationshipParams, how the person of a
// person token relates to the account (PersonParams.Relationship), under
// its older name. Prefer TokenPersonRelationshipParams.
type RelationshipParams = TokenPersonRelationshipParams

// SourceListParams is PaymentSourceListParams, the parameters of
// paymentsource.List (a customer's cards, bank accounts and sources), under
// its older name. Prefer PaymentSourceListParams.
type SourceListParams = PaymentSourceListParams

// SourceVerifyParams is PaymentSourceVerifyParams, the parameters of
// paymentsource.Verify, under its older name. Prefer
// PaymentSourceVerifyParams.
type SourceVerifyParams = PaymentSourceVerifyParams

// ChargeOutcomeRule is RadarRule, the type of ChargeOutcome.Rule (the
// Radar rule that decided a charge's outcome), under its older name.
// Prefer RadarRule.
type ChargeOutcomeRule = RadarRule
