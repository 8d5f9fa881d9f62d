package dedup

import (
	"cmp"
	"slices"
)

// resolveCompound fixes the direction of matches of documents made of two
// others. When a document X shares one passage with A and a separate
// passage with B, and A and B share nothing, X was put together from A and
// B: it is the copy in both pairs. Pairwise evidence cannot tell a block
// inserted into a copy from a block dropped from a source, so this
// corpus-level rule overrides BasisLength, BasisOrder, BasisEmbedded,
// BasisInsertedLead and BasisDated, never the publication dates, a wire
// dateline or a credit (BasisPublished, BasisWire, BasisCredit): what the
// outlets say of each other is better evidence than the shape of a third
// text.
func resolveCompound(cfg Config, ms []Match) {
	byDoc := map[string][]int{}
	related := map[[2]string]bool{}
	for i, m := range ms {
		if !m.Related() || m.Kind == KindRevision {
			continue
		}
		byDoc[m.Source] = append(byDoc[m.Source], i)
		byDoc[m.Copy] = append(byDoc[m.Copy], i)
		related[[2]string{m.Source, m.Copy}] = true
		related[[2]string{m.Copy, m.Source}] = true
	}
	docs := make([]string, 0, len(byDoc))
	for d, idx := range byDoc {
		if len(idx) >= 2 {
			docs = append(docs, d)
		}
	}
	slices.Sort(docs)
	for _, x := range docs {
		idx := byDoc[x]
		parts := map[int]bool{}
		for p, i := range idx {
			for _, j := range idx[p+1:] {
				a, b := partner(ms[i], x), partner(ms[j], x)
				if a != b && !related[[2]string{a, b}] && disjoint(sideSpans(ms[i], x), sideSpans(ms[j], x)) {
					parts[i], parts[j] = true, true
				}
			}
		}
		for i := range parts {
			m := &ms[i]
			if m.Source == x && m.Basis != BasisPublished && m.Basis != BasisWire && m.Basis != BasisCredit {
				m.flip(cfg)
				m.Basis = BasisCompound
			}
		}
	}
}

func partner(m Match, x string) string {
	if m.Source == x {
		return m.Copy
	}
	return m.Source
}

// sideSpans returns the byte ranges of m's spans in document x.
func sideSpans(m Match, x string) []Range {
	out := make([]Range, len(m.Spans))
	for i, s := range m.Spans {
		if m.Source == x {
			out[i] = s.Source
		} else {
			out[i] = s.Copy
		}
	}
	return out
}

// disjoint reports whether two sets of ranges overlap by less than a tenth
// of the smaller set.
func disjoint(a, b []Range) bool {
	size := func(rs []Range) int {
		n := 0
		for _, r := range rs {
			n += r.End - r.Start
		}
		return n
	}
	inter := 0
	for _, x := range a {
		for _, y := range b {
			if lo, hi := max(x.Start, y.Start), min(x.End, y.End); hi > lo {
				inter += hi - lo
			}
		}
	}
	small := min(size(a), size(b))
	return small > 0 && 10*inter < small
}

// flip swaps the roles of source and copy in a match.
func (m *Match) flip(cfg Config) {
	m.Source, m.Copy = m.Copy, m.Source
	m.Share, m.SourceShare = m.SourceShare, m.Share
	m.SourceWords, m.CopyWords = m.CopyWords, m.SourceWords
	m.Inserted, m.Removed = m.Removed, m.Inserted
	for i, s := range m.Substituted {
		m.Substituted[i] = Substitution{From: s.To, To: s.From}
	}
	for i, s := range m.Spans {
		m.Spans[i] = Span{Source: s.Copy, Copy: s.Source, Words: s.Words}
	}
	slices.SortFunc(m.Spans, func(a, b Span) int { return cmp.Compare(a.Copy.Start, b.Copy.Start) })
	m.Reordered = false
	for i := 1; i < len(m.Spans); i++ {
		if m.Spans[i].Source.Start < m.Spans[i-1].Source.Start {
			m.Reordered = true
		}
	}
	if m.Kind == KindDerived {
		m.Extent = ExtentPartly
		if m.Share >= cfg.Wholly {
			m.Extent = ExtentWholly
		}
	}
}
