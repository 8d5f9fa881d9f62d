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
	stmts := newStmtCache(tx)
	defer stmts.close()
	caughtUp, err := learning(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	var lessons []clean.Lesson
	if caughtUp {
		lessons = make([]clean.Lesson, 0, len(arts))
	}
	for i, a := range arts {
		r, err := putOne(ctx, stmts, a, now, &lessons)
		if err != nil {
			return nil, fmt.Errorf("put article %s (%s): %w", a.ID, a.Source.Location, err)
		}
		results[i] = r
	}
	learned := func() {}
	if caughtUp && len(lessons) > 0 {
		var last int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM articles`).Scan(&last); err != nil {
			return nil, fmt.Errorf("put articles: %w", err)
		}
		if learned, err = s.learnUpTo(ctx, tx, lessons, last, now); err != nil {
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
	learned()
	return results, nil
}

// putOne stores one article and queues it for the full-text index, copy
// detection and stories. When lessons is not nil (cleaning is caught up),
// it appends what the article teaches its outlet's cleaning model.
func putOne(ctx context.Context, tx *stmtCache, a *article.Article, now time.Time, lessons *[]clean.Lesson) (store.PutResult, error) {
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
		if *lessons != nil {
			*lessons = append(*lessons, clean.LessonOf(a, nil))
		}
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
	if err := unindex(ctx, tx, rowid, curTitle, curBody); err != nil {
		return store.PutResult{}, err
	}
	if *lessons != nil {
		// Only the paragraphs new in this revision: the article was counted
		// once already for the ones it keeps.
		*lessons = append(*lessons, clean.LessonOf(a, clean.Keys(splitBody(curBody))))
	}
	return store.PutResult{ID: a.ID, Outcome: store.Revised, Revision: a.Revision}, nil
}

// enqueue puts a new or revised article on the queues of the full-text
// index and of copy detection (its text is to be indexed and checked) and
// a new one on the queue of stories; a revised article waiting for its
// story keeps its place, at its new time.
func enqueue(ctx context.Context, tx *stmtCache, rowid int64, a *article.Article, added bool) error {
	undated, at := 1, int64(0)
	if !a.Published.IsZero() {
		undated, at = 0, a.Published.Unix()
	}
	if _, err := tx.exec(ctx, `INSERT OR IGNORE INTO fts_queue (article) VALUES (?)`, rowid); err != nil {
		return fmt.Errorf("queue for the full-text index: %w", err)
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
		a.Source.Location, a.Source.Format, a.Updated.Format(time.RFC3339Nano), a.ContentHash, a.Revision, a.DateSource,
	}
}

const columns = `external_id, outlet, url, title, authors, published, published_unix, language,
	categories, tags, excerpt, image, body, source_location, source_format, updated, content_hash, revision, date_source`

func insertArticle(ctx context.Context, tx *stmtCache, a *article.Article) (int64, error) {
	args := append([]any{a.ID, a.Added.Format(time.RFC3339Nano)}, row(a)...)
	res, err := tx.exec(ctx, `INSERT INTO articles (id, added, `+columns+`)
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

func updateArticle(ctx context.Context, tx *stmtCache, a *article.Article) error {
	args := append(row(a), a.ID)
	_, err := tx.exec(ctx, `UPDATE articles SET (`+columns+`)
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

// unindex takes the old text of a revised article out of the full-text
// index, unless it was never indexed (it is still queued: enqueue has
// just queued it again, so look for it as it was before this batch).
func unindex(ctx context.Context, tx *stmtCache, rowid int64, title, body string) error {
	var indexed bool
	if err := tx.queryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = ?)`, rowid).Scan(&indexed); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	if !indexed {
		return nil
	}
	if _, err := tx.exec(ctx, `INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)`,
		rowid, title, body); err != nil {
		return fmt.Errorf("full-text index: remove old text: %w", err)
	}
	return nil
}
