// Package redact lets a type that holds a secret (an API key) print itself
// with any fmt verb without the secret. A String method alone is not
// enough: fmt uses it for %v, %s, %q, %x and %X only, and prints the raw
// fields, secret included, for every other verb (%d, %t, %o, ...).
package redact

import (
	"fmt"
	"io"
)

// Format writes description, the value described without its secrets, for
// any verb: as it is for %v (with or without + or #) and %s, quoted for %q,
// and marked as a bad verb, like fmt's own %!d(...), for every other one.
// A type implements fmt.Formatter with it:
//
//	func (c Client) Format(f fmt.State, verb rune) { redact.Format(f, verb, c.String()) }
func Format(f fmt.State, verb rune, description string) {
	switch verb {
	case 'v', 's':
		_, _ = io.WriteString(f, description)
	case 'q':
		_, _ = fmt.Fprintf(f, "%q", description)
	default:
		_, _ = fmt.Fprintf(f, "%%!%c(%s)", verb, description)
	}
}

// Secret stands in for a secret in a description: it says whether there is
// one, never what it is.
func Secret(s string) string {
	if s == "" {
		return "[none]"
	}
	return "[redacted]"
}
