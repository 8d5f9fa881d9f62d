package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/jackc/pgx/v5"

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
	need, err := needFold(ctx, s.pool)
	if err != nil || !need {
		return false, err
	}
	folded := false
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		// One fold at a time; another process may have folded while this
		// one waited.
		if _, err := tx.Exec(ctx, `SELECT 1 FROM outlet_state WHERE id = 1 FOR UPDATE`); err != nil {
			return fmt.Errorf("outlets: state: %w", err)
		}
		if need, err := needFold(ctx, tx); err != nil || !need {
			return err
		}
		folded = true
		return s.foldTx(ctx, tx)
	})
	if err != nil {
		return false, err
	}
	return folded, nil
}

// needFold reports whether there is a source no fold has seen, an edit
// waiting, or many more articles than at the last fold.
func needFold(ctx context.Context, q querier) (bool, error) {
	var dirty, unseen bool
	var folded, now int64
	err := q.QueryRow(ctx, `SELECT dirty, folded,
		EXISTS (SELECT 1 FROM outlet_sources WHERE outlet_id IS NULL),
		(SELECT count(*) FROM article_outlets)
		FROM outlet_state WHERE id = 1`).Scan(&dirty, &folded, &unseen, &now)
	if err != nil {
		return false, fmt.Errorf("outlets: state: %w", err)
	}
	return dirty || unseen || float64(now) >= refoldGrowth*float64(folded) && now > folded, nil
}

// foldTx reads the sources and the user's records, folds, and writes the
// outcome: each source's outlet, the automatic outlet records, every
// outlet's folded names and domains and its input ratings.
func (s *Store) foldTx(ctx context.Context, tx pgx.Tx) error {
	srcs, err := readSources(ctx, tx)
	if err != nil {
		return err
	}
	pins, existing, err := readPins(ctx, tx)
	if err != nil {
		return err
	}
	f := outlet.Fold(srcs, pins, existing)
	now := s.now().UTC()

	articles := map[string]int{}
	b := &pgx.Batch{}
	for _, src := range srcs {
		a, ok := f.Assign[src.ID]
		id := "" // seen by a fold, of no outlet
		if ok {
			id = a.Outlet
			articles[a.Outlet] += src.Articles
		}
		b.Queue(`UPDATE outlet_sources SET outlet_id = $1, section = $2, alias = $3
			WHERE id = $4 AND (outlet_id IS DISTINCT FROM $1 OR section <> $2 OR alias <> $3)`, id, a.Section, a.Alias, src.ID)
	}
	keep := make([]string, 0, len(f.Outlets))
	for _, o := range f.Outlets {
		keep = append(keep, o.ID)
	}
	b.Queue(`DELETE FROM outlets WHERE NOT pinned AND id <> ALL($1)`, keep)
	for _, q := range []string{`DELETE FROM outlet_names WHERE NOT pinned`, `DELETE FROM outlet_domains WHERE NOT pinned`,
		`DELETE FROM outlet_ratings WHERE provenance = 'input'`, `UPDATE outlets SET articles = 0 WHERE articles <> 0`} {
		b.Queue(q)
	}
	for _, o := range f.Outlets {
		if !o.Pinned {
			b.Queue(`INSERT INTO outlets (id, name, updated) VALUES ($1, $2, $3)
				ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated = excluded.updated WHERE outlets.name <> excluded.name`,
				o.ID, o.Name, now)
			queueName(b, o.ID, o.Name, false)
		}
		for _, a := range o.Aliases {
			queueName(b, o.ID, a, false)
		}
		for _, d := range o.Domains {
			b.Queue(`INSERT INTO outlet_domains (domain, outlet_id, pinned) VALUES ($1, $2, false) ON CONFLICT DO NOTHING`, d, o.ID)
		}
		if n := articles[o.ID]; n > 0 {
			b.Queue(`UPDATE outlets SET articles = $1 WHERE id = $2`, n, o.ID)
		}
	}
	inputs := outlet.InputLeans(srcs, f.Assign)
	for _, id := range sortedIDs(inputs) {
		for _, r := range inputs[id] {
			queueRating(b, id, r)
		}
	}
	b.Queue(`UPDATE outlet_state SET version = version + 1, dirty = false,
		folded = (SELECT count(*) FROM article_outlets) WHERE id = 1`)
	b.Queue(storyOutletsSet, nil)
	b.Queue(storylineOutletsSet, nil)
	if err := sendBatch(ctx, tx, b); err != nil {
		return fmt.Errorf("outlets: fold: %w", err)
	}
	return nil
}

func sortedIDs[V any](m map[string]V) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// qName records a name of an outlet (pinned: the user's).
const qName = `INSERT INTO outlet_names (key, outlet_id, name, pinned) VALUES ($1, $2, $3, $4)
	ON CONFLICT (key, outlet_id) DO UPDATE SET pinned = outlet_names.pinned OR excluded.pinned,
	name = CASE WHEN excluded.pinned AND NOT outlet_names.pinned THEN excluded.name ELSE outlet_names.name END`

// queueName queues recording a name of an outlet.
func queueName(b *pgx.Batch, id, name string, pinned bool) {
	if k := outlet.Key(name); k != "" {
		b.Queue(qName, k, id, name, pinned)
	}
}

// addName records a name of an outlet (pinned: the user's).
func addName(ctx context.Context, tx pgx.Tx, id, name string, pinned bool) error {
	k := outlet.Key(name)
	if k == "" {
		return nil
	}
	if _, err := tx.Exec(ctx, qName, k, id, name, pinned); err != nil {
		return fmt.Errorf("outlets: name of %s: %w", id, err)
	}
	return nil
}

// queueRating queues storing a rating; a user's or imported rating
// replaces the user's and imported ones of the same kind, section and
// source.
func queueRating(b *pgx.Batch, id string, r outlet.Rating) {
	if r.Provenance != outlet.FromInput {
		b.Queue(`DELETE FROM outlet_ratings WHERE outlet_id = $1 AND kind = $2 AND section = $3 AND source = $4
			AND provenance <> 'input'`, id, r.Kind, r.Section, r.Source)
	}
	b.Queue(`INSERT INTO outlet_ratings (outlet_id, kind, section, provenance, source, label, value, raw, date, articles)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (outlet_id, kind, section, provenance, source, label) DO UPDATE SET value = excluded.value,
			raw = excluded.raw, date = excluded.date, articles = excluded.articles`,
		id, r.Kind, r.Section, r.Provenance, r.Source, r.Label, r.Value, r.Raw, r.Date, r.Articles)
}

// saveRating stores a rating (see queueRating).
func saveRating(ctx context.Context, tx pgx.Tx, id string, r outlet.Rating) error {
	b := &pgx.Batch{}
	queueRating(b, id, r)
	if err := sendBatch(ctx, tx, b); err != nil {
		return fmt.Errorf("outlets: rating of %s: %w", id, err)
	}
	return nil
}

// readSources reads every source with its article count.
func readSources(ctx context.Context, tx pgx.Tx) ([]outlet.Source, error) {
	rows, err := tx.Query(ctx, `SELECT s.id, s.name, s.url_key, s.site_key, s.input, s.first_seen, coalesce(s.outlet_id, ''),
		coalesce(n.articles, 0)
		FROM outlet_sources s LEFT JOIN (SELECT source_id, count(*) AS articles FROM article_outlets GROUP BY source_id) n
			ON n.source_id = s.id
		ORDER BY s.id`)
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
func readPins(ctx context.Context, tx pgx.Tx) ([]outlet.Pin, map[string]bool, error) {
	existing := map[string]bool{}
	byID := map[string]*outlet.Pin{}
	var order []string
	rows, err := tx.Query(ctx, `SELECT id, pinned FROM outlets ORDER BY id`)
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
		{`SELECT outlet_id, name FROM outlet_names WHERE pinned ORDER BY outlet_id, key`, true},
		{`SELECT outlet_id, domain FROM outlet_domains WHERE pinned ORDER BY outlet_id, domain`, false},
	} {
		rows, err := tx.Query(ctx, q.sql)
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
