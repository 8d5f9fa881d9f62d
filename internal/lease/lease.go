// Package lease holds a store.Lease for as long as a job runs: it takes the
// lease (waiting for another holder to give it up or to die, if asked to),
// renews it in the background, and cancels the job's context when the
// lease is lost, so that a process that stalled past its lease stops
// instead of working on beside the new holder.
package lease

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// DefaultTTL is how long a lease lasts unless renewed: a holder that dies
// holds up the job for at most this long.
const DefaultTTL = 30 * time.Second

// Options say how to hold a lease.
type Options struct {
	// Holder names the holder in the store and in messages; "" means
	// Holder("parallax").
	Holder string
	// TTL is how long the lease lasts unless renewed; 0 means DefaultTTL.
	// It is renewed every TTL/3.
	TTL time.Duration
	// Wait is how long to wait for a lease that another holds; 0 fails at
	// once with the store's *LeaseHeldError, a negative value waits until
	// ctx ends.
	Wait time.Duration
	// Waiting, when set, is told once that the lease is held by another
	// and that this holder waits.
	Waiting func(held error)
	// Poll is how often a waiting holder tries again; 0 means a second.
	Poll time.Duration
}

// Holder returns a holder name unique to this process and call: the
// role, the process id, the host name and a random tag, so that two
// holders in one process are two holders.
func Holder(role string) string {
	host, err := os.Hostname()
	if err != nil {
		host = "unknown-host"
	}
	return fmt.Sprintf("%s pid %d on %s #%s", role, os.Getpid(), host, rand.Text()[:6])
}

// Held is a lease being held.
type Held struct {
	st     store.LeaseStore
	ctx    context.Context
	cancel context.CancelCauseFunc
	done   chan struct{}

	mu    sync.Mutex
	lease store.Lease
}

// Acquire takes the named lease and keeps renewing it until Release. The
// context of the returned Held (Context) ends when ctx does or when the
// lease is lost; the job it guards should run under it.
func Acquire(ctx context.Context, st store.LeaseStore, name string, opt Options) (*Held, error) {
	if opt.Holder == "" {
		opt.Holder = Holder("parallax")
	}
	if opt.TTL <= 0 {
		opt.TTL = DefaultTTL
	}
	if opt.Poll <= 0 {
		opt.Poll = time.Second
	}
	var deadline <-chan time.Time
	if opt.Wait > 0 {
		t := time.NewTimer(opt.Wait)
		defer t.Stop()
		deadline = t.C
	}
	told := false
	for {
		l, err := st.AcquireLease(ctx, name, opt.Holder, opt.TTL)
		if err == nil {
			return hold(ctx, st, l, opt.TTL), nil
		}
		if !errors.Is(err, store.ErrLeaseHeld) || opt.Wait == 0 {
			return nil, err
		}
		if !told && opt.Waiting != nil {
			opt.Waiting(err)
			told = true
		}
		t := time.NewTimer(opt.Poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("waiting for the %s lease: %w", name, context.Cause(ctx))
		case <-deadline:
			t.Stop()
			return nil, err
		case <-t.C:
		}
	}
}

func hold(ctx context.Context, st store.LeaseStore, l store.Lease, ttl time.Duration) *Held {
	hctx, cancel := context.WithCancelCause(ctx)
	h := &Held{st: st, ctx: hctx, cancel: cancel, done: make(chan struct{}), lease: l}
	go h.renew(ttl)
	return h
}

// renew extends the lease every ttl/3 until Release or the end of ctx. A
// renewal that fails for any reason but a lost lease is tried again at the
// next tick: the lease is lost only once another holder has it.
func (h *Held) renew(ttl time.Duration) {
	defer close(h.done)
	tick := time.NewTicker(ttl / 3)
	defer tick.Stop()
	for {
		select {
		case <-h.ctx.Done():
			return
		case <-tick.C:
		}
		h.mu.Lock()
		l, err := h.st.RenewLease(h.ctx, h.lease, ttl)
		if err == nil {
			h.lease = l
		}
		h.mu.Unlock()
		if errors.Is(err, store.ErrLeaseLost) {
			h.cancel(err)
			return
		}
	}
}

// Context ends when the lease is lost (context.Cause then wraps
// store.ErrLeaseLost), when it is released, or when the context it was
// acquired with ends.
func (h *Held) Context() context.Context { return h.ctx }

// Lease returns the lease as last renewed.
func (h *Held) Lease() store.Lease {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.lease
}

// Lost reports whether the lease was lost to another holder.
func (h *Held) Lost() bool { return errors.Is(context.Cause(h.ctx), store.ErrLeaseLost) }

// Release stops renewing the lease and gives it up. It uses ctx, not the
// lease's own context, which may have ended.
func (h *Held) Release(ctx context.Context) error {
	h.cancel(context.Canceled)
	<-h.done
	if h.Lost() {
		return nil
	}
	return h.st.ReleaseLease(ctx, h.Lease())
}
