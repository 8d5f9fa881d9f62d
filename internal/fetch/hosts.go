package fetch

import (
	"context"
	"sync"
	"time"
)

// hosts limits concurrency per host, spaces the starts of requests to one
// host, and remembers hosts that asked Parallax to wait (429/503 with
// Retry-After).
type hosts struct {
	perHost int
	delay   time.Duration
	now     func() time.Time

	mu    sync.Mutex
	state map[string]*hostState
}

type hostState struct {
	slots     chan struct{}
	nextStart time.Time
	holdUntil time.Time
}

func newHosts(perHost int, delay time.Duration, now func() time.Time) *hosts {
	return &hosts{perHost: perHost, delay: delay, now: now, state: map[string]*hostState{}}
}

func (h *hosts) get(host string) *hostState {
	h.mu.Lock()
	defer h.mu.Unlock()
	s := h.state[host]
	if s == nil {
		s = &hostState{slots: make(chan struct{}, h.perHost)}
		h.state[host] = s
	}
	return s
}

// acquire waits for a free slot for host and for its spacing delay; the
// returned function releases the slot. A host on hold fails at once with
// a *HoldError.
func (h *hosts) acquire(ctx context.Context, host string) (func(), error) {
	s := h.get(host)
	if until := h.heldUntil(s); !until.IsZero() {
		return nil, &HoldError{Host: host, Until: until}
	}
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-s.slots }
	h.mu.Lock()
	now := h.now()
	start := now
	if s.nextStart.After(now) {
		start = s.nextStart
	}
	s.nextStart = start.Add(h.delay)
	h.mu.Unlock()
	if wait := start.Sub(now); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			release()
			return nil, ctx.Err()
		}
	}
	return release, nil
}

func (h *hosts) heldUntil(s *hostState) time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	if s.holdUntil.After(h.now()) {
		return s.holdUntil
	}
	return time.Time{}
}

// hold makes requests to host fail until the given time.
func (h *hosts) hold(host string, until time.Time) {
	s := h.get(host)
	h.mu.Lock()
	defer h.mu.Unlock()
	if until.After(s.holdUntil) {
		s.holdUntil = until
	}
}
