package payske

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPlainWordMatchesPlainStringByte checks the eight-byte test of
// string bytes against the one-byte table, for every byte value at every
// position and every pair of neighbours (where a borrow between bytes
// would show).
func TestPlainWordMatchesPlainStringByte(t *testing.T) {
	word := func(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }
	for p := range 8 {
		for c := range 256 {
			b := []byte("aaaaaaaa")
			b[p] = byte(c)
			require.Equal(t, plainStringByte[c], plainWord(word(b)), "byte %#x at %d", c, p)
			if p == 7 {
				continue
			}
			for d := range 256 {
				b[p+1] = byte(d)
				want := plainStringByte[c] && plainStringByte[d]
				if plainWord(word(b)) != want {
					t.Fatalf("bytes %#x, %#x at %d: got %v", c, d, p, !want)
				}
			}
		}
	}
}

// TestPeekSkipsWhiteSpace checks peek across runs of white space of every
// length around the eight-byte step, and that it stops at any other byte.
func TestPeekSkipsWhiteSpace(t *testing.T) {
	for n := range 40 {
		for _, ws := range []string{" ", "\n", "\t", "\r", " \n"} {
			var b []byte
			for len(b) < n {
				b = append(b, ws...)
			}
			b = b[:n]
			r := &textReader{buf: append(b, '{')}
			require.Equal(t, byte('{'), r.peek())
			require.Equal(t, n, r.pos)
			r = &textReader{buf: b}
			require.Equal(t, byte(0), r.peek())
			require.Equal(t, n, r.pos)
		}
	}
	for c := range 256 {
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			continue
		}
		r := &textReader{buf: []byte{' ', ' ', byte(c)}}
		require.Equal(t, byte(c), r.peek())
		require.Equal(t, 2, r.pos)
	}
}
