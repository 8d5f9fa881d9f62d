package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.CopyStore = (*Store)(nil)

const uncheckedWhere = ` WHERE NOT EXISTS (SELECT 1 FROM copy_checks c INDEXED BY copy_checks_hash
	WHERE c.article_id = a.id AND c.content_hash = a.content_hash)`

// Unchecked returns articles not yet checked for copies; see
// store.CopyStore.
func (s *Store) Unchecked(ctx context.Context, limit int) ([]*article.Article, error) {
	const order = ` ORDER BY a.published_unix IS NULL, a.published_unix, a.rowid`
	arts, err := s.queryArticles(ctx, selectFirst(`SELECT a.rowid FROM articles a`+uncheckedWhere+order+` LIMIT ?`)+order, limit)
	if err != nil {
		return nil, fmt.Errorf("unchecked articles: %w", err)
	}
	return arts, nil
}

// CountUnchecked counts the articles not yet checked for copies.
func (s *Store) CountUnchecked(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles a`+uncheckedWhere).Scan(&n); err != nil {
		return 0, fmt.Errorf("count unchecked articles: %w", err)
	}
	return n, nil
}

// CopyPostings returns the checked articles under each key; see
// store.CopyStore.
func (s *Store) CopyPostings(ctx context.Context, keys []uint64, limit int) (map[uint64][]string, error) {
	out := make(map[uint64][]string, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	signed := make([]int64, len(keys))
	for i, k := range keys {
		signed[i] = int64(k) // SQLite integers are signed; the bits are kept
	}
	arg, _ := json.Marshal(signed) // a []int64 always marshals
	rows, err := s.db.QueryContext(ctx, `SELECT k.key, c.article_id
		FROM copy_keys k JOIN copy_checks c ON c.seq = k.seq
		WHERE k.key IN (SELECT value FROM json_each(?))
		ORDER BY k.key, k.seq`, string(arg))
	if err != nil {
		return nil, fmt.Errorf("copy postings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k int64
		var id string
		if err := rows.Scan(&k, &id); err != nil {
			return nil, fmt.Errorf("copy postings: %w", err)
		}
		if ids := out[uint64(k)]; len(ids) <= limit {
			out[uint64(k)] = append(ids, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copy postings: %w", err)
	}
	return out, nil
}

// SaveCopyChecks records checks in one transaction; see store.CopyStore.
func (s *Store) SaveCopyChecks(ctx context.Context, checks []store.CopyCheck) error {
	if len(checks) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save copy checks: begin: %w", err)
	}
	defer tx.Rollback()
	now := s.now().UTC().Format(time.RFC3339Nano)
	for _, c := range checks {
		// An earlier check of this article (of an earlier revision): its
		// links go, and so does its check, which orphans its keys: postings
		// are read through copy_checks, so orphaned keys are never seen.
		var old int64
		switch err := tx.QueryRowContext(ctx, `SELECT seq FROM copy_checks WHERE article_id = ?`, c.ArticleID).Scan(&old); {
		case err == nil:
			if _, err := tx.ExecContext(ctx, `DELETE FROM copy_checks WHERE seq = ?`, old); err != nil {
				return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM copy_links WHERE checked_by = ?`, c.ArticleID); err != nil {
				return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
			}
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO copy_checks (article_id, content_hash, checked) VALUES (?, ?, ?)`, c.ArticleID, c.ContentHash, now)
		if err != nil {
			return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
		}
		seq, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("save copy check %s: %w", c.ArticleID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO copy_keys (key, seq) SELECT value, ? FROM json_each(?)`,
			seq, keysJSON(c.Keys)); err != nil {
			return fmt.Errorf("save copy check %s: keys: %w", c.ArticleID, err)
		}
		for _, l := range c.Links {
			if _, err := tx.ExecContext(ctx, `INSERT INTO copy_links (source, copy, kind, share, detail, found, checked_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (source, copy) DO UPDATE SET kind = excluded.kind, share = excluded.share,
					detail = excluded.detail, found = excluded.found, checked_by = excluded.checked_by`,
				l.Source, l.Copy, l.Kind, l.Share, string(l.Detail), now, c.ArticleID); err != nil {
				return fmt.Errorf("save copy check %s: link %s -> %s: %w", c.ArticleID, l.Source, l.Copy, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save copy checks: commit: %w", err)
	}
	return nil
}

func keysJSON(keys []uint64) string {
	signed := make([]int64, len(keys))
	for i, k := range keys {
		signed[i] = int64(k)
	}
	b, _ := json.Marshal(signed) // a []int64 always marshals
	return string(b)
}

// CopyLinks returns copy relations; see store.CopyStore.
func (s *Store) CopyLinks(ctx context.Context, id string) ([]store.CopyLink, error) {
	q := `SELECT source, copy, kind, share, detail, found, checked_by FROM copy_links`
	var args []any
	if id != "" {
		q += ` WHERE source = ? OR copy = ?`
		args = append(args, id, id)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY share DESC, source, copy`, args...)
	if err != nil {
		return nil, fmt.Errorf("copy links: %w", err)
	}
	defer rows.Close()
	var out []store.CopyLink
	for rows.Next() {
		var l store.CopyLink
		var detail, found string
		if err := rows.Scan(&l.Source, &l.Copy, &l.Kind, &l.Share, &detail, &found, &l.CheckedBy); err != nil {
			return nil, fmt.Errorf("copy links: %w", err)
		}
		l.Detail = json.RawMessage(detail)
		l.Found, _ = time.Parse(time.RFC3339Nano, found)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("copy links: %w", err)
	}
	return out, nil
}

// CopiesOf returns the relations whose copy is one of ids, without their
// detail; see store.CopyStore.
func (s *Store) CopiesOf(ctx context.Context, ids []string) ([]store.CopyLink, error) {
	var out []store.CopyLink
	const chunk = 500
	for start := 0; start < len(ids); start += chunk {
		list, _ := json.Marshal(ids[start:min(start+chunk, len(ids))]) // a []string always marshals
		rows, err := s.db.QueryContext(ctx, `SELECT source, copy, kind, share, found, checked_by FROM copy_links
			WHERE copy IN (SELECT value FROM json_each(?)) ORDER BY copy, share DESC, source`, string(list))
		if err != nil {
			return nil, fmt.Errorf("copies of articles: %w", err)
		}
		for rows.Next() {
			var l store.CopyLink
			var found string
			if err := rows.Scan(&l.Source, &l.Copy, &l.Kind, &l.Share, &found, &l.CheckedBy); err != nil {
				rows.Close()
				return nil, fmt.Errorf("copies of articles: %w", err)
			}
			l.Found, _ = time.Parse(time.RFC3339Nano, found)
			out = append(out, l)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("copies of articles: %w", err)
		}
	}
	return out, nil
}
