package compare

import (
	"sort"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Quote matching: two quotes of different articles are one statement when
// their speakers agree (or one is unknown) and at least minQuoteOverlap of
// the shorter one's words appear, in order, in the other (and at least two
// words, or the whole of a one-word quote with the same speaker).
const minQuoteOverlap = 0.5

// quoteKeys is how many of its rarest stems a quote looks up to find
// candidates, and quotePostingCap the most quotes a looked-up stem may
// have.
const (
	quoteKeys       = 8
	quotePostingCap = 64
)

// quoteItem is one quotation of one article.
type quoteItem struct {
	doc     int
	q       nlp.Quote
	speaker int // global entity id, -1 when unknown
	keys    []string
	stems   []string
	// keyCount counts the keys.
	keyCount map[string]int
}

// commonKeys is the size of the multiset intersection of two key counts.
func commonKeys(a, b map[string]int) int {
	if len(b) < len(a) {
		a, b = b, a
	}
	n := 0
	for k, c := range a {
		n += min(c, b[k])
	}
	return n
}

// collectQuotes lists the quotes of all docs.
func collectQuotes(docs []*doc) []quoteItem {
	var out []quoteItem
	for _, d := range docs {
		for _, q := range d.an.Quotes {
			it := quoteItem{doc: d.idx, q: q, speaker: -1, keys: keys(words(q.Text))}
			if q.Speaker != nil && q.Speaker.Entity >= 0 && q.Speaker.Entity < len(d.global) {
				it.speaker = d.global[q.Speaker.Entity]
			}
			it.stems = quoteStems(d.an, q)
			it.keyCount = map[string]int{}
			for _, k := range it.keys {
				it.keyCount[k]++
			}
			if len(it.keys) > 0 {
				out = append(out, it)
			}
		}
	}
	return out
}

// quoteStems returns the content stems inside a quote's parts.
func quoteStems(an *nlp.Analysis, q nlp.Quote) []string {
	var out []string
	for si := q.FirstSentence; si <= q.LastSentence && si < len(an.Sentences); si++ {
		s := an.Sentences[si]
		for _, t := range s.Tokens {
			if !content(t) {
				continue
			}
			for _, p := range q.Parts {
				if p.Para == s.Para && t.Start >= p.Start && t.End <= p.End {
					out = append(out, t.Stem)
					break
				}
			}
		}
	}
	return out
}

// quotesMatch says whether a and b are one statement.
func quotesMatch(a, b quoteItem) bool {
	if a.speaker >= 0 && b.speaker >= 0 && a.speaker != b.speaker {
		return false
	}
	short := min(len(a.keys), len(b.keys))
	if short == 1 {
		return a.speaker >= 0 && a.speaker == b.speaker && equal(a.keys, b.keys)
	}
	// The words the two have in common bound their longest common
	// subsequence: most pairs fail here without the quadratic table.
	if common := commonKeys(a.keyCount, b.keyCount); common < 2 || float64(common) < minQuoteOverlap*float64(short) {
		return false
	}
	n := lcs(a.keys, b.keys)
	return n >= 2 && float64(n) >= minQuoteOverlap*float64(short)
}

// pairKind classifies two matching quotes.
func pairKind(a, b quoteItem) string {
	switch {
	case equal(a.keys, b.keys):
		return QuoteIdentical
	case contains(a.keys, b.keys) || contains(b.keys, a.keys):
		return QuoteShortened
	}
	return QuoteAltered
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// quoteGroups groups the quotes of docs across articles.
func quoteGroups(docs []*doc, ents []nlp.GlobalEntity) []QuoteGroup {
	items := collectQuotes(docs)
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Candidates share a content stem (or, for quotes without one, a
	// key): each quote looks up the postings of its quoteKeys rarest stems,
	// skipping stems in more than quotePostingCap quotes, so that the
	// search stays near-linear when many quotes share common words. The
	// shorter of two versions of a quote has most of its words in the
	// longer, so among its rarest stems are some they share.
	stems := make([][]string, len(items))
	post := map[string][]int{}
	for i, it := range items {
		ks := it.stems
		if len(ks) == 0 {
			ks = it.keys
		}
		seen := map[string]bool{}
		for _, k := range ks {
			if !seen[k] {
				seen[k] = true
				stems[i] = append(stems[i], k)
				post[k] = append(post[k], i)
			}
		}
	}
	tried := map[[2]int]bool{}
	for i := range items {
		ks := stems[i]
		sort.SliceStable(ks, func(x, y int) bool { return len(post[ks[x]]) < len(post[ks[y]]) })
		for _, k := range ks[:min(len(ks), quoteKeys)] {
			if len(post[k]) > quotePostingCap {
				break
			}
			for _, j := range post[k] {
				a, b := min(i, j), max(i, j)
				if items[i].doc == items[j].doc || tried[[2]int{a, b}] {
					continue
				}
				tried[[2]int{a, b}] = true
				if quotesMatch(items[a], items[b]) {
					ra, rb := find(a), find(b)
					parent[max(ra, rb)] = min(ra, rb)
				}
			}
		}
	}
	members := map[int][]int{}
	var roots []int
	for i := range items {
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	sort.Ints(roots)
	out := make([]QuoteGroup, 0, len(roots))
	for _, r := range roots {
		out = append(out, describeQuotes(docs, ents, items, members[r]))
	}
	return out
}

// describeQuotes writes one quote group for the report.
func describeQuotes(docs []*doc, ents []nlp.GlobalEntity, items []quoteItem, ms []int) QuoteGroup {
	var g QuoteGroup
	ds := map[int]bool{}
	for _, m := range ms {
		it := items[m]
		ds[it.doc] = true
		if g.Speaker == "" && it.speaker >= 0 {
			g.Speaker = ents[it.speaker].Name
		}
		u := QuoteUse{Article: docs[it.doc].art.ID, Text: it.q.Text, Verb: it.q.Verb, Partial: it.q.Partial}
		if it.q.Speaker != nil {
			u.Mention = it.q.Speaker.Mention
		}
		g.Quotes = append(g.Quotes, u)
	}
	if len(ds) == 1 {
		g.Kind = QuoteOneOnly
		return g
	}
	g.Kind = QuoteIdentical
	first := items[ms[0]].doc
	for _, i := range ms {
		if items[i].doc != first {
			continue
		}
		for _, j := range ms {
			a, b := items[i], items[j]
			if b.doc == first || !quotesMatch(a, b) {
				continue
			}
			k := pairKind(a, b)
			if k == QuoteIdentical {
				continue
			}
			if k == QuoteAltered || g.Kind == QuoteIdentical {
				g.Kind = k
			}
			g.Diffs = append(g.Diffs, quoteDiff(docs, a, b, k))
		}
	}
	return g
}

// quoteDiff compares a's wording with b's. When one quote is much longer,
// only its sentences that correspond to the other are compared.
func quoteDiff(docs []*doc, a, b quoteItem, kind string) QuoteDiff {
	from, to := a.q.Text, b.q.Text
	if kind == QuoteAltered {
		switch {
		case 2*len(a.keys) < len(b.keys)*1:
			to = window(to, from)
		case 2*len(b.keys) < len(a.keys):
			from = window(from, to)
		}
	}
	d := QuoteDiff{From: docs[a.doc].art.ID, To: docs[b.doc].art.ID, Kind: kind, FromText: from, ToText: to}
	d.Ops, d.Inline = wordDiff(from, to)
	return d
}
