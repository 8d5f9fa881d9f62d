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
// has read every article up to rowid upto, in transaction tx.
func learnUpTo(ctx context.Context, tx *sql.Tx, lessons []clean.Lesson, upto int64, now time.Time) error {
	order, byOutlet := clean.GroupLessons(lessons)
	for _, outlet := range order {
		m := &clean.Model{}
		var b []byte
		err := tx.QueryRowContext(ctx, `SELECT model FROM clean_models WHERE outlet = ?`, outlet).Scan(&b)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return fmt.Errorf("read cleaning model of %q: %w", outlet, err)
		default:
			if err := m.UnmarshalBinary(b); err != nil {
				return fmt.Errorf("read cleaning model of %q: %w", outlet, err)
			}
		}
		for _, l := range byOutlet[outlet] {
			m.Learn(l.Keys, l.Day)
		}
		if b, err = m.MarshalBinary(); err != nil {
			return fmt.Errorf("save cleaning model of %q: %w", outlet, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO clean_models (outlet, articles, model, updated) VALUES (?, ?, ?, ?)
			ON CONFLICT (outlet) DO UPDATE SET articles = excluded.articles, model = excluded.model, updated = excluded.updated`,
			outlet, m.Articles, b, now.Format(time.RFC3339Nano)); err != nil {
			return fmt.Errorf("save cleaning model of %q: %w", outlet, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE clean_learned SET upto = ? WHERE id = 1`, upto); err != nil {
		return fmt.Errorf("save cleaning progress: %w", err)
	}
	return nil
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
	if err := learnUpTo(ctx, tx, lessons, maxRow, s.now().UTC()); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("learn furniture: commit: %w", err)
	}
	return len(lessons), nil
}
