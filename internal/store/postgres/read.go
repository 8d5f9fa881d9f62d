package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/store"
)

// columns are the article columns Put writes, in row's order.
const columns = `external_id, outlet, url, title, authors, published, published_unix, language,
	categories, tags, excerpt, image, body, source_location, source_format, updated, content_hash, revision, date_source`

// articleColumns are the columns scanArticle reads, from articles a.
var articleColumns = qualify("a.", "id, added, "+columns)

// selectArticle selects the columns scanArticle reads.
var selectArticle = `SELECT ` + articleColumns + ` FROM articles a`

// qualify prefixes each name of a comma-separated column list.
func qualify(prefix, list string) string {
	names := strings.Split(list, ",")
	for i, n := range names {
		names[i] = prefix + strings.TrimSpace(n)
	}
	return strings.Join(names, ", ")
}

// scanArticle reads one row selected with articleColumns (plus extra
// destinations after it).
func scanArticle(sc pgx.Row, extra ...any) (*article.Article, error) {
	var (
		a         article.Article
		body, pub string
		pubUnix   *int64
	)
	dest := []any{&a.ID, &a.Added, &a.ExternalID, &a.Outlet, &a.URL, &a.Title, &a.Authors, &pub, &pubUnix,
		&a.Language, &a.Categories, &a.Tags, &a.Excerpt, &a.Image, &body, &a.Source.Location, &a.Source.Format,
		&a.Updated, &a.ContentHash, &a.Revision, &a.DateSource}
	if err := sc.Scan(append(dest, extra...)...); err != nil {
		return nil, err
	}
	var err error
	if a.Published, err = article.ParseDate(pub); err != nil {
		return nil, fmt.Errorf("article %s: published: %w", a.ID, err)
	}
	a.Added, a.Updated = a.Added.UTC(), a.Updated.UTC()
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if len(a.Categories) == 0 {
		a.Categories = nil
	}
	if len(a.Tags) == 0 {
		a.Tags = nil
	}
	a.Paragraphs = splitBody(body)
	return &a, nil
}

func splitBody(body string) []string {
	if body == "" {
		return []string{}
	}
	return strings.Split(body, "\n\n")
}

// queryArticles runs a query that selects articleColumns and returns its
// articles.
func queryArticles(ctx context.Context, q querier, query string, args ...any) ([]*article.Article, error) {
	rows, err := q.Query(ctx, query, args...)
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

// Get returns an article by id or unique id prefix; see store.Store.
func (s *Store) Get(ctx context.Context, id string) (*article.Article, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if len(id) < store.MinPrefix {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrShortID)
	}
	if strings.Trim(id, "0123456789abcdef") != "" {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	found, err := queryArticles(ctx, s.pool, selectArticle+` WHERE a.id >= $1 AND a.id < $2 ORDER BY a.id LIMIT 2`, id, id+"g")
	if err != nil {
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

// where writes a listing's conditions, numbering arguments from 1.
func where(q store.ListQuery) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, arg any) {
		args = append(args, arg)
		conds = append(conds, fmt.Sprintf(cond, len(args)))
	}
	if q.Outlet != "" {
		add("a.outlet = $%d", q.Outlet)
	}
	if !q.Since.IsZero() {
		add("a.published_unix >= $%d", q.Since.Unix())
	}
	if !q.Until.IsZero() {
		add("a.published_unix < $%d", q.Until.Unix())
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
		query += fmt.Sprintf(` LIMIT $%d OFFSET $%d`, len(args)+1, len(args)+2)
		args = append(args, limitArg(q.Limit), q.Offset)
	}
	arts, err := queryArticles(ctx, s.pool, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return arts, nil
}

// Count returns how many articles match q, ignoring paging.
func (s *Store) Count(ctx context.Context, q store.ListQuery) (int, error) {
	w, args := where(q)
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM articles a`+w, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

// Revisions returns an article's superseded versions; see store.Store.
func (s *Store) Revisions(ctx context.Context, id string) ([]store.Revision, error) {
	rows, err := s.pool.Query(ctx, `SELECT revision, content_hash, title, body, source_location, added
		FROM revisions WHERE article_id = $1 ORDER BY revision`, id)
	if err != nil {
		return nil, fmt.Errorf("revisions of %s: %w", id, err)
	}
	defer rows.Close()
	var out []store.Revision
	for rows.Next() {
		var r store.Revision
		var body string
		if err := rows.Scan(&r.Revision, &r.ContentHash, &r.Title, &body, &r.Source, &r.Added); err != nil {
			return nil, fmt.Errorf("revisions of %s: %w", id, err)
		}
		r.Paragraphs = splitBody(body)
		r.Added = r.Added.UTC()
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("revisions of %s: %w", id, err)
	}
	return out, nil
}

// noRows reports whether err is a query that found no row.
func noRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }
