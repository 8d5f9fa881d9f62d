package compare

import (
	"context"
	"sort"
	"strings"
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
	byID := make(map[string]*doc, len(docs))
	for _, d := range docs {
		byID[d.art.ID] = d
	}
	// An article's wire credits are read once, however many relations
	// it is in (a wire story many outlets carry).
	credited := map[*doc]map[string]bool{}
	credits := func(d *doc) map[string]bool {
		if c, ok := credited[d]; ok {
			return c
		}
		credited[d] = wireCredits(d)
		return credited[d]
	}
	out := []Copy{}
	for _, m := range ms {
		c := Copy{Source: m.Source, Copy: m.Copy, Kind: string(m.Kind), Extent: m.Extent, Share: round(m.Share), Basis: m.Basis,
			DirectionKnown: dedup.DirectionKnown(m.Basis),
			Inserted:       listed(m.Kind, m.Inserted), Removed: listed(m.Kind, m.Removed), Substituted: []string{}}
		if s, cp := byID[m.Source], byID[m.Copy]; s != nil && cp != nil {
			c.SameOutlet = sameOutlet(s, cp)
			// Two outlets' shared text that one or both credit to a
			// wire agency is the agency's: neither copied the other.
			// This outweighs a "credit" basis, which is only one text
			// naming the other's outlet (Newsmax naming a Fox News
			// journalist in a wire story Fox News also ran; read55).
			if m.Basis != dedup.BasisWire {
				if c.Wire, c.WireBoth = sharedWire(s, cp, credits); c.Wire != "" {
					c.DirectionKnown = false
				}
			}
		}
		for _, s := range m.Substituted {
			c.Substituted = append(c.Substituted, s.From+" → "+s.To)
		}
		out = append(out, c)
	}
	return out, nil
}

// KindSharesQuotes is the relation of two articles that are no copy of
// each other but quote the same words of the same speaker: what a reader
// might take for copying is the speaker's, not the outlet's.
const KindSharesQuotes = "shares-quotes"

// FewSharedQuotes is the share of the later article's words below which
// two articles that only share quotes are not listed one by one: a few
// words of one statement that every report of a big event quotes
// ("share quotes, not text: 1%") tell a reader nothing about copying.
// Read on the story pages of session 52 (h/read52: 52 such lines on one
// page, most at 0-2%) and of session 53 (h/noise53).
const FewSharedQuotes = 0.05

// FewQuotes reports whether c is a shares-quotes relation below
// FewSharedQuotes, shown only in a count.
func (c Copy) FewQuotes() bool { return c.Kind == KindSharesQuotes && c.Share < FewSharedQuotes }

// minSharedQuoteWords is the fewest words of common quotations that make
// two articles "share quotes".
const minSharedQuoteWords = 8

// sharedQuotes lists the pairs of articles with no copy relation that
// quote the same statements (identical, shortened or excerpted quote groups) at
// some length, or where one prints, word for word, what the other quotes
// (see printedQuotes). Share is the share of the later article's words in
// the quotations the two have in common.
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
		if g.Kind != QuoteIdentical && g.Kind != QuoteShortened && g.Kind != QuoteExcerpts {
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
	for k, n := range printedQuotes(docs, order, related) {
		if _, ok := shared[k]; !ok {
			pairs = append(pairs, k)
		}
		// The quotations a pair's groups count are printed in the
		// other text too: the larger count holds both, without
		// counting one twice.
		shared[k] = max(shared[k], n)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return rank[pairs[i][0]] < rank[pairs[j][0]]
		}
		return rank[pairs[i][1]] < rank[pairs[j][1]]
	})
	var out []Copy
	for _, k := range pairs {
		n := shared[k]
		if n < minSharedQuoteWords {
			continue
		}
		c := Copy{Source: k[0], Copy: k[1], Kind: KindSharesQuotes, Inserted: []string{}, Removed: []string{}, Substituted: []string{},
			SameOutlet: sameOutlet(byID[k[0]], byID[k[1]])}
		if w := byID[k[1]].art.Words(); w > 0 {
			c.Share = round(min(1, float64(n)/float64(w)))
		}
		out = append(out, c)
	}
	return out
}

// printedSeedWords is how many words of a quotation are looked up in the
// other articles' text before the rest of it is compared, and the fewest
// words a quotation needs to count (shorter ones are phrases many texts
// share).
const printedSeedWords = 8

// printedQuotes counts, for each pair (earlier, later) of articles that
// do not copy each other (related), the words of the quotations of one that the other prints word for word:
// a speech one article quotes and the other prints as its transcript,
// without quotation marks, is the speaker's words in both, not one
// outlet's text taken by the other.
func printedQuotes(docs []*doc, order []int, related map[[2]string]bool) map[[2]string]int {
	rank := make(map[string]int, len(order))
	for i, k := range order {
		rank[docs[k].art.ID] = i
	}
	type quoted struct {
		doc  int
		keys []string
	}
	bySeed := map[string][]quoted{}
	for i, d := range docs {
		if d.an == nil {
			continue
		}
		for _, q := range d.an.Quotes {
			ks := keys(words(q.Text))
			if len(ks) < printedSeedWords {
				continue
			}
			seed := strings.Join(ks[:printedSeedWords], " ")
			bySeed[seed] = append(bySeed[seed], quoted{doc: i, keys: ks})
		}
	}
	out := map[[2]string]int{}
	if len(bySeed) == 0 {
		return out
	}
	counted := map[[2]string]map[string]bool{} // per pair, the quotations counted

	for x, d := range docs {
		var text []string
		for _, p := range d.art.Paragraphs {
			text = append(text, keys(words(p))...)
		}
		found := map[int]map[string]bool{} // per quoting article, the quotes printed here
		for i := 0; i+printedSeedWords <= len(text); i++ {
			for _, q := range bySeed[strings.Join(text[i:i+printedSeedWords], " ")] {
				if q.doc == x || i+len(q.keys) > len(text) {
					continue
				}
				whole := strings.Join(q.keys, " ")
				if strings.Join(text[i:i+len(q.keys)], " ") != whole || found[q.doc][whole] {
					continue
				}
				if found[q.doc] == nil {
					found[q.doc] = map[string]bool{}
				}
				found[q.doc][whole] = true
				a, b := d.art.ID, docs[q.doc].art.ID
				if rank[b] < rank[a] {
					a, b = b, a
				}
				k := [2]string{a, b}
				if related[k] || counted[k][whole] {
					continue
				}
				if counted[k] == nil {
					counted[k] = map[string]bool{}
				}
				counted[k][whole] = true
				out[k] += len(q.keys)
			}
		}
	}
	return out
}
