package dedup

import (
	"slices"
	"strings"
)

// describe turns a measured overlap into a Match: it picks the source,
// orients the passages from source to copy and lists spans and edits.
func describe(cfg Config, a, b *prepared, ov overlap) Match {
	aSrc, basis := chooseSource(cfg, a, b, &ov)
	ps := slices.Clone(ov.sig)
	short := slices.Clone(ov.short)
	if !aSrc {
		a, b = b, a
		for i := range ps {
			ps[i] = ps[i].swapped()
		}
		for i := range short {
			short[i] = short[i].swapped()
		}
	}
	src, cp := a, b
	// A short passage that is a whole paragraph of the source (a byline, a
	// heading) is copied too, once the pair is known to be related.
	if ov.kind != KindUnrelated {
		for _, p := range short {
			if p.aLo == src.paraStart(p.aLo) && p.aHi == src.paraEnd[src.paraIndex(p.aLo)] {
				ps = append(ps, p)
			}
		}
	}
	if ov.kind != KindUnrelated && ov.kind != KindDuplicate {
		ps = matchShortParagraphs(src, cp, ps, cfg.MinPassageWords)
	}
	slices.SortFunc(ps, func(x, y passage) int { return x.bLo - y.bLo })
	m := Match{
		Source:         src.doc.ID,
		Copy:           cp.doc.ID,
		Kind:           ov.kind,
		SharedWords:    ov.shared,
		SourceWords:    len(src.toks),
		CopyWords:      len(cp.toks),
		TiledWords:     ov.tiled,
		LongestPassage: ov.longest,
		Inserted:       []string{},
		Removed:        []string{},
		Substituted:    []Substitution{},
		Spans:          []Span{},
	}
	if m.CopyWords > 0 {
		m.Share = float64(ov.shared) / float64(m.CopyWords)
	}
	if m.SourceWords > 0 {
		m.SourceShare = float64(ov.shared) / float64(m.SourceWords)
	}
	if !m.Related() {
		return m
	}
	m.Basis = basis
	if m.Kind == KindDerived {
		m.Extent = ExtentPartly
		if m.Share >= cfg.Wholly {
			m.Extent = ExtentWholly
		}
	}
	if m.Kind == KindDuplicate {
		m.Spans = append(m.Spans, Span{Source: byteRange(src, 0, len(src.toks)), Copy: byteRange(cp, 0, len(cp.toks)), Words: ov.shared})
		return m
	}
	extendStarts(src, cp, ps, cfg.MaxGap)
	coveredS := make([]bool, len(src.toks))
	coveredC := make([]bool, len(cp.toks))
	lastS := -1
	for _, p := range ps {
		m.Spans = append(m.Spans, Span{Source: byteRange(src, p.aLo, p.aHi), Copy: byteRange(cp, p.bLo, p.bHi), Words: p.matched})
		if p.aLo < lastS {
			m.Reordered = true
		}
		lastS = p.aLo
		fill(coveredS, p.aLo, p.aHi)
		fill(coveredC, p.bLo, p.bHi)
		for _, g := range p.gaps {
			switch {
			case g.aLo < g.aHi && g.bLo < g.bHi:
				m.Substituted = addSubstitutions(m.Substituted, src, cp, g)
			case g.aLo < g.aHi: // words dropped inside a passage
				clear(coveredS[g.aLo:g.aHi])
			default: // words added inside a passage
				clear(coveredC[g.bLo:g.bHi])
			}
		}
	}
	m.Inserted = uncovered(cp, coveredC, cfg.MaxEditWords)
	m.Removed = uncovered(src, coveredS, cfg.MaxEditWords)
	return m
}

// addSubstitutions appends the substitutions of a gap, each pair once: word
// by word when both sides have as many words (a spinner swaps words one for
// one), else the two phrases. A word both sides of the gap hold was moved
// or had a word put beside it, not swapped: "The Budget Act" against "The
// Budget Control Act", aligned one word off, is no "The" changed to
// "Budget" and "Budget" to "Control", so such pairs are left out.
func addSubstitutions(subs []Substitution, src, cp *prepared, g gap) []Substitution {
	add := func(s Substitution) {
		if !slices.Contains(subs, s) {
			subs = append(subs, s)
		}
	}
	if n := g.aHi - g.aLo; n == g.bHi-g.bLo {
		inA, inB := map[uint64]bool{}, map[uint64]bool{}
		for k := range n {
			inA[src.toks[g.aLo+k].Hash], inB[cp.toks[g.bLo+k].Hash] = true, true
		}
		for k := range n {
			if inB[src.toks[g.aLo+k].Hash] || inA[cp.toks[g.bLo+k].Hash] {
				continue
			}
			add(Substitution{From: phrase(src, g.aLo+k, g.aLo+k+1, 0), To: phrase(cp, g.bLo+k, g.bLo+k+1, 0)})
		}
		return subs
	}
	add(Substitution{From: phrase(src, g.aLo, g.aHi, 0), To: phrase(cp, g.bLo, g.bHi, 0)})
	return subs
}

func (p passage) swapped() passage {
	q := passage{aLo: p.bLo, aHi: p.bHi, bLo: p.aLo, bHi: p.aHi, matched: p.matched}
	for _, g := range p.gaps {
		q.gaps = append(q.gaps, gap{aLo: g.bLo, aHi: g.bHi, bLo: g.aLo, bHi: g.aHi})
	}
	return q
}

func fill(b []bool, lo, hi int) {
	for i := lo; i < hi; i++ {
		b[i] = true
	}
}

// uncovered returns the text of each maximal run of uncovered words within
// one paragraph: a run never spans two paragraphs, so that a phrase stuck
// onto a copied paragraph is reported apart from inserted paragraphs.
func uncovered(p *prepared, covered []bool, maxWords int) []string {
	out := []string{}
	para := 0
	for i := 0; i < len(covered); {
		if covered[i] {
			i++
			continue
		}
		for para < len(p.paraEnd) && p.paraEnd[para] <= i {
			para++
		}
		end := len(covered)
		if para < len(p.paraEnd) {
			end = p.paraEnd[para]
		}
		j := i
		for j < end && !covered[j] {
			j++
		}
		out = append(out, phrase(p, i, j, maxWords))
		i = j
	}
	return out
}

// byteRange returns the bytes spanned by tokens [lo, hi).
func byteRange(p *prepared, lo, hi int) Range {
	if lo >= hi {
		return Range{}
	}
	return Range{Start: p.toks[lo].Start, End: p.toks[hi-1].End}
}

// phrase returns the original text of tokens [lo, hi), with whitespace
// collapsed and clipped to maxWords words (0: no clipping).
func phrase(p *prepared, lo, hi, maxWords int) string {
	clipped := false
	if maxWords > 0 && hi-lo > maxWords {
		hi, clipped = lo+maxWords, true
	}
	r := byteRange(p, lo, hi)
	s := strings.Join(strings.Fields(p.text[r.Start:r.End]), " ")
	if clipped {
		s += " …"
	}
	return s
}
