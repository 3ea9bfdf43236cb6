// Package examples_test runs every example program the way a reader would,
// with no PAYSKE_SECRET_KEY, so that CI proves each of them works against
// the in-process paysketest server.
package examples_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/paysketest"
)

// fakeBanner is the line every example prints when it starts its own server.
const fakeBanner = "No PAYSKE_SECRET_KEY set: running against an in-process paysketest server."

// needNoKey are the examples that never read PAYSKE_SECRET_KEY, so print no
// banner: webhooks only receives events (from itself and from an embedded
// fake), and observability always runs on the fake because it switches the
// fake's faults on and off.
var needNoKey = map[string]bool{"webhooks": true, "observability": true}

// expected holds, per example, lines its output must contain, as regular
// expressions matched against whole lines.
var expected = map[string][]string{
	"quickstart": {
		`Created customer cus_\w+ <jenny.rosen@example.com>`,
		`Tokenized a Visa card ending in 4242: tok_\w+`,
		`Saved card card_\w+ on customer cus_\w+`,
		`Authorized charge ch_\w+: 50\.00 usd, captured=false`,
		`Captured charge ch_\w+: amount_captured=50\.00 usd, status=succeeded`,
		`Refunded 15\.00 usd of the charge: refund re_\w+ \(succeeded\)`,
		`Charge ch_\w+ now: amount_refunded=15\.00 usd, refunded=false`,
		`  evt_\w+ charge\.refunded`,
		`  evt_\w+ customer\.created`,
	},
	"charges": {
		`Authorized ch_\w+: amount=3000 captured=false amount_captured=0`,
		`Captured ch_\w+: captured=true amount_captured=3000`,
		`Refunded 1000 with re_\w+ \(succeeded\)`,
		`Refunding 3000 more was refused: HTTP 400 invalid_request_error \(code amount_too_large, param amount\)`,
		`Refunded the remaining 2000 with re_\w+`,
		`Charge ch_\w+: amount_refunded=3000 refunded=true`,
		`  re_\w+ amount=1000 status=succeeded`,
	},
	"customers": {
		`Updated customer cus_\w+: phone=\+15555550123 metadata\[crm_id\]=A-1042`,
		`  cus_\w+ sam\.lee@example\.com`,
		`Attached card card_\w+: Visa ending in 4242, expires 8/2033`,
		`Attached card card_\w+: American Express ending in 0005`,
		`Updated card card_\w+: name=Sam Lee expires 8/2035`,
		`Deleted card card_\w+: deleted=true`,
		`Deleted customer cus_\w+: deleted=true`,
		`Retrieving it again: HTTP 404 resource_missing`,
	},
	"bankaccounts": {
		`Tokenized a bank account: btok_\w+`,
		`Attached bank account ba_\w+: .* ending in 6789, status=new`,
		`Verifying with 10 and 20 failed: invalid_request_error \(code bank_account_verification_failed\)`,
		`Verified bank account ba_\w+ with 32 and 45: status=verified`,
		`  ba_\w+ company ending in 6789, verified`,
	},
	"sources": {
		`Created source src_\w+: type=card status=chargeable usage=reusable`,
		`Retrieved source src_\w+: Visa card ending in 4242, owner jenny\.rosen@example\.com`,
		`Updated source src_\w+: owner name=Jenny Rosen metadata\[order_id\]=6735`,
		`Attached src_\w+ to customer cus_\w+: the customer source is a source`,
		`Detached source src_\w+: status=consumed`,
		`Sources left on the customer: 0`,
	},
	"checkout": {
		`Created Checkout Session cs_test_\w+: status=open payment_status=unpaid`,
		`Payment page: https?://\S+`,
		`  T-shirt    x2  unit 2000  total 4000 usd`,
		`  Coffee mug x1  unit 1250  total 1250 usd`,
		`Session totals: amount_subtotal=5250 amount_total=5250 usd`,
	},
	"events": {
		`Page 1, has_more=true:`,
		`Page 2 \(starting_after the last of page 1\), has_more=true:`,
		`Back from page 2 \(ending_before the first of page 2\), has_more=false:`,
		`List\(\) #5: evt_\w+ customer\.created for customer1@example\.com`,
		`List\(\) read 5 customer\.created events in pages of 2`,
	},
	"webhooks": {
		`delivery signed with the endpoint secret: 200 OK`,
		`handler received: charge\.succeeded evt_1SelfTest: charge ch_1SelfTest of 2000 usd, succeeded`,
		`delivery signed with another secret: 400 Bad Request: webhook: no valid v1 signature .*`,
		`the fake delivered charge\.succeeded: 200`,
		`handler received from the fake: charge\.succeeded evt_\w+: charge ch_\w+ of 1500 usd, succeeded`,
	},
	"observability": {
		`level=INFO msg="payske attempt" method=POST route=/v1/customers attempt=1 retry=false took=\S+ status=200 request_id=req_\w+`,
		`level=INFO msg="payske attempt" method=GET route=/v1/charges/\{charge\} attempt=\d retry=(true|false) took=\S+ status=200 request_id=req_\w+`,
		`level=WARN msg="payske attempt" method=\w+ route=\S+ attempt=\d retry=(true|false) took=\S+ status=5\d\d request_id=req_\w+`,
		`route +attempts +<=1ms +<=2ms +<=5ms .*`,
		`POST /v1/charges/\{charge\}/capture +1 .*`,
		`the fake saw \d+ requests, [1-9]\d* of them failed on purpose and \d+ replayed by idempotency key`,
	},
	"errors": {
		`tok_chargeDeclined +declined: code=card_declined decline_code=generic_decline charge=ch_\w+`,
		`tok_chargeDeclinedInsufficientFunds +declined: code=card_declined decline_code=insufficient_funds charge=ch_\w+`,
		`tok_chargeDeclinedExpiredCard +declined: code=expired_card decline_code=expired_card charge=ch_\w+`,
		`tok_chargeDeclinedIncorrectCvc +declined: code=incorrect_cvc decline_code=incorrect_cvc charge=ch_\w+`,
		`Missing amount: HTTP 400, param=amount, message=".+"`,
		`Unknown charge: HTTP 404, code=resource_missing`,
		`Wrong API key: HTTP 401 authentication_error`,
		`  tok_visa +paid`,
		`  tok_chargeDeclinedInsufficientFunds +card declined \(insufficient_funds\): ask for another card`,
	},
}

// secrets must never appear in an example's output: the server's key and
// the card and account numbers the examples send.
var secrets = []string{paysketest.TestKey, "4242424242424242", "000123456789"}

// TestExamples builds every program under examples/ in one go build and runs
// each of them with PAYSKE_SECRET_KEY unset: it must print that it uses the
// in-process server, exit 0 on its own, and print its expected lines.
func TestExamples(t *testing.T) {
	goTool, err := exec.LookPath("go")
	require.NoError(t, err, "the go command is needed to build the examples")

	bin := t.TempDir()
	build := exec.Command(goTool, "build", "-o", bin, "./...")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build ./examples/...:\n%s", out)

	built, err := os.ReadDir(bin)
	require.NoError(t, err)
	names := map[string]bool{}
	for _, e := range built {
		names[strings.TrimSuffix(e.Name(), ".exe")] = true
	}
	for name := range expected {
		require.True(t, names[name], "example %s was not built", name)
	}

	env := environWithout(os.Environ(), "PAYSKE_SECRET_KEY")
	for _, e := range built {
		name := strings.TrimSuffix(e.Name(), ".exe")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			out := runExample(t, filepath.Join(bin, e.Name()), env)
			if !needNoKey[name] {
				assert.Contains(t, out, fakeBanner+"\n")
			}
			for _, line := range expected[name] {
				assert.Regexp(t, regexp.MustCompile(`(?m)^`+line+`$`), out)
			}
			for _, s := range secrets {
				assert.NotContains(t, out, s, "the output shows a secret")
			}
		})
	}
}

// runExample runs one example program and returns its standard output after
// checking that it ended by itself, in time, with status 0.
func runExample(t *testing.T, path string, env []string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, path)
	cmd.Env = env
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "the example did not finish within a minute")
	require.NoError(t, err, "stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	return stdout.String()
}

// environWithout returns environ without the variable name.
func environWithout(environ []string, name string) []string {
	var out []string
	for _, kv := range environ {
		if !strings.HasPrefix(kv, name+"=") {
			out = append(out, kv)
		}
	}
	return out
}
