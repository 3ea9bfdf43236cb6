package main

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/payske/payske-go/paysketest"
)

// The program as CI runs it: every attempt logged, the histogram keyed by
// route templates, retries visible, and no key anywhere.
func TestRunLogsEveryAttemptAndPrintsAHistogramPerRoute(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out))
	got := out.String()

	logged := map[string]int{} // attempts per "METHOD route" in the log
	retries := 0
	for _, m := range regexp.MustCompile(`(?m)^level=\w+ msg="payske attempt(?: failed)?" method=(\w+) route=(\S+) attempt=(\d+) `).FindAllStringSubmatch(got, -1) {
		assert.NotRegexp(t, `_[A-Za-z0-9]{8,}`, m[2], "a route is a template, without IDs")
		logged[m[1]+" "+m[2]]++
		if m[3] != "1" {
			retries++
		}
	}
	assert.Positive(t, retries, "the flaky phase shows retries in the log")

	counted := map[string]int{} // attempts per row of the histogram
	for _, m := range regexp.MustCompile(`(?m)^((?:GET|POST|DELETE) \S+)\s+(\d+)((?:\s+\d+){8})$`).FindAllStringSubmatch(got, -1) {
		total := 0
		for _, f := range strings.Fields(m[3]) {
			n, err := strconv.Atoi(f)
			require.NoError(t, err)
			total += n
		}
		assert.Equal(t, m[2], strconv.Itoa(total), "%s: the buckets add up to the attempts", m[1])
		counted[m[1]] = total
	}
	assert.Equal(t, logged, counted, "one histogram count and one log record per attempt, by route")
	for _, want := range []string{
		"POST /v1/customers", "POST /v1/charges", "POST /v1/charges/{charge}/capture", "POST /v1/refunds",
		"GET /v1/customers/{customer}", "GET /v1/charges", "GET /v1/charges/{charge}", "GET /v1/events",
	} {
		assert.Positive(t, counted[want], "histogram has %s", want)
	}
	seen := regexp.MustCompile(`the fake saw (\d+) requests, ([1-9]\d*) of them failed on purpose`).FindStringSubmatch(got)
	require.NotNil(t, seen)
	sum := 0
	for _, n := range counted {
		sum += n
	}
	// net/http itself resends an idempotent request (a GET, or one with an
	// Idempotency-Key) once when a reused connection breaks before any
	// answer, below the middleware: the fake may see more than was logged.
	requests, err := strconv.Atoi(seen[1])
	require.NoError(t, err)
	failed, err := strconv.Atoi(seen[2])
	require.NoError(t, err)
	assert.LessOrEqual(t, sum, requests)
	assert.GreaterOrEqual(t, sum, requests-failed, "only resends after a fault go unseen")
	assert.NotContains(t, got, paysketest.TestKey)
	assert.NotContains(t, got, "Bearer")
}

func TestHistogramBuckets(t *testing.T) {
	h := newHistogram(time.Millisecond, 10*time.Millisecond)
	for _, d := range []time.Duration{0, time.Millisecond, time.Millisecond + 1, 10 * time.Millisecond, time.Second} {
		h.observe("GET /v1/x", d)
	}
	assert.Equal(t, []int64{2, 2, 1}, h.routes["GET /v1/x"], "upper bounds are inclusive")
	var out bytes.Buffer
	h.print(&out)
	assert.Equal(t, "route      attempts  <=1ms  <=10ms  >10ms\nGET /v1/x  5         2      2       1\n", out.String())
}
