package payske

import "encoding/json"

// The Refund struct, its nested object structs, RefundParams and
// RefundListParams are generated into refund_gen.go from the schema. What
// the schema cannot say stays here: the decoding of an expandable refund,
// the list page and the statuses, which the schema leaves a plain string.

// UnmarshalJSON decodes a bare refund ID (only ID is set) or a full refund.
func (r *Refund) UnmarshalJSON(data []byte) error {
	if id, ok, err := expandedID(data); ok {
		if err != nil {
			return err
		}
		*r = Refund{ID: id}
		return nil
	}
	type refund Refund
	return json.Unmarshal(data, (*refund)(r))
}

// MarshalJSON encodes r as a bare ID when only ID is set, and as the full
// object otherwise, so that a decoded value encodes back as it came.
func (r Refund) MarshalJSON() ([]byte, error) {
	if onlyIDSet(&r) {
		return json.Marshal(r.ID)
	}
	type refund Refund
	return json.Marshal(refund(r))
}

// answerObject implements objectChecker.
func (r *Refund) answerObject() (string, objectKinds) { return r.Object, "refund" }

// RefundList is a page of refunds, as GET /v1/refunds returns it and as
// Charge.Refunds holds it.
type RefundList struct {
	ListMeta
	Data []*Refund `json:"data"`
}

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
