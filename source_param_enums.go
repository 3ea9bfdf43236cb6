package payske

// SourceMandateAcceptanceStatus is where the customer stands on a source's
// mandate; send it as SourceMandateAcceptanceParams.Status.
type SourceMandateAcceptanceStatus string

// The values of SourceMandateAcceptanceStatus.
const (
	SourceMandateAcceptanceStatusAccepted SourceMandateAcceptanceStatus = "accepted"
	SourceMandateAcceptanceStatusPending  SourceMandateAcceptanceStatus = "pending"
	SourceMandateAcceptanceStatusRefused  SourceMandateAcceptanceStatus = "refused"
	SourceMandateAcceptanceStatusRevoked  SourceMandateAcceptanceStatus = "revoked"
)

// SourceMandateAcceptanceType is how the customer accepted a mandate; send it
// as SourceMandateAcceptanceParams.Type.
type SourceMandateAcceptanceType string

// The values of SourceMandateAcceptanceType.
const (
	SourceMandateAcceptanceTypeOffline SourceMandateAcceptanceType = "offline"
	SourceMandateAcceptanceTypeOnline  SourceMandateAcceptanceType = "online"
)

// SourceMandateInterval is how often a mandate may be debited; send it as
// SourceMandateParams.Interval.
type SourceMandateInterval string

// The values of SourceMandateInterval.
const (
	SourceMandateIntervalOneTime   SourceMandateInterval = "one_time"
	SourceMandateIntervalScheduled SourceMandateInterval = "scheduled"
	SourceMandateIntervalVariable  SourceMandateInterval = "variable"
)

// SourceMandateNotificationMethod is how the customer hears about a mandate
// and its debits; send it as SourceMandateParams.NotificationMethod.
type SourceMandateNotificationMethod string

// The values of SourceMandateNotificationMethod.
const (
	SourceMandateNotificationMethodDeprecatedNone SourceMandateNotificationMethod = "deprecated_none"
	SourceMandateNotificationMethodEmail          SourceMandateNotificationMethod = "email"
	SourceMandateNotificationMethodManual         SourceMandateNotificationMethod = "manual"
	SourceMandateNotificationMethodNone           SourceMandateNotificationMethod = "none"
	SourceMandateNotificationMethodPayskeEmail    SourceMandateNotificationMethod = "payske_email"
)
