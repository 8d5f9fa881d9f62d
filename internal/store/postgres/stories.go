package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.StoryStore = (*Store)(nil)

// Unassigned returns articles without a story whose current text has been
// checked for copies, from the head of the queue; see store.StoryStore.
func (s *Store) Unassigned(ctx context.Context, limit int) ([]*article.Article, error) {
	arts, err := queryArticles(ctx, s.pool, selectArticle+`
		JOIN (SELECT q.article FROM story_queue q WHERE NOT EXISTS (SELECT 1 FROM copy_queue c WHERE c.article = q.article)
		      ORDER BY q.at, q.article LIMIT $1) q ON q.article = a.seq
		ORDER BY `+clusterTime+`, a.seq`, limitArg(limit))
	if err != nil {
		return nil, fmt.Errorf("unassigned articles: %w", err)
	}
	return arts, nil
}

// CountUnassigned counts the articles Unassigned would return: it reads
// only the queues.
func (s *Store) CountUnassigned(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM story_queue q
		WHERE NOT EXISTS (SELECT 1 FROM copy_queue c WHERE c.article = q.article)`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count unassigned articles: %w", err)
	}
	return n, nil
}

// StoryState returns the clusterer's saved state and the stories' version,
// one row read at once.
func (s *Store) StoryState(ctx context.Context) (store.StoryState, error) {
	var st store.StoryState
	if err := s.pool.QueryRow(ctx, `SELECT version, state FROM story_state WHERE id = 1`).Scan(&st.Version, &st.Data); err != nil {
		return store.StoryState{}, fmt.Errorf("story state: %w", err)
	}
	return st, nil
}

// StoryVersion returns the stories' version; see store.StoryStore.
func (s *Store) StoryVersion(ctx context.Context) (int64, error) {
	var n int64
	if err := s.pool.QueryRow(ctx, `SELECT version FROM story_state WHERE id = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("story version: %w", err)
	}
	return n, nil
}

// SaveStories records one clustering step; see store.StoryStore. The
// compare and swap is an UPDATE of the state's row on its version: a
// second clusterer's UPDATE waits for the first's commit, then finds the
// version moved and changes nothing, in this process or another.
func (s *Store) SaveStories(ctx context.Context, u store.StoryUpdate) error {
	now := s.now().UTC()
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE story_state SET version = version + 1 WHERE id = 1 AND version = $1`, u.Version)
		if err != nil {
			return fmt.Errorf("version: %w", err)
		}
		if tag.RowsAffected() == 0 {
			return fmt.Errorf("over version %d: %w (another clusterer saved since)", u.Version, store.ErrConflict)
		}
		var seq int64
		if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(seq), 0) FROM story_articles`).Scan(&seq); err != nil {
			return err
		}
		b := &pgx.Batch{}
		for _, a := range u.Assignments {
			seq++
			b.Queue(`WITH q AS (DELETE FROM story_queue WHERE article = (SELECT seq FROM articles WHERE id = $1))
				INSERT INTO story_articles (article_id, story_id, score, new, parts, top_terms, seq)
				VALUES ($1, $2, $3, $4, $5, $6, $7)
				ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score,
					new = excluded.new, parts = excluded.parts, top_terms = excluded.top_terms, seq = excluded.seq`,
				a.Article, a.Story, a.Score, a.New, a.Parts, list(a.TopTerms), seq)
		}
		for _, r := range u.Repairs {
			queueRepair(b, r)
		}
		for _, st := range u.Stories {
			b.Queue(`INSERT INTO stories (id, title, first, last, outlets, outlet_count, articles, entities, terms, storyline_id, updated)
				VALUES ($1, $2, $3, $4, $5, $6, (SELECT count(*) FROM story_articles WHERE story_id = $1), $7, $8, $9, $10)
				ON CONFLICT (id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last,
					outlets = excluded.outlets, outlet_count = excluded.outlet_count, articles = excluded.articles,
					entities = excluded.entities, terms = excluded.terms, storyline_id = excluded.storyline_id, updated = excluded.updated`,
				st.ID, st.Title, unixOrNil(st.First.Time), unixOrNil(st.Last.Time), list(st.Outlets), len(st.Outlets),
				list(st.Entities), list(st.Terms), st.Storyline, now)
		}
		if len(u.Stories) > 0 {
			b.Queue(storyOutletsSet, u.StoryIDs())
		}
		queueStorylines(b, u, now)
		if len(u.Storylines) > 0 {
			b.Queue(storylineOutletsSet, u.StorylineIDs())
		}
		// The batch is sent whole, so a state handed over later
		// (LaterState) is awaited before anything is sent.
		state, err := u.StateBytes()
		if err != nil {
			return err
		}
		if state != nil {
			b.Queue(`UPDATE story_state SET state = $1 WHERE id = 1`, state)
		}
		return sendBatch(ctx, tx, b)
	})
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	return nil
}

const storyColumns = `s.id, s.title, s.first, s.last, s.outlets, s.articles, s.entities, s.terms, s.storyline_id,
	COALESCE(l.title, ''), COALESCE(l.stories, 0), s.updated`

// fromStories joins each story s to its storyline l.
const fromStories = ` FROM stories s LEFT JOIN storylines l ON l.id = s.storyline_id`

func scanStory(sc pgx.Row) (store.Story, error) {
	var st store.Story
	var first, last *int64
	if err := sc.Scan(&st.ID, &st.Title, &first, &last, &st.Outlets, &st.Articles, &st.Entities, &st.Terms, &st.Storyline,
		&st.StorylineTitle, &st.StorylineStories, &st.Updated); err != nil {
		return st, err
	}
	if first != nil {
		st.First = store.OptionalTimeOf(time.Unix(*first, 0).UTC())
	}
	if last != nil {
		st.Last = store.OptionalTimeOf(time.Unix(*last, 0).UTC())
	}
	st.Outlets, st.Entities, st.Terms = list(st.Outlets), list(st.Entities), list(st.Terms)
	st.Updated = st.Updated.UTC()
	return st, nil
}

// Stories lists stories; see store.StoryStore.
func (s *Store) Stories(ctx context.Context, q store.StoryQuery) ([]store.Story, error) {
	query, a, err := s.storiesSQL(ctx, q, nil, nil)
	if err != nil {
		return nil, err
	}
	query += ` LIMIT ` + a.add(limitArg(q.Limit)) + ` OFFSET ` + a.add(q.Offset)
	var out []store.Story
	err = s.eachStoryRow(ctx, query, a, func(st store.Story) error {
		out = append(out, st)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return out, nil
}

// storiesSQL is the query that selects and orders the stories q asks for,
// without paging. extra adds conditions (on stories s) with arguments of
// their own, given the placeholder maker. A query by text first brings the
// full-text index up to date (see IndexText).
func (s *Store) storiesSQL(ctx context.Context, q store.StoryQuery, a *args, extra func(a *args) []string) (string, *args, error) {
	if a == nil {
		a = &args{}
	}
	var conds []string
	if extra != nil {
		conds = extra(a)
	}
	if q.Outlet != "" {
		// Its record's name, or the name an article of it gives.
		o := a.add(q.Outlet)
		conds = append(conds, `(`+o+` = ANY(s.outlets) OR EXISTS (SELECT 1 FROM story_articles sa JOIN articles ar ON ar.id = sa.article_id
			WHERE sa.story_id = s.id AND ar.outlet = `+o+`))`)
	}
	if q.Entity != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM unnest(s.entities) e WHERE e ILIKE '%' || `+a.add(escapeLike(q.Entity))+` || '%')`)
	}
	if q.Text != "" {
		pq, err := parseSearch("stories matching", q.Text)
		if err != nil {
			return "", nil, err
		}
		if _, err := s.IndexText(ctx, 0); err != nil {
			return "", nil, fmt.Errorf("stories matching %q: %w", q.Text, err)
		}
		tsq, targs := tsQuery(pq, len(*a)+1)
		*a = append(*a, targs...)
		conds = append(conds, `s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id
			WHERE `+matching(tsq)+`)`)
	}
	if q.Storyline != "" {
		conds = append(conds, `s.storyline_id = `+a.add(q.Storyline))
	}
	if !q.Since.IsZero() {
		conds = append(conds, `s.last >= `+a.add(q.Since.Unix()))
	}
	if !q.Until.IsZero() {
		conds = append(conds, `s.first < `+a.add(q.Until.Unix()))
	}
	query := `SELECT ` + storyColumns + fromStories
	if len(conds) > 0 {
		query += ` WHERE ` + strings.Join(conds, " AND ")
	}
	if q.Covered {
		query += ` ORDER BY s.outlet_count DESC, s.articles DESC, s.last IS NULL, s.last DESC, s.id`
	} else {
		query += ` ORDER BY s.last IS NULL, s.last DESC, s.articles DESC, s.id`
	}
	return query, a, nil
}

// eachStoryRow runs a query of storyColumns and calls fn for each story.
func (s *Store) eachStoryRow(ctx context.Context, query string, a *args, fn func(store.Story) error) error {
	rows, err := s.pool.Query(ctx, query, *a...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return err
		}
		if err := fn(st); err != nil {
			return err
		}
	}
	return rows.Err()
}

// escapeLike escapes LIKE's wildcards (and its escape, a backslash).
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// Story returns one story and its assignments; see store.StoryStore.
func (s *Store) Story(ctx context.Context, id string) (store.Story, []store.Assignment, error) {
	id, err := s.resolve(ctx, "story_merges", strings.TrimSpace(id))
	if err != nil {
		return store.Story{}, nil, fmt.Errorf("story %s: %w", id, err)
	}
	if len(id) < store.MinPrefix {
		return store.Story{}, nil, fmt.Errorf("story %q: %w", id, store.ErrShortID)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+storyColumns+fromStories+` WHERE s.id >= $1 AND s.id < $2 ORDER BY s.id LIMIT 2`, id, id+"\uffff")
	if err != nil {
		return store.Story{}, nil, fmt.Errorf("story %s: %w", id, err)
	}
	found, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Story, error) { return scanStory(r) })
	if err != nil {
		return store.Story{}, nil, fmt.Errorf("story %s: %w", id, err)
	}
	switch {
	case len(found) == 0:
		return store.Story{}, nil, fmt.Errorf("story %q: %w", id, store.ErrNotFound)
	case len(found) > 1 && found[0].ID != id:
		return store.Story{}, nil, fmt.Errorf("story %q: %w", id, store.ErrAmbiguous)
	}
	st := found[0]
	arows, err := s.pool.Query(ctx, `SELECT article_id, story_id, new, score, parts, top_terms FROM story_articles WHERE story_id = $1 ORDER BY seq`, st.ID)
	if err != nil {
		return store.Story{}, nil, fmt.Errorf("story %s: articles: %w", st.ID, err)
	}
	defer arows.Close()
	var as []store.Assignment
	for arows.Next() {
		var a store.Assignment
		if err := arows.Scan(&a.Article, &a.Story, &a.New, &a.Score, &a.Parts, &a.TopTerms); err != nil {
			return store.Story{}, nil, fmt.Errorf("story %s: articles: %w", st.ID, err)
		}
		a.TopTerms = list(a.TopTerms)
		as = append(as, a)
	}
	if err := arows.Err(); err != nil {
		return store.Story{}, nil, fmt.Errorf("story %s: articles: %w", st.ID, err)
	}
	return st, as, nil
}

// StoryOf returns the story of an article; see store.StoryStore.
func (s *Store) StoryOf(ctx context.Context, articleID string) (string, error) {
	var id string
	err := s.pool.QueryRow(ctx, `SELECT story_id FROM story_articles WHERE article_id = $1`, articleID).Scan(&id)
	if noRows(err) {
		return "", fmt.Errorf("story of article %s: %w", articleID, store.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("story of article %s: %w", articleID, err)
	}
	return id, nil
}

// Groupings returns the story and storyline of articles; see
// store.StoryStore.
func (s *Store) Groupings(ctx context.Context, ids []string) (map[string]store.Grouping, error) {
	out := make(map[string]store.Grouping, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT sa.article_id, sa.story_id, COALESCE(s.storyline_id, '')
		FROM story_articles sa LEFT JOIN stories s ON s.id = sa.story_id
		WHERE sa.article_id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("groupings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var g store.Grouping
		if err := rows.Scan(&id, &g.Story, &g.Storyline); err != nil {
			return nil, fmt.Errorf("groupings: %w", err)
		}
		out[id] = g
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("groupings: %w", err)
	}
	return out, nil
}
