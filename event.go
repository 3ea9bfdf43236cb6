package payske

import (
	"encoding/json"
	"errors"
	"fmt"
)

// The Event and EventRequest structs, EventParams and EventListParams are
// generated into event_gen.go from the schema. What the schema cannot say
// stays here: EventData (the object an event is about, kept both as a map
// and raw), the decoding of a bare request ID, the typed getters and the
// event types, which the schema leaves a plain string.

// answerObject implements objectChecker.
func (e *Event) answerObject() (string, objectKinds) { return e.Object, "event" }

// EventData holds the object an event is about.
//
// Object and Raw are two views of the same JSON object, both filled when
// the event is decoded: Object as a generic map (numbers are float64, so
// read large integers from Raw), Raw byte for byte as Payske sent it, for
// decoding into a type of your own. TypedObject decodes Raw into this SDK's
// type for the object.
type EventData struct {
	// Object is the object the event is about, as a map.
	Object map[string]interface{} `json:"-"`

	// PreviousAttributes holds, for *.updated events, the old values of the
	// fields that changed; nil for other events.
	PreviousAttributes map[string]interface{} `json:"-"`

	// Raw is the object's JSON exactly as received.
	Raw json.RawMessage `json:"-"`
}

// UnmarshalJSON decodes the data of an event: the object is kept raw once
// and Object is decoded from that, so the two never disagree.
func (d *EventData) UnmarshalJSON(data []byte) error {
	if isJSONNull(data) {
		return nil
	}
	var wire struct {
		Object             json.RawMessage        `json:"object"`
		PreviousAttributes map[string]interface{} `json:"previous_attributes"`
	}
	if err := json.Unmarshal(data, &wire); err != nil {
		return err
	}
	if isJSONNull(wire.Object) {
		// What MarshalJSON writes for an EventData without an object.
		wire.Object = nil
	}
	var object map[string]interface{}
	if len(wire.Object) > 0 {
		if err := json.Unmarshal(wire.Object, &object); err != nil {
			return fmt.Errorf("payske: event data object: %w", err)
		}
	}
	*d = EventData{Object: object, PreviousAttributes: wire.PreviousAttributes, Raw: wire.Object}
	return nil
}

// MarshalJSON encodes d as Payske sends it: the object from Raw as it was
// received (from Object when Raw is empty, as for an EventData built by
// hand), and previous_attributes when there are any.
func (d EventData) MarshalJSON() ([]byte, error) {
	object := d.Raw
	if len(object) == 0 {
		var err error
		if object, err = json.Marshal(d.Object); err != nil {
			return nil, err
		}
	}
	if d.PreviousAttributes == nil {
		return json.Marshal(struct {
			Object json.RawMessage `json:"object"`
		}{object})
	}
	return json.Marshal(struct {
		Object             json.RawMessage        `json:"object"`
		PreviousAttributes map[string]interface{} `json:"previous_attributes"`
	}{object, d.PreviousAttributes})
}

// ErrUnknownEventObject is wrapped by the error TypedObject returns when the
// event's object is of a type this SDK has no Go type for (an invoice, a
// payout, ...). Data.Object and Data.Raw still hold it.
var ErrUnknownEventObject = errors.New("payske: unknown event object type")

// ErrEventObjectMismatch is wrapped by the error of the Event getters
// (Charge, Customer, ...) when the event is about another type of object,
// for example Charge on a customer.created event.
var ErrEventObjectMismatch = errors.New("payske: the event holds another type of object")

// eventObjectDecoders maps each object type (the object's "object" value)
// that this SDK models to a decoder into its Go type.
var eventObjectDecoders = map[string]func(json.RawMessage) (any, error){
	"balance_transaction": decodeEventObject[BalanceTransaction],
	"bank_account":        decodeEventObject[BankAccount],
	"card":                decodeEventObject[Card],
	"charge":              decodeEventObject[Charge],
	"checkout.session":    decodeEventObject[CheckoutSession],
	"customer":            decodeEventObject[Customer],
	"price":               decodeEventObject[Price],
	"refund":              decodeEventObject[Refund],
	"source":              decodeEventObject[Source],
	"token":               decodeEventObject[Token],
}

// decodeEventObject decodes raw into a new T, returned as *T.
func decodeEventObject[T any](raw json.RawMessage) (any, error) {
	v := new(T)
	if err := json.Unmarshal(raw, v); err != nil {
		return nil, err
	}
	return v, nil
}

// TypedObject decodes Raw into this SDK's type for the object, chosen by
// the object's "object" value: *Charge, *Customer, *Refund, *Source, *Card,
// *BankAccount, *Token, *CheckoutSession, *BalanceTransaction or *Price.
// Switch on the result's type:
//
//	obj, err := e.Data.TypedObject()
//	switch o := obj.(type) {
//	case *payske.Charge: ...
//	}
//
// For any other object type the error wraps ErrUnknownEventObject; read
// Object or decode Raw instead. Each call decodes Raw anew.
func (d *EventData) TypedObject() (any, error) {
	typ, err := d.objectType()
	if err != nil {
		return nil, err
	}
	decode, ok := eventObjectDecoders[typ]
	if !ok {
		return nil, fmt.Errorf("payske: event object type %q has no Go type in this SDK (read EventData.Object or decode EventData.Raw): %w", typ, ErrUnknownEventObject)
	}
	v, err := decode(d.Raw)
	if err != nil {
		return nil, fmt.Errorf("payske: decoding the event's %s: %w", typ, err)
	}
	return v, nil
}

// objectType returns the "object" value of the raw object.
func (d *EventData) objectType() (string, error) {
	if d == nil || len(d.Raw) == 0 || isJSONNull(d.Raw) {
		return "", errors.New("payske: the event carries no data object")
	}
	var head struct {
		Object string `json:"object"`
	}
	if err := json.Unmarshal(d.Raw, &head); err != nil {
		return "", fmt.Errorf("payske: reading the type of the event's data object: %w", err)
	}
	if head.Object == "" {
		return "", fmt.Errorf("payske: the event's data object has no object type: %w", ErrUnknownEventObject)
	}
	return head.Object, nil
}

// eventObject decodes the object of e as a *T when its type is want, and
// returns an error wrapping ErrEventObjectMismatch when it is another.
func eventObject[T any](e *Event, want string) (*T, error) {
	typ, err := e.Data.objectType()
	if err != nil {
		return nil, fmt.Errorf("payske: event %s (%s): %w", e.ID, e.Type, err)
	}
	if typ != want {
		return nil, fmt.Errorf("payske: event %s (%s) holds an object of type %q, not %q: %w", e.ID, e.Type, typ, want, ErrEventObjectMismatch)
	}
	v := new(T)
	if err := json.Unmarshal(e.Data.Raw, v); err != nil {
		return nil, fmt.Errorf("payske: event %s (%s): decoding its %s: %w", e.ID, e.Type, typ, err)
	}
	return v, nil
}

// BalanceTransaction returns the balance transaction the event is about.
func (e *Event) BalanceTransaction() (*BalanceTransaction, error) {
	return eventObject[BalanceTransaction](e, "balance_transaction")
}

// BankAccount returns the bank account the event is about, as in
// customer.source.created.
func (e *Event) BankAccount() (*BankAccount, error) {
	return eventObject[BankAccount](e, "bank_account")
}

// Card returns the card the event is about, as in customer.source.created.
func (e *Event) Card() (*Card, error) { return eventObject[Card](e, "card") }

// Charge returns the charge the event is about, as in charge.succeeded.
func (e *Event) Charge() (*Charge, error) { return eventObject[Charge](e, "charge") }

// CheckoutSession returns the Checkout Session the event is about, as in
// checkout.session.completed.
func (e *Event) CheckoutSession() (*CheckoutSession, error) {
	return eventObject[CheckoutSession](e, "checkout.session")
}

// Customer returns the customer the event is about, as in customer.created.
func (e *Event) Customer() (*Customer, error) { return eventObject[Customer](e, "customer") }

// Price returns the price the event is about, as in price.created.
func (e *Event) Price() (*Price, error) { return eventObject[Price](e, "price") }

// Refund returns the refund the event is about, as in charge.refund.updated.
func (e *Event) Refund() (*Refund, error) { return eventObject[Refund](e, "refund") }

// Source returns the source the event is about, as in source.chargeable.
func (e *Event) Source() (*Source, error) { return eventObject[Source](e, "source") }

// Token returns the token the event is about.
func (e *Event) Token() (*Token, error) { return eventObject[Token](e, "token") }

// UnmarshalJSON decodes the request object, and also the bare request ID
// that older API versions send in its place. The default encoding always
// writes the object, so an event decoded from either form encodes in the
// current one.
func (r *EventRequest) UnmarshalJSON(data []byte) error {
	type eventRequest EventRequest
	return decodeIDOrObject(data, (*eventRequest)(r), func(id string) { *r = EventRequest{ID: id} })
}

// EventType is what an event reports, named resource.event (or
// resource.subresource.event). Payske adds types over time, so handle
// values that are not among the constants.
type EventType string

// The types of events, by the resource they are about. Where the object in
// Data has a Go type in this SDK, the comment names the Event getter that
// returns it.
const (
	// Accounts and Connect applications.
	EventTypeAccountApplicationAuthorized   EventType = "account.application.authorized"
	EventTypeAccountApplicationDeauthorized EventType = "account.application.deauthorized"
	EventTypeAccountExternalAccountCreated  EventType = "account.external_account.created" // Card or BankAccount
	EventTypeAccountExternalAccountDeleted  EventType = "account.external_account.deleted" // Card or BankAccount
	EventTypeAccountExternalAccountUpdated  EventType = "account.external_account.updated" // Card or BankAccount
	EventTypeAccountUpdated                 EventType = "account.updated"

	// Application fees.
	EventTypeApplicationFeeCreated       EventType = "application_fee.created"
	EventTypeApplicationFeeRefundUpdated EventType = "application_fee.refund.updated"
	EventTypeApplicationFeeRefunded      EventType = "application_fee.refunded"

	// Balance.
	EventTypeBalanceAvailable EventType = "balance.available"

	// Customer portal.
	EventTypeBillingPortalConfigurationCreated EventType = "billing_portal.configuration.created"
	EventTypeBillingPortalConfigurationUpdated EventType = "billing_portal.configuration.updated"

	// Capabilities of connected accounts.
	EventTypeCapabilityUpdated EventType = "capability.updated"

	// Cash balances.
	EventTypeCashBalanceFundsAvailable EventType = "cash_balance.funds_available"

	// Charges, their disputes and their refunds.
	EventTypeChargeCaptured               EventType = "charge.captured"  // Charge
	EventTypeChargeExpired                EventType = "charge.expired"   // Charge
	EventTypeChargeFailed                 EventType = "charge.failed"    // Charge
	EventTypeChargePending                EventType = "charge.pending"   // Charge
	EventTypeChargeRefunded               EventType = "charge.refunded"  // Charge
	EventTypeChargeSucceeded              EventType = "charge.succeeded" // Charge
	EventTypeChargeUpdated                EventType = "charge.updated"   // Charge
	EventTypeChargeDisputeClosed          EventType = "charge.dispute.closed"
	EventTypeChargeDisputeCreated         EventType = "charge.dispute.created"
	EventTypeChargeDisputeFundsReinstated EventType = "charge.dispute.funds_reinstated"
	EventTypeChargeDisputeFundsWithdrawn  EventType = "charge.dispute.funds_withdrawn"
	EventTypeChargeDisputeUpdated         EventType = "charge.dispute.updated"
	EventTypeChargeRefundUpdated          EventType = "charge.refund.updated" // Refund

	// Checkout Sessions.
	EventTypeCheckoutSessionAsyncPaymentFailed    EventType = "checkout.session.async_payment_failed"    // CheckoutSession
	EventTypeCheckoutSessionAsyncPaymentSucceeded EventType = "checkout.session.async_payment_succeeded" // CheckoutSession
	EventTypeCheckoutSessionCompleted             EventType = "checkout.session.completed"               // CheckoutSession
	EventTypeCheckoutSessionExpired               EventType = "checkout.session.expired"                 // CheckoutSession

	// Coupons.
	EventTypeCouponCreated EventType = "coupon.created"
	EventTypeCouponDeleted EventType = "coupon.deleted"
	EventTypeCouponUpdated EventType = "coupon.updated"

	// Credit notes.
	EventTypeCreditNoteCreated EventType = "credit_note.created"
	EventTypeCreditNoteUpdated EventType = "credit_note.updated"
	EventTypeCreditNoteVoided  EventType = "credit_note.voided"

	// Customers and what hangs off them.
	EventTypeCustomerCreated                          EventType = "customer.created" // Customer
	EventTypeCustomerDeleted                          EventType = "customer.deleted" // Customer
	EventTypeCustomerUpdated                          EventType = "customer.updated" // Customer
	EventTypeCustomerDiscountCreated                  EventType = "customer.discount.created"
	EventTypeCustomerDiscountDeleted                  EventType = "customer.discount.deleted"
	EventTypeCustomerDiscountUpdated                  EventType = "customer.discount.updated"
	EventTypeCustomerSourceCreated                    EventType = "customer.source.created"  // Card, BankAccount or Source
	EventTypeCustomerSourceDeleted                    EventType = "customer.source.deleted"  // Card, BankAccount or Source
	EventTypeCustomerSourceExpiring                   EventType = "customer.source.expiring" // Card or Source
	EventTypeCustomerSourceUpdated                    EventType = "customer.source.updated"  // Card, BankAccount or Source
	EventTypeCustomerSubscriptionCreated              EventType = "customer.subscription.created"
	EventTypeCustomerSubscriptionDeleted              EventType = "customer.subscription.deleted"
	EventTypeCustomerSubscriptionPendingUpdateApplied EventType = "customer.subscription.pending_update_applied"
	EventTypeCustomerSubscriptionPendingUpdateExpired EventType = "customer.subscription.pending_update_expired"
	EventTypeCustomerSubscriptionTrialWillEnd         EventType = "customer.subscription.trial_will_end"
	EventTypeCustomerSubscriptionUpdated              EventType = "customer.subscription.updated"
	EventTypeCustomerTaxIDCreated                     EventType = "customer.tax_id.created"
	EventTypeCustomerTaxIDDeleted                     EventType = "customer.tax_id.deleted"
	EventTypeCustomerTaxIDUpdated                     EventType = "customer.tax_id.updated"

	// Files.
	EventTypeFileCreated EventType = "file.created"

	// Identity verification sessions.
	EventTypeIdentityVerificationSessionCanceled      EventType = "identity.verification_session.canceled"
	EventTypeIdentityVerificationSessionCreated       EventType = "identity.verification_session.created"
	EventTypeIdentityVerificationSessionProcessing    EventType = "identity.verification_session.processing"
	EventTypeIdentityVerificationSessionRedacted      EventType = "identity.verification_session.redacted"
	EventTypeIdentityVerificationSessionRequiresInput EventType = "identity.verification_session.requires_input"
	EventTypeIdentityVerificationSessionVerified      EventType = "identity.verification_session.verified"

	// Invoices and invoice items.
	EventTypeInvoiceCreated               EventType = "invoice.created"
	EventTypeInvoiceDeleted               EventType = "invoice.deleted"
	EventTypeInvoiceFinalizationFailed    EventType = "invoice.finalization_failed"
	EventTypeInvoiceFinalized             EventType = "invoice.finalized"
	EventTypeInvoiceMarkedUncollectible   EventType = "invoice.marked_uncollectible"
	EventTypeInvoicePaid                  EventType = "invoice.paid"
	EventTypeInvoicePaymentActionRequired EventType = "invoice.payment_action_required"
	EventTypeInvoicePaymentFailed         EventType = "invoice.payment_failed"
	EventTypeInvoicePaymentSucceeded      EventType = "invoice.payment_succeeded"
	EventTypeInvoiceSent                  EventType = "invoice.sent"
	EventTypeInvoiceUpcoming              EventType = "invoice.upcoming"
	EventTypeInvoiceUpdated               EventType = "invoice.updated"
	EventTypeInvoiceVoided                EventType = "invoice.voided"
	EventTypeInvoiceItemCreated           EventType = "invoiceitem.created"
	EventTypeInvoiceItemDeleted           EventType = "invoiceitem.deleted"
	EventTypeInvoiceItemUpdated           EventType = "invoiceitem.updated"

	// Issuing.
	EventTypeIssuingAuthorizationCreated   EventType = "issuing_authorization.created"
	EventTypeIssuingAuthorizationRequest   EventType = "issuing_authorization.request"
	EventTypeIssuingAuthorizationUpdated   EventType = "issuing_authorization.updated"
	EventTypeIssuingCardCreated            EventType = "issuing_card.created"
	EventTypeIssuingCardUpdated            EventType = "issuing_card.updated"
	EventTypeIssuingCardholderCreated      EventType = "issuing_cardholder.created"
	EventTypeIssuingCardholderUpdated      EventType = "issuing_cardholder.updated"
	EventTypeIssuingDisputeClosed          EventType = "issuing_dispute.closed"
	EventTypeIssuingDisputeCreated         EventType = "issuing_dispute.created"
	EventTypeIssuingDisputeFundsReinstated EventType = "issuing_dispute.funds_reinstated"
	EventTypeIssuingDisputeSubmitted       EventType = "issuing_dispute.submitted"
	EventTypeIssuingDisputeUpdated         EventType = "issuing_dispute.updated"
	EventTypeIssuingTransactionCreated     EventType = "issuing_transaction.created"
	EventTypeIssuingTransactionUpdated     EventType = "issuing_transaction.updated"

	// Mandates.
	EventTypeMandateUpdated EventType = "mandate.updated"

	// Orders.
	EventTypeOrderCreated          EventType = "order.created"
	EventTypeOrderPaymentFailed    EventType = "order.payment_failed"
	EventTypeOrderPaymentSucceeded EventType = "order.payment_succeeded"
	EventTypeOrderUpdated          EventType = "order.updated"
	EventTypeOrderReturnCreated    EventType = "order_return.created"

	// Payment intents.
	EventTypePaymentIntentAmountCapturableUpdated EventType = "payment_intent.amount_capturable_updated"
	EventTypePaymentIntentCanceled                EventType = "payment_intent.canceled"
	EventTypePaymentIntentCreated                 EventType = "payment_intent.created"
	EventTypePaymentIntentPartiallyFunded         EventType = "payment_intent.partially_funded"
	EventTypePaymentIntentPaymentFailed           EventType = "payment_intent.payment_failed"
	EventTypePaymentIntentProcessing              EventType = "payment_intent.processing"
	EventTypePaymentIntentRequiresAction          EventType = "payment_intent.requires_action"
	EventTypePaymentIntentSucceeded               EventType = "payment_intent.succeeded"

	// Payment links.
	EventTypePaymentLinkCreated EventType = "payment_link.created"
	EventTypePaymentLinkUpdated EventType = "payment_link.updated"

	// Payment methods.
	EventTypePaymentMethodAttached             EventType = "payment_method.attached"
	EventTypePaymentMethodAutomaticallyUpdated EventType = "payment_method.automatically_updated"
	EventTypePaymentMethodDetached             EventType = "payment_method.detached"
	EventTypePaymentMethodUpdated              EventType = "payment_method.updated"

	// Payouts.
	EventTypePayoutCanceled EventType = "payout.canceled"
	EventTypePayoutCreated  EventType = "payout.created"
	EventTypePayoutFailed   EventType = "payout.failed"
	EventTypePayoutPaid     EventType = "payout.paid"
	EventTypePayoutUpdated  EventType = "payout.updated"

	// Persons of connected accounts.
	EventTypePersonCreated EventType = "person.created"
	EventTypePersonDeleted EventType = "person.deleted"
	EventTypePersonUpdated EventType = "person.updated"

	// Plans, prices and products.
	EventTypePlanCreated    EventType = "plan.created"
	EventTypePlanDeleted    EventType = "plan.deleted"
	EventTypePlanUpdated    EventType = "plan.updated"
	EventTypePriceCreated   EventType = "price.created" // Price
	EventTypePriceDeleted   EventType = "price.deleted" // Price
	EventTypePriceUpdated   EventType = "price.updated" // Price
	EventTypeProductCreated EventType = "product.created"
	EventTypeProductDeleted EventType = "product.deleted"
	EventTypeProductUpdated EventType = "product.updated"

	// Promotion codes.
	EventTypePromotionCodeCreated EventType = "promotion_code.created"
	EventTypePromotionCodeUpdated EventType = "promotion_code.updated"

	// Quotes.
	EventTypeQuoteAccepted  EventType = "quote.accepted"
	EventTypeQuoteCanceled  EventType = "quote.canceled"
	EventTypeQuoteCreated   EventType = "quote.created"
	EventTypeQuoteFinalized EventType = "quote.finalized"

	// Radar.
	EventTypeRadarEarlyFraudWarningCreated EventType = "radar.early_fraud_warning.created"
	EventTypeRadarEarlyFraudWarningUpdated EventType = "radar.early_fraud_warning.updated"
	EventTypeReviewClosed                  EventType = "review.closed"
	EventTypeReviewOpened                  EventType = "review.opened"

	// Recipients.
	EventTypeRecipientCreated EventType = "recipient.created"
	EventTypeRecipientDeleted EventType = "recipient.deleted"
	EventTypeRecipientUpdated EventType = "recipient.updated"

	// Reporting and Sigma.
	EventTypeReportingReportRunFailed      EventType = "reporting.report_run.failed"
	EventTypeReportingReportRunSucceeded   EventType = "reporting.report_run.succeeded"
	EventTypeReportingReportTypeUpdated    EventType = "reporting.report_type.updated"
	EventTypeSigmaScheduledQueryRunCreated EventType = "sigma.scheduled_query_run.created"

	// Setup intents.
	EventTypeSetupIntentCanceled       EventType = "setup_intent.canceled"
	EventTypeSetupIntentCreated        EventType = "setup_intent.created"
	EventTypeSetupIntentRequiresAction EventType = "setup_intent.requires_action"
	EventTypeSetupIntentSetupFailed    EventType = "setup_intent.setup_failed"
	EventTypeSetupIntentSucceeded      EventType = "setup_intent.succeeded"

	// SKUs.
	EventTypeSKUCreated EventType = "sku.created"
	EventTypeSKUDeleted EventType = "sku.deleted"
	EventTypeSKUUpdated EventType = "sku.updated"

	// Sources and their transactions.
	EventTypeSourceCanceled                 EventType = "source.canceled"                   // Source
	EventTypeSourceChargeable               EventType = "source.chargeable"                 // Source
	EventTypeSourceFailed                   EventType = "source.failed"                     // Source
	EventTypeSourceMandateNotification      EventType = "source.mandate_notification"       // not a Source: a source_mandate_notification
	EventTypeSourceRefundAttributesRequired EventType = "source.refund_attributes_required" // Source
	EventTypeSourceTransactionCreated       EventType = "source.transaction.created"
	EventTypeSourceTransactionUpdated       EventType = "source.transaction.updated"

	// Subscription schedules.
	EventTypeSubscriptionScheduleAborted   EventType = "subscription_schedule.aborted"
	EventTypeSubscriptionScheduleCanceled  EventType = "subscription_schedule.canceled"
	EventTypeSubscriptionScheduleCompleted EventType = "subscription_schedule.completed"
	EventTypeSubscriptionScheduleCreated   EventType = "subscription_schedule.created"
	EventTypeSubscriptionScheduleExpiring  EventType = "subscription_schedule.expiring"
	EventTypeSubscriptionScheduleReleased  EventType = "subscription_schedule.released"
	EventTypeSubscriptionScheduleUpdated   EventType = "subscription_schedule.updated"

	// Tax rates.
	EventTypeTaxRateCreated EventType = "tax_rate.created"
	EventTypeTaxRateUpdated EventType = "tax_rate.updated"

	// Terminal.
	EventTypeTerminalReaderActionFailed    EventType = "terminal.reader.action_failed"
	EventTypeTerminalReaderActionSucceeded EventType = "terminal.reader.action_succeeded"

	// Test clocks.
	EventTypeTestHelpersTestClockAdvancing       EventType = "test_helpers.test_clock.advancing"
	EventTypeTestHelpersTestClockCreated         EventType = "test_helpers.test_clock.created"
	EventTypeTestHelpersTestClockDeleted         EventType = "test_helpers.test_clock.deleted"
	EventTypeTestHelpersTestClockInternalFailure EventType = "test_helpers.test_clock.internal_failure"
	EventTypeTestHelpersTestClockReady           EventType = "test_helpers.test_clock.ready"

	// Top-ups.
	EventTypeTopupCanceled  EventType = "topup.canceled"
	EventTypeTopupCreated   EventType = "topup.created"
	EventTypeTopupFailed    EventType = "topup.failed"
	EventTypeTopupReversed  EventType = "topup.reversed"
	EventTypeTopupSucceeded EventType = "topup.succeeded"

	// Transfers.
	EventTypeTransferCreated  EventType = "transfer.created"
	EventTypeTransferFailed   EventType = "transfer.failed"
	EventTypeTransferPaid     EventType = "transfer.paid"
	EventTypeTransferReversed EventType = "transfer.reversed"
	EventTypeTransferUpdated  EventType = "transfer.updated"
)
