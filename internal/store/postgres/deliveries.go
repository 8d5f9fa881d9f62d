package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/store"
)

// ClaimDeliveries takes due deliveries for owner; see store.WatchStore.
// Processes claiming at once skip each other's rows (FOR UPDATE SKIP
// LOCKED) instead of waiting for them.
func (s *Store) ClaimDeliveries(ctx context.Context, owner string, now, leaseUntil time.Time, limit int) ([]store.Delivery, error) {
	rows, err := s.pool.Query(ctx, `WITH due AS (
			SELECT d.match_id FROM watch_deliveries d
			WHERE d.state = 'pending' AND d.next_attempt <= $1 AND d.lease_until <= $1
			ORDER BY d.next_attempt, d.match_id LIMIT $2 FOR UPDATE SKIP LOCKED),
		claimed AS (UPDATE watch_deliveries d SET lease_until = $3, lease_owner = $4
			FROM due WHERE d.match_id = due.match_id RETURNING d.match_id, d.watch_id, d.attempts, d.next_attempt)
		SELECT `+matchColumns+`, w.webhook, w.secret, c.attempts
		FROM claimed c JOIN watch_matches m ON m.id = c.match_id JOIN watches w ON w.id = c.watch_id
		ORDER BY c.next_attempt, c.match_id`, now.UnixMilli(), limitArg(limit), leaseUntil.UnixMilli(), owner)
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Delivery, error) {
		var d store.Delivery
		m, err := scanMatch(r, &d.Webhook, &d.Secret, &d.Attempts)
		d.Match = m
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	return out, nil
}

const qAttempt = `INSERT INTO watch_attempts (watch_id, match_id, attempt, at, status, error, duration_ms, outcome)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`

func attemptArgs(a store.DeliveryAttempt) []any {
	return []any{a.Watch, a.Match, a.Attempt, a.At.UTC(), a.Status, a.Error, a.Duration.Milliseconds(), a.Outcome}
}

// FinishAttempt logs and settles an attempt; see store.WatchStore.
func (s *Store) FinishAttempt(ctx context.Context, a store.DeliveryAttempt, next time.Time) error {
	state, done := store.DeliveryPending, any(nil)
	switch a.Outcome {
	case store.DeliveryDelivered, store.DeliveryFailed:
		state, done = a.Outcome, a.At.UTC()
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		b.Queue(qAttempt, attemptArgs(a)...)
		b.Queue(`UPDATE watch_deliveries SET state = $1, attempts = $2, next_attempt = $3, lease_until = 0,
			lease_owner = '', done = $4 WHERE match_id = $5`, state, a.Attempt, next.UnixMilli(), done, a.Match)
		return sendBatch(ctx, tx, b)
	})
	if err != nil {
		return fmt.Errorf("finish delivery %d: %w", a.Match, err)
	}
	return nil
}

// ReleaseDeliveries gives back owner's unfinished claims; see
// store.WatchStore.
func (s *Store) ReleaseDeliveries(ctx context.Context, owner string) error {
	if _, err := s.pool.Exec(ctx, `UPDATE watch_deliveries SET lease_until = 0, lease_owner = ''
		WHERE lease_owner = $1 AND state = 'pending'`, owner); err != nil {
		return fmt.Errorf("release deliveries: %w", err)
	}
	return nil
}

// LogAttempt logs a test delivery; see store.WatchStore.
func (s *Store) LogAttempt(ctx context.Context, a store.DeliveryAttempt) error {
	if _, err := s.pool.Exec(ctx, qAttempt, attemptArgs(a)...); err != nil {
		return fmt.Errorf("log delivery: %w", err)
	}
	return nil
}

// DeliveryLog returns a watch's recent attempts; see store.WatchStore.
func (s *Store) DeliveryLog(ctx context.Context, watch int64, limit int) ([]store.DeliveryAttempt, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, watch_id, match_id, attempt, at, status, error, duration_ms, outcome
		FROM watch_attempts WHERE watch_id = $1 ORDER BY id DESC LIMIT $2`, watch, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("delivery log of watch %d: %w", watch, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.DeliveryAttempt, error) {
		var a store.DeliveryAttempt
		var ms int64
		err := r.Scan(&a.ID, &a.Watch, &a.Match, &a.Attempt, &a.At, &a.Status, &a.Error, &ms, &a.Outcome)
		a.At = a.At.UTC()
		a.Duration = time.Duration(ms) * time.Millisecond
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("delivery log of watch %d: %w", watch, err)
	}
	return out, nil
}

// DeliveryCounts counts a watch's deliveries by state; see
// store.WatchStore.
func (s *Store) DeliveryCounts(ctx context.Context, watch int64) (store.DeliveryState, error) {
	var c store.DeliveryState
	err := s.pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'delivered'),
		count(*) FILTER (WHERE state = 'failed') FROM watch_deliveries WHERE watch_id = $1`, watch).Scan(&c.Pending, &c.Delivered, &c.Failed)
	if err != nil {
		return c, fmt.Errorf("deliveries of watch %d: %w", watch, err)
	}
	return c, nil
}

// NextDelivery returns when the next pending delivery is due; see
// store.WatchStore.
func (s *Store) NextDelivery(ctx context.Context) (time.Time, error) {
	var next *int64
	if err := s.pool.QueryRow(ctx, `SELECT MIN(GREATEST(next_attempt, lease_until)) FROM watch_deliveries WHERE state = 'pending'`).Scan(&next); err != nil {
		return time.Time{}, fmt.Errorf("next delivery: %w", err)
	}
	if next == nil {
		return time.Time{}, nil
	}
	return time.UnixMilli(*next), nil
}
