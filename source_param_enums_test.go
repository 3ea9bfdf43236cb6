package payske

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The wire values are the schema's, letter for letter: a typo would be
// rejected by the API only at run time.
func TestSourceParamEnumsAreTheSchemaValues(t *testing.T) {
	cases := []struct{ got, want string }{
		{string(SourceMandateAcceptanceStatusAccepted), "accepted"},
		{string(SourceMandateAcceptanceStatusPending), "pending"},
		{string(SourceMandateAcceptanceStatusRefused), "refused"},
		{string(SourceMandateAcceptanceStatusRevoked), "revoked"},
		{string(SourceMandateAcceptanceTypeOffline), "offline"},
		{string(SourceMandateAcceptanceTypeOnline), "online"},
		{string(SourceMandateIntervalOneTime), "one_time"},
		{string(SourceMandateIntervalScheduled), "scheduled"},
		{string(SourceMandateIntervalVariable), "variable"},
		{string(SourceMandateNotificationMethodDeprecatedNone), "deprecated_none"},
		{string(SourceMandateNotificationMethodEmail), "email"},
		{string(SourceMandateNotificationMethodManual), "manual"},
		{string(SourceMandateNotificationMethodNone), "none"},
		{string(SourceMandateNotificationMethodPayskeEmail), "payske_email"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, tc.got)
	}
}
