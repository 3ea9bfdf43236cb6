package payske

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
)

// attempt sends c, retrying as the policy allows, and returns how the last
// attempt ended. Each answer is read whole here, whatever its status: a
// 2xx cut off mid-body is a failure to retry like a dropped connection, and
// the decision to retry needs the answer's status and headers only. Turning
// the outcome into a result is settle's job.
func (b *httpBackend) attempt(c *call) outcome {
	for n := int64(0); ; n++ {
		if err := c.ctx.Err(); err != nil {
			// Not every transport checks the context before sending.
			return outcome{attempts: n, ctxErr: err}
		}
		if ctxErr, refusal := b.waitTurn(c.ctx); ctxErr != nil || refusal != nil {
			return outcome{attempts: n, ctxErr: ctxErr, refusal: refusal}
		}
		resp, body, err := b.send(c, n)
		if err == nil && isSuccess(resp.StatusCode) {
			return outcome{attempts: n + 1, resp: resp, body: body}
		}
		if ctxErr := c.ctx.Err(); ctxErr != nil {
			return outcome{attempts: n + 1, ctxErr: ctxErr}
		}
		last := outcome{attempts: n + 1, resp: resp, body: body, sendErr: err}
		if !b.retry.shouldRetry(n, resp, err) {
			return last
		}
		wait, ok := b.retry.delay(n, resp)
		if !ok {
			return last
		}
		b.logRetry(c, n, wait, resp, err)
		if err := b.sleep(c.ctx, wait); err != nil {
			return outcome{attempts: n + 1, ctxErr: err}
		}
	}
}

// isSuccess reports whether status is a 2xx, an answer to decode.
func isSuccess(status int) bool { return status >= 200 && status < 300 }

// send makes attempt n (0 for the first) of c through the middleware and
// reads its answer whole. An answer that cannot be read is an error, with
// no response.
func (b *httpBackend) send(c *call, n int64) (*http.Response, []byte, error) {
	var reader io.Reader
	if c.body != nil {
		// A fresh reader per attempt re-sends the body whole.
		reader = bytes.NewReader(c.body)
	}
	info := RequestInfo{Method: c.method, Route: c.route, Attempt: int(n) + 1, IdempotencyKey: c.idempotencyKey}
	req, err := http.NewRequestWithContext(withRequestInfo(c.ctx, info), c.method, c.url, reader)
	if err != nil {
		return nil, nil, err
	}
	c.setHeader(req.Header)
	resp, err := b.roundTrip(req, info)
	if err != nil {
		return nil, nil, err
	}
	body, err := readAnswer(resp, b.maxBody)
	if err != nil {
		return nil, nil, err
	}
	return resp, body, nil
}

// errBodyTooLarge is wrapped by the error of an answer over the size limit.
var errBodyTooLarge = errors.New("answer too large")

// readAnswer reads the body of resp whole, up to limit bytes, and closes it.
func readAnswer(resp *http.Response, limit int64) ([]byte, error) {
	defer resp.Body.Close()
	body, err := readBody(resp, limit)
	switch {
	case err == nil:
		return body, nil
	case errors.Is(err, errBodyTooLarge):
		return nil, err
	}
	// The answer was cut off: like a dropped connection, it may be retried,
	// and the same idempotency key replays it.
	return nil, fmt.Errorf("the %d answer was cut off: %w", resp.StatusCode, err)
}

// readBody reads a whole answer, up to limit bytes. Its buffer is sized
// from Content-Length when the server sent a plausible one, so a typical
// answer is read in one allocation: the buffer is all it allocates.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	size := int64(bytes.MinRead)
	if resp.ContentLength > 0 && resp.ContentLength <= limit {
		// With bytes.MinRead beyond what was announced, the read that
		// finds EOF needs no larger buffer.
		size = resp.ContentLength + bytes.MinRead
	}
	buf := make([]byte, 0, size)
	var read int64
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, bytes.MinRead)
		}
		n, err := resp.Body.Read(buf[len(buf):cap(buf)])
		if n < 0 || n > cap(buf)-len(buf) {
			return nil, errBadRead
		}
		buf = buf[:len(buf)+n]
		// Checked before the error, as EOF may come with the last bytes:
		// a broken or hostile server cannot exhaust memory.
		if read += int64(n); read > limit {
			return nil, fmt.Errorf("%w: more than %d bytes", errBodyTooLarge, limit)
		}
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return nil, err
		}
	}
}

// errBadRead is the error of a body whose Read reports more bytes than it
// was given room for, or fewer than none.
var errBadRead = errors.New("the answer's body reported an impossible read count")
