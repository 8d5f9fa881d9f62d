package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

var _ store.FeedStore = (*Store)(nil)

const feedColumns = `id, url, title, site_url, added, etag, last_modified, last_polled, next_poll, interval_ms, failures, last_error, articles`

// formatTime writes a time for the feeds tables; the zero time is "".
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

func scanFeed(sc interface{ Scan(...any) error }) (store.Feed, error) {
	var f store.Feed
	var added, polled, next string
	var interval int64
	err := sc.Scan(&f.ID, &f.URL, &f.Title, &f.SiteURL, &added, &f.ETag, &f.LastModified, &polled, &next,
		&interval, &f.Failures, &f.LastError, &f.Articles)
	f.Added, f.LastPolled, f.NextPoll = parseTime(added), parseTime(polled), parseTime(next)
	f.Interval = time.Duration(interval) * time.Millisecond
	return f, err
}

// AddFeed adds a feed by URL; see store.FeedStore.
func (s *Store) AddFeed(ctx context.Context, f store.Feed) (store.Feed, bool, error) {
	if f.URL == "" {
		return store.Feed{}, false, errors.New("add feed: empty URL")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", f.URL, err)
	}
	defer tx.Rollback()
	old, err := scanFeed(tx.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, f.URL))
	if err == nil {
		return old, false, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", f.URL, err)
	}
	if f.Added.IsZero() {
		f.Added = s.now()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO feeds (url, title, site_url, added) VALUES (?, ?, ?, ?)`,
		f.URL, f.Title, f.SiteURL, formatTime(f.Added))
	if err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", f.URL, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", f.URL, err)
	}
	if err := tx.Commit(); err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: commit: %w", f.URL, err)
	}
	return store.Feed{ID: id, URL: f.URL, Title: f.Title, SiteURL: f.SiteURL, Added: parseTime(formatTime(f.Added))}, true, nil
}

// Feeds lists all feeds by ID.
func (s *Store) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	var out []store.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, fmt.Errorf("list feeds: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return out, nil
}

// RemoveFeed removes a feed and its seen items.
func (s *Store) RemoveFeed(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("remove feed %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("remove feed %d: %w", id, store.ErrNotFound)
	}
	return nil
}

// UpdateFeed saves a feed's title, site and polling state.
func (s *Store) UpdateFeed(ctx context.Context, f store.Feed) error {
	res, err := s.db.ExecContext(ctx, `UPDATE feeds SET title = ?, site_url = ?, etag = ?, last_modified = ?,
		last_polled = ?, next_poll = ?, interval_ms = ?, failures = ?, last_error = ?, articles = ? WHERE id = ?`,
		f.Title, f.SiteURL, f.ETag, f.LastModified, formatTime(f.LastPolled), formatTime(f.NextPoll),
		f.Interval.Milliseconds(), f.Failures, f.LastError, f.Articles, f.ID)
	if err != nil {
		return fmt.Errorf("update feed %s: %w", f.URL, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("update feed %d (%s): %w", f.ID, f.URL, store.ErrNotFound)
	}
	return nil
}

// keyChunk bounds the keys bound in one statement.
const keyChunk = 400

// Unseen returns the keys the feed has not seen, in the order given.
func (s *Store) Unseen(ctx context.Context, feedID int64, keys []string) ([]string, error) {
	seen := map[string]bool{}
	for start := 0; start < len(keys); start += keyChunk {
		chunk := keys[start:min(start+keyChunk, len(keys))]
		args := []any{feedID}
		for _, k := range chunk {
			args = append(args, k)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT key FROM feed_items WHERE feed_id = ? AND key IN (?`+
			strings.Repeat(",?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("feed %d: seen items: %w", feedID, err)
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, fmt.Errorf("feed %d: seen items: %w", feedID, err)
			}
			seen[k] = true
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("feed %d: seen items: %w", feedID, err)
		}
	}
	var out []string
	for _, k := range keys {
		if !seen[k] {
			out = append(out, k)
			seen[k] = true // a key listed twice is new once
		}
	}
	return out, nil
}

// MarkSeen records item keys as seen for the feed.
func (s *Store) MarkSeen(ctx context.Context, feedID int64, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("feed %d: mark seen: %w", feedID, err)
	}
	defer tx.Rollback()
	now := formatTime(s.now())
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO feed_items (feed_id, key, seen) VALUES (?, ?, ?)`, feedID, k, now); err != nil {
			return fmt.Errorf("feed %d: mark seen: %w", feedID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("feed %d: mark seen: commit: %w", feedID, err)
	}
	return nil
}
