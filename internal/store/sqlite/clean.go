package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.CleanStore = (*Store)(nil)

// OutletModel returns the cleaning model of an outlet; see
// store.CleanStore.
func (s *Store) OutletModel(ctx context.Context, outlet string) (*clean.Model, error) {
	var b []byte
	err := s.db.QueryRowContext(ctx, `SELECT model FROM clean_models WHERE outlet = ?`, outlet).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return &clean.Model{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read cleaning model of %q: %w", outlet, err)
	}
	m := &clean.Model{}
	if err := m.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("read cleaning model of %q: %w", outlet, err)
	}
	return m, nil
}

// learning reads, in a write transaction, whether learning is caught up
// with the articles (so that the articles this transaction adds may be
// learned from at once).
func learning(ctx context.Context, tx *sql.Tx) (bool, error) {
	var upto, last int64
	if err := tx.QueryRowContext(ctx, `SELECT upto FROM clean_learned WHERE id = 1`).Scan(&upto); err != nil {
		return false, fmt.Errorf("read cleaning progress: %w", err)
	}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) FROM articles`).Scan(&last); err != nil {
		return false, fmt.Errorf("read cleaning progress: %w", err)
	}
	return upto >= last, nil
}

// learnUpTo adds lessons to the outlets' models and records that learning
// has read every article up to rowid upto, in transaction tx. Call the
// function it returns once tx has committed: it caches the models as
// written (see clean.ModelCache).
func (s *Store) learnUpTo(ctx context.Context, tx *sql.Tx, lessons []clean.Lesson, upto int64, now time.Time) (committed func(), err error) {
	order, byOutlet := clean.GroupLessons(lessons)
	written := make(map[string]*clean.Model, len(order))
	count, err := tx.PrepareContext(ctx, `SELECT articles FROM clean_models WHERE outlet = ?`)
	if err != nil {
		return nil, fmt.Errorf("read cleaning models: %w", err)
	}
	defer count.Close()
	save, err := tx.PrepareContext(ctx, `INSERT INTO clean_models (outlet, articles, model, updated) VALUES (?, ?, ?, ?)
		ON CONFLICT (outlet) DO UPDATE SET articles = excluded.articles, model = excluded.model, updated = excluded.updated`)
	if err != nil {
		return nil, fmt.Errorf("save cleaning models: %w", err)
	}
	defer save.Close()
	for _, outlet := range order {
		m, err := s.modelToLearn(ctx, tx, count, outlet)
		if err != nil {
			return nil, err
		}
		for _, l := range byOutlet[outlet] {
			m.Learn(l.Keys, l.Day)
		}
		b, err := m.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("save cleaning model of %q: %w", outlet, err)
		}
		if _, err := save.ExecContext(ctx, outlet, m.Articles, b, now.Format(time.RFC3339Nano)); err != nil {
			return nil, fmt.Errorf("save cleaning model of %q: %w", outlet, err)
		}
		written[outlet] = m
	}
	if _, err := tx.ExecContext(ctx, `UPDATE clean_learned SET upto = ? WHERE id = 1`, upto); err != nil {
		return nil, fmt.Errorf("save cleaning progress: %w", err)
	}
	return func() { s.models.Put(written) }, nil
}

// modelToLearn returns the stored model of outlet, in transaction tx, to
// learn into: the cached one when it is the stored one, else decoded from
// the store (an empty model when there is none). count reads a stored
// model's article count.
func (s *Store) modelToLearn(ctx context.Context, tx *sql.Tx, count *sql.Stmt, outlet string) (*clean.Model, error) {
	var articles int64
	err := count.QueryRowContext(ctx, outlet).Scan(&articles)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		s.models.Take(outlet, -1) // a cached model of a store since replaced
		return &clean.Model{}, nil
	case err != nil:
		return nil, fmt.Errorf("read cleaning model of %q: %w", outlet, err)
	}
	if m := s.models.Take(outlet, articles); m != nil {
		return m, nil
	}
	var b []byte
	if err := tx.QueryRowContext(ctx, `SELECT model FROM clean_models WHERE outlet = ?`, outlet).Scan(&b); err != nil {
		return nil, fmt.Errorf("read cleaning model of %q: %w", outlet, err)
	}
	m := &clean.Model{}
	if err := m.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("read cleaning model of %q: %w", outlet, err)
	}
	return m, nil
}

// learnBatch is how many articles LearnPending reads per transaction.
const learnBatch = 2000

// LearnPending learns from the articles not learned from yet; see
// store.CleanStore.
func (s *Store) LearnPending(ctx context.Context) (int, error) {
	done := 0
	for {
		n, err := s.learnSome(ctx)
		done += n
		if err != nil || n == 0 {
			return done, err
		}
	}
}

func (s *Store) learnSome(ctx context.Context) (int, error) {
	var upto, last int64
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT upto FROM clean_learned WHERE id = 1), (SELECT coalesce(max(rowid), 0) FROM articles)`).Scan(&upto, &last); err != nil {
		return 0, fmt.Errorf("read cleaning progress: %w", err)
	}
	if upto >= last {
		return 0, nil // nothing to learn: no write transaction
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("learn furniture: begin: %w", err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT upto FROM clean_learned WHERE id = 1`).Scan(&upto); err != nil {
		return 0, fmt.Errorf("read cleaning progress: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT rowid, outlet, body, published FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?`, upto, learnBatch)
	if err != nil {
		return 0, fmt.Errorf("learn furniture: %w", err)
	}
	var lessons []clean.Lesson
	var maxRow int64
	for rows.Next() {
		var (
			a         article.Article
			body, pub string
			rowid     int64
		)
		if err := rows.Scan(&rowid, &a.Outlet, &body, &pub); err != nil {
			rows.Close()
			return 0, fmt.Errorf("learn furniture: %w", err)
		}
		a.Paragraphs = splitBody(body)
		a.Published, _ = article.ParseDate(pub)
		lessons = append(lessons, clean.LessonOf(&a, nil))
		maxRow = rowid
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return 0, fmt.Errorf("learn furniture: %w", err)
	}
	rows.Close()
	if len(lessons) == 0 {
		return 0, nil
	}
	committed, err := s.learnUpTo(ctx, tx, lessons, maxRow, s.now().UTC())
	if err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("learn furniture: commit: %w", err)
	}
	committed()
	return len(lessons), nil
}
