package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/store"
)

var _ store.FeedStore = (*Store)(nil)

const feedColumns = `id, url, title, site_url, added, etag, last_modified, last_polled, next_poll, interval_ms, failures, last_error, articles`

func scanFeed(sc pgx.Row) (store.Feed, error) {
	var f store.Feed
	var polled, next *time.Time
	var interval int64
	err := sc.Scan(&f.ID, &f.URL, &f.Title, &f.SiteURL, &f.Added, &f.ETag, &f.LastModified, &polled, &next,
		&interval, &f.Failures, &f.LastError, &f.Articles)
	f.Added = f.Added.UTC()
	if polled != nil {
		f.LastPolled = polled.UTC()
	}
	if next != nil {
		f.NextPoll = next.UTC()
	}
	f.Interval = time.Duration(interval) * time.Millisecond
	return f, err
}

// AddFeed adds a feed by URL; see store.FeedStore.
func (s *Store) AddFeed(ctx context.Context, f store.Feed) (store.Feed, bool, error) {
	if f.URL == "" {
		return store.Feed{}, false, errors.New("add feed: empty URL")
	}
	if f.Added.IsZero() {
		f.Added = s.now()
	}
	// The database keeps microseconds.
	added := f.Added.UTC().Truncate(time.Microsecond)
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO feeds (url, title, site_url, added) VALUES ($1, $2, $3, $4)
		ON CONFLICT (url) DO NOTHING RETURNING id`, f.URL, f.Title, f.SiteURL, added).Scan(&id)
	if noRows(err) {
		old, err := scanFeed(s.pool.QueryRow(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = $1`, f.URL))
		if err != nil {
			return store.Feed{}, false, fmt.Errorf("add feed %s: %w", f.URL, err)
		}
		return old, false, nil
	}
	if err != nil {
		return store.Feed{}, false, fmt.Errorf("add feed %s: %w", f.URL, err)
	}
	return store.Feed{ID: id, URL: f.URL, Title: f.Title, SiteURL: f.SiteURL, Added: added}, true, nil
}

// Feeds lists all feeds by ID.
func (s *Store) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+feedColumns+` FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Feed, error) { return scanFeed(r) })
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	return out, nil
}

// RemoveFeed removes a feed and its seen items.
func (s *Store) RemoveFeed(ctx context.Context, id int64) error {
	tag, err := s.pool.Exec(ctx, `DELETE FROM feeds WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("remove feed %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("remove feed %d: %w", id, store.ErrNotFound)
	}
	return nil
}

// UpdateFeed saves a feed's title, site and polling state.
func (s *Store) UpdateFeed(ctx context.Context, f store.Feed) error {
	tag, err := s.pool.Exec(ctx, `UPDATE feeds SET title = $1, site_url = $2, etag = $3, last_modified = $4,
		last_polled = $5, next_poll = $6, interval_ms = $7, failures = $8, last_error = $9, articles = $10 WHERE id = $11`,
		f.Title, f.SiteURL, f.ETag, f.LastModified, optTime(f.LastPolled), optTime(f.NextPoll),
		f.Interval.Milliseconds(), f.Failures, f.LastError, f.Articles, f.ID)
	if err != nil {
		return fmt.Errorf("update feed %s: %w", f.URL, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("update feed %d (%s): %w", f.ID, f.URL, store.ErrNotFound)
	}
	return nil
}

// Unseen returns the keys the feed has not seen, in the order given.
func (s *Store) Unseen(ctx context.Context, feedID int64, keys []string) ([]string, error) {
	seen := map[string]bool{}
	if len(keys) > 0 {
		rows, err := s.pool.Query(ctx, `SELECT key FROM feed_items WHERE feed_id = $1 AND key = ANY($2)`, feedID, keys)
		if err != nil {
			return nil, fmt.Errorf("feed %d: seen items: %w", feedID, err)
		}
		got, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return nil, fmt.Errorf("feed %d: seen items: %w", feedID, err)
		}
		for _, k := range got {
			seen[k] = true
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
	if _, err := s.pool.Exec(ctx, `INSERT INTO feed_items (feed_id, key, seen)
		SELECT $1, k, $3 FROM unnest($2::text[]) AS k ON CONFLICT DO NOTHING`, feedID, keys, s.now().UTC()); err != nil {
		return fmt.Errorf("feed %d: mark seen: %w", feedID, err)
	}
	return nil
}
