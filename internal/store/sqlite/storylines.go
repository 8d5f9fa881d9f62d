package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/store"
)

// applyRepair records one merge or split of stories and moves the
// articles it concerns.
func applyRepair(ctx context.Context, tx *sql.Tx, r store.StoryRepair) error {
	switch {
	case r.Merge != nil:
		m := r.Merge
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_merges (from_id, into_id, score, at) VALUES (?, ?, ?, ?)`,
			m.From, m.Into, m.Score, m.At.UTC().Format(time.RFC3339Nano)); err != nil {
			return fmt.Errorf("merge %s: %w", m.From, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE story_articles SET story_id = ? WHERE story_id = ?`, m.Into, m.From); err != nil {
			return fmt.Errorf("merge %s: %w", m.From, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, m.From); err != nil {
			return fmt.Errorf("merge %s: %w", m.From, err)
		}
	case r.Split != nil:
		sp := r.Split
		ids, _ := json.Marshal(sp.Articles) // a []string always marshals
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_splits (from_id, into_id, articles, score, at) VALUES (?, ?, ?, ?, ?)`,
			sp.From, sp.Into, string(ids), sp.Score, sp.At.UTC().Format(time.RFC3339Nano)); err != nil {
			return fmt.Errorf("split %s: %w", sp.From, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE story_articles SET story_id = ? WHERE article_id IN (SELECT value FROM json_each(?))`,
			sp.Into, string(ids)); err != nil {
			return fmt.Errorf("split %s: %w", sp.From, err)
		}
	}
	return nil
}

// saveStorylines records the storyline merges and summaries of a step.
// Counts of stories and articles are taken from the stories table, which
// the step has already updated.
func saveStorylines(ctx context.Context, tx *sql.Tx, u store.StoryUpdate, now string) error {
	for _, m := range u.StorylineMerges {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO storyline_merges (from_id, into_id, score, at) VALUES (?, ?, ?, ?)`,
			m.From, m.Into, m.Score, m.At.UTC().Format(time.RFC3339Nano)); err != nil {
			return fmt.Errorf("storyline merge %s: %w", m.From, err)
		}
		// Stories of the merged storyline that the step did not resave
		// (they left the active window) follow it.
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET storyline_id = ? WHERE storyline_id = ?`, m.Into, m.From); err != nil {
			return fmt.Errorf("storyline merge %s: %w", m.From, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM storylines WHERE id = ?`, m.From); err != nil {
			return fmt.Errorf("storyline merge %s: %w", m.From, err)
		}
	}
	// The outlets are those of the events (see storylineOutlets), taken
	// as the row is written: the events are saved by now. A one-row
	// INSERT ... VALUES over a CTE, as SaveStories writes the events; ?1,
	// the storyline's id, serves four places.
	save, err := tx.PrepareContext(ctx, `WITH c AS MATERIALIZED (`+storylineOutlets("?1")+`)
		INSERT INTO storylines (id, title, first, last, stories, articles, outlets, outlet_count, entities, terms, updated)
		VALUES (?1, ?2, ?3, ?4, (SELECT count(*) FROM stories WHERE storyline_id = ?1),
			(SELECT COALESCE(sum(articles), 0) FROM stories WHERE storyline_id = ?1),
			(SELECT outlet_list FROM c), (SELECT outlet_n FROM c), ?5, ?6, ?7)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last,
			stories = excluded.stories, articles = excluded.articles, outlets = excluded.outlets,
			outlet_count = excluded.outlet_count, entities = excluded.entities, terms = excluded.terms, updated = excluded.updated`)
	if err != nil {
		return fmt.Errorf("storylines: %w", err)
	}
	defer save.Close()
	for _, l := range u.Storylines {
		if _, err := save.ExecContext(ctx, l.ID, l.Title, unixOrNil(l.First.Time), unixOrNil(l.Last.Time),
			jsonList(l.Entities), jsonList(l.Terms), now); err != nil {
			return fmt.Errorf("storyline %s: %w", l.ID, err)
		}
	}
	return nil
}

// resolve follows the merges recorded in table (story_merges or
// storyline_merges) from id, a bounded chain.
func (s *Store) resolve(ctx context.Context, table, id string) (string, error) {
	for range 100 {
		var into string
		err := s.db.QueryRowContext(ctx, `SELECT into_id FROM `+table+` WHERE from_id = ?`, id).Scan(&into)
		if errors.Is(err, sql.ErrNoRows) {
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

func scanStoryline(sc interface{ Scan(...any) error }) (store.Storyline, error) {
	var l store.Storyline
	var first, last sql.NullInt64
	var outlets, entities, terms, updated string
	if err := sc.Scan(&l.ID, &l.Title, &first, &last, &l.Stories, &l.Articles, &outlets, &entities, &terms, &updated); err != nil {
		return l, err
	}
	if first.Valid {
		l.First = store.OptionalTimeOf(time.Unix(first.Int64, 0).UTC())
	}
	if last.Valid {
		l.Last = store.OptionalTimeOf(time.Unix(last.Int64, 0).UTC())
	}
	l.Outlets, l.Entities, l.Terms = parseList(outlets), parseList(entities), parseList(terms)
	l.Updated, _ = time.Parse(time.RFC3339Nano, updated)
	return l, nil
}

// Storylines lists storylines; see store.StoryStore.
func (s *Store) Storylines(ctx context.Context, q store.StorylineQuery) ([]store.Storyline, error) {
	var conds []string
	var args []any
	if q.Entity != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM json_each(l.entities) WHERE value LIKE '%' || ? || '%' ESCAPE '\')`)
		args = append(args, escapeLike(q.Entity))
	}
	if !q.Since.IsZero() {
		conds = append(conds, `l.last >= ?`)
		args = append(args, q.Since.Unix())
	}
	if !q.Until.IsZero() {
		conds = append(conds, `l.first < ?`)
		args = append(args, q.Until.Unix())
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
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	query += ` LIMIT ? OFFSET ?`
	args = append(args, limit, q.Offset)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list storylines: %w", err)
	}
	defer rows.Close()
	var out []store.Storyline
	for rows.Next() {
		l, err := scanStoryline(rows)
		if err != nil {
			return nil, fmt.Errorf("list storylines: %w", err)
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
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
	rows, err := s.db.QueryContext(ctx, `SELECT `+storylineColumns+` FROM storylines l WHERE l.id >= ? AND l.id < ? ORDER BY l.id LIMIT 2`, id, id+"\uffff")
	if err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: %w", id, err)
	}
	var found []store.Storyline
	for rows.Next() {
		l, err := scanStoryline(rows)
		if err != nil {
			rows.Close()
			return store.Storyline{}, nil, fmt.Errorf("storyline %s: %w", id, err)
		}
		found = append(found, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: %w", id, err)
	}
	switch {
	case len(found) == 0:
		return store.Storyline{}, nil, fmt.Errorf("storyline %q: %w", id, store.ErrNotFound)
	case len(found) > 1 && found[0].ID != id:
		return store.Storyline{}, nil, fmt.Errorf("storyline %q: %w", id, store.ErrAmbiguous)
	}
	l := found[0]
	srows, err := s.db.QueryContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.storyline_id = ?
		ORDER BY s.first IS NULL, s.first, s.id`, l.ID)
	if err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: stories: %w", l.ID, err)
	}
	defer srows.Close()
	var stories []store.Story
	for srows.Next() {
		st, err := scanStory(srows)
		if err != nil {
			return store.Storyline{}, nil, fmt.Errorf("storyline %s: stories: %w", l.ID, err)
		}
		stories = append(stories, st)
	}
	if err := srows.Err(); err != nil {
		return store.Storyline{}, nil, fmt.Errorf("storyline %s: stories: %w", l.ID, err)
	}
	return l, stories, nil
}

// Groupings returns the story and storyline of articles; see
// store.StoryStore.
func (s *Store) Groupings(ctx context.Context, ids []string) (map[string]store.Grouping, error) {
	out := make(map[string]store.Grouping, len(ids))
	const chunk = 500
	for start := 0; start < len(ids); start += chunk {
		list, _ := json.Marshal(ids[start:min(start+chunk, len(ids))]) // a []string always marshals
		rows, err := s.db.QueryContext(ctx, `SELECT sa.article_id, sa.story_id, COALESCE(s.storyline_id, '')
			FROM story_articles sa LEFT JOIN stories s ON s.id = sa.story_id
			WHERE sa.article_id IN (SELECT value FROM json_each(?))`, string(list))
		if err != nil {
			return nil, fmt.Errorf("groupings: %w", err)
		}
		for rows.Next() {
			var id string
			var g store.Grouping
			if err := rows.Scan(&id, &g.Story, &g.Storyline); err != nil {
				rows.Close()
				return nil, fmt.Errorf("groupings: %w", err)
			}
			out[id] = g
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("groupings: %w", err)
		}
	}
	return out, nil
}
