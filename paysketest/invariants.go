package paysketest

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// maxViolations bounds how many broken invariants a server keeps: the first
// ones say what went wrong, and a fake that breaks its ledger on every
// request must not grow without end.
const maxViolations = 100

// touch notes that the request being applied may change charge id, so that
// its invariants are checked once the request is done. Only the charges a
// request touched are checked: checking every charge on every request would
// make a long run quadratic.
func (st *state) touch(id string) {
	if st.touched == nil {
		st.touched = map[string]bool{}
	}
	st.touched[id] = true
}

// checkTouched checks the charges the request touched and forgets them.
func (st *state) checkTouched() []string {
	var out []string
	ids := make([]string, 0, len(st.touched))
	for id := range st.touched {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if ch := st.get("charge", id); ch != nil {
			out = append(out, st.checkCharge(ch)...)
		}
	}
	clear(st.touched)
	return out
}

// checkAll checks every charge.
func (st *state) checkAll() []string {
	var out []string
	for _, ch := range st.objectsOf("charge") {
		out = append(out, st.checkCharge(ch)...)
	}
	return out
}

// checkCharge checks the money of one charge against the fake's model:
//
//   - amount is what was authorized; amount_captured is 0 until the
//     charge is captured, then what was captured (captured says it is
//     not 0), and a failed charge moved no money at all;
//   - amount_refunded is the sum of the charge's refunds and never more
//     than amount; refunded says the whole amount is back;
//   - a refund of money not captured (before the capture, the remainder
//     released by a partial capture, an expired authorization) has no
//     balance transaction; once captured, those add up to amount minus
//     amount_captured, and the refunds of captured money to no more than
//     amount_captured;
//   - an authorization may expire exactly while it is uncaptured, not
//     fully refunded and succeeded; the refunds list the charge carries
//     holds each of its refunds.
func (st *state) checkCharge(ch obj) []string {
	id, _ := ch["id"].(string)
	amount, _ := ch["amount"].(int64)
	captured, _ := ch["amount_captured"].(int64)
	refunded, _ := ch["amount_refunded"].(int64)
	isCaptured, _ := ch["captured"].(bool)
	allBack, _ := ch["refunded"].(bool)

	var sum, released, ofCaptured int64
	for _, rid := range st.refundsOf[id] {
		r := st.objects[rid]
		a, _ := r["amount"].(int64)
		sum += a
		if r["balance_transaction"] == nil {
			released += a
		} else {
			ofCaptured += a
		}
	}
	var bad []string
	prefix := fmt.Sprintf("charge %s: ", id)
	if st.account != "" {
		prefix = fmt.Sprintf("charge %s of account %s: ", id, st.account)
	}
	check := func(ok bool, format string, args ...any) {
		if !ok {
			bad = append(bad, prefix+fmt.Sprintf(format, args...))
		}
	}
	check(refunded == sum, "amount_refunded is %d but its refunds add up to %d", refunded, sum)
	check(captured >= 0 && captured <= amount, "amount_captured %d is outside 0..amount (%d)", captured, amount)
	check(refunded >= 0 && refunded <= amount, "amount_refunded %d is outside 0..amount (%d)", refunded, amount)
	check(allBack == (amount > 0 && refunded == amount), "refunded is %t with amount_refunded %d of %d", allBack, refunded, amount)
	check(isCaptured == (captured > 0), "captured is %t with amount_captured %d", isCaptured, captured)
	check(ofCaptured <= captured, "refunds of captured money add up to %d, more than amount_captured %d", ofCaptured, captured)
	if isCaptured {
		check(released == amount-captured, "refunds of uncaptured money add up to %d, not amount - amount_captured (%d)", released, amount-captured)
	} else {
		check(ofCaptured == 0, "refunds of an uncaptured charge moved %d of captured money", ofCaptured)
	}
	if ch["status"] == "failed" {
		check(captured == 0 && refunded == 0 && ch["paid"] == false, "a failed charge moved money (captured %d, refunded %d, paid %v)",
			captured, refunded, ch["paid"])
	}
	expirable := !isCaptured && !allBack && ch["status"] == "succeeded"
	check(st.uncaptured[id] == expirable, "may expire is %t for captured=%t refunded=%t status=%v", st.uncaptured[id], isCaptured, allBack, ch["status"])
	if list, ok := ch["refunds"].(obj); ok {
		data, _ := list["data"].([]any)
		check(len(data) == len(st.refundsOf[id]), "its refunds list shows %d of its %d refunds", len(data), len(st.refundsOf[id]))
	}
	return bad
}

// recordViolations keeps broken invariants for Violations, and returns the
// answer that replaces the request's: a 500 that says what broke.
func (s *Server) recordViolations(method, path string, bad []string) answer {
	s.vmu.Lock()
	for _, v := range bad {
		if len(s.violations) < maxViolations {
			s.violations = append(s.violations, method+" "+path+": "+v)
		}
	}
	s.vmu.Unlock()
	return errorAnswer(&apiError{status: http.StatusInternalServerError, Type: "api_error",
		Message: "paysketest broke its own ledger applying this request: " + strings.Join(bad, "; ") + "."})
}

// Violations returns the broken ledger invariants the server has found so
// far, oldest first, each naming the request and the charge. After every
// request the server checks the charges that request touched (see the
// package documentation); a request that breaks one is answered with a 500
// api_error that names it. NewTestServer and NewTestClient fail the test
// if there are any when it ends. A correct fake never has any.
func (s *Server) Violations() []string {
	s.vmu.Lock()
	defer s.vmu.Unlock()
	return slices.Clone(s.violations)
}

// checkAllCharges checks every charge of every account, for the end of a
// test, and records what it finds as Violations.
func (s *Server) checkAllCharges() {
	s.mu.Lock()
	var bad []string
	for _, st := range s.allStates() {
		bad = append(bad, st.checkAll()...)
	}
	s.mu.Unlock()
	if len(bad) > 0 {
		s.recordViolations("end of test", "all charges", bad)
	}
}
