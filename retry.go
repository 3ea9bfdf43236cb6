package payske

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
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
	d := p.minDelay << min(attempt, 20)
	if d > p.maxDelay || d <= 0 {
		d = p.maxDelay
	}
	// Full jitter in the upper half keeps clients that failed together from
	// retrying together, while never waiting less than half the step.
	d = d/2 + rand.N(d/2+1)
	return d, true
}

// parseRetryAfter reads a Retry-After header in seconds or as an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
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
