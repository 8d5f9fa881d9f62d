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

// KindSharesQuotes is the relation of two articles that are no copy of
// each other but quote the same words of the same speaker: what a reader
// might take for copying is the speaker's, not the outlet's.
const KindSharesQuotes = "shares-quotes"

// minSharedQuoteWords is the fewest words of common quotations that make
// two articles "share quotes".
const minSharedQuoteWords = 8

// sharedQuotes lists the pairs of articles with no copy relation that
// quote the same statements (identical or shortened quote groups) at
// some length. Share is the share of the later article's words in the
// quotations the two have in common.
func sharedQuotes(docs []*doc, order []int, cps []Copy, groups []QuoteGroup) []Copy {
	related := map[[2]string]bool{}
	for _, c := range cps {
		related[[2]string{c.Source, c.Copy}], related[[2]string{c.Copy, c.Source}] = true, true
	}
	rank := make(map[string]int, len(order))
	for i, k := range order {
		rank[docs[k].art.ID] = i
	}
	byID := map[string]*doc{}
	for _, d := range docs {
		byID[d.art.ID] = d
	}
	shared := map[[2]string]int{}
	var pairs [][2]string
	for _, g := range groups {
		if g.Kind != QuoteIdentical && g.Kind != QuoteShortened {
			continue
		}
		// The words every version has: the shortest quote of the group
		// in each pair.
		for i, a := range g.Quotes {
			for _, b := range g.Quotes[i+1:] {
				if a.Article == b.Article {
					continue
				}
				x, y := a.Article, b.Article
				if rank[y] < rank[x] {
					x, y = y, x
				}
				k := [2]string{x, y}
				if related[k] {
					continue
				}
				if _, ok := shared[k]; !ok {
					pairs = append(pairs, k)
				}
				shared[k] += min(len(words(a.Text)), len(words(b.Text)))
			}
		}
	}
	var out []Copy
	for _, k := range pairs {
		n := shared[k]
		if n < minSharedQuoteWords {
			continue
		}
		c := Copy{Source: k[0], Copy: k[1], Kind: KindSharesQuotes, Inserted: []string{}, Removed: []string{}, Substituted: []string{}}
		if w := byID[k[1]].art.Words(); w > 0 {
			c.Share = round(min(1, float64(n)/float64(w)))
		}
		out = append(out, c)
	}
	return out
}
