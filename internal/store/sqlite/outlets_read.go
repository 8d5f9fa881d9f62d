package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// OutletVersion returns the outlets' version; see store.OutletStore.
func (s *Store) OutletVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := s.db.QueryRowContext(ctx, `SELECT version FROM outlet_state WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("outlets: version: %w", err)
	}
	return v, nil
}

// Outlets returns every outlet record; see store.OutletStore.
func (s *Store) Outlets(ctx context.Context) ([]outlet.Outlet, error) {
	return s.loadOutlets(ctx, "")
}

// Outlet returns one outlet record; see store.OutletStore.
func (s *Store) Outlet(ctx context.Context, ref string) (outlet.Outlet, error) {
	id, err := resolveOutlet(ctx, s.db, ref)
	if err != nil {
		return outlet.Outlet{}, err
	}
	os, err := s.loadOutlets(ctx, id)
	if err != nil {
		return outlet.Outlet{}, err
	}
	if len(os) == 0 {
		return outlet.Outlet{}, fmt.Errorf("outlet %q: %w", ref, store.ErrNotFound)
	}
	return os[0], nil
}

type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// resolveOutlet finds the outlet a reference names: its id, a name or
// alias (by outlet.Key), a domain or a URL.
func resolveOutlet(ctx context.Context, q rowQuerier, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", fmt.Errorf("outlet %q: %w", ref, store.ErrNotFound)
	}
	var id string
	err := q.QueryRowContext(ctx, `SELECT id FROM outlets WHERE id = ?`, ref).Scan(&id)
	if err == nil {
		return id, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("outlet %q: %w", ref, err)
	}
	lookups := []struct{ query, arg string }{
		{`SELECT DISTINCT outlet_id FROM outlet_names WHERE key = ? ORDER BY pinned DESC, outlet_id LIMIT 3`, outlet.Key(ref)},
	}
	if strings.Contains(ref, ".") && !strings.ContainsAny(strings.TrimSpace(ref), " \t") {
		lookups = append(lookups, struct{ query, arg string }{`SELECT DISTINCT outlet_id FROM outlet_domains WHERE domain = ? ORDER BY pinned DESC, outlet_id LIMIT 3`, outlet.DomainKey(ref)})
	}
	for _, l := range lookups {
		if l.arg == "" {
			continue
		}
		rows, err := q.QueryContext(ctx, l.query, l.arg)
		if err != nil {
			return "", fmt.Errorf("outlet %q: %w", ref, err)
		}
		var ids []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return "", fmt.Errorf("outlet %q: %w", ref, err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		switch {
		case len(ids) == 1:
			return ids[0], nil
		case len(ids) > 1:
			return "", fmt.Errorf("outlet %q names %s: %w", ref, strings.Join(ids, ", "), store.ErrAmbiguous)
		}
	}
	return "", fmt.Errorf("outlet %q: %w", ref, store.ErrNotFound)
}

// loadOutlets reads outlet records, all of them or the one with id.
func (s *Store) loadOutlets(ctx context.Context, id string) ([]outlet.Outlet, error) {
	where, args := "", []any{}
	if id != "" {
		where, args = " WHERE outlet_id = ?", []any{id}
	}
	recWhere := strings.Replace(where, "outlet_id", "id", 1)
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, kind, country, language, owner, pinned, articles FROM outlets`+recWhere+
		` ORDER BY articles DESC, name, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	var out []outlet.Outlet
	index := map[string]int{}
	for rows.Next() {
		var o outlet.Outlet
		var pinned bool
		if err := rows.Scan(&o.ID, &o.Name, &o.Kind, &o.Country, &o.Language, &o.Owner, &pinned, &o.Articles); err != nil {
			rows.Close()
			return nil, fmt.Errorf("outlets: %w", err)
		}
		o.Origin = outlet.OriginAuto
		if pinned {
			o.Origin = outlet.OriginUser
		}
		o.Aliases, o.Domains, o.Ratings = []string{}, []string{}, []outlet.Rating{}
		index[o.ID] = len(out)
		out = append(out, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outlets: %w", err)
	}
	each := func(query string, scan func(*sql.Rows) error) error {
		rows, err := s.db.QueryContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("outlets: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return fmt.Errorf("outlets: %w", err)
			}
		}
		return rows.Err()
	}
	err = each(`SELECT outlet_id, name FROM outlet_names`+where+` ORDER BY outlet_id, name`, func(r *sql.Rows) error {
		var oid, name string
		if err := r.Scan(&oid, &name); err != nil {
			return err
		}
		if i, ok := index[oid]; ok && outlet.Key(name) != outlet.Key(out[i].Name) {
			out[i].Aliases = append(out[i].Aliases, name)
		}
		return nil
	})
	if err == nil {
		err = each(`SELECT outlet_id, domain FROM outlet_domains`+where+` ORDER BY outlet_id, domain`, func(r *sql.Rows) error {
			var oid, d string
			if err := r.Scan(&oid, &d); err != nil {
				return err
			}
			if i, ok := index[oid]; ok {
				out[i].Domains = append(out[i].Domains, d)
			}
			return nil
		})
	}
	if err == nil {
		err = each(`SELECT outlet_id, kind, section, provenance, source, label, value, raw, date, articles FROM outlet_ratings`+where, func(r *sql.Rows) error {
			oid, rt, err := scanRating(r)
			if err != nil {
				return err
			}
			if i, ok := index[oid]; ok {
				out[i].Ratings = append(out[i].Ratings, rt)
			}
			return nil
		})
	}
	if err == nil {
		err = each(`SELECT s.outlet_id, s.section, count(*) FROM outlet_sources s JOIN article_outlets ao ON ao.source_id = s.id
			WHERE s.alias = 1 AND s.section <> ''`+strings.Replace(where, "WHERE", "AND", 1)+` GROUP BY s.outlet_id, s.section`,
			func(r *sql.Rows) error {
				var oid, sec string
				var n int
				if err := r.Scan(&oid, &sec, &n); err != nil {
					return err
				}
				if i, ok := index[oid]; ok {
					out[i].Sections = append(out[i].Sections, outlet.Section{Name: sec, Articles: n})
				}
				return nil
			})
	}
	if err != nil {
		return nil, err
	}
	for i := range out {
		secs := out[i].Sections
		sort.SliceStable(secs, func(a, b int) bool {
			if secs[a].Articles != secs[b].Articles {
				return secs[a].Articles > secs[b].Articles
			}
			return secs[a].Name < secs[b].Name
		})
		out[i].Summarize()
	}
	return out, nil
}

func scanRating(r interface{ Scan(...any) error }) (string, outlet.Rating, error) {
	var oid string
	var rt outlet.Rating
	var v sql.NullFloat64
	if err := r.Scan(&oid, &rt.Kind, &rt.Section, &rt.Provenance, &rt.Source, &rt.Label, &v, &rt.Raw, &rt.Date, &rt.Articles); err != nil {
		return "", rt, err
	}
	if v.Valid {
		f := v.Float64
		rt.Value = &f
	}
	return oid, rt, nil
}

// OutletRatings returns every outlet's ratings; see store.OutletStore.
func (s *Store) OutletRatings(ctx context.Context) (map[string][]outlet.Rating, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT outlet_id, kind, section, provenance, source, label, value, raw, date, articles FROM outlet_ratings`)
	if err != nil {
		return nil, fmt.Errorf("outlet ratings: %w", err)
	}
	defer rows.Close()
	out := map[string][]outlet.Rating{}
	for rows.Next() {
		oid, r, err := scanRating(rows)
		if err != nil {
			return nil, fmt.Errorf("outlet ratings: %w", err)
		}
		out[oid] = append(out[oid], r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outlet ratings: %w", err)
	}
	return out, nil
}

// memberColumns select an article's outlet, section and publication time
// given article_outlets ao, outlet_sources s and articles a.
const memberColumns = `coalesce(s.outlet_id, ''), coalesce(s.section, ''), coalesce(a.published_unix, 0)`

// ArticleOutlets returns the outlets of articles; see store.OutletStore.
func (s *Store) ArticleOutlets(ctx context.Context, ids []string) ([]outlet.Member, error) {
	b, _ := json.Marshal(ids) // strings always marshal
	rows, err := s.db.QueryContext(ctx, `SELECT j.value, `+memberColumns+` FROM json_each(?) j
		LEFT JOIN articles a ON a.id = j.value
		LEFT JOIN article_outlets ao ON ao.article_id = j.value
		LEFT JOIN outlet_sources s ON s.id = ao.source_id ORDER BY j.key`, string(b))
	if err != nil {
		return nil, fmt.Errorf("outlets of articles: %w", err)
	}
	defer rows.Close()
	out := make([]outlet.Member, 0, len(ids))
	for rows.Next() {
		var m outlet.Member
		if err := rows.Scan(&m.Article, &m.Outlet, &m.Section, &m.Published); err != nil {
			return nil, fmt.Errorf("outlets of articles: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// StoryMembers returns stories' articles with their outlets; see
// store.OutletStore.
func (s *Store) StoryMembers(ctx context.Context, ids []string) (map[string][]outlet.Member, error) {
	query := `SELECT sa.story_id, sa.article_id, ` + memberColumns + ` FROM story_articles sa
		LEFT JOIN articles a ON a.id = sa.article_id
		LEFT JOIN article_outlets ao ON ao.article_id = sa.article_id
		LEFT JOIN outlet_sources s ON s.id = ao.source_id`
	var args []any
	if ids != nil {
		b, _ := json.Marshal(ids) // strings always marshal
		query += ` WHERE sa.story_id IN (SELECT value FROM json_each(?))`
		args = append(args, string(b))
	}
	rows, err := s.db.QueryContext(ctx, query+` ORDER BY sa.story_id, sa.seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("story outlets: %w", err)
	}
	defer rows.Close()
	out := map[string][]outlet.Member{}
	for rows.Next() {
		var story string
		var m outlet.Member
		if err := rows.Scan(&story, &m.Article, &m.Outlet, &m.Section, &m.Published); err != nil {
			return nil, fmt.Errorf("story outlets: %w", err)
		}
		out[story] = append(out[story], m)
	}
	return out, rows.Err()
}

// OutletStories returns the stories of an outlet's articles; see
// store.OutletStore.
func (s *Store) OutletStories(ctx context.Context, id string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT sa.story_id FROM outlet_sources s
		JOIN article_outlets ao ON ao.source_id = s.id
		JOIN story_articles sa ON sa.article_id = ao.article_id WHERE s.outlet_id = ? ORDER BY sa.story_id`, id)
	if err != nil {
		return nil, fmt.Errorf("stories of outlet %s: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var sid string
		if err := rows.Scan(&sid); err != nil {
			return nil, fmt.Errorf("stories of outlet %s: %w", id, err)
		}
		out = append(out, sid)
	}
	return out, rows.Err()
}

// OutletArticles lists an outlet's articles; see store.OutletStore.
func (s *Store) OutletArticles(ctx context.Context, id string) ([]store.OutletArticle, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT ao.article_id, s.section, a.published_unix, coalesce(sa.story_id, '')
		FROM outlet_sources s JOIN article_outlets ao ON ao.source_id = s.id
		JOIN articles a ON a.id = ao.article_id
		LEFT JOIN story_articles sa ON sa.article_id = ao.article_id
		WHERE s.outlet_id = ? ORDER BY a.published_unix IS NULL, a.published_unix DESC, ao.article_id`, id)
	if err != nil {
		return nil, fmt.Errorf("articles of outlet %s: %w", id, err)
	}
	defer rows.Close()
	var out []store.OutletArticle
	for rows.Next() {
		var a store.OutletArticle
		var pub sql.NullInt64
		if err := rows.Scan(&a.ID, &a.Section, &pub, &a.Story); err != nil {
			return nil, fmt.Errorf("articles of outlet %s: %w", id, err)
		}
		if pub.Valid {
			a.Published = time.Unix(pub.Int64, 0).UTC()
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// OutletCopies counts an outlet's copy relations; see store.OutletStore.
func (s *Store) OutletCopies(ctx context.Context, id string) (taken, given []store.CopyCount, err error) {
	const mine = `SELECT ao.article_id FROM outlet_sources s JOIN article_outlets ao ON ao.source_id = s.id WHERE s.outlet_id = ?1`
	count := func(mineCol, otherCol string) ([]store.CopyCount, error) {
		rows, err := s.db.QueryContext(ctx, `SELECT coalesce(so.outlet_id, ''), count(*), avg(c.share) FROM copy_links c
			LEFT JOIN article_outlets ao2 ON ao2.article_id = c.`+otherCol+`
			LEFT JOIN outlet_sources so ON so.id = ao2.source_id
			WHERE c.`+mineCol+` IN (`+mine+`) AND coalesce(so.outlet_id, '') <> ?1
			AND json_extract(c.detail, '$.basis') IN (`+store.KnownDirectionSQL+`)
			GROUP BY 1 ORDER BY 2 DESC, 1`, id)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := []store.CopyCount{}
		for rows.Next() {
			var c store.CopyCount
			if err := rows.Scan(&c.Outlet, &c.Copies, &c.Share); err != nil {
				return nil, err
			}
			out = append(out, c)
		}
		return out, rows.Err()
	}
	if taken, err = count("copy", "source"); err != nil {
		return nil, nil, fmt.Errorf("copies of outlet %s: %w", id, err)
	}
	if given, err = count("source", "copy"); err != nil {
		return nil, nil, fmt.Errorf("copies of outlet %s: %w", id, err)
	}
	return taken, given, nil
}
