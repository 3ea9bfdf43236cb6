package payske

import "encoding/json"

// Refund gives back all or part of a charge. A charge lists its refunds in
// Charge.Refunds.
type Refund struct {
	APIResource

	Amount int64 `json:"amount"`

	// BalanceTransaction records the refund in the balance; an ID unless
	// expanded.
	BalanceTransaction *BalanceTransaction `json:"balance_transaction"`

	// Charge is the refunded charge; an ID unless expanded.
	Charge   *Charge  `json:"charge"`
	Created  int64    `json:"created"`
	Currency Currency `json:"currency"`

	// Customer is the charge's customer; an ID unless expanded.
	Customer        *Customer `json:"customer"`
	CustomerAccount string    `json:"customer_account"`
	Description     string    `json:"description"`

	// DestinationDetails describes where the funds go back to, per payment
	// method type, as received.
	DestinationDetails json.RawMessage `json:"destination_details,omitempty"`

	// FailureBalanceTransaction gives the funds back to the balance when the
	// refund failed; an ID unless expanded.
	FailureBalanceTransaction *BalanceTransaction `json:"failure_balance_transaction"`

	// FailureReason tells why a failed refund failed.
	FailureReason string `json:"failure_reason"`
	ID            string `json:"id"`

	// InstructionsEmail is where the customer is asked for the refund
	// details, for payment methods that need them.
	InstructionsEmail string            `json:"instructions_email"`
	Metadata          map[string]string `json:"metadata"`

	// NextAction is what the customer must do for a refund in status
	// requires_action.
	NextAction *RefundNextAction `json:"next_action"`
	Object     string            `json:"object"`

	// PaymentIntent is the refunded payment intent; an ID unless expanded.
	PaymentIntent *PaymentIntent `json:"payment_intent"`

	// PaymentMethod is the payment method the funds go back to; an ID unless
	// expanded.
	PaymentMethod *PaymentMethod `json:"payment_method"`

	// PendingReason tells why a pending refund is pending.
	PendingReason      RefundPendingReason       `json:"pending_reason"`
	PresentmentDetails *RefundPresentmentDetails `json:"presentment_details"`
	Reason             RefundReason              `json:"reason"`
	ReceiptNumber      string                    `json:"receipt_number"`

	// SourceTransferReversal reverses the transfer that funded the refunded
	// charge, for charges on connected accounts; an ID unless expanded.
	SourceTransferReversal *TransferReversal `json:"source_transfer_reversal"`
	Status                 RefundStatus      `json:"status"`

	// TransferReversal reverses the charge's transfer to a connected
	// account, when the refund asked for it; an ID unless expanded.
	TransferReversal *TransferReversal `json:"transfer_reversal"`
}

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

// RefundNextAction is what the customer must do to complete a refund.
type RefundNextAction struct {
	DisplayDetails *RefundNextActionDisplayDetails `json:"display_details"`
	// Type is the kind of action.
	Type string `json:"type"`
}

// RefundNextActionDisplayDetails is what to show the customer about a refund
// waiting for their action.
type RefundNextActionDisplayDetails struct {
	EmailSent *RefundNextActionDisplayDetailsEmailSent `json:"email_sent"`
	// ExpiresAt is when the action expires (Unix seconds).
	ExpiresAt int64 `json:"expires_at"`
}

// RefundNextActionDisplayDetailsEmailSent tells when, and to whom, Payske
// emailed the refund instructions.
type RefundNextActionDisplayDetailsEmailSent struct {
	EmailSentAt int64  `json:"email_sent_at"`
	EmailSentTo string `json:"email_sent_to"`
}

// RefundPresentmentDetails is the refund in the currency the customer paid
// in, when it differs from the settlement currency.
type RefundPresentmentDetails struct {
	PresentmentAmount   int64    `json:"presentment_amount"`
	PresentmentCurrency Currency `json:"presentment_currency"`
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

// RefundParams are the parameters of refund.New, refund.Update and
// refund.Get. New takes a Charge or a PaymentIntent (or, with Origin
// "customer_balance", a Customer and Currency) and the rest optionally;
// Update takes only metadata; Get takes only expansions.
type RefundParams struct {
	Params `form:"*"`

	// Amount refunds only part of the charge, in the smallest unit of its
	// currency; by default what is left of it is refunded.
	Amount *int64 `form:"amount"`

	// Charge is the ID of the charge to refund.
	Charge *string `form:"charge"`

	// Currency is a lowercase ISO 4217 code; needed only for refunds of a
	// customer balance.
	Currency *string `form:"currency"`

	// Customer is the ID of the customer whose cash balance is refunded,
	// with Origin "customer_balance".
	Customer *string `form:"customer"`

	// InstructionsEmail is where to ask the customer for refund details,
	// for payment methods that cannot be refunded without them.
	InstructionsEmail *string `form:"instructions_email"`

	// Origin is "customer_balance" to refund a customer's cash balance
	// rather than a payment.
	Origin *string `form:"origin"`

	// PaymentIntent is the ID of the payment intent to refund.
	PaymentIntent *string `form:"payment_intent"`

	// Reason is "duplicate", "fraudulent" or "requested_by_customer"; see
	// RefundReason. A fraudulent refund also tells Radar about the card.
	Reason *string `form:"reason"`

	// RefundApplicationFee also refunds the application fee of a charge
	// made on a connected account, in proportion to the amount refunded.
	RefundApplicationFee *bool `form:"refund_application_fee"`

	// ReverseTransfer also reverses the transfer of a destination charge,
	// in proportion to the amount refunded.
	ReverseTransfer *bool `form:"reverse_transfer"`
}

// RefundListParams are the parameters of refund.List.
type RefundListParams struct {
	ListParams `form:"*"`

	// Charge keeps the refunds of this charge ID.
	Charge *string `form:"charge"`

	// Created keeps the refunds created at exactly this time (Unix
	// seconds); CreatedRange keeps those created in a range.
	Created      *int64            `form:"created"`
	CreatedRange *RangeQueryParams `form:"created"`

	// PaymentIntent keeps the refunds of this payment intent ID.
	PaymentIntent *string `form:"payment_intent"`
}
