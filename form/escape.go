package form

import "slices"

// This file reproduces url.QueryEscape byte for byte (values_test.go checks
// every byte against it) without allocating a string per key and value.

// keep reports for each byte whether url.QueryEscape leaves it as it is:
// ASCII letters, digits and "-_.~". It writes the space as '+' and every
// other byte as %XX.
var keep = func() (keep [256]bool) {
	for c := 0; c < 256; c++ {
		keep[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '-' || c == '_' || c == '.' || c == '~'
	}
	return keep
}()

const upperHex = "0123456789ABCDEF"

// appendEscaped appends url.QueryEscape(s) to buf.
//
// It makes room for the worst case (every byte as %XX) first and then stores
// byte by byte: keys are mostly short runs between escapes ("a%5Bb%5D"), and
// copying each run with append would cost a call per run.
func appendEscaped(buf []byte, s string) []byte {
	buf = slices.Grow(buf, 3*len(s))
	n := len(buf)
	out := buf[n : n+3*len(s)]
	j := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case keep[c]:
			out[j] = c
			j++
		case c == ' ':
			out[j] = '+'
			j++
		default:
			_ = out[j+2] // one bounds check for the three stores
			out[j] = '%'
			out[j+1] = upperHex[c>>4]
			out[j+2] = upperHex[c&15]
			j += 3
		}
	}
	return buf[:n+j]
}
