package compare

import (
	"context"
	"time"

	"github.com/parallax-news/parallax/internal/dedup"
)

// published returns the article's publication time, zero when unknown.
func published(d *doc) time.Time {
	if d.art.Published.IsZero() {
		return time.Time{}
	}
	return time.Unix(d.art.Published.Unix(), 0).UTC()
}

// copies finds the copy relations among docs (in order, earliest first).
func copies(ctx context.Context, docs []*doc, order []int) ([]Copy, error) {
	ds := make([]dedup.Doc, len(order))
	for i, k := range order {
		d := docs[k]
		ds[i] = dedup.Doc{ID: d.art.ID, Outlet: d.art.Outlet, URL: d.art.URL, Published: published(d), Paragraphs: d.art.Paragraphs}
	}
	ms, _, err := dedup.Batch(ctx, ds, dedup.DefaultConfig(), 1)
	if err != nil {
		return nil, err
	}
	out := []Copy{}
	for _, m := range ms {
		c := Copy{Source: m.Source, Copy: m.Copy, Kind: string(m.Kind), Extent: m.Extent, Share: round(m.Share), Basis: m.Basis,
			Inserted: nonNil(m.Inserted), Removed: nonNil(m.Removed), Substituted: []string{}}
		for _, s := range m.Substituted {
			c.Substituted = append(c.Substituted, s.From+" → "+s.To)
		}
		out = append(out, c)
	}
	return out, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
