package payske

import (
	"errors"
	"log/slog"
	"net/http"
	"time"
)

// Every record of a call is written with the call's context, so that a
// handler can add the caller's trace to it, and keyed by the route template,
// never the path, so that it carries no IDs.

// logRetry records, at Warn level, that attempt n (0 for the first) of c
// failed and is retried after wait.
func (b *httpBackend) logRetry(c *call, n int64, wait time.Duration, resp *http.Response, err error) {
	var reason string
	if err != nil {
		reason = describeNetworkError(err)
	} else {
		reason = resp.Status
	}
	b.logger.LogAttrs(c.ctx, slog.LevelWarn, "payske: retrying request",
		slog.String("method", c.method), slog.String("route", c.route),
		slog.Int64("attempt", n+1), slog.Duration("wait", wait),
		slog.String("reason", reason))
}

// logDone records a successful call at Debug level.
func (b *httpBackend) logDone(c *call, out outcome, start time.Time) {
	b.logger.LogAttrs(c.ctx, slog.LevelDebug, "payske: request done",
		slog.String("method", c.method), slog.String("route", c.route),
		slog.Int("status", out.resp.StatusCode), slog.String("request_id", out.resp.Header.Get("Request-Id")),
		slog.Int64("attempts", out.attempts), slog.Duration("elapsed", time.Since(start)))
}

// logFailure records a call's final error. What an *Error says of the
// answer (status, request ID, type, code) goes in attributes of its own, so
// that a log pipeline can count and alert on them without parsing the
// message.
func (b *httpBackend) logFailure(c *call, attempts int64, start time.Time, err error) {
	level := slog.LevelError
	attrs := []slog.Attr{
		slog.String("method", c.method), slog.String("route", c.route),
		slog.Int64("attempts", attempts), slog.Duration("elapsed", time.Since(start)),
	}
	var perr *Error
	if errors.As(err, &perr) {
		if perr.HTTPStatusCode >= 400 && perr.HTTPStatusCode < 500 {
			// A decline or a bad parameter is an answer for the caller to
			// handle, not an operational fault.
			level = slog.LevelInfo
		}
		if perr.HTTPStatusCode != 0 {
			attrs = append(attrs, slog.Int("status", perr.HTTPStatusCode))
		}
		if perr.RequestID != "" {
			attrs = append(attrs, slog.String("request_id", perr.RequestID))
		}
		attrs = append(attrs, slog.String("type", string(perr.Type)))
		if perr.Code != "" {
			attrs = append(attrs, slog.String("code", string(perr.Code)))
		}
	}
	attrs = append(attrs, slog.String("error", err.Error()))
	b.logger.LogAttrs(c.ctx, level, "payske: request failed", attrs...)
}
