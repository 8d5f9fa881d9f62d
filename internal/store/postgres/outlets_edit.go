package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// lockOutlets takes the outlets' state row for the rest of tx: edits,
// merges and folds take turns.
func lockOutlets(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `SELECT 1 FROM outlet_state WHERE id = 1 FOR UPDATE`); err != nil {
		return fmt.Errorf("outlets: lock: %w", err)
	}
	return nil
}

// EditOutlets applies edits to outlet records; see store.OutletStore.
func (s *Store) EditOutlets(ctx context.Context, edits []store.OutletEdit) ([]store.EditResult, error) {
	now := s.now().UTC()
	res := make([]store.EditResult, len(edits))
	ids := make([]string, len(edits))
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		if err := lockOutlets(ctx, tx); err != nil {
			return err
		}
		for i, e := range edits {
			res[i] = store.EditResult{}
			// Each edit is applied whole or not at all: a savepoint.
			sp, err := tx.Begin(ctx)
			if err != nil {
				return fmt.Errorf("edit outlets: %w", err)
			}
			id, created, err := editOutlet(ctx, sp, e, now)
			if err != nil {
				res[i].Err = err
				if xerr := sp.Rollback(ctx); xerr != nil {
					return fmt.Errorf("edit outlets: %w", xerr)
				}
				continue
			}
			if err := sp.Commit(ctx); err != nil {
				return fmt.Errorf("edit outlets: %w", err)
			}
			ids[i], res[i].Created = id, created
		}
		return s.foldTx(ctx, tx)
	})
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		if res[i].Err != nil {
			continue
		}
		os, err := loadOutlets(ctx, s.pool, id)
		if err != nil {
			return nil, err
		}
		if len(os) == 1 {
			res[i].Outlet = os[0]
		}
	}
	return res, nil
}

// editOutlet applies one edit and returns the outlet's id, and whether
// it made a new one.
func editOutlet(ctx context.Context, tx pgx.Tx, e store.OutletEdit, now time.Time) (string, bool, error) {
	what := e.Ref
	if what == "" {
		what = e.Name
	}
	created := false
	fail := func(err error) (string, bool, error) { return "", false, fmt.Errorf("outlet %q: %w", what, err) }
	id, err := findForEdit(ctx, tx, e)
	if err != nil {
		return fail(err)
	}
	if id == "" {
		if e.MustExist {
			return fail(store.ErrNotFound)
		}
		name := strings.TrimSpace(e.Name)
		if name == "" {
			name = strings.TrimSpace(e.Ref)
		}
		if outlet.Key(name) == "" {
			return fail(errors.New("a new outlet needs a name with letters or digits"))
		}
		id = e.ID
		if id == "" {
			if id, err = freeID(ctx, tx, outlet.Slug(name)); err != nil {
				return fail(err)
			}
		} else if outlet.Slug(id) != id {
			return fail(fmt.Errorf("id %q: want lower-case letters, digits and hyphens", id))
		}
		if _, err := tx.Exec(ctx, `INSERT INTO outlets (id, name, pinned, updated) VALUES ($1, $2, true, $3)`, id, name, now); err != nil {
			return fail(err)
		}
		created = true
		if err := claimName(ctx, tx, id, name); err != nil {
			return fail(err)
		}
	}
	if err := pin(ctx, tx, id, now); err != nil {
		return fail(err)
	}
	if n := strings.TrimSpace(e.Name); n != "" {
		if outlet.Key(n) == "" {
			return fail(fmt.Errorf("name %q has no letters or digits", n))
		}
		if _, err := tx.Exec(ctx, `UPDATE outlets SET name = $1 WHERE id = $2`, n, id); err != nil {
			return fail(err)
		}
		if err := claimName(ctx, tx, id, n); err != nil {
			return fail(err)
		}
	}
	for _, a := range e.Aliases {
		if err := claimName(ctx, tx, id, a); err != nil {
			return fail(err)
		}
	}
	for _, a := range e.RemoveAliases {
		if _, err := tx.Exec(ctx, `DELETE FROM outlet_names WHERE outlet_id = $1 AND key = $2`, id, outlet.Key(a)); err != nil {
			return fail(err)
		}
	}
	for _, d := range e.Domains {
		k := outlet.DomainKey(d)
		if k == "" {
			return fail(fmt.Errorf("domain %q: not an address that names one outlet", d))
		}
		if _, err := tx.Exec(ctx, `DELETE FROM outlet_domains WHERE domain = $1 AND outlet_id <> $2`, k, id); err != nil {
			return fail(err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO outlet_domains (domain, outlet_id, pinned) VALUES ($1, $2, true)
			ON CONFLICT (domain, outlet_id) DO UPDATE SET pinned = true`, k, id); err != nil {
			return fail(err)
		}
	}
	for _, d := range e.RemoveDomains {
		if _, err := tx.Exec(ctx, `DELETE FROM outlet_domains WHERE outlet_id = $1 AND domain = $2`, id, outlet.DomainKey(d)); err != nil {
			return fail(err)
		}
	}
	for _, f := range []struct {
		col string
		v   *string
	}{{"kind", e.Kind}, {"country", e.Country}, {"language", e.Language}, {"owner", e.Owner}} {
		if f.v == nil {
			continue
		}
		val := strings.TrimSpace(*f.v)
		if f.col == "kind" && val != "" {
			val = strings.ToLower(val)
			if !slices.Contains(outlet.Kinds, val) {
				return fail(fmt.Errorf("kind %q: want one of %s", val, strings.Join(outlet.Kinds, ", ")))
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE outlets SET `+f.col+` = $1 WHERE id = $2`, val, id); err != nil {
			return fail(err)
		}
	}
	for _, r := range e.RemoveRatings {
		q := `DELETE FROM outlet_ratings WHERE outlet_id = $1 AND kind = $2 AND section = $3 AND provenance <> 'input'`
		args := []any{id, r.Kind, r.Section}
		if r.Source != "" {
			q += ` AND source = $4`
			args = append(args, r.Source)
		}
		if _, err := tx.Exec(ctx, q, args...); err != nil {
			return fail(err)
		}
	}
	for _, r := range e.Ratings {
		if err := checkRating(&r); err != nil {
			return fail(err)
		}
		if err := saveRating(ctx, tx, id, r); err != nil {
			return fail(err)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE outlets SET updated = $1 WHERE id = $2`, now, id); err != nil {
		return fail(err)
	}
	return id, created, nil
}

// findForEdit finds the outlet an edit is about: by Ref, then ID, then
// (for a new record that names its domains) by one of its domains.
func findForEdit(ctx context.Context, tx pgx.Tx, e store.OutletEdit) (string, error) {
	for _, ref := range []string{e.Ref, e.ID} {
		if strings.TrimSpace(ref) == "" {
			continue
		}
		id, err := resolveOutlet(ctx, tx, ref)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return "", err
		}
	}
	if e.MustExist {
		return "", nil
	}
	for _, d := range e.Domains {
		var id string
		err := tx.QueryRow(ctx, `SELECT outlet_id FROM outlet_domains WHERE domain = $1 ORDER BY pinned DESC LIMIT 1`, outlet.DomainKey(d)).Scan(&id)
		if err == nil {
			return id, nil
		}
		if !noRows(err) {
			return "", err
		}
	}
	return "", nil
}

// freeID returns slug, or slug-2, slug-3 … when taken.
func freeID(ctx context.Context, tx pgx.Tx, slug string) (string, error) {
	for i := 1; ; i++ {
		id := slug
		if i > 1 {
			id = fmt.Sprintf("%s-%d", slug, i)
		}
		var taken bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM outlets WHERE id = $1)`, id).Scan(&taken); err != nil {
			return "", err
		}
		if !taken {
			return id, nil
		}
	}
}

// pin makes an outlet the user's: the names and domains it has now are
// kept as its own.
func pin(ctx context.Context, tx pgx.Tx, id string, now time.Time) error {
	if _, err := tx.Exec(ctx, `UPDATE outlets SET pinned = true, updated = $1 WHERE id = $2`, now, id); err != nil {
		return err
	}
	for _, q := range []string{`UPDATE outlet_names SET pinned = true WHERE outlet_id = $1`, `UPDATE outlet_domains SET pinned = true WHERE outlet_id = $1`} {
		if _, err := tx.Exec(ctx, q, id); err != nil {
			return err
		}
	}
	return nil
}

// claimName makes a name one of an outlet's own, and no other user
// record's.
func claimName(ctx context.Context, tx pgx.Tx, id, name string) error {
	k := outlet.Key(name)
	if k == "" {
		return fmt.Errorf("name %q has no letters or digits", name)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM outlet_names WHERE key = $1 AND outlet_id <> $2`, k, id); err != nil {
		return err
	}
	return addName(ctx, tx, id, strings.TrimSpace(name), true)
}

// checkRating checks a user's or imported rating and fills its
// provenance.
func checkRating(r *outlet.Rating) error {
	switch r.Provenance {
	case "":
		r.Provenance = outlet.FromUser
	case outlet.FromUser, outlet.FromImport:
	default:
		return fmt.Errorf("rating provenance %q: want user or import", r.Provenance)
	}
	switch r.Kind {
	case outlet.KindLean:
		if outlet.SideOf(r.Label) == outlet.Unrated {
			return fmt.Errorf("lean %q: want left, lean-left, center, lean-right or right", r.Label)
		}
		if r.Value == nil {
			v, _, _ := outlet.ParseLean(r.Label, outlet.DefaultScale)
			r.Value = &v
		} else if *r.Value < -1 || *r.Value > 1 {
			return fmt.Errorf("lean value %v: want -1 to 1", *r.Value)
		}
	case outlet.KindFactuality:
		l, err := outlet.ParseFactuality(r.Label)
		if err != nil {
			return err
		}
		r.Label, r.Value = l, nil
	default:
		return fmt.Errorf("rating kind %q: want lean or factuality", r.Kind)
	}
	return nil
}

// MergeOutlets makes one outlet part of another; see store.OutletStore.
func (s *Store) MergeOutlets(ctx context.Context, into, from string) (outlet.Outlet, error) {
	var intoID string
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		if err := lockOutlets(ctx, tx); err != nil {
			return err
		}
		var err error
		intoID, err = resolveOutlet(ctx, tx, into)
		if err != nil {
			return fmt.Errorf("merge into: %w", err)
		}
		fromID, err := resolveOutlet(ctx, tx, from)
		if err != nil {
			return fmt.Errorf("merge from: %w", err)
		}
		if intoID == fromID {
			return fmt.Errorf("merge outlets: %q and %q are both %s", into, from, intoID)
		}
		if err := pin(ctx, tx, intoID, s.now().UTC()); err != nil {
			return fmt.Errorf("merge outlets: %w", err)
		}
		steps := []string{
			// from's names and domains become into's, and no one else's.
			`DELETE FROM outlet_names WHERE outlet_id <> $2 AND outlet_id <> $1 AND key IN (SELECT key FROM outlet_names WHERE outlet_id = $2)`,
			`INSERT INTO outlet_names (key, outlet_id, name, pinned) SELECT key, $1::text, name, true FROM outlet_names WHERE outlet_id = $2
				ON CONFLICT (key, outlet_id) DO UPDATE SET pinned = true`,
			`DELETE FROM outlet_domains WHERE outlet_id <> $2 AND outlet_id <> $1 AND domain IN (SELECT domain FROM outlet_domains WHERE outlet_id = $2)`,
			`INSERT INTO outlet_domains (domain, outlet_id, pinned) SELECT domain, $1::text, true FROM outlet_domains WHERE outlet_id = $2
				ON CONFLICT (domain, outlet_id) DO UPDATE SET pinned = true`,
			// Its ratings too, where into has none of the same kind,
			// section and source.
			`INSERT INTO outlet_ratings (outlet_id, kind, section, provenance, source, label, value, raw, date, articles)
				SELECT $1::text, r.kind, r.section, r.provenance, r.source, r.label, r.value, r.raw, r.date, r.articles FROM outlet_ratings r
				WHERE r.outlet_id = $2 AND r.provenance <> 'input' AND NOT EXISTS (SELECT 1 FROM outlet_ratings o
					WHERE o.outlet_id = $1 AND o.kind = r.kind AND o.section = r.section AND o.source = r.source AND o.provenance <> 'input')`,
			// And the fields into lacks.
			`UPDATE outlets o SET kind = CASE WHEN o.kind = '' THEN f.kind ELSE o.kind END,
				country = CASE WHEN o.country = '' THEN f.country ELSE o.country END,
				language = CASE WHEN o.language = '' THEN f.language ELSE o.language END,
				owner = CASE WHEN o.owner = '' THEN f.owner ELSE o.owner END
				FROM outlets f WHERE o.id = $1 AND f.id = $2`,
			`UPDATE outlet_sources SET outlet_id = $1 WHERE outlet_id = $2`,
			`DELETE FROM outlets WHERE id = $2 AND id <> $1`,
		}
		for _, q := range steps {
			if _, err := tx.Exec(ctx, q, intoID, fromID); err != nil {
				return fmt.Errorf("merge %s into %s: %w", fromID, intoID, err)
			}
		}
		return s.foldTx(ctx, tx)
	})
	if err != nil {
		return outlet.Outlet{}, err
	}
	return s.Outlet(ctx, intoID)
}
