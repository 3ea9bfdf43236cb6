package payske

import (
	"encoding/binary"
	"math/bits"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSpecialBytesMatchesPlainStringByte checks the eight-byte test of
// string bytes against the one-byte table, for every byte value at every
// position and every pair of neighbours (where a borrow between bytes
// would show): the first byte it flags must be the first the table does.
func TestSpecialBytesMatchesPlainStringByte(t *testing.T) {
	// first is the position of the first flagged byte, 8 for none.
	first := func(b []byte) int {
		return bits.TrailingZeros64(specialBytes(binary.LittleEndian.Uint64(b))) / 8
	}
	want := func(b []byte) int {
		for i, c := range b {
			if !plainStringByte[c] {
				return i
			}
		}
		return 8
	}
	for p := range 8 {
		for c := range 256 {
			b := []byte("aaaaaaaa")
			b[p] = byte(c)
			require.Equal(t, want(b), first(b), "byte %#x at %d", c, p)
			for q := p + 1; q < 8; q++ {
				for d := range 256 {
					b[q] = byte(d)
					if got := first(b); got != want(b) {
						t.Fatalf("bytes %#x at %d, %#x at %d: first flagged %d", c, p, d, q, got)
					}
				}
				b[q] = 'a'
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
			r := readerOf(append(b, '{'))
			require.Equal(t, byte('{'), r.peek())
			require.Equal(t, n, r.pos)
			r = readerOf(b)
			require.Equal(t, byte(0), r.peek())
			require.Equal(t, n, r.pos)
		}
	}
	for c := range 256 {
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			continue
		}
		r := readerOf([]byte{' ', ' ', byte(c)})
		require.Equal(t, byte(c), r.peek())
		require.Equal(t, 2, r.pos)
	}
}

// readerOf returns a reader at the start of raw.
func readerOf(raw []byte) *textReader {
	r := new(textReader)
	r.reset(raw)
	return r
}
