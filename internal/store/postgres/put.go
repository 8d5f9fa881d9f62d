package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

// clusterTime is the time an article is clustered at, from articles a:
// its publication time, or when it was added when it is undated.
const clusterTime = `COALESCE(a.published_unix, floor(extract(epoch FROM a.added))::bigint)`

// Each written article goes on the queues of the full-text index, copy
// detection and (when new) stories in the statement that writes it.
const (
	qInsert = `WITH a AS (INSERT INTO articles (id, added, ` + columns + `)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
			RETURNING seq, published_unix, added),
		c AS (INSERT INTO copy_queue (article, undated, at)
			SELECT seq, published_unix IS NULL, COALESCE(published_unix, 0) FROM a),
		f AS (INSERT INTO fts_queue (article) SELECT seq FROM a)
		INSERT INTO story_queue (article, at) SELECT a.seq, ` + clusterTime + ` FROM a`
	// A revised article waiting for its story keeps its place, at its new
	// time.
	qUpdate = `WITH a AS (UPDATE articles SET (` + columns + `)
			= ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) WHERE id = $1
			RETURNING seq, published_unix, added),
		c AS (INSERT INTO copy_queue (article, undated, at)
			SELECT seq, published_unix IS NULL, COALESCE(published_unix, 0) FROM a
			ON CONFLICT (article) DO UPDATE SET undated = excluded.undated, at = excluded.at),
		f AS (INSERT INTO fts_queue (article) SELECT seq FROM a ON CONFLICT DO NOTHING)
		UPDATE story_queue q SET at = ` + clusterTime + ` FROM a WHERE q.article = a.seq`
	qRevision = `INSERT INTO revisions (article_id, revision, content_hash, title, body, source_location, added)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`
)

// row holds an article's column values in columns' order.
func row(a *article.Article) []any {
	var pub any
	if !a.Published.IsZero() {
		pub = a.Published.Unix()
	}
	return []any{
		a.ExternalID, a.Outlet, a.URL, a.Title, list(a.Authors), a.Published.String(), pub,
		a.Language, list(a.Categories), list(a.Tags), a.Excerpt, a.Image, a.Text(),
		a.Source.Location, a.Source.Format, a.Updated, a.ContentHash, a.Revision, a.DateSource,
	}
}

// current is an article's stored text, as Put needs it.
type current struct {
	hash, title, body, source string
	revision                  int
	updated                   time.Time
	old                       map[string]bool // the hashes of its revisions
}

// Put stores articles in one transaction; see store.Store. Writers of
// articles take turns on the row of clean_learned (the cleaning models
// learn from the articles in the order they are stored), so that two
// batches that share articles never deadlock; within a batch, the
// articles' current texts are read in one query and the writes are sent
// as one pipelined batch.
func (s *Store) Put(ctx context.Context, arts []*article.Article) ([]store.PutResult, error) {
	if len(arts) == 0 {
		return nil, nil
	}
	ids := make([]string, 0, len(arts))
	for _, a := range arts {
		if a.ID == "" || a.ContentHash == "" {
			return nil, fmt.Errorf("put article (%s): article has no identity (call Identify)", a.Source.Location)
		}
		ids = append(ids, a.ID)
	}
	now := s.now().UTC().Truncate(time.Millisecond)
	results := make([]store.PutResult, len(arts))
	remember, learned := func() {}, func() {}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var upto, last int64
		if err := tx.QueryRow(ctx, `SELECT upto FROM clean_learned WHERE id = 1 FOR UPDATE`).Scan(&upto); err != nil {
			return fmt.Errorf("read cleaning progress: %w", err)
		}
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM articles`).Scan(&last); err != nil {
			return fmt.Errorf("read cleaning progress: %w", err)
		}
		caughtUp := upto >= last
		cur, err := readCurrent(ctx, tx, ids)
		if err != nil {
			return err
		}
		var lessons []clean.Lesson
		b := &pgx.Batch{}
		for i, a := range arts {
			c := cur[a.ID]
			switch {
			case c == nil:
				a.Revision, a.Added, a.Updated = 1, now, now
				b.Queue(qInsert, append([]any{a.ID, a.Added}, row(a)...)...)
				cur[a.ID] = &current{hash: a.ContentHash, title: a.Title, body: a.Text(), source: a.Source.Location,
					revision: 1, updated: now, old: map[string]bool{}}
				if caughtUp {
					lessons = append(lessons, clean.LessonOf(a, nil))
				}
				results[i] = store.PutResult{ID: a.ID, Outcome: store.Added, Revision: 1}
			case c.hash == a.ContentHash || c.old[a.ContentHash]:
				results[i] = store.PutResult{ID: a.ID, Outcome: store.Unchanged, Revision: c.revision}
			default:
				b.Queue(qRevision, a.ID, c.revision, c.hash, c.title, c.body, c.source, c.updated)
				a.Revision, a.Updated = c.revision+1, now
				b.Queue(qUpdate, append([]any{a.ID}, row(a)...)...)
				if caughtUp {
					// Only the paragraphs new in this revision: the article
					// was counted once already for the ones it keeps.
					lessons = append(lessons, clean.LessonOf(a, clean.Keys(splitBody(c.body))))
				}
				c.old[c.hash] = true
				c.hash, c.title, c.body, c.source, c.revision, c.updated = a.ContentHash, a.Title, a.Text(), a.Source.Location, a.Revision, now
				results[i] = store.PutResult{ID: a.ID, Outcome: store.Revised, Revision: a.Revision}
			}
		}
		if err := sendBatch(ctx, tx, b); err != nil {
			return err
		}
		if caughtUp && len(lessons) > 0 {
			if err := tx.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM articles`).Scan(&last); err != nil {
				return err
			}
			if learned, err = s.learnUpTo(ctx, tx, lessons, last, now); err != nil {
				return err
			}
		}
		remember, err = s.recordOutlets(ctx, tx, arts, now)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	remember()
	learned()
	return results, nil
}

// readCurrent reads the stored texts of the articles with ids.
func readCurrent(ctx context.Context, tx pgx.Tx, ids []string) (map[string]*current, error) {
	cur := map[string]*current{}
	rows, err := tx.Query(ctx, `SELECT id, content_hash, revision, title, body, source_location, updated
		FROM articles WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id string
		c := &current{old: map[string]bool{}}
		if err := rows.Scan(&id, &c.hash, &c.revision, &c.title, &c.body, &c.source, &c.updated); err != nil {
			rows.Close()
			return nil, err
		}
		cur[id] = c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(cur) == 0 {
		return cur, nil
	}
	rows, err = tx.Query(ctx, `SELECT article_id, content_hash FROM revisions WHERE article_id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			return nil, err
		}
		if c := cur[id]; c != nil {
			c.old[hash] = true
		}
	}
	return cur, rows.Err()
}

// sendBatch sends a batch of statements and reads every result.
func sendBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) error {
	if b.Len() == 0 {
		return nil
	}
	br := tx.SendBatch(ctx, b)
	for range b.Len() {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return err
		}
	}
	return br.Close()
}
