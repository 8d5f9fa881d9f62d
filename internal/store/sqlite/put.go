package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
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
	caughtUp, err := learning(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	var lessons []lesson
	if caughtUp {
		lessons = make([]lesson, 0, len(arts))
	}
	for i, a := range arts {
		r, err := putOne(ctx, tx, a, now, &idx, &lessons)
		if err != nil {
			return nil, fmt.Errorf("put article %s (%s): %w", a.ID, a.Source.Location, err)
		}
		results[i] = r
	}
	if err := idx.apply(ctx, tx); err != nil {
		return nil, fmt.Errorf("put articles: full-text index: %w", err)
	}
	if caughtUp && len(lessons) > 0 {
		var last int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM articles`).Scan(&last); err != nil {
			return nil, fmt.Errorf("put articles: %w", err)
		}
		if err := learnUpTo(ctx, tx, lessons, last, now); err != nil {
			return nil, fmt.Errorf("put articles: %w", err)
		}
	}
	remember, err := s.recordOutlets(ctx, tx, arts, now)
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put articles: commit: %w", err)
	}
	remember()
	return results, nil
}

// putOne stores one article. When lessons is not nil (cleaning is caught
// up), it appends what the article teaches its outlet's cleaning model.
func putOne(ctx context.Context, tx *sql.Tx, a *article.Article, now time.Time, idx *ftsChanges, lessons *[]lesson) (store.PutResult, error) {
	if a.ID == "" || a.ContentHash == "" {
		return store.PutResult{}, errors.New("article has no identity (call Identify)")
	}
	var (
		curHash, curTitle, curBody, curSource, curAdded string
		curRev                                          int
		rowid                                           int64
	)
	err := tx.QueryRowContext(ctx,
		`SELECT rowid, content_hash, revision, title, body, source_location, updated FROM articles WHERE id = ?`, a.ID).
		Scan(&rowid, &curHash, &curRev, &curTitle, &curBody, &curSource, &curAdded)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		a.Revision, a.Added, a.Updated = 1, now, now
		rowid, err := insertArticle(ctx, tx, a)
		if err != nil {
			return store.PutResult{}, err
		}
		idx.queue(rowid)
		if *lessons != nil {
			*lessons = append(*lessons, lessonOf(a, nil))
		}
		return store.PutResult{ID: a.ID, Outcome: store.Added, Revision: 1}, nil
	case err != nil:
		return store.PutResult{}, err
	}
	if curHash == a.ContentHash {
		return store.PutResult{ID: a.ID, Outcome: store.Unchanged, Revision: curRev}, nil
	}
	var old int
	err = tx.QueryRowContext(ctx,
		`SELECT revision FROM revisions WHERE article_id = ? AND content_hash = ? LIMIT 1`, a.ID, a.ContentHash).Scan(&old)
	if err == nil {
		return store.PutResult{ID: a.ID, Outcome: store.Unchanged, Revision: curRev}, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return store.PutResult{}, err
	}
	if _, err := tx.ExecContext(ctx,
		`INSERT INTO revisions (article_id, revision, content_hash, title, body, source_location, added) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		a.ID, curRev, curHash, curTitle, curBody, curSource, curAdded); err != nil {
		return store.PutResult{}, fmt.Errorf("keep revision %d: %w", curRev, err)
	}
	a.Revision, a.Updated = curRev+1, now
	if err := updateArticle(ctx, tx, a); err != nil {
		return store.PutResult{}, err
	}
	idx.replace(ftsRow{rowid, curTitle, curBody})
	if *lessons != nil {
		// Only the paragraphs new in this revision: the article was counted
		// once already for the ones it keeps.
		*lessons = append(*lessons, lessonOf(a, clean.Keys(splitBody(curBody))))
	}
	return store.PutResult{ID: a.ID, Outcome: store.Revised, Revision: a.Revision}, nil
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
		a.Source.Location, a.Source.Format, a.Updated.Format(time.RFC3339Nano), a.ContentHash, a.Revision, a.DateSource,
	}
}

const columns = `external_id, outlet, url, title, authors, published, published_unix, language,
	categories, tags, excerpt, image, body, source_location, source_format, updated, content_hash, revision, date_source`

func insertArticle(ctx context.Context, tx *sql.Tx, a *article.Article) (int64, error) {
	args := append([]any{a.ID, a.Added.Format(time.RFC3339Nano)}, row(a)...)
	res, err := tx.ExecContext(ctx, `INSERT INTO articles (id, added, `+columns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
	if err != nil {
		return 0, fmt.Errorf("insert: %w", err)
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert: %w", err)
	}
	return rowid, nil
}

func updateArticle(ctx context.Context, tx *sql.Tx, a *article.Article) error {
	args := append(row(a), a.ID)
	_, err := tx.ExecContext(ctx, `UPDATE articles SET (`+columns+`)
		= (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`, args...)
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
func (c *ftsChanges) apply(ctx context.Context, tx *sql.Tx) error {
	for _, r := range c.remove {
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)`,
			r.rowid, r.title, r.body); err != nil {
			return fmt.Errorf("remove old text: %w", err)
		}
	}
	if len(c.add) == 0 {
		return nil
	}
	ids, _ := json.Marshal(c.add) // a []int64 always marshals
	_, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body)
		SELECT rowid, title, body FROM articles WHERE rowid IN (SELECT value FROM json_each(?))`, string(ids))
	if err != nil {
		return fmt.Errorf("add text: %w", err)
	}
	return nil
}
