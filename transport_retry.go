package payske

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// retryPolicy decides whether and when an attempt is repeated.
type retryPolicy struct {
	maxRetries    int64
	minDelay      time.Duration // first backoff step
	maxDelay      time.Duration // cap of the exponential backoff
	maxRetryAfter time.Duration // longest Retry-After the SDK waits for
}

func defaultRetryPolicy(maxRetries int64) retryPolicy {
	return retryPolicy{
		maxRetries:    maxRetries,
		minDelay:      500 * time.Millisecond,
		maxDelay:      8 * time.Second,
		maxRetryAfter: 30 * time.Second,
	}
}

// shouldRetry reports whether the attempt numbered attempt (0 for the first)
// that ended with resp or err may be repeated.
func (p retryPolicy) shouldRetry(attempt int64, resp *http.Response, err error) bool {
	if attempt >= p.maxRetries {
		return false
	}
	if err != nil {
		return retryableNetworkError(err)
	}
	// Payske's own verdict wins over the status code, both ways.
	switch resp.Header.Get("Payske-Should-Retry") {
	case "true":
		return true
	case "false":
		return false
	}
	switch {
	case resp.StatusCode == http.StatusConflict, resp.StatusCode == http.StatusTooManyRequests:
		return true
	case resp.StatusCode >= 500:
		return true
	}
	return false
}

// retryableNetworkError reports whether a transport failure is worth another
// attempt. A certificate the client does not trust is never retried: trying
// again cannot make it trustworthy; a cancelled context is final. The
// caller's own context is checked before this is asked, so a deadline seen
// here bounded one attempt only (http.Client.Timeout, or a middleware's):
// a slow answer is retried like a dropped one, under the same idempotency
// key, so a charge the server made during it is replayed, not repeated.
func retryableNetworkError(err error) bool {
	if errors.Is(err, context.Canceled) {
		return false
	}
	if errors.Is(err, errBodyTooLarge) {
		// The same request would get the same oversized answer.
		return false
	}
	var (
		certErr     *tls.CertificateVerificationError
		unknownAuth x509.UnknownAuthorityError
		hostErr     x509.HostnameError
		invalidErr  x509.CertificateInvalidError
		recordErr   tls.RecordHeaderError
	)
	if errors.As(err, &certErr) || errors.As(err, &unknownAuth) || errors.As(err, &hostErr) ||
		errors.As(err, &invalidErr) || errors.As(err, &recordErr) {
		return false
	}
	if errors.Is(err, http.ErrSchemeMismatch) {
		// An https URL answered in plain HTTP: net/http reports the TLS
		// record error as this, and the next attempt would meet the same.
		return false
	}
	return true
}

// delay returns how long to wait before the retry that follows attempt
// (0-based), and false when the server asked for a wait longer than the
// policy accepts: then the SDK gives up instead of stalling the caller.
func (p retryPolicy) delay(attempt int64, resp *http.Response) (time.Duration, bool) {
	if resp != nil {
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			if d > p.maxRetryAfter {
				return 0, false
			}
			return d, true
		}
	}
	d := p.backoffStep(attempt)
	// Full jitter in the upper half keeps clients that failed together from
	// retrying together, while never waiting less than half the step. With
	// d at most math.MaxInt64, neither d/2+1 nor the sum can overflow.
	d = d/2 + rand.N(d/2+1)
	return d, true
}

// backoffStep returns minDelay doubled attempt times, capped at maxDelay.
// It is computed without overflow, so that a configured delay near
// math.MaxInt64 or a high attempt number gives the cap, never a wrapped
// (negative or smaller) value.
func (p retryPolicy) backoffStep(attempt int64) time.Duration {
	lo, hi := max(p.minDelay, 0), max(p.maxDelay, 0)
	shift := min(max(attempt, 0), 62)
	if lo > hi>>shift {
		// lo<<shift would pass the cap (or overflow on the way there).
		return hi
	}
	return lo << shift
}

// saturatingMul returns d*n for d, n >= 0, or math.MaxInt64 when the
// product does not fit.
func saturatingMul(d time.Duration, n int64) time.Duration {
	if d <= 0 || n <= 0 {
		return 0
	}
	if d > math.MaxInt64/time.Duration(n) {
		return math.MaxInt64
	}
	return d * time.Duration(n)
}

// parseRetryAfter reads a Retry-After header in seconds or as an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if errors.Is(err, strconv.ErrRange) && secs > 0 {
		// More seconds than an int64 holds is still a number of seconds:
		// a wait far beyond any the SDK accepts, not a missing header.
		err = nil
	}
	if err == nil {
		if secs < 0 {
			return 0, false
		}
		if secs > int64(time.Hour/time.Second) {
			secs = int64(time.Hour / time.Second)
		}
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

// sleepContext waits for d or until ctx is done, whichever comes first.
func sleepContext(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
