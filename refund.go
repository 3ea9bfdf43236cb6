package payske

// The Refund struct, its nested object structs, RefundParams and
// RefundListParams and the JSON methods of an expandable refund are
// generated into refund_gen.go from the schema, and RefundList into
// lists_gen.go. What the schema cannot say stays here: the statuses, which
// the schema leaves a plain string.

// RefundStatus is where a refund stands.
type RefundStatus string

// The statuses of a refund.
const (
	RefundStatusCanceled       RefundStatus = "canceled"
	RefundStatusFailed         RefundStatus = "failed"
	RefundStatusPending        RefundStatus = "pending"
	RefundStatusRequiresAction RefundStatus = "requires_action"
	RefundStatusSucceeded      RefundStatus = "succeeded"
)
