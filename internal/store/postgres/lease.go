package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/store"
)

// AcquireLease takes a lease; see store.LeaseStore. One statement takes
// it: an insert that, on a lease already there, takes it over only when
// it is the holder's own or has expired by the server's clock; a second
// acquirer at the same moment waits for the first's row and then finds
// it taken.
func (s *Store) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (store.Lease, error) {
	for range 10 {
		l := store.Lease{Name: name}
		err := s.pool.QueryRow(ctx, `INSERT INTO leases AS l (name, holder, expires, token)
			VALUES ($1, $2, clock_timestamp() + $3::interval, 1)
			ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires,
				token = CASE WHEN l.holder = excluded.holder AND l.expires > clock_timestamp() THEN l.token ELSE l.token + 1 END
			WHERE l.holder = excluded.holder OR l.expires <= clock_timestamp()
			RETURNING holder, expires, token`, name, holder, ttl).Scan(&l.Holder, &l.Expires, &l.Token)
		if err == nil {
			l.Expires = l.Expires.UTC()
			return l, nil
		}
		if !noRows(err) {
			return store.Lease{}, fmt.Errorf("acquire lease %s: %w", name, err)
		}
		var cur string
		var expires time.Time
		var live bool
		err = s.pool.QueryRow(ctx, `SELECT holder, expires, expires > clock_timestamp() FROM leases WHERE name = $1`, name).
			Scan(&cur, &expires, &live)
		if err != nil && !noRows(err) {
			return store.Lease{}, fmt.Errorf("acquire lease %s: %w", name, err)
		}
		if err == nil && live && cur != holder {
			return store.Lease{}, &store.LeaseHeldError{Name: name, Holder: cur, Expires: expires.UTC()}
		}
		// It expired or was released between the two statements: again.
	}
	return store.Lease{}, fmt.Errorf("acquire lease %s: it keeps changing hands", name)
}

// RenewLease extends a lease still held; see store.LeaseStore.
func (s *Store) RenewLease(ctx context.Context, l store.Lease, ttl time.Duration) (store.Lease, error) {
	err := s.pool.QueryRow(ctx, `UPDATE leases SET expires = clock_timestamp() + $4::interval
		WHERE name = $1 AND holder = $2 AND token = $3 RETURNING expires`, l.Name, l.Holder, l.Token, ttl).Scan(&l.Expires)
	if noRows(err) {
		return l, fmt.Errorf("renew lease %s as %s: %w", l.Name, l.Holder, store.ErrLeaseLost)
	}
	if err != nil {
		return l, fmt.Errorf("renew lease %s: %w", l.Name, err)
	}
	l.Expires = l.Expires.UTC()
	return l, nil
}

// ReleaseLease gives a lease up; see store.LeaseStore.
func (s *Store) ReleaseLease(ctx context.Context, l store.Lease) error {
	if _, err := s.pool.Exec(ctx, `UPDATE leases SET expires = least(expires, clock_timestamp())
		WHERE name = $1 AND holder = $2 AND token = $3`, l.Name, l.Holder, l.Token); err != nil {
		return fmt.Errorf("release lease %s: %w", l.Name, err)
	}
	return nil
}

// Leases lists the leases; see store.LeaseStore.
func (s *Store) Leases(ctx context.Context) ([]store.Lease, error) {
	rows, err := s.pool.Query(ctx, `SELECT name, holder, expires, token FROM leases ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("leases: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Lease, error) {
		var l store.Lease
		err := r.Scan(&l.Name, &l.Holder, &l.Expires, &l.Token)
		l.Expires = l.Expires.UTC()
		return l, err
	})
	if err != nil {
		return nil, fmt.Errorf("leases: %w", err)
	}
	return out, nil
}
