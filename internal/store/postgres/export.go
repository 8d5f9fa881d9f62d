package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.ExportStore = (*Store)(nil)

// sideSources returns, for each side, the ids of the outlet sources (an
// outlet's name, domains and section as articles give them) whose lean is
// on it, as the outlet records have it at the last fold. Sides are taken
// once each. A store where no outlet has a lean rating gives
// store.ErrNoLean: the filter would match nothing.
func (s *Store) sideSources(ctx context.Context, sides []outlet.Side) ([][]int64, error) {
	sides = slices.Compact(slices.Sorted(slices.Values(sides)))
	rated, err := s.LeanRated(ctx)
	if err != nil {
		return nil, err
	}
	if !rated {
		return nil, fmt.Errorf("lean %v: %w", sides, store.ErrNoLean)
	}
	ratings, err := s.OutletRatings(ctx)
	if err != nil {
		return nil, err
	}
	leans := outlet.NewLeans(ratings)
	rows, err := s.pool.Query(ctx, `SELECT id, outlet_id, section FROM outlet_sources WHERE outlet_id IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("outlet sources: %w", err)
	}
	defer rows.Close()
	ids := make([][]int64, len(sides))
	for rows.Next() {
		var id int64
		var oid, section string
		if err := rows.Scan(&id, &oid, &section); err != nil {
			return nil, fmt.Errorf("outlet sources: %w", err)
		}
		if i := slices.Index(sides, leans.Side(oid, section)); i >= 0 {
			ids[i] = append(ids[i], id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outlet sources: %w", err)
	}
	for i := range ids {
		if ids[i] == nil {
			ids[i] = []int64{}
		}
	}
	return ids, nil
}

// LeanRated reports whether any outlet has a lean rating; see
// store.ExportStore.
func (s *Store) LeanRated(ctx context.Context) (bool, error) {
	var ok bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM outlet_ratings WHERE kind = $1)`, outlet.KindLean).Scan(&ok); err != nil {
		return false, fmt.Errorf("lean ratings: %w", err)
	}
	return ok, nil
}

// articleConds are the conditions of an article filter on the articles
// aliased alias, with their arguments added to a.
func (s *Store) articleConds(ctx context.Context, alias string, f store.ArticleFilter, a *args) ([]string, error) {
	var conds []string
	if len(f.Sides) > 0 {
		ids, err := s.sideSources(ctx, f.Sides)
		if err != nil {
			return nil, err
		}
		conds = append(conds, alias+".id IN (SELECT article_id FROM article_outlets WHERE source_id = ANY("+a.add(slices.Concat(ids...))+"))")
	}
	if f.Outlet != "" {
		conds = append(conds, alias+".outlet = "+a.add(f.Outlet))
	}
	if !f.Since.IsZero() {
		conds = append(conds, alias+".published_unix >= "+a.add(f.Since.Unix()))
	}
	if !f.Until.IsZero() {
		conds = append(conds, alias+".published_unix < "+a.add(f.Until.Unix()))
	}
	if f.Text != "" {
		pq, err := parseSearch("articles matching", f.Text)
		if err != nil {
			return nil, err
		}
		// The index must hold every article stored so far.
		if _, err := s.IndexText(ctx, 0); err != nil {
			return nil, fmt.Errorf("articles matching %q: %w", f.Text, err)
		}
		tsq, targs := tsQuery(pq, len(*a)+1)
		*a = append(*a, targs...)
		conds = append(conds, alias+".seq IN (SELECT article FROM article_search WHERE search @@ "+tsq+")")
	}
	return conds, nil
}

// EachArticle streams articles; see store.ExportStore. Dated articles
// come first, in order of publication, then undated ones in the order
// they were added.
func (s *Store) EachArticle(ctx context.Context, f store.ArticleFilter, fn func(*article.Article, string) error) error {
	var a args
	conds, err := s.articleConds(ctx, "a", f, &a)
	if err != nil {
		return err
	}
	parts := []struct{ cond, order string }{
		{"a.published_unix IS NOT NULL", "a.published_unix, a.added, a.seq"},
		{"a.published_unix IS NULL", "a.added, a.seq"},
	}
	for i, p := range parts {
		if i == 1 && (!f.Since.IsZero() || !f.Until.IsZero()) {
			break // a day range never holds an undated article
		}
		q := `SELECT ` + articleColumns + `, COALESCE(sa.story_id, '') FROM articles a
			LEFT JOIN story_articles sa ON sa.article_id = a.id
			WHERE ` + strings.Join(append([]string{p.cond}, conds...), " AND ") + ` ORDER BY ` + p.order
		if err := s.eachArticleRow(ctx, q, a, fn); err != nil {
			return fmt.Errorf("export articles: %w", err)
		}
	}
	return nil
}

func (s *Store) eachArticleRow(ctx context.Context, q string, a args, fn func(*article.Article, string) error) error {
	rows, err := s.pool.Query(ctx, q, a...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var story string
		art, err := scanArticle(rows, &story)
		if err != nil {
			return err
		}
		if err := fn(art, story); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EachStory streams stories; see store.ExportStore.
func (s *Store) EachStory(ctx context.Context, q store.StoryQuery, sides []outlet.Side, fn func(store.Story) error) error {
	var ids [][]int64
	if len(sides) > 0 {
		var err error
		if ids, err = s.sideSources(ctx, sides); err != nil {
			return fmt.Errorf("export stories: %w", err)
		}
	}
	query, a, err := s.storiesSQL(ctx, q, nil, func(a *args) []string {
		var conds []string
		for _, l := range ids {
			conds = append(conds, `s.id IN (SELECT sa.story_id FROM story_articles sa JOIN article_outlets ao ON ao.article_id = sa.article_id
				WHERE ao.source_id = ANY(`+a.add(l)+`))`)
		}
		return conds
	})
	if err != nil {
		return err
	}
	if err := s.eachStoryRow(ctx, query, a, fn); err != nil {
		return fmt.Errorf("export stories: %w", err)
	}
	return nil
}

// EachCopyLink streams copy relations; see store.ExportStore.
func (s *Store) EachCopyLink(ctx context.Context, f store.ArticleFilter, fn func(store.CopyLink, store.Brief, store.Brief) error) error {
	q := `SELECT l.source, l.copy, l.kind, l.share, l.detail, l.found, l.checked_by,
		src.outlet, src.title, src.url, src.published, cp.outlet, cp.title, cp.url, cp.published
		FROM copy_links l JOIN articles src ON src.id = l.source JOIN articles cp ON cp.id = l.copy`
	var a args
	srcConds, err := s.articleConds(ctx, "src", f, &a)
	if err != nil {
		return fmt.Errorf("export copies: %w", err)
	}
	cpConds, err := s.articleConds(ctx, "cp", f, &a)
	if err != nil {
		return fmt.Errorf("export copies: %w", err)
	}
	if len(srcConds) > 0 {
		q += ` WHERE (` + strings.Join(srcConds, " AND ") + `) OR (` + strings.Join(cpConds, " AND ") + `)`
	}
	rows, err := s.pool.Query(ctx, q+` ORDER BY l.n`, a...)
	if err != nil {
		return fmt.Errorf("export copies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var src, cp store.Brief
		var srcPub, cpPub string
		l, err := scanLink(rows, &src.Outlet, &src.Title, &src.URL, &srcPub, &cp.Outlet, &cp.Title, &cp.URL, &cpPub)
		if err != nil {
			return fmt.Errorf("export copies: %w", err)
		}
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
