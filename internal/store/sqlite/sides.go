package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/parallax-news/parallax/internal/outlet"
	"github.com/parallax-news/parallax/internal/store"
)

// sideSources returns, for each side, the ids of the outlet sources (an
// outlet's name, domains and section as articles give them) whose lean is
// on it. Sides are taken once each. The lean of a source is its
// outlet's for its section (outlet.Leans), as the outlet records have it
// at the last fold. A store where no outlet has a lean rating gives
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
	rows, err := s.db.QueryContext(ctx, `SELECT id, outlet_id, section FROM outlet_sources WHERE outlet_id IS NOT NULL`)
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
	return ids, nil
}

// jsonIDs is ids as a JSON array, for json_each.
func jsonIDs(ids ...[]int64) string {
	all := []int64{}
	for _, l := range ids {
		all = append(all, l...)
	}
	b, _ := json.Marshal(all) // integers always marshal
	return string(b)
}

// LeanRated reports whether any outlet has a lean rating; see
// store.ExportStore.
func (s *Store) LeanRated(ctx context.Context) (bool, error) {
	var ok bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM outlet_ratings WHERE kind = ?)`, outlet.KindLean).Scan(&ok); err != nil {
		return false, fmt.Errorf("lean ratings: %w", err)
	}
	return ok, nil
}
