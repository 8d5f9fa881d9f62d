package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/store"
)

// queueRepair queues recording one merge or split of stories and moving
// the articles it concerns.
func queueRepair(b *pgx.Batch, r store.StoryRepair) {
	switch {
	case r.Merge != nil:
		m := r.Merge
		b.Queue(`INSERT INTO story_merges (from_id, into_id, score, at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, score = excluded.score, at = excluded.at`,
			m.From, m.Into, m.Score, m.At.UTC())
		b.Queue(`UPDATE story_articles SET story_id = $1 WHERE story_id = $2`, m.Into, m.From)
		b.Queue(`DELETE FROM stories WHERE id = $1`, m.From)
	case r.Split != nil:
		sp := r.Split
		b.Queue(`INSERT INTO story_splits (from_id, into_id, articles, score, at) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (from_id, into_id) DO UPDATE SET articles = excluded.articles, score = excluded.score, at = excluded.at`,
			sp.From, sp.Into, list(sp.Articles), sp.Score, sp.At.UTC())
		b.Queue(`UPDATE story_articles SET story_id = $1 WHERE article_id = ANY($2)`, sp.Into, list(sp.Articles))
	}
}

// queueStorylines queues recording the storyline merges and summaries of
// a step. Counts of stories and articles are taken from the stories
// table, which the step's earlier statements have updated.
func queueStorylines(b *pgx.Batch, u store.StoryUpdate, now time.Time) {
	for _, m := range u.StorylineMerges {
		b.Queue(`INSERT INTO storyline_merges (from_id, into_id, score, at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id, score = excluded.score, at = excluded.at`,
			m.From, m.Into, m.Score, m.At.UTC())
		// Stories of the merged storyline that the step did not resave
		// (they left the active window) follow it.
		b.Queue(`UPDATE stories SET storyline_id = $1 WHERE storyline_id = $2`, m.Into, m.From)
		b.Queue(`DELETE FROM storylines WHERE id = $1`, m.From)
	}
	for _, l := range u.Storylines {
		b.Queue(`INSERT INTO storylines (id, title, first, last, stories, articles, outlets, outlet_count, entities, terms, updated)
			SELECT $1, $2, $3, $4, count(*), COALESCE(sum(articles), 0), $5, $6, $7, $8, $9 FROM stories WHERE storyline_id = $1
			ON CONFLICT (id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last,
				stories = excluded.stories, articles = excluded.articles, outlets = excluded.outlets,
				outlet_count = excluded.outlet_count, entities = excluded.entities, terms = excluded.terms, updated = excluded.updated`,
			l.ID, l.Title, unixOrNil(l.First.Time), unixOrNil(l.Last.Time), list(l.Outlets), len(l.Outlets),
			list(l.Entities), list(l.Terms), now)
	}
}

// resolve follows the merges recorded in table (story_merges or
// storyline_merges) from id, a bounded chain.
func (s *Store) resolve(ctx context.Context, table, id string) (string, error) {
	for range 100 {
		var into string
		err := s.pool.QueryRow(ctx, `SELECT into_id FROM `+table+` WHERE from_id = $1`, id).Scan(&into)
		if noRows(err) {
			return id, nil
		}
		if err != nil {
			return id, err
		}
		id = into
	}
	return id, nil
}

const storylineColumns = `l.id, l.title, l.first, l.last, l.stories, l.articles, l.outlets, l.entities, l.terms, l.updated`

func scanStoryline(sc pgx.Row) (store.Storyline, error) {
	var l store.Storyline
	var first, last *int64
	if err := sc.Scan(&l.ID, &l.Title, &first, &last, &l.Stories, &l.Articles, &l.Outlets, &l.Entities, &l.Terms, &l.Updated); err != nil {
		return l, err
	}
	if first != nil {
		l.First = store.OptionalTimeOf(time.Unix(*first, 0).UTC())
	}
	if last != nil {
		l.Last = store.OptionalTimeOf(time.Unix(*last, 0).UTC())
	}
	l.Outlets, l.Entities, l.Terms = list(l.Outlets), list(l.Entities), list(l.Terms)
	l.Updated = l.Updated.UTC()
	return l, nil
}

// Storylines lists storylines; see store.StoryStore.
func (s *Store) Storylines(ctx context.Context, q store.StorylineQuery) ([]store.Storyline, error) {
	var conds []string
	var a args
	if q.Entity != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM unnest(l.entities) e WHERE e ILIKE '%' || `+a.add(escapeLike(q.Entity))+` || '%')`)
	}
	if !q.Since.IsZero() {
		conds = append(conds, `l.last >= `+a.add(q.Since.Unix()))
	}
	if !q.Until.IsZero() {
		conds = append(conds, `l.first < `+a.add(q.Until.Unix()))
	}
	query := `SELECT ` + storylineColumns + ` FROM storylines l`
	if len(conds) > 0 {
		query += ` WHERE ` + strings.Join(conds, " AND ")
	}
	if q.Covered {
		query += ` ORDER BY l.stories DESC, l.articles DESC, l.last IS NULL, l.last DESC, l.id`
	} else {
		query += ` ORDER BY l.last IS NULL, l.last DESC, l.articles DESC, l.id`
	}
	query += ` LIMIT ` + a.add(limitArg(q.Limit)) + ` OFFSET ` + a.add(q.Offset)
	rows, err := s.pool.Query(ctx, query, a...)
	if err != nil {
		return nil, fmt.Errorf("list storylines: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Storyline, error) { return scanStoryline(r) })
	if err != nil {
		return nil, fmt.Errorf("list storylines: %w", err)
	}
	return out, nil
}

// Storyline returns one storyline and its stories; see store.StoryStore.
func (s *Store) Storyline(ctx context.Context, id string) (store.Storyline, []store.Story, error) {
	id, err := s.resolve(ctx, "storyline_merges", strings.TrimSpace(id))
	if err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: %w", id, err)
	}
	if len(id) < 4 {
		return store.Storyline{}, nil, fmt.Errorf("storyline %q: %w", id, store.ErrNotFound)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+storylineColumns+` FROM storylines l WHERE l.id >= $1 AND l.id < $2 ORDER BY l.id LIMIT 2`, id, id+"\uffff")
	if err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: %w", id, err)
	}
	found, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Storyline, error) { return scanStoryline(r) })
	if err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: %w", id, err)
	}
	switch {
	case len(found) == 0:
		return store.Storyline{}, nil, fmt.Errorf("storyline %q: %w", id, store.ErrNotFound)
	case len(found) > 1 && found[0].ID != id:
		return store.Storyline{}, nil, fmt.Errorf("storyline %q: %w", id, store.ErrAmbiguous)
	}
	l := found[0]
	srows, err := s.pool.Query(ctx, `SELECT `+storyColumns+fromStories+` WHERE s.storyline_id = $1
		ORDER BY s.first IS NULL, s.first, s.id`, l.ID)
	if err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: stories: %w", l.ID, err)
	}
	stories, err := pgx.CollectRows(srows, func(r pgx.CollectableRow) (store.Story, error) { return scanStory(r) })
	if err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: stories: %w", l.ID, err)
	}
	return l, stories, nil
}
