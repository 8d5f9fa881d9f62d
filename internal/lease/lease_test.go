package lease

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/store"
	"github.com/parallax-news/parallax/internal/store/sqlite"
)

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestSecondHolderFailsOrWaits(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	a, err := Acquire(ctx, st, store.LeaseStories, Options{Holder: "first"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(ctx, st, store.LeaseStories, Options{Holder: "second"})
	if !errors.Is(err, store.ErrLeaseHeld) || !strings.Contains(err.Error(), "first") {
		t.Fatalf("a second holder that does not wait: %v, want a clear error naming the first", err)
	}
	// A second holder that waits gets the lease once the first releases
	// it: the first releases when it hears that the second waits.
	waiting := make(chan error, 1)
	got := make(chan error, 1)
	go func() {
		b, err := Acquire(ctx, st, store.LeaseStories, Options{Holder: "second", Wait: -1, Poll: time.Millisecond,
			Waiting: func(held error) { waiting <- held }})
		if err == nil {
			err = b.Release(ctx)
		}
		got <- err
	}()
	if held := <-waiting; !strings.Contains(held.Error(), "first") {
		t.Errorf("the waiting holder was told %v", held)
	}
	if err := a.Release(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-got; err != nil {
		t.Fatalf("the waiting holder: %v", err)
	}
}

func TestWaitEndsWithContext(t *testing.T) {
	st := openStore(t)
	if _, err := Acquire(context.Background(), st, store.LeaseStories, Options{Holder: "first"}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, err := Acquire(ctx, st, store.LeaseStories, Options{Holder: "second", Wait: -1, Poll: time.Millisecond,
		Waiting: func(error) { cancel() }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Acquire after its context ended = %v", err)
	}
}

// lossy is a lease store whose renewals find the lease taken.
type lossy struct{ store.Store }

func (lossy) RenewLease(ctx context.Context, l store.Lease, ttl time.Duration) (store.Lease, error) {
	return l, store.ErrLeaseLost
}

func TestLostLeaseEndsTheJob(t *testing.T) {
	st := lossy{openStore(t)}
	h, err := Acquire(context.Background(), st, store.LeaseStories, Options{Holder: "stalled", TTL: 3 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	<-h.Context().Done()
	if !h.Lost() || !errors.Is(context.Cause(h.Context()), store.ErrLeaseLost) {
		t.Fatalf("the job's context ended with %v, want the lease lost", context.Cause(h.Context()))
	}
	if err := h.Release(context.Background()); err != nil {
		t.Fatalf("Release of a lost lease: %v", err)
	}
}

func TestHolderNamesAreUnique(t *testing.T) {
	a, b := Holder("serve"), Holder("serve")
	if a == b || !strings.HasPrefix(a, "serve pid ") {
		t.Errorf("Holder = %q, %q", a, b)
	}
}
