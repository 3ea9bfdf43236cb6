package payske

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidHeader is wrapped by the error a call returns, before any
// request is made, when a value bound for an HTTP header (the API key, an
// idempotency key, an account, or the name or value of a custom header)
// holds a byte that HTTP does not allow there: a line break or another
// control character except tab. The error names the parameter; it never
// quotes the value, which may be the API key. Such a value would otherwise
// fail in the transport like a network error, and be retried in vain.
var ErrInvalidHeader = errors.New("invalid HTTP header")

// checkHeaders checks every value the call's options put in a header,
// naming each after where the caller set it.
func (o callOptions) checkHeaders() error {
	if o.idempotencyKey != nil {
		if err := checkHeaderValue(o.origin+".IdempotencyKey", *o.idempotencyKey); err != nil {
			return err
		}
	}
	if o.account != nil {
		if err := checkHeaderValue(o.origin+".PayskeAccount", *o.account); err != nil {
			return err
		}
	}
	for name, values := range o.headers {
		if !validHeaderName(name) {
			return fmt.Errorf("payske: %s.Headers has the name %q, which is not a valid HTTP header name: %w", o.origin, name, ErrInvalidHeader)
		}
		if strings.EqualFold(name, "Authorization") {
			continue // never sent: the API key takes its place
		}
		for _, v := range values {
			if err := checkHeaderValue(fmt.Sprintf("%s.Headers[%q]", o.origin, name), v); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkHeaderValue refuses a byte of v that HTTP forbids in a header value
// (the rule of golang.org/x/net/http/httpguts): a control character other
// than tab, or DEL. A line break would end the header early. field names the
// parameter; v is not quoted.
func checkHeaderValue(field, v string) error {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if (c >= ' ' || c == '\t') && c != 0x7f {
			continue
		}
		what := fmt.Sprintf("a control character (0x%02x)", c)
		switch c {
		case '\n':
			what = `a line break (\n)`
		case '\r':
			what = `a carriage return (\r)`
		}
		return fmt.Errorf("payske: %s contains %s at byte %d of %d, which HTTP does not allow in a header value: %w", field, what, i, len(v), ErrInvalidHeader)
	}
	return nil
}

// validHeaderName reports whether name is an HTTP token, as a header name
// must be.
func validHeaderName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if !alnum && !strings.ContainsRune("!#$%&'*+-.^_`|~", rune(c)) {
			return false
		}
	}
	return true
}
