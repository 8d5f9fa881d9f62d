package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.ExportStore = (*Store)(nil)

// articleConds are the conditions of an article filter on the articles
// aliased alias.
func (s *Store) articleConds(ctx context.Context, alias string, f store.ArticleFilter) ([]string, []any, error) {
	var conds []string
	var args []any
	if len(f.Sides) > 0 {
		ids, err := s.sideSources(ctx, f.Sides)
		if err != nil {
			return nil, nil, err
		}
		conds = append(conds, alias+".id IN (SELECT article_id FROM article_outlets WHERE source_id IN (SELECT value FROM json_each(?)))")
		args = append(args, jsonIDs(ids...))
	}
	if f.Outlet != "" {
		conds = append(conds, alias+".outlet = ?")
		args = append(args, f.Outlet)
	}
	if !f.Since.IsZero() {
		conds = append(conds, alias+".published_unix >= ?")
		args = append(args, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		conds = append(conds, alias+".published_unix < ?")
		args = append(args, f.Until.Unix())
	}
	if f.Text != "" {
		pq := store.ParseQuery(f.Text)
		if pq.Empty() {
			return nil, nil, fmt.Errorf("articles matching %q: %w: no words to search for", f.Text, store.ErrBadQuery)
		}
		// The index must hold every article stored so far (see IndexText).
		if _, err := s.IndexText(ctx, 0); err != nil {
			return nil, nil, fmt.Errorf("articles matching %q: %w", f.Text, err)
		}
		conds = append(conds, alias+".rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
		args = append(args, ftsQuery(pq))
	}
	return conds, args, nil
}

// EachArticle streams articles; see store.ExportStore. Dated articles
// come first, in order of publication, then undated ones in the order
// they were added: two scans of the publication index, so that no sort
// holds the texts.
func (s *Store) EachArticle(ctx context.Context, f store.ArticleFilter, fn func(*article.Article, string) error) error {
	conds, args, err := s.articleConds(ctx, "a", f)
	if err != nil {
		return err
	}
	parts := []struct{ cond, order string }{
		{"a.published_unix IS NOT NULL", "a.published_unix, a.added"},
		{"a.published_unix IS NULL", "a.added"},
	}
	for _, p := range parts {
		if p.cond == "a.published_unix IS NULL" && (!f.Since.IsZero() || !f.Until.IsZero()) {
			break // a day range never holds an undated article
		}
		q := `SELECT ` + articleColumns + `, COALESCE(sa.story_id, '') FROM articles a
			LEFT JOIN story_articles sa ON sa.article_id = a.id
			WHERE ` + strings.Join(append([]string{p.cond}, conds...), " AND ") + ` ORDER BY ` + p.order
		if err := s.eachArticleRow(ctx, q, args, fn); err != nil {
			return fmt.Errorf("export articles: %w", err)
		}
	}
	return nil
}

func (s *Store) eachArticleRow(ctx context.Context, q string, args []any, fn func(*article.Article, string) error) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var story string
		a, err := scanArticle(rows, &story)
		if err != nil {
			return err
		}
		if err := fn(a, story); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachStory streams stories; see store.ExportStore.
func (s *Store) EachStory(ctx context.Context, q store.StoryQuery, sides []outlet.Side, fn func(store.Story) error) error {
	var extra []string
	var extraArgs []any
	if len(sides) > 0 {
		ids, err := s.sideSources(ctx, sides)
		if err != nil {
			return fmt.Errorf("export stories: %w", err)
		}
		for _, l := range ids {
			extra = append(extra, `s.id IN (SELECT sa.story_id FROM story_articles sa JOIN article_outlets ao ON ao.article_id = sa.article_id
				WHERE ao.source_id IN (SELECT value FROM json_each(?)))`)
			extraArgs = append(extraArgs, jsonIDs(l))
		}
	}
	query, args, err := s.storiesSQL(ctx, q, extra, extraArgs)
	if err != nil {
		return err
	}
	if err := s.eachStoryRow(ctx, query, args, fn); err != nil {
		return fmt.Errorf("export stories: %w", err)
	}
	return nil
}

// EachCopyLink streams copy relations; see store.ExportStore.
func (s *Store) EachCopyLink(ctx context.Context, f store.ArticleFilter, fn func(store.CopyLink, store.Brief, store.Brief) error) error {
	q := `SELECT l.source, l.copy, l.kind, l.share, l.detail, l.found, l.checked_by,
		src.outlet, src.title, src.url, src.published, cp.outlet, cp.title, cp.url, cp.published
		FROM copy_links l JOIN articles src ON src.id = l.source JOIN articles cp ON cp.id = l.copy`
	srcConds, srcArgs, err := s.articleConds(ctx, "src", f)
	if err != nil {
		return fmt.Errorf("export copies: %w", err)
	}
	cpConds, cpArgs, err := s.articleConds(ctx, "cp", f)
	if err != nil {
		return fmt.Errorf("export copies: %w", err)
	}
	var args []any
	if len(srcConds) > 0 {
		q += ` WHERE (` + strings.Join(srcConds, " AND ") + `) OR (` + strings.Join(cpConds, " AND ") + `)`
		args = append(srcArgs, cpArgs...)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY l.rowid`, args...)
	if err != nil {
		return fmt.Errorf("export copies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var l store.CopyLink
		var src, cp store.Brief
		var detail, found, srcPub, cpPub string
		if err := rows.Scan(&l.Source, &l.Copy, &l.Kind, &l.Share, &detail, &found, &l.CheckedBy,
			&src.Outlet, &src.Title, &src.URL, &srcPub, &cp.Outlet, &cp.Title, &cp.URL, &cpPub); err != nil {
			return fmt.Errorf("export copies: %w", err)
		}
		l.Detail = json.RawMessage(detail)
		l.Found, _ = time.Parse(time.RFC3339Nano, found)
		src.ID, cp.ID = l.Source, l.Copy
		src.Published, _ = article.ParseDate(srcPub) // written by Put from a Date
		cp.Published, _ = article.ParseDate(cpPub)
		if err := fn(l, src, cp); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export copies: %w", err)
	}
	return nil
}
