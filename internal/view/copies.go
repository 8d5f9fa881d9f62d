package view

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax/internal/dedup"
	"github.com/parallax-news/parallax/internal/store"
)

// Copy is one copy relation: the detector's finding with the two articles'
// outlets and titles.
type Copy struct {
	dedup.Match
	SourceOutlet string `json:"source_outlet"`
	SourceTitle  string `json:"source_title"`
	CopyOutlet   string `json:"copy_outlet"`
	CopyTitle    string `json:"copy_title"`
	// DirectionKnown is false when the basis is only a guess at which
	// text came first (dedup.DirectionKnown): Source and Copy are then
	// the detector's order, and the relation is shown as shared text.
	DirectionKnown bool `json:"direction_known"`
}

// LoadCopies returns the stored copy relations of one article (every
// relation when id is empty) with the outlets and titles of both sides.
func LoadCopies(ctx context.Context, st store.Store, id string) ([]Copy, error) {
	return LoadCopiesWhere(ctx, st, id, nil)
}

// LoadCopiesWhere is LoadCopies for the relations that keep accepts (all
// when keep is nil).
func LoadCopiesWhere(ctx context.Context, st store.Store, id string, keep func(store.CopyLink) bool) ([]Copy, error) {
	links, err := st.CopyLinks(ctx, id)
	if err != nil {
		return nil, err
	}
	type named struct{ outlet, title string }
	names := map[string]named{} // articles are often on several relations
	name := func(id string) named {
		n, ok := names[id]
		if !ok {
			if a, err := st.Get(ctx, id); err == nil {
				n = named{a.Outlet, a.Title}
			}
			names[id] = n
		}
		return n
	}
	out := make([]Copy, 0, len(links))
	for _, l := range links {
		if keep != nil && !keep(l) {
			continue
		}
		var c Copy
		if err := json.Unmarshal(l.Detail, &c.Match); err != nil {
			return nil, fmt.Errorf("copy %s -> %s: %w", l.Source, l.Copy, err)
		}
		src, cp := name(l.Source), name(l.Copy)
		c.SourceOutlet, c.SourceTitle = src.outlet, src.title
		c.CopyOutlet, c.CopyTitle = cp.outlet, cp.title
		c.DirectionKnown = dedup.DirectionKnown(c.Basis)
		out = append(out, c)
	}
	return out, nil
}
