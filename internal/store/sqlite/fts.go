package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/internal/store"
)

// indexBatch is how many articles IndexText indexes per transaction.
const indexBatch = 4000

// TextPending counts the articles waiting for the full-text index; see
// store.Store.
func (s *Store) TextPending(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM fts_queue`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles to index: %w", err)
	}
	return n, nil
}

// IndexText indexes up to limit of the queued articles (all when limit <=
// 0), oldest first, a batch per transaction; see store.Store.
func (s *Store) IndexText(ctx context.Context, limit int) (int, error) {
	done := 0
	for limit <= 0 || done < limit {
		n := indexBatch
		if limit > 0 {
			n = min(n, limit-done)
		}
		got, err := s.indexSome(ctx, n)
		done += got
		if err != nil || got == 0 {
			return done, err
		}
	}
	return done, nil
}

// indexSome indexes the first n queued articles in one transaction.
func (s *Store) indexSome(ctx context.Context, n int) (int, error) {
	var pending bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM fts_queue)`).Scan(&pending); err != nil {
		return 0, fmt.Errorf("full-text index: %w", err)
	}
	if !pending {
		return 0, nil // no need for the write lock
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("full-text index: begin: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT article FROM fts_queue ORDER BY article LIMIT ?`, n)
	if err != nil {
		return 0, fmt.Errorf("full-text index: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, fmt.Errorf("full-text index: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("full-text index: %w", err)
	}
	if len(ids) == 0 {
		return 0, nil // another process indexed them
	}
	arg, _ := json.Marshal(ids) // a []int64 always marshals
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body)
		SELECT rowid, title, body FROM articles WHERE rowid IN (SELECT value FROM json_each(?))`, string(arg)); err != nil {
		return 0, fmt.Errorf("full-text index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM fts_queue WHERE article IN (SELECT value FROM json_each(?))`, string(arg)); err != nil {
		return 0, fmt.Errorf("full-text index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("full-text index: commit: %w", err)
	}
	return len(ids), nil
}

// ftsQuery writes a query in FTS5's syntax: every term a quoted string
// (a phrase of its words), a prefix term followed by *, all of them
// required. Terms hold only letters and digits, so no input reaches FTS5
// as an operator.
func ftsQuery(q store.Query) string {
	parts := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		parts[i] = `"` + strings.Join(t.Words, " ") + `"`
		if t.Prefix {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}
