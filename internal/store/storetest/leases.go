package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

func testLeases(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, err := s.AcquireLease(ctx, store.LeaseStories, "worker-a", time.Hour)
	if err != nil || a.Holder != "worker-a" || a.Token < 1 || time.Until(a.Expires) < 50*time.Minute {
		t.Fatalf("AcquireLease = %+v, %v", a, err)
	}
	_, err = s.AcquireLease(ctx, store.LeaseStories, "worker-b", time.Hour)
	var held *store.LeaseHeldError
	if !errors.As(err, &held) || !errors.Is(err, store.ErrLeaseHeld) || held.Holder != "worker-a" {
		t.Fatalf("AcquireLease by another = %v, want a LeaseHeldError naming worker-a", err)
	}
	// Other leases are independent.
	if _, err := s.AcquireLease(ctx, store.LeaseCopies, "worker-b", time.Hour); err != nil {
		t.Fatalf("AcquireLease of another name: %v", err)
	}
	// The holder may take it again: the same tenure, renewed.
	again, err := s.AcquireLease(ctx, store.LeaseStories, "worker-a", 2*time.Hour)
	if err != nil || again.Token != a.Token || !again.Expires.After(a.Expires) {
		t.Fatalf("AcquireLease by its holder = %+v, %v; want the same token, later expiry", again, err)
	}
	renewed, err := s.RenewLease(ctx, again, 3*time.Hour)
	if err != nil || !renewed.Expires.After(again.Expires) {
		t.Fatalf("RenewLease = %+v, %v", renewed, err)
	}
	if err := s.ReleaseLease(ctx, renewed); err != nil {
		t.Fatal(err)
	}
	b, err := s.AcquireLease(ctx, store.LeaseStories, "worker-b", time.Hour)
	if err != nil || b.Token <= a.Token {
		t.Fatalf("AcquireLease after release = %+v, %v; want a higher token than %d", b, err, a.Token)
	}
	if _, err := s.RenewLease(ctx, renewed, time.Hour); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("RenewLease of a lease taken by another = %v, want ErrLeaseLost", err)
	}
	if err := s.ReleaseLease(ctx, renewed); err != nil {
		t.Fatalf("ReleaseLease of a lost lease = %v, want no error", err)
	}
	if _, err := s.AcquireLease(ctx, store.LeaseStories, "worker-a", time.Hour); !errors.Is(err, store.ErrLeaseHeld) {
		t.Fatalf("releasing a lost lease freed it: %v", err)
	}
	list, err := s.Leases(ctx)
	if err != nil || len(list) != 2 || list[0].Name != store.LeaseCopies || list[1].Holder != "worker-b" {
		t.Fatalf("Leases = %+v, %v", list, err)
	}
}

// testLeaseExpiry: a holder that stopped renewing (it died) loses the
// lease to the next one once it has expired.
func testLeaseExpiry(t *testing.T, s store.Store) {
	ctx := context.Background()
	dead, err := s.AcquireLease(ctx, store.LeaseStories, "dead", 0)
	if err != nil {
		t.Fatal(err)
	}
	next, err := s.AcquireLease(ctx, store.LeaseStories, "next", time.Hour)
	if err != nil || next.Token <= dead.Token {
		t.Fatalf("AcquireLease of an expired lease = %+v, %v", next, err)
	}
	if _, err := s.RenewLease(ctx, dead, time.Hour); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("the dead holder renewed: %v", err)
	}
}

// testLeasesConcurrent: of many acquiring a free lease at once, exactly
// one gets it.
func testLeasesConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.AcquireLease(ctx, "race", fmt.Sprintf("holder-%d", i), time.Hour)
		}()
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, store.ErrLeaseHeld):
			t.Errorf("a concurrent acquisition failed with %v", err)
		}
	}
	if won != 1 {
		t.Fatalf("%d holders acquired one lease at once, want 1", won)
	}
}
