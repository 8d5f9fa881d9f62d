package dedup

import "unicode/utf8"

// quotedWords marks the tokens of text that stand inside double quotation
// marks (“…”, „…“, «…», "…"), paragraph by paragraph: words that a text
// attributes to someone else. A quotation left open at the end of a
// paragraph (news style continues a quote in the next one) ends there.
func quotedWords(text string, toks []Token) []bool {
	out := make([]bool, len(toks))
	var open bool
	starts := make([]int, 0, 8) // byte offsets where a quotation opens
	ends := make([]int, 0, 8)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && i+1 < len(text) && text[i+1] == '\n':
			if open {
				ends = append(ends, i)
				open = false
			}
		case r == '"' || r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u00ab' || r == '\u00bb':
			// Any double mark opens or closes: outlets write “…”, „…“,
			// «…», "…" and, wrongly, “…“ or ”…”.
			if open {
				ends = append(ends, i)
			} else {
				starts = append(starts, i+n)
			}
			open = !open
		}
		i += n
	}
	if open {
		ends = append(ends, len(text))
	}
	k := 0
	for q := range starts {
		for k < len(toks) && toks[k].Start < starts[q] {
			k++
		}
		for k < len(toks) && toks[k].End <= ends[q] {
			out[k] = true
			k++
		}
	}
	return out
}

// quotedMatched counts the matched words of passage p that are inside
// quotation marks in both texts. The matched words of each side are the
// passage's range less its gaps, paired one to one in order.
func quotedMatched(p passage, qa, qb []bool) int {
	if qa == nil || qb == nil {
		return 0
	}
	in := func(i, lo, hi int, side func(g gap) (int, int)) bool {
		for _, g := range p.gaps {
			if a, b := side(g); i >= a && i < b {
				return false
			}
		}
		return i >= lo && i < hi
	}
	sideA := func(g gap) (int, int) { return g.aLo, g.aHi }
	sideB := func(g gap) (int, int) { return g.bLo, g.bHi }
	n := 0
	i, j := p.aLo, p.bLo
	for i < p.aHi && j < p.bHi {
		switch {
		case !in(i, p.aLo, p.aHi, sideA):
			i++
		case !in(j, p.bLo, p.bHi, sideB):
			j++
		default:
			if i < len(qa) && j < len(qb) && qa[i] && qb[j] {
				n++
			}
			i, j = i+1, j+1
		}
	}
	return n
}

// quotedShare is the share of a passage's matched words that must be
// inside quotation marks in both texts for the passage to be a shared
// quotation rather than copied text: a copier takes a quote along with the
// sentences around it, two reports of one statement share the quote alone.
const quotedShare = 0.8

// quotedPassage returns the matched words of p inside quotation marks in
// both texts when p is a shared quotation (see quotedShare), else 0.
func quotedPassage(p passage, qa, qb []bool) int {
	if q := quotedMatched(p, qa, qb); float64(q) >= quotedShare*float64(p.matched) {
		return q
	}
	return 0
}

// unquoted counts the words outside quotation marks.
func unquoted(q []bool) int {
	n := 0
	for _, x := range q {
		if !x {
			n++
		}
	}
	return n
}
