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

// Put stores articles in one write transaction; see store.Store.
func (s *Store) Put(ctx context.Context, arts []*article.Article) ([]store.PutResult, error) {
	if len(arts) == 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put articles: begin: %w", err)
	}
	defer tx.Rollback()
	now := s.now().UTC().Truncate(time.Millisecond)
	results := make([]store.PutResult, len(arts))
	var idx ftsChanges
	stmts := newStmtCache(tx)
	defer stmts.close()
	for i, a := range arts {
		r, err := putOne(ctx, stmts, a, now, &idx)
		if err != nil {
			return nil, fmt.Errorf("put article %s (%s): %w", a.ID, a.Source.Location, err)
		}
		results[i] = r
	}
	if err := idx.apply(ctx, stmts); err != nil {
		return nil, fmt.Errorf("put articles: full-text index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put articles: commit: %w", err)
	}
	return results, nil
}

func putOne(ctx context.Context, tx *stmtCache, a *article.Article, now time.Time, idx *ftsChanges) (store.PutResult, error) {
	if a.ID == "" || a.ContentHash == "" {
		return store.PutResult{}, errors.New("article has no identity (call Identify)")
	}
	var (
		curHash, curTitle, curBody, curSource, curAdded string
		curRev                                          int
		rowid                                           int64
	)
	err := tx.queryRow(ctx,
		`SELECT rowid, content_hash, revision, title, body, source_location, updated FROM articles WHERE id = ?`, a.ID).
		Scan(&rowid, &curHash, &curRev, &curTitle, &curBody, &curSource, &curAdded)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		a.Revision, a.Added, a.Updated = 1, now, now
		rowid, err := insertArticle(ctx, tx, a)
		if err != nil {
			return store.PutResult{}, err
		}
		if err := enqueue(ctx, tx, rowid, a, true); err != nil {
			return store.PutResult{}, err
		}
		idx.queue(rowid)
		return store.PutResult{ID: a.ID, Outcome: store.Added, Revision: 1}, nil
	case err != nil:
		return store.PutResult{}, err
	}
	if curHash == a.ContentHash {
		return store.PutResult{ID: a.ID, Outcome: store.Unchanged, Revision: curRev}, nil
	}
	var old int
	err = tx.queryRow(ctx,
		`SELECT revision FROM revisions WHERE article_id = ? AND content_hash = ? LIMIT 1`, a.ID, a.ContentHash).Scan(&old)
	if err == nil {
		return store.PutResult{ID: a.ID, Outcome: store.Unchanged, Revision: curRev}, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return store.PutResult{}, err
	}
	if _, err := tx.exec(ctx,
		`INSERT INTO revisions (article_id, revision, content_hash, title, body, source_location, added) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		a.ID, curRev, curHash, curTitle, curBody, curSource, curAdded); err != nil {
		return store.PutResult{}, fmt.Errorf("keep revision %d: %w", curRev, err)
	}
	a.Revision, a.Updated = curRev+1, now
	if err := updateArticle(ctx, tx, a); err != nil {
		return store.PutResult{}, err
	}
	if err := enqueue(ctx, tx, rowid, a, false); err != nil {
		return store.PutResult{}, err
	}
	idx.replace(ftsRow{rowid, curTitle, curBody})
	return store.PutResult{ID: a.ID, Outcome: store.Revised, Revision: a.Revision}, nil
}

// enqueue puts a new or revised article on the queue of copy detection
// (its text is to be checked) and a new one on the queue of stories; a
// revised article waiting for its story keeps its place, at its new time.
func enqueue(ctx context.Context, tx *stmtCache, rowid int64, a *article.Article, added bool) error {
	undated, at := 1, int64(0)
	if !a.Published.IsZero() {
		undated, at = 0, a.Published.Unix()
	}
	if _, err := tx.exec(ctx, `INSERT OR REPLACE INTO copy_queue (article, undated, at) VALUES (?, ?, ?)`,
		rowid, undated, at); err != nil {
		return fmt.Errorf("queue for copy detection: %w", err)
	}
	// The time clustering takes it at, exactly as clusterTime computes it.
	q := `UPDATE story_queue SET at = (SELECT ` + clusterTime + ` FROM articles a WHERE a.rowid = ?1) WHERE article = ?1`
	if added {
		q = `INSERT INTO story_queue (article, at) SELECT a.rowid, ` + clusterTime + ` FROM articles a WHERE a.rowid = ?1`
	}
	if _, err := tx.exec(ctx, q, rowid); err != nil {
		return fmt.Errorf("queue for stories: %w", err)
	}
	return nil
}

// row holds an article's column values in schema order.
func row(a *article.Article) []any {
	var pub any
	if !a.Published.IsZero() {
		pub = a.Published.Unix()
	}
	return []any{
		a.ExternalID, a.Outlet, a.URL, a.Title, jsonList(a.Authors), a.Published.String(), pub,
		a.Language, jsonList(a.Categories), jsonList(a.Tags), a.Excerpt, a.Image, a.Text(),
		a.Source.Location, a.Source.Format, a.Updated.Format(time.RFC3339Nano), a.ContentHash, a.Revision,
	}
}

const columns = `external_id, outlet, url, title, authors, published, published_unix, language,
	categories, tags, excerpt, image, body, source_location, source_format, updated, content_hash, revision`

func insertArticle(ctx context.Context, tx *stmtCache, a *article.Article) (int64, error) {
	args := append([]any{a.ID, a.Added.Format(time.RFC3339Nano)}, row(a)...)
	res, err := tx.exec(ctx, `INSERT INTO articles (id, added, `+columns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
	if err != nil {
		return 0, fmt.Errorf("insert: %w", err)
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert: %w", err)
	}
	return rowid, nil
}

func updateArticle(ctx context.Context, tx *stmtCache, a *article.Article) error {
	args := append(row(a), a.ID)
	_, err := tx.exec(ctx, `UPDATE articles SET (`+columns+`)
		= (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`, args...)
	if err != nil {
		return fmt.Errorf("update: %w", err)
	}
	return nil
}

func jsonList(l []string) string {
	if len(l) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(l) // a []string always marshals
	return string(b)
}

// ftsRow is an indexed row as the index holds it.
type ftsRow struct {
	rowid       int64
	title, body string
}

// ftsChanges collects a batch's changes to the full-text index, so that
// they are written last and at once.
type ftsChanges struct {
	remove []ftsRow
	add    []int64
	queued map[int64]bool
}

// queue marks a row to be indexed with its text as it is at the end of the
// batch.
func (c *ftsChanges) queue(rowid int64) {
	if c.queued == nil {
		c.queued = map[int64]bool{}
	}
	if !c.queued[rowid] {
		c.queued[rowid] = true
		c.add = append(c.add, rowid)
	}
}

// replace marks an indexed row whose text changed: its old text comes out
// of the index, unless the row was added in this batch and so is not in the
// index yet.
func (c *ftsChanges) replace(old ftsRow) {
	if !c.queued[old.rowid] {
		c.remove = append(c.remove, old)
	}
	c.queue(old.rowid)
}

// apply writes the batch's changes to the index: the old text of revised
// articles out, every new and revised article in, in one statement.
func (c *ftsChanges) apply(ctx context.Context, tx *stmtCache) error {
	for _, r := range c.remove {
		if _, err := tx.exec(ctx, `INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)`,
			r.rowid, r.title, r.body); err != nil {
			return fmt.Errorf("remove old text: %w", err)
		}
	}
	if len(c.add) == 0 {
		return nil
	}
	ids, _ := json.Marshal(c.add) // a []int64 always marshals
	_, err := tx.exec(ctx, `INSERT INTO articles_fts (rowid, title, body)
		SELECT rowid, title, body FROM articles WHERE rowid IN (SELECT value FROM json_each(?))`, string(ids))
	if err != nil {
		return fmt.Errorf("add text: %w", err)
	}
	return nil
}
