package paysketest

import (
	"math/rand/v2"
	"sync"
)

const idAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// idSource makes IDs shaped like Payske's (a prefix and random letters and
// digits), unique for the life of the server.
type idSource struct {
	mu   sync.Mutex
	rng  *rand.Rand
	seen map[string]bool
}

func newIDSource() *idSource {
	return &idSource{rng: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())), seen: map[string]bool{}}
}

func (s *idSource) next(prefix string, n int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		b := make([]byte, len(prefix)+n)
		copy(b, prefix)
		for i := len(prefix); i < len(b); i++ {
			b[i] = idAlphabet[s.rng.IntN(len(idAlphabet))]
		}
		if id := string(b); !s.seen[id] {
			s.seen[id] = true
			return id
		}
	}
}
