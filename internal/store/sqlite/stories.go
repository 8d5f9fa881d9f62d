package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.StoryStore = (*Store)(nil)

// clusterTime is the time an article is clustered at: its publication
// time, or when it was added when it is undated.
const clusterTime = `COALESCE(a.published_unix, CAST(strftime('%s', a.added) AS INTEGER))`

// checkedQueued picks, from story_queue q, the articles waiting for a story
// whose current text copy detection has checked (they are not on
// copy_queue).
const checkedQueued = ` WHERE NOT EXISTS (SELECT 1 FROM copy_queue c WHERE c.article = q.article)`

// Unassigned returns articles without a story whose current text has been
// checked for copies, from the head of the queue; see store.StoryStore.
func (s *Store) Unassigned(ctx context.Context, limit int) ([]*article.Article, error) {
	arts, _, err := s.UnassignedAfter(ctx, limit, store.QueueMark{})
	return arts, err
}

var _ store.UnassignedReader = (*Store)(nil)

// UnassignedAfter returns the articles Unassigned would return from the
// queued articles after mark; see store.UnassignedReader. It picks the
// queue's rows first, then reads their articles in the order of
// Unassigned.
func (s *Store) UnassignedAfter(ctx context.Context, limit int, mark store.QueueMark) ([]*article.Article, store.QueueMark, error) {
	query := `SELECT q.article, q.at FROM story_queue q` + checkedQueued
	args := []any{}
	if mark.Set {
		query += ` AND (q.at > ? OR (q.at = ? AND q.article > ?))`
		args = append(args, mark.At, mark.At, mark.Article)
	}
	rows, err := s.db.QueryContext(ctx, query+` ORDER BY q.at, q.article LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, mark, fmt.Errorf("unassigned articles: %w", err)
	}
	var picked []int64
	next := mark
	for rows.Next() {
		if err := rows.Scan(&next.Article, &next.At); err != nil {
			rows.Close()
			return nil, mark, fmt.Errorf("unassigned articles: %w", err)
		}
		next.Set = true
		picked = append(picked, next.Article)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, mark, fmt.Errorf("unassigned articles: %w", err)
	}
	if len(picked) == 0 {
		return nil, mark, nil
	}
	list, _ := json.Marshal(picked) // a []int64 always marshals
	arts, err := s.inClusterOrder(ctx, string(list))
	if err != nil {
		return nil, mark, fmt.Errorf("unassigned articles: %w", err)
	}
	return arts, next, nil
}

// inClusterOrder reads the articles of a JSON list of rowids in the order
// clustering takes them: by clusterTime (none first), then rowid. They are
// sorted here, not by SQLite, which sorted the whole rows, texts and all,
// through temporary files.
func (s *Store) inClusterOrder(ctx context.Context, rowids string) ([]*article.Article, error) {
	type keyed struct {
		a     *article.Article
		at    sql.NullInt64
		rowid int64
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`, `+clusterTime+`, a.rowid FROM articles a
		WHERE a.rowid IN (SELECT value FROM json_each(?))`, rowids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var all []keyed
	for rows.Next() {
		var k keyed
		if k.a, err = scanArticle(rows, &k.at, &k.rowid); err != nil {
			return nil, err
		}
		all = append(all, k)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(all, func(x, y keyed) int {
		switch {
		case x.at.Valid != y.at.Valid:
			if !x.at.Valid {
				return -1
			}
			return 1
		case x.at.Int64 != y.at.Int64:
			return cmp.Compare(x.at.Int64, y.at.Int64)
		}
		return cmp.Compare(x.rowid, y.rowid)
	})
	out := make([]*article.Article, len(all))
	for i, k := range all {
		out[i] = k.a
	}
	return out, nil
}

// CountUnassigned counts the articles Unassigned would return: it reads
// only the queue.
func (s *Store) CountUnassigned(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM story_queue q`+checkedQueued).Scan(&n); err != nil {
		return 0, fmt.Errorf("count unassigned articles: %w", err)
	}
	return n, nil
}

// StoryState returns the clusterer's saved state and the stories' version,
// read in one statement.
func (s *Store) StoryState(ctx context.Context) (store.StoryState, error) {
	var st store.StoryState
	err := s.db.QueryRowContext(ctx, `SELECT v.n, s.state FROM story_version v LEFT JOIN story_state s ON s.id = 1 WHERE v.id = 1`).
		Scan(&st.Version, &st.Data)
	if err != nil {
		return store.StoryState{}, fmt.Errorf("story state: %w", err)
	}
	return st, nil
}

// StoryVersion returns the stories' version; see store.StoryStore.
func (s *Store) StoryVersion(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT n FROM story_version WHERE id = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("story version: %w", err)
	}
	return n, nil
}

// SaveStories records one clustering step; see store.StoryStore.
func (s *Store) SaveStories(ctx context.Context, u store.StoryUpdate) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save stories: begin: %w", err)
	}
	defer tx.Rollback()
	// Compare and swap: the step is saved only over the version it
	// started from. The write lock, taken at BEGIN, holds off any other
	// writer until the commit.
	res, err := tx.ExecContext(ctx, `UPDATE story_version SET n = n + 1 WHERE id = 1 AND n = ?`, u.Version)
	if err != nil {
		return fmt.Errorf("save stories: version: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("save stories: version: %w", err)
	} else if n == 0 {
		return fmt.Errorf("save stories over version %d: %w (another clusterer saved since)", u.Version, store.ErrConflict)
	}
	now := s.now().UTC().Format(time.RFC3339Nano)
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM story_articles`).Scan(&seq); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	assign, err := tx.PrepareContext(ctx, `INSERT INTO story_articles (article_id, story_id, score, new, parts, top_terms, seq)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score,
			new = excluded.new, parts = excluded.parts, top_terms = excluded.top_terms, seq = excluded.seq`)
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	defer assign.Close()
	assigned := make([]string, 0, len(u.Assignments))
	for _, a := range u.Assignments {
		seq++
		parts, _ := json.Marshal(a.Parts) // a map of floats always marshals
		if _, err := assign.ExecContext(ctx, a.Article, a.Story, a.Score, a.New, string(parts), jsonList(a.TopTerms), seq); err != nil {
			return fmt.Errorf("save stories: article %s: %w", a.Article, err)
		}
		assigned = append(assigned, a.Article)
	}
	// Off the queue, in one statement (one per article cost as much as
	// deleting).
	if len(assigned) > 0 {
		list, _ := json.Marshal(assigned) // a []string always marshals
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_queue WHERE article IN
			(SELECT rowid FROM articles WHERE id IN (SELECT value FROM json_each(?)))`, string(list)); err != nil {
			return fmt.Errorf("save stories: dequeue: %w", err)
		}
	}
	for _, r := range u.Repairs {
		if err := applyRepair(ctx, tx, r); err != nil {
			return fmt.Errorf("save stories: %w", err)
		}
	}
	// The outlets are those of the articles' outlet records (see
	// storyOutlets), not the clusterer's names, taken as the row is
	// written: the articles are in story_articles by now, in a one-row
	// INSERT ... VALUES over a CTE (see storyOutlets: no statement journal).
	// The parameters are numbered: ?1, the story's id, serves three places.
	save, err := tx.PrepareContext(ctx, `WITH c AS MATERIALIZED (`+storyOutlets("?1")+`)
		INSERT INTO stories (id, title, first, last, outlets, outlet_count, articles, entities, terms, storyline_id, updated)
		VALUES (?1, ?2, ?3, ?4, (SELECT outlet_list FROM c), (SELECT outlet_n FROM c),
			(SELECT count(*) FROM story_articles WHERE story_id = ?1), ?5, ?6, ?7, ?8)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last,
			outlets = excluded.outlets, outlet_count = excluded.outlet_count, articles = excluded.articles,
			entities = excluded.entities, terms = excluded.terms, storyline_id = excluded.storyline_id, updated = excluded.updated`)
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	defer save.Close()
	for _, st := range u.Stories {
		if _, err := save.ExecContext(ctx, st.ID, st.Title, unixOrNil(st.First.Time), unixOrNil(st.Last.Time),
			jsonList(st.Entities), jsonList(st.Terms), st.Storyline, now); err != nil {
			return fmt.Errorf("save stories: story %s: %w", st.ID, err)
		}
	}
	if err := saveStorylines(ctx, tx, u, now); err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	// The state last: a clusterer that hands it over later (LaterState)
	// draws it up while the rows above are written.
	state, err := u.StateBytes()
	if err != nil {
		return fmt.Errorf("save stories: %w", err)
	}
	if state != nil {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_state (id, state) VALUES (1, ?)`, state); err != nil {
			return fmt.Errorf("save stories: state: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save stories: commit: %w", err)
	}
	return nil
}

func unixOrNil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

const storyColumns = `s.id, s.title, s.first, s.last, s.outlets, s.articles, s.entities, s.terms, s.storyline_id,
	COALESCE((SELECT l.title FROM storylines l WHERE l.id = s.storyline_id), ''),
	COALESCE((SELECT l.stories FROM storylines l WHERE l.id = s.storyline_id), 0), s.updated`

func scanStory(sc interface{ Scan(...any) error }) (store.Story, error) {
	var st store.Story
	var first, last sql.NullInt64
	var outlets, entities, terms, updated string
	if err := sc.Scan(&st.ID, &st.Title, &first, &last, &outlets, &st.Articles, &entities, &terms, &st.Storyline, &st.StorylineTitle, &st.StorylineStories, &updated); err != nil {
		return st, err
	}
	if first.Valid {
		st.First = store.OptionalTimeOf(time.Unix(first.Int64, 0).UTC())
	}
	if last.Valid {
		st.Last = store.OptionalTimeOf(time.Unix(last.Int64, 0).UTC())
	}
	st.Outlets, st.Entities, st.Terms = parseList(outlets), parseList(entities), parseList(terms)
	st.Updated, _ = time.Parse(time.RFC3339Nano, updated)
	return st, nil
}

// Stories lists stories; see store.StoryStore.
func (s *Store) Stories(ctx context.Context, q store.StoryQuery) ([]store.Story, error) {
	query, args, err := s.storiesSQL(ctx, q, nil, nil)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	query += ` LIMIT ? OFFSET ?`
	args = append(args, limit, q.Offset)
	var out []store.Story
	err = s.eachStoryRow(ctx, query, args, func(st store.Story) error {
		out = append(out, st)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return out, nil
}

// storiesSQL is the query that selects and orders the stories q asks for,
// without paging, with the extra conditions (on stories s) and their
// arguments first. A query by text first brings the full-text index up to
// date (see IndexText).
func (s *Store) storiesSQL(ctx context.Context, q store.StoryQuery, extra []string, extraArgs []any) (string, []any, error) {
	conds := slices.Clone(extra)
	args := slices.Clone(extraArgs)
	if q.Outlet != "" {
		// Its record's name, or the name an article of it gives.
		conds = append(conds, `(EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE value = ?) OR EXISTS (SELECT 1 FROM story_articles sa
			JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = s.id AND a.outlet = ?))`)
		args = append(args, q.Outlet, q.Outlet)
	}
	if q.Entity != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM json_each(s.entities) WHERE value LIKE '%' || ? || '%' ESCAPE '\')`)
		args = append(args, escapeLike(q.Entity))
	}
	if q.Text != "" {
		pq := store.ParseQuery(q.Text)
		if pq.Empty() {
			return "", nil, fmt.Errorf("stories matching %q: %w: no words to search for", q.Text, store.ErrBadQuery)
		}
		if _, err := s.IndexText(ctx, 0); err != nil {
			return "", nil, fmt.Errorf("stories matching %q: %w", q.Text, err)
		}
		conds = append(conds, `s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id
			WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`)
		args = append(args, ftsQuery(pq))
	}
	if q.Storyline != "" {
		conds = append(conds, `s.storyline_id = ?`)
		args = append(args, q.Storyline)
	}
	if !q.Since.IsZero() {
		conds = append(conds, `s.last >= ?`)
		args = append(args, q.Since.Unix())
	}
	if !q.Until.IsZero() {
		conds = append(conds, `s.first < ?`)
		args = append(args, q.Until.Unix())
	}
	query := `SELECT ` + storyColumns + ` FROM stories s`
	if len(conds) > 0 {
		query += ` WHERE ` + strings.Join(conds, " AND ")
	}
	if q.Covered {
		query += ` ORDER BY s.outlet_count DESC, s.articles DESC, s.last IS NULL, s.last DESC, s.id`
	} else {
		query += ` ORDER BY s.last IS NULL, s.last DESC, s.articles DESC, s.id`
	}
	return query, args, nil
}

// eachStoryRow runs a query of storyColumns and calls fn for each story.
func (s *Store) eachStoryRow(ctx context.Context, query string, args []any, fn func(store.Story) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
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

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
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
	rows, err := s.db.QueryContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.id >= ? AND s.id < ? ORDER BY s.id LIMIT 2`, id, id+"\uffff")
	if err != nil {
		return store.Story{}, nil, fmt.Errorf("story %s: %w", id, err)
	}
	var found []store.Story
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			rows.Close()
			return store.Story{}, nil, fmt.Errorf("story %s: %w", id, err)
		}
		found = append(found, st)
	}
	rows.Close()
	switch {
	case len(found) == 0:
		return store.Story{}, nil, fmt.Errorf("story %q: %w", id, store.ErrNotFound)
	case len(found) > 1 && found[0].ID != id:
		return store.Story{}, nil, fmt.Errorf("story %q: %w", id, store.ErrAmbiguous)
	}
	st := found[0]
	arows, err := s.db.QueryContext(ctx, `SELECT article_id, story_id, new, score, parts, top_terms FROM story_articles WHERE story_id = ? ORDER BY seq`, st.ID)
	if err != nil {
		return store.Story{}, nil, fmt.Errorf("story %s: articles: %w", st.ID, err)
	}
	defer arows.Close()
	var as []store.Assignment
	for arows.Next() {
		var a store.Assignment
		var parts, terms string
		if err := arows.Scan(&a.Article, &a.Story, &a.New, &a.Score, &parts, &terms); err != nil {
			return store.Story{}, nil, fmt.Errorf("story %s: articles: %w", st.ID, err)
		}
		_ = json.Unmarshal([]byte(parts), &a.Parts) // written by SaveStories
		a.TopTerms = parseList(terms)
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
	err := s.db.QueryRowContext(ctx, `SELECT story_id FROM story_articles WHERE article_id = ?`, articleID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("story of article %s: %w", articleID, store.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("story of article %s: %w", articleID, err)
	}
	return id, nil
}
