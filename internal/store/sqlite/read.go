package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// selectArticle selects the columns scanArticle reads, from articles a.
var selectArticle = `SELECT ` + articleColumns + ` FROM articles a`

// articleColumns are the columns scanArticle reads, qualified with a.
var articleColumns = qualify("a.", "id, added, "+columns)

// qualify prefixes each name of a comma-separated column list.
func qualify(prefix, list string) string {
	names := strings.Split(list, ",")
	for i, n := range names {
		names[i] = prefix + strings.TrimSpace(n)
	}
	return strings.Join(names, ", ")
}

// scanArticle reads one row selected with selectArticle (plus extra
// destinations after it).
func scanArticle(sc interface{ Scan(...any) error }, extra ...any) (*article.Article, error) {
	var (
		a                              article.Article
		authors, cats, tags, body, pub string
		pubUnix                        sql.NullInt64
		added, updated                 string
	)
	dest := []any{&a.ID, &added, &a.ExternalID, &a.Outlet, &a.URL, &a.Title, &authors, &pub, &pubUnix,
		&a.Language, &cats, &tags, &a.Excerpt, &a.Image, &body, &a.Source.Location, &a.Source.Format,
		&updated, &a.ContentHash, &a.Revision, &a.DateSource}
	if err := sc.Scan(append(dest, extra...)...); err != nil {
		return nil, err
	}
	var err error
	if a.Published, err = article.ParseDate(pub); err != nil {
		return nil, fmt.Errorf("article %s: published: %w", a.ID, err)
	}
	a.Added, _ = time.Parse(time.RFC3339Nano, added)
	a.Updated, _ = time.Parse(time.RFC3339Nano, updated)
	a.Authors = parseList(authors)
	a.Categories = parseList(cats)
	a.Tags = parseList(tags)
	if len(a.Categories) == 0 {
		a.Categories = nil
	}
	if len(a.Tags) == 0 {
		a.Tags = nil
	}
	a.Paragraphs = splitBody(body)
	return &a, nil
}

func parseList(s string) []string {
	l := []string{}
	_ = json.Unmarshal([]byte(s), &l) // written by jsonList
	return l
}

func splitBody(body string) []string {
	if body == "" {
		return []string{}
	}
	return strings.Split(body, "\n\n")
}

// Get returns an article by id or unique id prefix; see store.Store.
func (s *Store) Get(ctx context.Context, id string) (*article.Article, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if len(id) < store.MinPrefix {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrShortID)
	}
	if strings.Trim(id, "0123456789abcdef") != "" {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	rows, err := s.db.QueryContext(ctx, selectArticle+` WHERE a.id >= ? AND a.id < ? ORDER BY a.id LIMIT 2`, id, id+"g")
	if err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	defer rows.Close()
	var found []*article.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("get article %s: %w", id, err)
		}
		found = append(found, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	switch {
	case len(found) == 0:
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	case len(found) > 1 && found[0].ID != id:
		return nil, fmt.Errorf("article %q: %w", id, store.ErrAmbiguous)
	}
	return found[0], nil
}

func where(q store.ListQuery) (string, []any) {
	var conds []string
	var args []any
	if q.Outlet != "" {
		conds = append(conds, "a.outlet = ?")
		args = append(args, q.Outlet)
	}
	if !q.Since.IsZero() {
		conds = append(conds, "a.published_unix >= ?")
		args = append(args, q.Since.Unix())
	}
	if !q.Until.IsZero() {
		conds = append(conds, "a.published_unix < ?")
		args = append(args, q.Until.Unix())
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// List returns articles, newest first; see store.Store.
func (s *Store) List(ctx context.Context, q store.ListQuery) ([]*article.Article, error) {
	w, args := where(q)
	query := selectArticle + w + ` ORDER BY a.published_unix IS NULL, a.published_unix DESC, a.added DESC, a.id`
	if q.Limit > 0 || q.Offset > 0 {
		limit := q.Limit
		if limit <= 0 {
			limit = -1
		}
		query += ` LIMIT ? OFFSET ?`
		args = append(args, limit, q.Offset)
	}
	arts, err := s.queryArticles(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return arts, nil
}

// selectFirst selects the articles whose rowids a query picks. Picking
// rowids first keeps the texts out of the sort: ordering whole rows sorted
// every article's text to pick a few hundred.
func selectFirst(rowids string) string {
	return selectArticle + ` WHERE a.rowid IN (` + rowids + `)`
}

// queryArticles runs a query that selects selectArticle's columns and
// returns its articles.
func (s *Store) queryArticles(ctx context.Context, query string, args ...any) ([]*article.Article, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*article.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Count returns how many articles match q, ignoring paging.
func (s *Store) Count(ctx context.Context, q store.ListQuery) (int, error) {
	w, args := where(q)
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles a`+w, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// Search runs a full-text query over titles and texts; see store.Store.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	pq := store.ParseQuery(query)
	if pq.Empty() {
		return nil, fmt.Errorf("search %q: %w: no words to search for", query, store.ErrBadQuery)
	}
	if limit <= 0 {
		limit = 20
	}
	if _, err := s.IndexText(ctx, 0); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	// FTS5's own rank column, ordered by and limited in the inner query,
	// lets it rank the matches and make snippets for the first limit only
	// (a computed bm25 column made it snippet every match before sorting).
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+`, f.rank, f.snip FROM articles a
		JOIN (SELECT rowid, rank, snippet(articles_fts, 1, '**', '**', '…', 16) AS snip
		      FROM articles_fts WHERE articles_fts MATCH ? AND rank MATCH 'bm25(4.0, 1.0)'
		      ORDER BY rank LIMIT ?) f ON f.rowid = a.rowid
		ORDER BY f.rank, a.id`, ftsQuery(pq), limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []store.Hit
	for rows.Next() {
		var h store.Hit
		var rank float64
		a, err := scanArticle(rows, &rank, &h.Snippet)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Article, h.Score = a, -rank                          // bm25: lower is better
		h.Snippet = strings.ReplaceAll(h.Snippet, "\n\n", " ") // paragraphs are joined by blank lines
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// Revisions returns an article's superseded versions; see store.Store.
func (s *Store) Revisions(ctx context.Context, id string) ([]store.Revision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT revision, content_hash, title, body, source_location, added
		FROM revisions WHERE article_id = ? ORDER BY revision`, id)
	if err != nil {
		return nil, fmt.Errorf("revisions of %s: %w", id, err)
	}
	defer rows.Close()
	var out []store.Revision
	for rows.Next() {
		var r store.Revision
		var body, added string
		if err := rows.Scan(&r.Revision, &r.ContentHash, &r.Title, &body, &r.Source, &added); err != nil {
			return nil, fmt.Errorf("revisions of %s: %w", id, err)
		}
		r.Paragraphs = splitBody(body)
		r.Added, _ = time.Parse(time.RFC3339Nano, added)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("revisions of %s: %w", id, err)
	}
	return out, nil
}
