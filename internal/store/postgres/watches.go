package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

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
	w.Created = s.now().UTC().Truncate(time.Millisecond)
	err = s.pool.QueryRow(ctx, `INSERT INTO watches (title, spec, webhook, secret, created, story_seq, check_seq)
		SELECT $1, $2, $3, $4, $5, (SELECT COALESCE(MAX(seq), 0) FROM story_articles), (SELECT COALESCE(MAX(seq), 0) FROM copy_checks)
		RETURNING id, story_seq, check_seq`, w.Title, string(spec), w.Webhook, w.Secret, w.Created).Scan(&w.ID, &w.StorySeq, &w.CheckSeq)
	if err != nil {
		return store.Watch{}, fmt.Errorf("add watch: %w", err)
	}
	return w, nil
}

// WatchEnds returns where a new watch's cursors start; see
// store.WatchStore.
func (s *Store) WatchEnds(ctx context.Context) (storySeq, checkSeq int64, err error) {
	if err := s.pool.QueryRow(ctx, `SELECT (SELECT COALESCE(MAX(seq), 0) FROM story_articles), (SELECT COALESCE(MAX(seq), 0) FROM copy_checks)`).
		Scan(&storySeq, &checkSeq); err != nil {
		return 0, 0, fmt.Errorf("watch cursors: %w", err)
	}
	return storySeq, checkSeq, nil
}

const watchColumns = `id, title, spec, webhook, secret, created, story_seq, check_seq`

func scanWatch(sc pgx.Row) (store.Watch, error) {
	var w store.Watch
	var spec []byte
	if err := sc.Scan(&w.ID, &w.Title, &spec, &w.Webhook, &w.Secret, &w.Created, &w.StorySeq, &w.CheckSeq); err != nil {
		return w, err
	}
	if err := json.Unmarshal(spec, &w.Spec); err != nil {
		return w, fmt.Errorf("watch %d: spec: %w", w.ID, err)
	}
	w.Created = w.Created.UTC()
	return w, nil
}

// Watches lists the watches; see store.WatchStore.
func (s *Store) Watches(ctx context.Context) ([]store.Watch, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+watchColumns+` FROM watches ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list watches: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Watch, error) { return scanWatch(r) })
	if err != nil {
		return nil, fmt.Errorf("list watches: %w", err)
	}
	return out, nil
}

// GetWatch returns one watch; see store.WatchStore.
func (s *Store) GetWatch(ctx context.Context, id int64) (store.Watch, error) {
	w, err := scanWatch(s.pool.QueryRow(ctx, `SELECT `+watchColumns+` FROM watches WHERE id = $1`, id))
	if noRows(err) {
		return store.Watch{}, fmt.Errorf("watch %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.Watch{}, fmt.Errorf("watch %d: %w", id, err)
	}
	return w, nil
}

// RemoveWatch removes a watch and all it holds (its matches, deliveries
// and log go with it, by cascade); see store.WatchStore.
func (s *Store) RemoveWatch(ctx context.Context, id int64) error {
	tag, err := s.pool.Exec(ctx, `DELETE FROM watches WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("remove watch %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("watch %d: %w", id, store.ErrNotFound)
	}
	return nil
}

// Arrivals returns story assignments after seq; see store.WatchStore.
func (s *Store) Arrivals(ctx context.Context, after int64, limit int) ([]store.Arrival, error) {
	rows, err := s.pool.Query(ctx, `SELECT seq, article_id, story_id, new FROM story_articles
		WHERE seq > $1 ORDER BY seq LIMIT $2`, after, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("arrivals: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Arrival, error) {
		var a store.Arrival
		err := r.Scan(&a.Seq, &a.Article, &a.Story, &a.New)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("arrivals: %w", err)
	}
	return out, nil
}

// CopyChecksAfter returns copy checks after seq; see store.WatchStore.
func (s *Store) CopyChecksAfter(ctx context.Context, after int64, limit int) ([]store.CopyCheckRecord, error) {
	rows, err := s.pool.Query(ctx, `SELECT c.seq, c.article_id, l.source, l.copy, l.kind, l.share, l.detail, l.found, l.checked_by
		FROM (SELECT seq, article_id FROM copy_checks WHERE seq > $1 ORDER BY seq LIMIT $2) c
		LEFT JOIN copy_links l ON l.checked_by = c.article_id
		ORDER BY c.seq, l.source, l.copy`, after, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("copy checks: %w", err)
	}
	defer rows.Close()
	var out []store.CopyCheckRecord
	for rows.Next() {
		var seq int64
		var art string
		var src, cp, kind, by *string
		var detail []byte
		var share *float64
		var found *time.Time
		if err := rows.Scan(&seq, &art, &src, &cp, &kind, &share, &detail, &found, &by); err != nil {
			return nil, fmt.Errorf("copy checks: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].Seq != seq {
			out = append(out, store.CopyCheckRecord{Seq: seq, Article: art})
		}
		if src != nil {
			l := store.CopyLink{Source: *src, Copy: *cp, Kind: *kind, Share: *share, CheckedBy: *by, Found: found.UTC()}
			if detail != nil {
				l.Detail = json.RawMessage(detail)
			}
			last := &out[len(out)-1]
			last.Links = append(last.Links, l)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copy checks: %w", err)
	}
	return out, nil
}

// SaveMatches records a watch's matches and moves its cursors; see
// store.WatchStore.
func (s *Store) SaveMatches(ctx context.Context, watch int64, ms []store.WatchMatch, storySeq, checkSeq int64) ([]store.WatchMatch, error) {
	var added []store.WatchMatch
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var webhook string
		err := tx.QueryRow(ctx, `SELECT webhook FROM watches WHERE id = $1 FOR UPDATE`, watch).Scan(&webhook)
		if noRows(err) {
			return fmt.Errorf("watch %d: %w", watch, store.ErrNotFound) // removed meanwhile
		}
		if err != nil {
			return err
		}
		now := s.now().UTC()
		for _, m := range ms {
			if m.Found.IsZero() {
				m.Found = now
			}
			m.Found = m.Found.UTC().Truncate(time.Microsecond)
			err := tx.QueryRow(ctx, `INSERT INTO watch_matches (watch_id, key, kind, found, article, story, title, summary, url, payload)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (watch_id, key) DO NOTHING RETURNING id`,
				watch, m.Key, m.Kind, m.Found, m.Article, m.Story, m.Title, m.Summary, m.URL, nonNil(m.Payload)).Scan(&m.ID)
			if noRows(err) {
				continue
			}
			if err != nil {
				return fmt.Errorf("match %s: %w", m.Key, err)
			}
			m.Watch = watch
			if webhook != "" {
				if _, err := tx.Exec(ctx, `INSERT INTO watch_deliveries (match_id, watch_id, next_attempt) VALUES ($1, $2, $3)`,
					m.ID, watch, now.UnixMilli()); err != nil {
					return fmt.Errorf("match %s: delivery: %w", m.Key, err)
				}
			}
			added = append(added, m)
		}
		if _, err := tx.Exec(ctx, `UPDATE watches SET story_seq = GREATEST(story_seq, $1), check_seq = GREATEST(check_seq, $2) WHERE id = $3`,
			storySeq, checkSeq, watch); err != nil {
			return fmt.Errorf("cursors: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("save matches of watch %d: %w", watch, err)
	}
	return added, nil
}

// nonNil returns b, or an empty slice for nil: bytea columns are NOT NULL.
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

const matchColumns = `m.id, m.watch_id, m.key, m.kind, m.found, m.article, m.story, m.title, m.summary, m.url, m.payload`

func scanMatch(sc pgx.Row, extra ...any) (store.WatchMatch, error) {
	var m store.WatchMatch
	if err := sc.Scan(append([]any{&m.ID, &m.Watch, &m.Key, &m.Kind, &m.Found, &m.Article, &m.Story, &m.Title, &m.Summary, &m.URL, &m.Payload}, extra...)...); err != nil {
		return m, err
	}
	m.Found = m.Found.UTC()
	return m, nil
}

// Matches returns a watch's recent matches; see store.WatchStore.
func (s *Store) Matches(ctx context.Context, watch int64, limit int) ([]store.WatchMatch, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+matchColumns+` FROM watch_matches m WHERE m.watch_id = $1 ORDER BY m.id DESC LIMIT $2`,
		watch, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("matches of watch %d: %w", watch, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.WatchMatch, error) { return scanMatch(r) })
	if err != nil {
		return nil, fmt.Errorf("matches of watch %d: %w", watch, err)
	}
	return out, nil
}
