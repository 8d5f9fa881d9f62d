package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// AcquireLease takes a lease; see store.LeaseStore.
func (s *Store) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (store.Lease, error) {
	tx, err := s.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: one acquirer at a time
	if err != nil {
		return store.Lease{}, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	defer tx.Rollback()
	now := s.now()
	var (
		cur     string
		expires int64
		token   int64
	)
	err = tx.QueryRowContext(ctx, `SELECT holder, expires_ms, token FROM leases WHERE name = ?`, name).Scan(&cur, &expires, &token)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return store.Lease{}, fmt.Errorf("acquire lease %s: %w", name, err)
	case cur != holder && expires > now.UnixMilli():
		return store.Lease{}, &store.LeaseHeldError{Name: name, Holder: cur, Expires: time.UnixMilli(expires)}
	}
	if cur != holder || expires <= now.UnixMilli() {
		token++ // a new tenure
	}
	l := store.Lease{Name: name, Holder: holder, Expires: now.Add(ttl).Truncate(time.Millisecond), Token: token}
	if _, err := tx.ExecContext(ctx, `INSERT INTO leases (name, holder, expires_ms, token) VALUES (?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_ms = excluded.expires_ms, token = excluded.token`,
		name, holder, l.Expires.UnixMilli(), token); err != nil {
		return store.Lease{}, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	if err := tx.Commit(); err != nil {
		return store.Lease{}, fmt.Errorf("acquire lease %s: commit: %w", name, err)
	}
	return l, nil
}

// RenewLease extends a lease still held; see store.LeaseStore.
func (s *Store) RenewLease(ctx context.Context, l store.Lease, ttl time.Duration) (store.Lease, error) {
	l.Expires = s.now().Add(ttl).Truncate(time.Millisecond)
	res, err := s.db.ExecContext(ctx, `UPDATE leases SET expires_ms = ? WHERE name = ? AND holder = ? AND token = ?`,
		l.Expires.UnixMilli(), l.Name, l.Holder, l.Token)
	if err != nil {
		return l, fmt.Errorf("renew lease %s: %w", l.Name, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return l, fmt.Errorf("renew lease %s: %w", l.Name, err)
	} else if n == 0 {
		return l, fmt.Errorf("renew lease %s as %s: %w", l.Name, l.Holder, store.ErrLeaseLost)
	}
	return l, nil
}

// ReleaseLease gives a lease up; see store.LeaseStore.
func (s *Store) ReleaseLease(ctx context.Context, l store.Lease) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE leases SET expires_ms = min(expires_ms, ?) WHERE name = ? AND holder = ? AND token = ?`,
		s.now().UnixMilli(), l.Name, l.Holder, l.Token); err != nil {
		return fmt.Errorf("release lease %s: %w", l.Name, err)
	}
	return nil
}

// Leases lists the leases; see store.LeaseStore.
func (s *Store) Leases(ctx context.Context) ([]store.Lease, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, holder, expires_ms, token FROM leases ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("leases: %w", err)
	}
	defer rows.Close()
	var out []store.Lease
	for rows.Next() {
		var l store.Lease
		var ms int64
		if err := rows.Scan(&l.Name, &l.Holder, &ms, &l.Token); err != nil {
			return nil, fmt.Errorf("leases: %w", err)
		}
		l.Expires = time.UnixMilli(ms)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("leases: %w", err)
	}
	return out, nil
}
