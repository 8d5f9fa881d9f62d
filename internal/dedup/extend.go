package dedup

import "sort"

// extendStarts pulls the start of each passage back to the start of its
// paragraph in the source when at most maxGap source words precede it
// there. Those words are aligned right to left with the copy words just
// before the passage: equal words are matched, others become
// substitutions, and what is left of the copy paragraph before them stays
// outside, as an inserted phrase. Seeds of several words miss a swapped
// word at the very start of a paragraph; this puts it back. Only words no
// passage covers are used.
func extendStarts(src, cp *prepared, ps []passage, maxGap int) {
	usedS := make([]bool, len(src.toks))
	usedC := make([]bool, len(cp.toks))
	for _, p := range ps {
		fill(usedS, p.aLo, p.aHi)
		fill(usedC, p.bLo, p.bHi)
	}
	for i := range ps {
		p := &ps[i]
		n := p.aLo - src.paraStart(p.aLo)
		if n == 0 || n > maxGap || p.bLo-cp.paraStart(p.bLo) < n {
			continue
		}
		aLo, bLo := p.aLo-n, p.bLo-n
		if anyTrue(usedS[aLo:p.aLo]) || anyTrue(usedC[bLo:p.bLo]) {
			continue
		}
		var gaps []gap
		for k := range n {
			ai, bi := aLo+k, bLo+k
			if src.toks[ai].Hash == cp.toks[bi].Hash {
				p.matched++
				continue
			}
			if g := len(gaps) - 1; g >= 0 && gaps[g].aHi == ai {
				gaps[g].aHi, gaps[g].bHi = ai+1, bi+1
				continue
			}
			gaps = append(gaps, gap{aLo: ai, aHi: ai + 1, bLo: bi, bHi: bi + 1})
		}
		p.gaps = append(gaps, p.gaps...)
		p.aLo, p.bLo = aLo, bLo
		fill(usedS, aLo, p.aHi)
		fill(usedC, bLo, p.bHi)
	}
}

// paraIndex returns the index of the paragraph that holds token i.
func (p *prepared) paraIndex(i int) int {
	return sort.Search(len(p.paraEnd), func(k int) bool { return p.paraEnd[k] > i })
}

// paraStart returns the index of the first token of the paragraph that
// holds token i.
func (p *prepared) paraStart(i int) int {
	if k := p.paraIndex(i); k > 0 {
		return p.paraEnd[k-1]
	}
	return 0
}

func anyTrue(b []bool) bool {
	for _, x := range b {
		if x {
			return true
		}
	}
	return false
}

// matchShortParagraphs adds, as passages, source paragraphs too short to
// seed an alignment (a byline, a dateline) whose words end an uncovered
// copy paragraph exactly, as when a phrase is stuck onto them.
func matchShortParagraphs(src, cp *prepared, ps []passage, maxWords int) []passage {
	usedS := make([]bool, len(src.toks))
	usedC := make([]bool, len(cp.toks))
	for _, p := range ps {
		fill(usedS, p.aLo, p.aHi)
		fill(usedC, p.bLo, p.bHi)
	}
	for i := range src.paraEnd {
		lo, hi := src.paragraph(i)
		n := hi - lo
		if n == 0 || n >= maxWords || anyTrue(usedS[lo:hi]) {
			continue
		}
		for j := range cp.paraEnd {
			clo, chi := cp.paragraph(j)
			if chi-clo < n || anyTrue(usedC[clo:chi]) || !sameWords(src.toks[lo:hi], cp.toks[chi-n:chi]) {
				continue
			}
			ps = append(ps, passage{aLo: lo, aHi: hi, bLo: chi - n, bHi: chi, matched: n})
			fill(usedS, lo, hi)
			fill(usedC, chi-n, chi)
			break
		}
	}
	return ps
}

func sameWords(a, b []Token) bool {
	for i := range a {
		if a[i].Hash != b[i].Hash {
			return false
		}
	}
	return true
}
