package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The program as CI runs it: self-test on a free port, then exit.
func TestRunDeliversASignedEventToItselfAndExits(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, "", "whsec_test_ci"))

	got := out.String()
	assert.Contains(t, got, "endpoint: http://127.0.0.1:")
	assert.Contains(t, got, "delivery signed with the endpoint secret: 200 OK\n")
	assert.Contains(t, got, "handler received: charge.succeeded evt_1SelfTest: charge ch_1SelfTest of 2000 usd, succeeded\n")
	assert.Contains(t, got, "delivery signed with another secret: 400 Bad Request: webhook: no valid v1 signature")
	assert.Contains(t, got, "the fake delivered charge.succeeded: 200\n")
	assert.Regexp(t, `handler received from the fake: charge.succeeded evt_\w+: charge ch_\w+ of 1500 usd, succeeded\n`, got)
	assert.NotContains(t, got, "whsec_test_ci")
}

// lineWatcher is an io.Writer that reports when a line containing want has
// been written.
type lineWatcher struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen chan struct{}
	once sync.Once
}

func (w *lineWatcher) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), w.want) {
		w.once.Do(func() { close(w.seen) })
	}
	return len(p), nil
}

// With -listen the program keeps serving after the self-test and stops when
// its context ends (Ctrl-C in main).
func TestRunWithListenServesUntilTheContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &lineWatcher{want: "serving until interrupted", seen: make(chan struct{})}
	done := make(chan error, 1)
	go func() { done <- run(ctx, out, "127.0.0.1:0", "whsec_test_ci") }()

	select {
	case <-out.seen:
	case err := <-done:
		t.Fatalf("run returned before serving: %v", err)
	}
	cancel()
	require.NoError(t, <-done)
}
