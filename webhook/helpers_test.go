package webhook_test

import (
	"fmt"
	"testing"

	"github.com/payske/payske-go/internal/mocktest"
)

const (
	testSecret  = "whsec_test_current"
	otherSecret = "whsec_test_previous"
)

// chargeEvent is a charge.updated event carrying the charge fixture and
// previous attributes, as Payske would deliver it.
func chargeEvent(t testing.TB) []byte {
	t.Helper()
	charge := mocktest.Fixture(t, "charge/charge_object.json")
	return []byte(fmt.Sprintf(`{"id":"evt_1Webhook","object":"event","api_version":"2018-05-21","created":1700000000,`+
		`"data":{"object":%s,"previous_attributes":{"description":"old"}},`+
		`"livemode":false,"pending_webhooks":1,"request":{"id":"req_1","idempotency_key":null},"type":"charge.updated"}`, charge))
}
