package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// ClaimDeliveries takes due deliveries for owner; see store.WatchStore.
func (s *Store) ClaimDeliveries(ctx context.Context, owner string, now, leaseUntil time.Time, limit int) ([]store.Delivery, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: begin: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+matchColumns+`, w.webhook, w.secret, d.attempts
		FROM watch_deliveries d JOIN watch_matches m ON m.id = d.match_id JOIN watches w ON w.id = d.watch_id
		WHERE d.state = 'pending' AND d.next_attempt <= ? AND d.lease_until <= ?
		ORDER BY d.next_attempt, d.match_id LIMIT ?`, now.UnixMilli(), now.UnixMilli(), limit)
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	var out []store.Delivery
	for rows.Next() {
		var d store.Delivery
		m, err := scanMatch(rows, &d.Webhook, &d.Secret, &d.Attempts)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim deliveries: %w", err)
		}
		d.Match = m
		out = append(out, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	for _, d := range out {
		if _, err := tx.ExecContext(ctx, `UPDATE watch_deliveries SET lease_until = ?, lease_owner = ? WHERE match_id = ?`,
			leaseUntil.UnixMilli(), owner, d.Match.ID); err != nil {
			return nil, fmt.Errorf("claim deliveries: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim deliveries: commit: %w", err)
	}
	return out, nil
}

// FinishAttempt logs and settles an attempt; see store.WatchStore.
func (s *Store) FinishAttempt(ctx context.Context, a store.DeliveryAttempt, next time.Time) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("finish delivery %d: begin: %w", a.Match, err)
	}
	defer tx.Rollback()
	if err := insertAttempt(ctx, tx, a); err != nil {
		return fmt.Errorf("finish delivery %d: %w", a.Match, err)
	}
	state, done := store.DeliveryPending, ""
	switch a.Outcome {
	case store.DeliveryDelivered, store.DeliveryFailed:
		state, done = a.Outcome, a.At.UTC().Format(time.RFC3339Nano)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE watch_deliveries SET state = ?, attempts = ?, next_attempt = ?, lease_until = 0,
		lease_owner = '', done = ? WHERE match_id = ?`, state, a.Attempt, next.UnixMilli(), done, a.Match); err != nil {
		return fmt.Errorf("finish delivery %d: %w", a.Match, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("finish delivery %d: commit: %w", a.Match, err)
	}
	return nil
}

func insertAttempt(ctx context.Context, tx *sql.Tx, a store.DeliveryAttempt) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO watch_attempts (watch_id, match_id, attempt, at, status, error, duration_ms, outcome)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.Watch, a.Match, a.Attempt, a.At.UTC().Format(time.RFC3339Nano), a.Status, a.Error,
		a.Duration.Milliseconds(), a.Outcome)
	return err
}

// ReleaseDeliveries gives back owner's unfinished claims; see
// store.WatchStore.
func (s *Store) ReleaseDeliveries(ctx context.Context, owner string) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE watch_deliveries SET lease_until = 0, lease_owner = ''
		WHERE lease_owner = ? AND state = 'pending'`, owner); err != nil {
		return fmt.Errorf("release deliveries: %w", err)
	}
	return nil
}

// LogAttempt logs a test delivery; see store.WatchStore.
func (s *Store) LogAttempt(ctx context.Context, a store.DeliveryAttempt) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("log delivery: begin: %w", err)
	}
	defer tx.Rollback()
	if err := insertAttempt(ctx, tx, a); err != nil {
		return fmt.Errorf("log delivery: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("log delivery: commit: %w", err)
	}
	return nil
}

// DeliveryLog returns a watch's recent attempts; see store.WatchStore.
func (s *Store) DeliveryLog(ctx context.Context, watch int64, limit int) ([]store.DeliveryAttempt, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, watch_id, match_id, attempt, at, status, error, duration_ms, outcome
		FROM watch_attempts WHERE watch_id = ? ORDER BY id DESC LIMIT ?`, watch, limit)
	if err != nil {
		return nil, fmt.Errorf("delivery log of watch %d: %w", watch, err)
	}
	defer rows.Close()
	var out []store.DeliveryAttempt
	for rows.Next() {
		var a store.DeliveryAttempt
		var at string
		var ms int64
		if err := rows.Scan(&a.ID, &a.Watch, &a.Match, &a.Attempt, &at, &a.Status, &a.Error, &ms, &a.Outcome); err != nil {
			return nil, fmt.Errorf("delivery log of watch %d: %w", watch, err)
		}
		a.At, _ = time.Parse(time.RFC3339Nano, at)
		a.Duration = time.Duration(ms) * time.Millisecond
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("delivery log of watch %d: %w", watch, err)
	}
	return out, nil
}

// DeliveryCounts counts a watch's deliveries by state; see
// store.WatchStore.
func (s *Store) DeliveryCounts(ctx context.Context, watch int64) (store.DeliveryState, error) {
	var c store.DeliveryState
	rows, err := s.db.QueryContext(ctx, `SELECT state, count(*) FROM watch_deliveries WHERE watch_id = ? GROUP BY state`, watch)
	if err != nil {
		return c, fmt.Errorf("deliveries of watch %d: %w", watch, err)
	}
	defer rows.Close()
	for rows.Next() {
		var state string
		var n int
		if err := rows.Scan(&state, &n); err != nil {
			return c, fmt.Errorf("deliveries of watch %d: %w", watch, err)
		}
		switch state {
		case store.DeliveryPending:
			c.Pending = n
		case store.DeliveryDelivered:
			c.Delivered = n
		case store.DeliveryFailed:
			c.Failed = n
		}
	}
	return c, rows.Err()
}

// NextDelivery returns when the next pending delivery is due; see
// store.WatchStore.
func (s *Store) NextDelivery(ctx context.Context) (time.Time, error) {
	var next sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MIN(MAX(next_attempt, lease_until)) FROM watch_deliveries WHERE state = 'pending'`).Scan(&next); err != nil {
		return time.Time{}, fmt.Errorf("next delivery: %w", err)
	}
	if !next.Valid {
		return time.Time{}, nil
	}
	return time.UnixMilli(next.Int64), nil
}
