package paysketest

import (
	"sync"
	"time"
)

// Clock is the server's notion of now: every created timestamp, event time
// and expiry (uncaptured charges after 7 days, Checkout Sessions after 24
// hours) reads it. A Clock from NewClock stands still until Advance moves
// it; the server's default clock follows the wall clock, and Advance on it
// adds an offset. Safe for concurrent use.
type Clock struct {
	mu     sync.Mutex
	fixed  bool
	now    time.Time     // when fixed
	offset time.Duration // when following the wall clock
}

// NewClock returns a clock that stands at t until advanced.
func NewClock(t time.Time) *Clock { return &Clock{fixed: true, now: t} }

// Now returns the clock's current time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fixed {
		return c.now
	}
	return time.Now().Add(c.offset)
}

// Advance moves the clock forward by d (backward when d is negative).
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fixed {
		c.now = c.now.Add(d)
		return
	}
	c.offset += d
}
