package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// The leases Parallax takes: each names a job that only one process may do
// at a time over one store.
const (
	// LeaseCopies is held by whoever checks articles for copies: checks
	// must see every article checked before them, so two at once could
	// miss a copy.
	LeaseCopies = "copies"
	// LeaseStories is held by the one story clusterer.
	LeaseStories = "stories"
)

// Lease is a stored, expiring claim on a job. A holder that dies stops
// renewing it, and once it has expired another may take it.
type Lease struct {
	Name    string    `json:"name"`
	Holder  string    `json:"holder"`
	Expires time.Time `json:"expires"`
	// Token is raised at every acquisition: it tells one tenure from the
	// next of the same holder name.
	Token int64 `json:"token"`
}

// ErrLeaseHeld is wrapped by the error of AcquireLease when another holds
// the lease (a *LeaseHeldError says who); ErrLeaseLost by RenewLease when
// another has taken it since.
var (
	ErrLeaseHeld = errors.New("lease is held by another")
	ErrLeaseLost = errors.New("lease was lost to another holder")
)

// LeaseHeldError says who holds a lease and until when.
type LeaseHeldError struct {
	Name, Holder string
	Expires      time.Time
}

func (e *LeaseHeldError) Error() string {
	return fmt.Sprintf("the %s lease is held by %s until %s", e.Name, e.Holder, e.Expires.UTC().Format(time.RFC3339))
}

// Is makes errors.Is(err, ErrLeaseHeld) true.
func (e *LeaseHeldError) Is(target error) bool { return target == ErrLeaseHeld }

// LeaseStore keeps leases. Expiry is judged by the store's clock (the
// database server's, when there is one), so that holders on machines whose
// clocks disagree still agree on who holds a lease.
type LeaseStore interface {
	// AcquireLease takes the named lease for holder until ttl from now,
	// when it is free, has expired, or is holder's already (which renews
	// it); otherwise it fails with a *LeaseHeldError. A ttl of zero or
	// less takes a lease that has already expired.
	AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (Lease, error)
	// RenewLease extends a lease still held as l (same holder and token)
	// until ttl from now; ErrLeaseLost when another took it.
	RenewLease(ctx context.Context, l Lease, ttl time.Duration) (Lease, error)
	// ReleaseLease gives up a lease still held as l; releasing one that
	// was lost is no error.
	ReleaseLease(ctx context.Context, l Lease) error
	// Leases lists the leases taken, by name, expired or not.
	Leases(ctx context.Context) ([]Lease, error)
}
