package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

var _ store.WatchStore = (*Store)(nil)

// AddWatch stores a new watch; see store.WatchStore.
func (s *Store) AddWatch(ctx context.Context, w store.Watch) (store.Watch, error) {
	spec, err := json.Marshal(w.Spec)
	if err != nil {
		return store.Watch{}, fmt.Errorf("add watch: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Watch{}, fmt.Errorf("add watch: begin: %w", err)
	}
	defer tx.Rollback()
	if w.StorySeq, w.CheckSeq, err = ends(ctx, tx); err != nil {
		return store.Watch{}, fmt.Errorf("add watch: %w", err)
	}
	w.Created = s.now().UTC().Truncate(time.Millisecond)
	res, err := tx.ExecContext(ctx, `INSERT INTO watches (title, spec, webhook, secret, created, story_seq, check_seq)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, w.Title, string(spec), w.Webhook, w.Secret, w.Created.Format(time.RFC3339Nano), w.StorySeq, w.CheckSeq)
	if err != nil {
		return store.Watch{}, fmt.Errorf("add watch: %w", err)
	}
	if w.ID, err = res.LastInsertId(); err != nil {
		return store.Watch{}, fmt.Errorf("add watch: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return store.Watch{}, fmt.Errorf("add watch: commit: %w", err)
	}
	return w, nil
}

// WatchEnds returns where a new watch's cursors start; see
// store.WatchStore.
func (s *Store) WatchEnds(ctx context.Context) (int64, int64, error) {
	a, b, err := ends(ctx, s.db)
	if err != nil {
		return 0, 0, fmt.Errorf("watch cursors: %w", err)
	}
	return a, b, nil
}

func ends(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (storySeq, checkSeq int64, err error) {
	if err = q.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM story_articles`).Scan(&storySeq); err != nil {
		return 0, 0, err
	}
	if err = q.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM copy_checks`).Scan(&checkSeq); err != nil {
		return 0, 0, err
	}
	return storySeq, checkSeq, nil
}

const watchColumns = `id, title, spec, webhook, secret, created, story_seq, check_seq`

func scanWatch(sc interface{ Scan(...any) error }) (store.Watch, error) {
	var w store.Watch
	var spec, created string
	if err := sc.Scan(&w.ID, &w.Title, &spec, &w.Webhook, &w.Secret, &created, &w.StorySeq, &w.CheckSeq); err != nil {
		return w, err
	}
	if err := json.Unmarshal([]byte(spec), &w.Spec); err != nil {
		return w, fmt.Errorf("watch %d: spec: %w", w.ID, err)
	}
	w.Created, _ = time.Parse(time.RFC3339Nano, created)
	return w, nil
}

// Watches lists the watches; see store.WatchStore.
func (s *Store) Watches(ctx context.Context) ([]store.Watch, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+watchColumns+` FROM watches ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list watches: %w", err)
	}
	defer rows.Close()
	var out []store.Watch
	for rows.Next() {
		w, err := scanWatch(rows)
		if err != nil {
			return nil, fmt.Errorf("list watches: %w", err)
		}
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list watches: %w", err)
	}
	return out, nil
}

// GetWatch returns one watch; see store.WatchStore.
func (s *Store) GetWatch(ctx context.Context, id int64) (store.Watch, error) {
	w, err := scanWatch(s.db.QueryRowContext(ctx, `SELECT `+watchColumns+` FROM watches WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return store.Watch{}, fmt.Errorf("watch %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.Watch{}, fmt.Errorf("watch %d: %w", id, err)
	}
	return w, nil
}

// RemoveWatch removes a watch and all it holds; see store.WatchStore.
func (s *Store) RemoveWatch(ctx context.Context, id int64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("remove watch %d: begin: %w", id, err)
	}
	defer tx.Rollback()
	for _, q := range []string{`DELETE FROM watch_attempts WHERE watch_id = ?`, `DELETE FROM watch_deliveries WHERE watch_id = ?`,
		`DELETE FROM watch_matches WHERE watch_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return fmt.Errorf("remove watch %d: %w", id, err)
		}
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM watches WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("remove watch %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("watch %d: %w", id, store.ErrNotFound)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("remove watch %d: commit: %w", id, err)
	}
	return nil
}

// Arrivals returns story assignments after seq; see store.WatchStore.
func (s *Store) Arrivals(ctx context.Context, after int64, limit int) ([]store.Arrival, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seq, article_id, story_id, new FROM story_articles
		WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("arrivals: %w", err)
	}
	return scanArrivals(rows)
}

func scanArrivals(rows *sql.Rows) ([]store.Arrival, error) {
	defer rows.Close()
	var out []store.Arrival
	for rows.Next() {
		var a store.Arrival
		if err := rows.Scan(&a.Seq, &a.Article, &a.Story, &a.New); err != nil {
			return nil, fmt.Errorf("arrivals: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("arrivals: %w", err)
	}
	return out, nil
}

// CopyChecksAfter returns copy checks after seq; see store.WatchStore.
func (s *Store) CopyChecksAfter(ctx context.Context, after int64, limit int) ([]store.CopyCheckRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.seq, c.article_id, l.source, l.copy, l.kind, l.share, l.detail, l.found, l.checked_by
		FROM (SELECT seq, article_id FROM copy_checks WHERE seq > ? ORDER BY seq LIMIT ?) c
		LEFT JOIN copy_links l ON l.checked_by = c.article_id
		ORDER BY c.seq, l.source, l.copy`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("copy checks: %w", err)
	}
	defer rows.Close()
	var out []store.CopyCheckRecord
	for rows.Next() {
		var seq int64
		var art string
		var src, cp, kind, detail, found, by sql.NullString
		var share sql.NullFloat64
		if err := rows.Scan(&seq, &art, &src, &cp, &kind, &share, &detail, &found, &by); err != nil {
			return nil, fmt.Errorf("copy checks: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].Seq != seq {
			out = append(out, store.CopyCheckRecord{Seq: seq, Article: art})
		}
		if src.Valid {
			l := store.CopyLink{Source: src.String, Copy: cp.String, Kind: kind.String, Share: share.Float64,
				Detail: json.RawMessage(detail.String), CheckedBy: by.String}
			l.Found, _ = time.Parse(time.RFC3339Nano, found.String)
			last := &out[len(out)-1]
			last.Links = append(last.Links, l)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copy checks: %w", err)
	}
	return out, nil
}

// MatchText says which articles match a full-text query; see
// store.WatchStore.
func (s *Store) MatchText(ctx context.Context, query string, ids []string) (map[string]bool, error) {
	fts := store.FTSQuery(query)
	if fts == "" {
		return nil, fmt.Errorf("match %q: %w: no words to search for", query, store.ErrBadQuery)
	}
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	arg, _ := json.Marshal(ids) // a []string always marshals
	rows, err := s.db.QueryContext(ctx, `SELECT a.id FROM articles a
		WHERE a.id IN (SELECT value FROM json_each(?))
		AND a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, string(arg), fts)
	if err != nil {
		return nil, fmt.Errorf("match %q: %w", query, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("match %q: %w", query, err)
		}
		out[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("match %q: %w", query, err)
	}
	return out, nil
}

// SaveMatches records a watch's matches and moves its cursors; see
// store.WatchStore.
func (s *Store) SaveMatches(ctx context.Context, watch int64, ms []store.WatchMatch, storySeq, checkSeq int64) ([]store.WatchMatch, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("save matches of watch %d: begin: %w", watch, err)
	}
	defer tx.Rollback()
	var webhook string
	err = tx.QueryRowContext(ctx, `SELECT webhook FROM watches WHERE id = ?`, watch).Scan(&webhook)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("watch %d: %w", watch, store.ErrNotFound) // removed meanwhile
	}
	if err != nil {
		return nil, fmt.Errorf("save matches of watch %d: %w", watch, err)
	}
	now := s.now().UTC()
	var added []store.WatchMatch
	for _, m := range ms {
		if m.Found.IsZero() {
			m.Found = now
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO watch_matches (watch_id, key, kind, found, article, story, title, summary, url, payload)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (watch_id, key) DO NOTHING`,
			watch, m.Key, m.Kind, m.Found.UTC().Format(time.RFC3339Nano), m.Article, m.Story, m.Title, m.Summary, m.URL, string(m.Payload))
		if err != nil {
			return nil, fmt.Errorf("save match %s of watch %d: %w", m.Key, watch, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue
		}
		if m.ID, err = res.LastInsertId(); err != nil {
			return nil, fmt.Errorf("save match %s of watch %d: %w", m.Key, watch, err)
		}
		m.Watch = watch
		if webhook != "" {
			if _, err := tx.ExecContext(ctx, `INSERT INTO watch_deliveries (match_id, watch_id, next_attempt) VALUES (?, ?, ?)`,
				m.ID, watch, now.UnixMilli()); err != nil {
				return nil, fmt.Errorf("save match %s of watch %d: delivery: %w", m.Key, watch, err)
			}
		}
		added = append(added, m)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE watches SET story_seq = MAX(story_seq, ?), check_seq = MAX(check_seq, ?) WHERE id = ?`,
		storySeq, checkSeq, watch); err != nil {
		return nil, fmt.Errorf("save matches of watch %d: cursors: %w", watch, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("save matches of watch %d: commit: %w", watch, err)
	}
	return added, nil
}

const matchColumns = `m.id, m.watch_id, m.key, m.kind, m.found, m.article, m.story, m.title, m.summary, m.url, m.payload`

func scanMatch(sc interface{ Scan(...any) error }, extra ...any) (store.WatchMatch, error) {
	var m store.WatchMatch
	var found, payload string
	if err := sc.Scan(append([]any{&m.ID, &m.Watch, &m.Key, &m.Kind, &found, &m.Article, &m.Story, &m.Title, &m.Summary, &m.URL, &payload}, extra...)...); err != nil {
		return m, err
	}
	m.Found, _ = time.Parse(time.RFC3339Nano, found)
	m.Payload = []byte(payload)
	return m, nil
}

// Matches returns a watch's recent matches; see store.WatchStore.
func (s *Store) Matches(ctx context.Context, watch int64, limit int) ([]store.WatchMatch, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+matchColumns+` FROM watch_matches m WHERE m.watch_id = ? ORDER BY m.id DESC LIMIT ?`, watch, limit)
	if err != nil {
		return nil, fmt.Errorf("matches of watch %d: %w", watch, err)
	}
	defer rows.Close()
	var out []store.WatchMatch
	for rows.Next() {
		m, err := scanMatch(rows)
		if err != nil {
			return nil, fmt.Errorf("matches of watch %d: %w", watch, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("matches of watch %d: %w", watch, err)
	}
	return out, nil
}

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
