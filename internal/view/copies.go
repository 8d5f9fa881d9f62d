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
}

// LoadCopies returns the stored copy relations of one article (every
// relation when id is empty) with the outlets and titles of both sides.
func LoadCopies(ctx context.Context, st store.Store, id string) ([]Copy, error) {
	links, err := st.CopyLinks(ctx, id)
	if err != nil {
		return nil, err
	}
	out := make([]Copy, 0, len(links))
	for _, l := range links {
		var c Copy
		if err := json.Unmarshal(l.Detail, &c.Match); err != nil {
			return nil, fmt.Errorf("copy %s -> %s: %w", l.Source, l.Copy, err)
		}
		if src, err := st.Get(ctx, l.Source); err == nil {
			c.SourceOutlet, c.SourceTitle = src.Outlet, src.Title
		}
		if cp, err := st.Get(ctx, l.Copy); err == nil {
			c.CopyOutlet, c.CopyTitle = cp.Outlet, cp.Title
		}
		out = append(out, c)
	}
	return out, nil
}
