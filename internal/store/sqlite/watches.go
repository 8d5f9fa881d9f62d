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
	if w.Spec.Lean != "" {
		rated, err := s.LeanRated(ctx)
		if err != nil {
			return store.Watch{}, fmt.Errorf("add watch: %w", err)
		}
		if !rated {
			return store.Watch{}, fmt.Errorf("add watch: lean %q: %w", w.Spec.Lean, store.ErrNoLean)
		}
	}
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
	pq := store.ParseQuery(query)
	if pq.Empty() {
		return nil, fmt.Errorf("match %q: %w: no words to search for", query, store.ErrBadQuery)
	}
	out := map[string]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	// The index must hold every article stored so far (see IndexText).
	if _, err := s.IndexText(ctx, 0); err != nil {
		return nil, fmt.Errorf("match %q: %w", query, err)
	}
	arg, _ := json.Marshal(ids) // a []string always marshals
	rows, err := s.db.QueryContext(ctx, `SELECT a.id FROM articles a
		WHERE a.id IN (SELECT value FROM json_each(?))
		AND a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, string(arg), ftsQuery(pq))
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
