package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/outlet"
)

// sourceKey is one way articles name their outlet, as outlet_sources
// keeps it.
type sourceKey struct{ name, urlKey, siteKey, input string }

// sourceOf reads how an article names its outlet.
func sourceOf(a *article.Article) sourceKey {
	k := sourceKey{name: strings.TrimSpace(a.Outlet), urlKey: outlet.DomainKey(a.URL)}
	if in := a.OutletInput; in != nil {
		k.siteKey = outlet.DomainKey(in.Site)
		r := outlet.InputRatings{Lean: strings.TrimSpace(in.Lean), LeanRaw: strings.TrimSpace(in.LeanRaw),
			Factuality: strings.TrimSpace(in.Factuality), Field: strings.TrimSpace(in.Field)}
		if !r.IsZero() {
			b, _ := json.Marshal(r) // a struct of strings always marshals
			k.input = string(b)
		}
	}
	return k
}

// recordOutlets records, in tx, how each article names its outlet. It
// returns what to remember once the transaction commits.
func (s *Store) recordOutlets(ctx context.Context, tx pgx.Tx, arts []*article.Article, now time.Time) (func(), error) {
	fresh := map[sourceKey]int64{}
	byArticle := map[string]int64{}
	var order []string
	for _, a := range arts {
		k := sourceOf(a)
		id, ok := s.sources.get(k)
		if !ok {
			if id, ok = fresh[k]; !ok {
				if err := tx.QueryRow(ctx, `INSERT INTO outlet_sources (name, url_key, site_key, input, first_seen)
					VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name, url_key, site_key, input) DO UPDATE SET name = excluded.name
					RETURNING id`, k.name, k.urlKey, k.siteKey, k.input, now.Format(time.RFC3339)).Scan(&id); err != nil {
					return nil, fmt.Errorf("outlet of article %s: %w", a.ID, err)
				}
				fresh[k] = id
			}
		}
		if _, seen := byArticle[a.ID]; !seen {
			order = append(order, a.ID)
		}
		byArticle[a.ID] = id // the last way a batch names it wins
	}
	sources := make([]int64, len(order))
	for i, id := range order {
		sources[i] = byArticle[id]
	}
	if _, err := tx.Exec(ctx, `INSERT INTO article_outlets (article_id, source_id)
		SELECT * FROM unnest($1::text[], $2::bigint[])
		ON CONFLICT (article_id) DO UPDATE SET source_id = excluded.source_id
		WHERE article_outlets.source_id <> excluded.source_id`, order, sources); err != nil {
		return nil, fmt.Errorf("outlets of articles: %w", err)
	}
	return func() { s.sources.add(fresh) }, nil
}
