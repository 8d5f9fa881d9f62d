package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/parallax-news/parallax/internal/article"
	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

var _ store.OutletStore = (*Store)(nil)

// refoldGrowth is how much the articles must grow since the last fold
// for the next SyncOutlets to fold again without a new name.
const refoldGrowth = 1.1

// SyncOutlets folds the ways articles name their outlet into outlet
// records when something is new; see store.OutletStore.
func (s *Store) SyncOutlets(ctx context.Context) (bool, error) {
	if err := s.backfillOutlets(ctx); err != nil {
		return false, err
	}
	need, err := s.needFold(ctx, s.db)
	if err != nil || !need {
		return false, err
	}
	if err := s.fold(ctx, false); err != nil {
		return false, err
	}
	return true, nil
}

// needFold reports whether there is a source no fold has seen, an edit
// waiting, or many more articles than at the last fold.
func (s *Store) needFold(ctx context.Context, q querier) (bool, error) {
	var dirty, folded, unseen, now int64
	err := q.QueryRowContext(ctx, `SELECT dirty, folded,
		EXISTS (SELECT 1 FROM outlet_sources WHERE outlet_id IS NULL),
		(SELECT count(*) FROM article_outlets)
		FROM outlet_state WHERE id = 1`).Scan(&dirty, &folded, &unseen, &now)
	if err != nil {
		return false, fmt.Errorf("outlets: state: %w", err)
	}
	return dirty == 1 || unseen == 1 || float64(now) >= refoldGrowth*float64(folded) && now > folded, nil
}

// backfillOutlets records the outlet names of articles stored before
// Parallax kept them (by their outlet and URL; their input's other fields
// were not kept).
func (s *Store) backfillOutlets(ctx context.Context) error {
	var articles, linked int
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_outlets)`).Scan(&articles, &linked); err != nil {
		return fmt.Errorf("outlets: count: %w", err)
	}
	if articles <= linked {
		return nil
	}
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.outlet, a.url FROM articles a
			WHERE NOT EXISTS (SELECT 1 FROM article_outlets o WHERE o.article_id = a.id) LIMIT 5000`)
		if err != nil {
			return fmt.Errorf("outlets: articles without an outlet: %w", err)
		}
		var arts []*article.Article
		for rows.Next() {
			a := &article.Article{}
			if err := rows.Scan(&a.ID, &a.Outlet, &a.URL); err != nil {
				rows.Close()
				return fmt.Errorf("outlets: articles without an outlet: %w", err)
			}
			arts = append(arts, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("outlets: articles without an outlet: %w", err)
		}
		if len(arts) == 0 {
			return nil
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("outlets: begin: %w", err)
		}
		remember, err := s.recordOutlets(ctx, tx, arts, s.now().UTC())
		if err == nil {
			err = tx.Commit()
		}
		if err != nil {
			tx.Rollback()
			return fmt.Errorf("outlets: backfill: %w", err)
		}
		remember()
	}
}

// fold folds every source into outlets, in one write transaction. With
// force it folds even when nothing is new (after an edit in the same
// transaction's caller).
func (s *Store) fold(ctx context.Context, force bool) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("outlets: begin: %w", err)
	}
	defer tx.Rollback()
	if !force {
		// Another process may have folded while this one waited.
		if need, err := s.needFold(ctx, tx); err != nil || !need {
			return err
		}
	}
	if err := s.foldTx(ctx, tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("outlets: commit: %w", err)
	}
	return nil
}

// foldTx reads the sources and the user's records, folds, and writes the
// outcome: each source's outlet, the automatic outlet records, every
// outlet's folded names and domains and its input ratings.
func (s *Store) foldTx(ctx context.Context, tx *sql.Tx) error {
	srcs, err := readSources(ctx, tx)
	if err != nil {
		return err
	}
	pins, existing, err := readPins(ctx, tx)
	if err != nil {
		return err
	}
	f := outlet.Fold(srcs, pins, existing)
	now := s.now().UTC().Format(time.RFC3339Nano)

	articles := map[string]int{}
	stmt, err := tx.PrepareContext(ctx, `UPDATE outlet_sources SET outlet_id = ?, section = ?, alias = ?
		WHERE id = ? AND (outlet_id IS NOT ? OR section <> ? OR alias <> ?)`)
	if err != nil {
		return fmt.Errorf("outlets: %w", err)
	}
	defer stmt.Close()
	for _, src := range srcs {
		a, ok := f.Assign[src.ID]
		id := "" // seen by a fold, of no outlet
		if ok {
			id = a.Outlet
			articles[a.Outlet] += src.Articles
		}
		if _, err := stmt.ExecContext(ctx, id, a.Section, a.Alias, src.ID, id, a.Section, a.Alias); err != nil {
			return fmt.Errorf("outlets: assign source %d: %w", src.ID, err)
		}
	}
	keep := map[string]bool{}
	for _, o := range f.Outlets {
		keep[o.ID] = true
	}
	rows, err := tx.QueryContext(ctx, `SELECT id FROM outlets WHERE pinned = 0`)
	if err != nil {
		return fmt.Errorf("outlets: %w", err)
	}
	var gone []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("outlets: %w", err)
		}
		if !keep[id] {
			gone = append(gone, id)
		}
	}
	rows.Close()
	for _, id := range gone {
		if _, err := tx.ExecContext(ctx, `DELETE FROM outlets WHERE id = ?`, id); err != nil {
			return fmt.Errorf("outlets: drop %s: %w", id, err)
		}
	}
	for _, q := range []string{`DELETE FROM outlet_names WHERE pinned = 0`, `DELETE FROM outlet_domains WHERE pinned = 0`,
		`DELETE FROM outlet_ratings WHERE provenance = 'input'`, `UPDATE outlets SET articles = 0`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("outlets: %w", err)
		}
	}
	for _, o := range f.Outlets {
		if !o.Pinned {
			if _, err := tx.ExecContext(ctx, `INSERT INTO outlets (id, name, updated) VALUES (?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated = excluded.updated WHERE name <> excluded.name`,
				o.ID, o.Name, now); err != nil {
				return fmt.Errorf("outlets: save %s: %w", o.ID, err)
			}
			if err := addName(ctx, tx, o.ID, o.Name, false); err != nil {
				return err
			}
		}
		for _, a := range o.Aliases {
			if err := addName(ctx, tx, o.ID, a, false); err != nil {
				return err
			}
		}
		for _, d := range o.Domains {
			if _, err := tx.ExecContext(ctx, `INSERT INTO outlet_domains (domain, outlet_id, pinned) VALUES (?, ?, 0)
				ON CONFLICT DO NOTHING`, d, o.ID); err != nil {
				return fmt.Errorf("outlets: domain of %s: %w", o.ID, err)
			}
		}
		if n := articles[o.ID]; n > 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE outlets SET articles = ? WHERE id = ?`, n, o.ID); err != nil {
				return fmt.Errorf("outlets: %w", err)
			}
		}
	}
	inputs := outlet.InputLeans(srcs, f.Assign)
	for _, id := range sortedIDs(inputs) {
		for _, r := range inputs[id] {
			if err := saveRating(ctx, tx, id, r); err != nil {
				return err
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE outlet_state SET version = version + 1, dirty = 0,
		folded = (SELECT count(*) FROM article_outlets) WHERE id = 1`); err != nil {
		return fmt.Errorf("outlets: state: %w", err)
	}
	if err := refreshStoryOutlets(ctx, tx, nil); err != nil {
		return err
	}
	return refreshStorylineOutlets(ctx, tx, nil)
}

func sortedIDs[V any](m map[string]V) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// addName records a name of an outlet (pinned: the user's).
func addName(ctx context.Context, tx *sql.Tx, id, name string, pinned bool) error {
	k := outlet.Key(name)
	if k == "" {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO outlet_names (key, outlet_id, name, pinned) VALUES (?, ?, ?, ?)
		ON CONFLICT (key, outlet_id) DO UPDATE SET pinned = max(pinned, excluded.pinned),
		name = CASE WHEN excluded.pinned > pinned THEN excluded.name ELSE name END`, k, id, name, pinned); err != nil {
		return fmt.Errorf("outlets: name of %s: %w", id, err)
	}
	return nil
}

// saveRating stores a rating; a user's or imported rating replaces the
// user's and imported ones of the same kind, section and source.
func saveRating(ctx context.Context, tx *sql.Tx, id string, r outlet.Rating) error {
	if r.Provenance != outlet.FromInput {
		if _, err := tx.ExecContext(ctx, `DELETE FROM outlet_ratings WHERE outlet_id = ? AND kind = ? AND section = ? AND source = ?
			AND provenance <> 'input'`, id, r.Kind, r.Section, r.Source); err != nil {
			return fmt.Errorf("outlets: rating of %s: %w", id, err)
		}
	}
	var v any
	if r.Value != nil {
		v = *r.Value
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO outlet_ratings
		(outlet_id, kind, section, provenance, source, label, value, raw, date, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, r.Kind, r.Section, r.Provenance, r.Source, r.Label, v, r.Raw, r.Date, r.Articles); err != nil {
		return fmt.Errorf("outlets: rating of %s: %w", id, err)
	}
	return nil
}

// readSources reads every source with its article count.
func readSources(ctx context.Context, tx *sql.Tx) ([]outlet.Source, error) {
	rows, err := tx.QueryContext(ctx, `SELECT s.id, s.name, s.url_key, s.site_key, s.input, s.first_seen, coalesce(s.outlet_id, ''),
		(SELECT count(*) FROM article_outlets ao WHERE ao.source_id = s.id)
		FROM outlet_sources s ORDER BY s.id`)
	if err != nil {
		return nil, fmt.Errorf("outlets: sources: %w", err)
	}
	defer rows.Close()
	var out []outlet.Source
	for rows.Next() {
		var src outlet.Source
		var input string
		if err := rows.Scan(&src.ID, &src.Name, &src.URLKey, &src.SiteKey, &input, &src.FirstSeen, &src.Outlet, &src.Articles); err != nil {
			return nil, fmt.Errorf("outlets: sources: %w", err)
		}
		if input != "" {
			_ = json.Unmarshal([]byte(input), &src.Input) // written by recordOutlets
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outlets: sources: %w", err)
	}
	return out, nil
}

// readPins reads the user's records and the ids in use.
func readPins(ctx context.Context, tx *sql.Tx) ([]outlet.Pin, map[string]bool, error) {
	existing := map[string]bool{}
	byID := map[string]*outlet.Pin{}
	var order []string
	rows, err := tx.QueryContext(ctx, `SELECT id, pinned FROM outlets ORDER BY id`)
	if err != nil {
		return nil, nil, fmt.Errorf("outlets: records: %w", err)
	}
	for rows.Next() {
		var id string
		var pinned bool
		if err := rows.Scan(&id, &pinned); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("outlets: records: %w", err)
		}
		existing[id] = true
		if pinned {
			byID[id] = &outlet.Pin{ID: id}
			order = append(order, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("outlets: records: %w", err)
	}
	for _, q := range []struct {
		sql   string
		names bool
	}{
		{`SELECT outlet_id, name FROM outlet_names WHERE pinned = 1 ORDER BY outlet_id, key`, true},
		{`SELECT outlet_id, domain FROM outlet_domains WHERE pinned = 1 ORDER BY outlet_id, domain`, false},
	} {
		rows, err := tx.QueryContext(ctx, q.sql)
		if err != nil {
			return nil, nil, fmt.Errorf("outlets: records: %w", err)
		}
		for rows.Next() {
			var id, v string
			if err := rows.Scan(&id, &v); err != nil {
				rows.Close()
				return nil, nil, fmt.Errorf("outlets: records: %w", err)
			}
			if p := byID[id]; p != nil {
				if q.names {
					p.Names = append(p.Names, v)
				} else {
					p.Domains = append(p.Domains, v)
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, nil, fmt.Errorf("outlets: records: %w", err)
		}
	}
	pins := make([]outlet.Pin, 0, len(order))
	for _, id := range order {
		pins = append(pins, *byID[id])
	}
	return pins, existing, nil
}
