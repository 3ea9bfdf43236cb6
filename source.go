package payske

// The Source struct, its nested object structs (one per kind of source),
// SourceObjectParams, SourceObjectDetachParams and the structs of their
// object parameters are generated into source_gen.go from the schema, with
// the JSON methods of an expandable source. What the schema cannot say
// stays here: the statuses the schema leaves a plain string.

// SourceStatus is where a source stands. Only a chargeable source can be
// charged; a single-use source is consumed by its charge, and a detached
// source is consumed too.
type SourceStatus string

// The source statuses.
const (
	SourceStatusCanceled   SourceStatus = "canceled"
	SourceStatusChargeable SourceStatus = "chargeable"
	SourceStatusConsumed   SourceStatus = "consumed"
	SourceStatusFailed     SourceStatus = "failed"
	SourceStatusPending    SourceStatus = "pending"
)

// SourceRefundAttributesStatus tells whether a receiver source's refund
// details were collected.
type SourceRefundAttributesStatus string

// The refund details statuses.
const (
	SourceRefundAttributesStatusAvailable SourceRefundAttributesStatus = "available"
	SourceRefundAttributesStatusMissing   SourceRefundAttributesStatus = "missing"
	SourceRefundAttributesStatusRequested SourceRefundAttributesStatus = "requested"
)

// SourceRedirectFlowStatus is where a source's redirect flow stands.
type SourceRedirectFlowStatus string

// The redirect flow statuses.
const (
	SourceRedirectFlowStatusFailed      SourceRedirectFlowStatus = "failed"
	SourceRedirectFlowStatusNotRequired SourceRedirectFlowStatus = "not_required"
	SourceRedirectFlowStatusPending     SourceRedirectFlowStatus = "pending"
	SourceRedirectFlowStatusSucceeded   SourceRedirectFlowStatus = "succeeded"
)

// SourceRedirectFlowFailureReason says why a redirect flow failed.
type SourceRedirectFlowFailureReason string

// The redirect failure reasons.
const (
	SourceRedirectFlowFailureReasonDeclined        SourceRedirectFlowFailureReason = "declined"
	SourceRedirectFlowFailureReasonProcessingError SourceRedirectFlowFailureReason = "processing_error"
	SourceRedirectFlowFailureReasonUserAbort       SourceRedirectFlowFailureReason = "user_abort"
)

// SourceCodeVerificationFlowStatus is where a code verification stands.
type SourceCodeVerificationFlowStatus string

// The code verification statuses.
const (
	SourceCodeVerificationFlowStatusFailed    SourceCodeVerificationFlowStatus = "failed"
	SourceCodeVerificationFlowStatusPending   SourceCodeVerificationFlowStatus = "pending"
	SourceCodeVerificationFlowStatusSucceeded SourceCodeVerificationFlowStatus = "succeeded"
)
