package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

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

// sourceIDs caches the ids of outlet_sources rows, which never change
// once written.
type sourceIDs struct {
	mu  sync.Mutex
	ids map[sourceKey]int64
}

func (c *sourceIDs) get(k sourceKey) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.ids[k]
	return id, ok
}

func (c *sourceIDs) add(m map[sourceKey]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ids == nil {
		c.ids = map[sourceKey]int64{}
	}
	for k, v := range m {
		c.ids[k] = v
	}
}

// recordOutlets records, in Put's transaction, how each article names its
// outlet. It returns what to remember once the transaction commits.
func (s *Store) recordOutlets(ctx context.Context, tx *sql.Tx, arts []*article.Article, now time.Time) (func(), error) {
	fresh := map[sourceKey]int64{}
	rows := make([][2]any, 0, len(arts))
	for _, a := range arts {
		k := sourceOf(a)
		id, ok := s.sources.get(k)
		if !ok {
			if id, ok = fresh[k]; !ok {
				if err := tx.QueryRowContext(ctx, `INSERT INTO outlet_sources (name, url_key, site_key, input, first_seen)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT (name, url_key, site_key, input) DO UPDATE SET name = excluded.name
					RETURNING id`, k.name, k.urlKey, k.siteKey, k.input, now.Format(time.RFC3339)).Scan(&id); err != nil {
					return nil, fmt.Errorf("outlet of article %s: %w", a.ID, err)
				}
				fresh[k] = id
			}
		}
		rows = append(rows, [2]any{a.ID, id})
	}
	b, _ := json.Marshal(rows) // strings and numbers always marshal
	if _, err := tx.ExecContext(ctx, `INSERT INTO article_outlets (article_id, source_id)
		SELECT value->>0, value->>1 FROM json_each(?) WHERE true
		ON CONFLICT (article_id) DO UPDATE SET source_id = excluded.source_id WHERE source_id <> excluded.source_id`, string(b)); err != nil {
		return nil, fmt.Errorf("outlets of articles: %w", err)
	}
	return func() { s.sources.add(fresh) }, nil
}
