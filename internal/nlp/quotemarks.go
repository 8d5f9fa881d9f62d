package nlp

// Quotation-mark pairing: a small automaton over the mark tokens of each
// paragraph, with a stack for nested quotations and the typographic rule
// that a quotation left open at the end of a paragraph continues in the
// next paragraph when that paragraph opens with a mark of the same class.

type markClass uint8

const (
	classNone markClass = iota
	classDouble
	classSingle
	classAngle
)

// openMark is an entry of the pairing stack.
type openMark struct {
	class    markClass
	tok      int
	low      bool // opened by „ or ‚: closed by “ or ‘
	reversed bool // opened by » or ›: closed by « or ‹
	straight bool // opened by " or '
}

// qpart is one part of a quotation: the tokens strictly between marks.
// close is the index of the closing mark, or the paragraph's end.
type qpart struct {
	para        int
	open, close int
	closed      bool
}

// rawQuote is a top-level quotation before attribution.
type rawQuote struct {
	parts []qpart
	class markClass
}

// flank describes the spacing around token k of paragraph toks[lo:hi].
func flank(toks []tok, k, lo, hi int) (leftSpace, rightSpace bool) {
	leftSpace = k == lo || toks[k].is(fSpace)
	if !leftSpace {
		switch toks[k-1].Surface {
		case "(", "[", "\u2014", "\u2013", "-", "/", "\u201c", "\u2018", "\"", "'", "\u00ab", "\u201e", "``", "''":
			leftSpace = true
		}
	}
	rightSpace = k+1 >= hi || toks[k+1].is(fSpace)
	if !rightSpace {
		switch toks[k+1].Surface {
		case ",", ".", ";", ":", "!", "?", ")", "]", "\u2014", "\u2013", "\u2026", "...", "\u201d", "\u2019", "\"", "'", "\u00bb", "''":
			rightSpace = true
		}
	}
	return
}

// findQuotes pairs the quotation marks of all paragraphs. paras holds the
// token range of each body paragraph.
func findQuotes(toks []tok, paras [][2]int) []rawQuote {
	var out []rawQuote
	var stack []openMark
	var cur *rawQuote // a quotation continued from the previous paragraph
	for pi, pr := range paras {
		lo, hi := pr[0], pr[1]
		if cur != nil {
			// The previous paragraph left a quotation open: it continues
			// only if this paragraph opens with a mark of its class.
			if lo < hi && toks[lo].Kind == KindPunct && openerClass(toks[lo].Surface) == cur.class {
				stack = stack[:1]
				stack[0].tok = lo
				cur.parts = append(cur.parts, qpart{para: toks[lo].para, open: lo, close: hi})
			} else {
				out = append(out, *cur)
				cur, stack = nil, stack[:0]
			}
		}
		start := lo
		if cur != nil {
			start = lo + 1
		}
		nested := -1 // nestedSingles of the paragraph, read when first asked
		for k := start; k < hi; k++ {
			t := &toks[k]
			if t.Kind != KindPunct {
				continue
			}
			if len(stack) == 1 && stack[0].straight && stack[0].class == classDouble && collapsedParagraphMark(toks, k, lo, hi) {
				if nested < 0 {
					nested = 0
					if nestedSingles(toks, lo, hi) {
						nested = 1
					}
				}
				if nested == 0 {
					// `… website. ... "Over the years, …`: the next
					// paragraph of the open quotation, run into this one.
					if cur == nil {
						cur = &rawQuote{class: classDouble, parts: []qpart{{para: t.para, open: stack[0].tok, close: k, closed: true}}}
					} else {
						last := &cur.parts[len(cur.parts)-1]
						last.close, last.closed = k, true
					}
					cur.parts = append(cur.parts, qpart{para: t.para, open: k, close: hi})
					stack[0].tok = k
					continue
				}
			}
			isOpen, isClose, class, e := classify(t.Surface, stack, toks, k, lo, hi)
			if class == classNone {
				continue
			}
			if isClose {
				j := len(stack) - 1
				for j >= 0 && stack[j].class != class {
					j--
				}
				if j >= 0 {
					if j == 0 {
						if cur == nil {
							out = append(out, rawQuote{class: class, parts: []qpart{{para: t.para, open: stack[0].tok, close: k, closed: true}}})
						} else {
							last := &cur.parts[len(cur.parts)-1]
							last.close, last.closed = k, true
							out = append(out, *cur)
							cur = nil
						}
					}
					stack = stack[:j]
					continue
				}
			}
			if isOpen {
				e.tok = k
				stack = append(stack, e)
			}
		}
		if len(stack) > 0 {
			if cur == nil {
				cur = &rawQuote{class: stack[0].class, parts: []qpart{{para: toks[stack[0].tok].para, open: stack[0].tok, close: hi}}}
			}
			if pi+1 >= len(paras) {
				out = append(out, *cur)
				cur = nil
			}
		}
		if len(stack) == 0 && cur != nil {
			cur = nil
		}
	}
	return out
}

// collapsedParagraphMark reports whether the straight double mark at
// token k, while a quotation opened by one is open, opens the next
// paragraph of that quotation run into the same paragraph (an excerpt
// whose paragraph breaks were lost, each paragraph still opening with a
// mark and none closing): it follows a sentence's end or an ellipsis and
// a space, and a capitalised word stands right after it (`… website.
// ... "Over the years, …`). A closing mark stands against the word or
// stop before it.
func collapsedParagraphMark(toks []tok, k, lo, hi int) bool {
	if toks[k].Surface != "\"" || k <= lo || k+1 >= hi || !toks[k].is(fSpace) || toks[k+1].is(fSpace) {
		return false
	}
	if n := &toks[k+1]; n.Kind != KindWord || !n.is(fCap) {
		return false
	}
	switch toks[k-1].Surface {
	case ".", "...", "\u2026", "?", "!":
		return true
	}
	return false
}

// nestedSingles reports whether paragraph toks[lo:hi] holds a single
// mark that opens a quotation (‘ or a straight one before a word, with
// a space before it): an excerpt that quotes someone inside it
// (`… 'something we have not seen,' he said`), whose inner words the
// old pairing still gives their speaker; collapsedParagraphMark's
// reading is kept to excerpts without them.
func nestedSingles(toks []tok, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch toks[k].Surface {
		case "\u2018":
			return true
		case "'":
			if left, right := flank(toks, k, lo, hi); left && !right && k+1 < hi && toks[k+1].Kind == KindWord {
				return true
			}
		}
	}
	return false
}

// openerClass returns the class of a mark that can open a quotation.
func openerClass(s string) markClass {
	switch s {
	case "\u201c", "\"", "\u201e", "\u201d", "''", "``":
		return classDouble
	case "\u00ab", "\u00bb":
		return classAngle
	case "\u2018", "'", "\u201a", "\u2039":
		return classSingle
	}
	return classNone
}

// classify decides whether mark token k opens or closes a quotation.
func classify(s string, stack []openMark, toks []tok, k, lo, hi int) (isOpen, isClose bool, class markClass, e openMark) {
	has := func(c markClass, pred func(openMark) bool) bool {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].class == c {
				return pred == nil || pred(stack[i])
			}
		}
		return false
	}
	left, right := flank(toks, k, lo, hi)
	switch s {
	case "\u201c": // “ opens, or closes a „ quotation
		class = classDouble
		if has(classDouble, func(m openMark) bool { return m.low }) {
			return false, true, class, e
		}
		return true, false, class, openMark{class: class}
	case "\u201d": // ” closes; opens only when nothing is open (Swedish style)
		class = classDouble
		if has(classDouble, nil) {
			return false, true, class, e
		}
		return left && !right, false, class, openMark{class: class}
	case "\u201e": // „
		return true, false, classDouble, openMark{class: classDouble, low: true}
	case "``":
		return true, false, classDouble, openMark{class: classDouble, straight: true}
	case "\"", "''":
		class = classDouble
		if has(classDouble, nil) {
			if left && !right && has(classDouble, func(m openMark) bool { return !m.straight }) {
				return true, false, class, openMark{class: class, straight: true}
			}
			return false, true, class, e
		}
		if right && !left {
			return false, false, classNone, e
		}
		return true, false, class, openMark{class: class, straight: true}
	case "\u00ab": // «
		class = classAngle
		if has(classAngle, func(m openMark) bool { return m.reversed }) {
			return false, true, class, e
		}
		return true, false, class, openMark{class: class}
	case "\u00bb": // »
		class = classAngle
		if has(classAngle, nil) {
			return false, true, class, e
		}
		return left && !right, false, class, openMark{class: class, reversed: true}
	case "\u2018", "\u201a", "\u2039": // ‘ ‚ ‹
		class = classSingle
		if s == "\u2018" && has(classSingle, func(m openMark) bool { return m.low }) {
			return false, true, class, e
		}
		if !left && right && has(classSingle, nil) {
			return false, true, class, e
		}
		return true, false, class, openMark{class: class, low: s == "\u201a"}
	case "\u2019", "'", "\u203a": // ’ ' ›: closer, opener, or an apostrophe
		class = classSingle
		if !left && has(classSingle, nil) {
			return false, true, class, e
		}
		if left && !right && k+1 < hi && toks[k+1].Kind == KindWord && !ownerCut(toks, k, hi) {
			return true, false, class, openMark{class: class, straight: true}
		}
		return false, false, classNone, e
	}
	return false, false, classNone, e
}

// ownerCut reports whether the apostrophe at token k opens a possessive
// "’s" standing alone ("President Ruiz    ’s plan"): cleaning blanked what
// stood between the name and its "’s" (a box of linked headlines), and no
// quotation opens with the letter s alone.
func ownerCut(toks []tok, k, hi int) bool {
	n := &toks[k+1]
	if n.Norm != "s" || n.Start != toks[k].End {
		return false
	}
	return k+2 >= hi || toks[k+2].Start > n.End || toks[k+2].Kind != KindWord
}
