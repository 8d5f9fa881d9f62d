package postgres

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/clean"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.CleanStore = (*Store)(nil)

// OutletModel returns the cleaning model of an outlet; see
// store.CleanStore.
func (s *Store) OutletModel(ctx context.Context, outlet string) (*clean.Model, error) {
	var b []byte
	err := s.pool.QueryRow(ctx, `SELECT model FROM clean_models WHERE outlet = $1`, outlet).Scan(&b)
	if noRows(err) {
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

// learnUpTo adds lessons to the outlets' models and records that learning
// has read every article up to seq upto, in tx (which holds the row of
// clean_learned, so that one transaction learns at a time). Call the
// function it returns once tx has committed: it caches the models as
// written (see clean.ModelCache).
func (s *Store) learnUpTo(ctx context.Context, tx pgx.Tx, lessons []clean.Lesson, upto int64, now time.Time) (committed func(), err error) {
	outlets, byOutlet := clean.GroupLessons(lessons)
	slices.Sort(outlets) // rows locked in one order by every writer
	models, err := s.modelsToLearn(ctx, tx, outlets)
	if err != nil {
		return nil, err
	}
	b := &pgx.Batch{}
	for _, o := range outlets {
		m := models[o]
		for _, l := range byOutlet[o] {
			m.Learn(l.Keys, l.Day)
		}
		data, err := m.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("save cleaning model of %q: %w", o, err)
		}
		b.Queue(`INSERT INTO clean_models (outlet, articles, model, updated) VALUES ($1, $2, $3, $4)
			ON CONFLICT (outlet) DO UPDATE SET articles = excluded.articles, model = excluded.model, updated = excluded.updated`,
			o, m.Articles, data, now)
	}
	b.Queue(`UPDATE clean_learned SET upto = greatest(upto, $1) WHERE id = 1`, upto)
	if err := sendBatch(ctx, tx, b); err != nil {
		return nil, fmt.Errorf("save cleaning models: %w", err)
	}
	return func() { s.models.Put(models) }, nil
}

// modelsToLearn returns the stored models of outlets, in tx, to learn
// into: the cached one where it is the stored one, the others decoded
// from the store, an empty model for an outlet with none.
func (s *Store) modelsToLearn(ctx context.Context, tx pgx.Tx, outlets []string) (map[string]*clean.Model, error) {
	models := make(map[string]*clean.Model, len(outlets))
	if len(outlets) == 0 {
		return models, nil
	}
	rows, err := tx.Query(ctx, `SELECT outlet, articles FROM clean_models WHERE outlet = ANY($1)`, outlets)
	if err != nil {
		return nil, fmt.Errorf("read cleaning models: %w", err)
	}
	counts := make(map[string]int64, len(outlets))
	for rows.Next() {
		var o string
		var n int64
		if err := rows.Scan(&o, &n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read cleaning models: %w", err)
		}
		counts[o] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read cleaning models: %w", err)
	}
	var read []string
	for _, o := range outlets {
		n, ok := counts[o]
		switch m := s.models.Take(o, n); {
		case !ok:
			models[o] = &clean.Model{}
		case m != nil:
			models[o] = m
		default:
			read = append(read, o)
		}
	}
	if len(read) == 0 {
		return models, nil
	}
	rows, err = tx.Query(ctx, `SELECT outlet, model FROM clean_models WHERE outlet = ANY($1)`, read)
	if err != nil {
		return nil, fmt.Errorf("read cleaning models: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var o string
		var b []byte
		if err := rows.Scan(&o, &b); err != nil {
			return nil, fmt.Errorf("read cleaning models: %w", err)
		}
		m := &clean.Model{}
		if err := m.UnmarshalBinary(b); err != nil {
			return nil, fmt.Errorf("read cleaning model of %q: %w", o, err)
		}
		models[o] = m
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read cleaning models: %w", err)
	}
	return models, nil
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
	if err := s.pool.QueryRow(ctx, `SELECT (SELECT upto FROM clean_learned WHERE id = 1), (SELECT coalesce(max(seq), 0) FROM articles)`).Scan(&upto, &last); err != nil {
		return 0, fmt.Errorf("read cleaning progress: %w", err)
	}
	if upto >= last {
		return 0, nil // nothing to learn: no lock taken
	}
	n := 0
	learned := func() {}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT upto FROM clean_learned WHERE id = 1 FOR UPDATE`).Scan(&upto); err != nil {
			return fmt.Errorf("read cleaning progress: %w", err)
		}
		rows, err := tx.Query(ctx, `SELECT seq, outlet, body, published FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2`, upto, learnBatch)
		if err != nil {
			return err
		}
		var lessons []clean.Lesson
		var maxSeq int64
		for rows.Next() {
			var (
				a         article.Article
				body, pub string
				seq       int64
			)
			if err := rows.Scan(&seq, &a.Outlet, &body, &pub); err != nil {
				rows.Close()
				return err
			}
			a.Paragraphs = splitBody(body)
			a.Published, _ = article.ParseDate(pub)
			lessons = append(lessons, clean.LessonOf(&a, nil))
			maxSeq = seq
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(lessons) == 0 {
			return nil
		}
		n = len(lessons)
		learned, err = s.learnUpTo(ctx, tx, lessons, maxSeq, s.now().UTC())
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("learn furniture: %w", err)
	}
	learned()
	return n, nil
}
