package nlp

import "strings"

// isCloser reports whether s is punctuation that may close a sentence
// after its final stop: quotation marks and brackets.
func isCloser(s string) bool {
	switch s {
	case "\u201d", "\"", "\u2019", "'", ")", "]", "\u00bb", "\u201c", "\u203a", "''":
		return true
	}
	return false
}

// isOpener reports whether s may open a sentence before its first word.
func isOpener(s string) bool {
	switch s {
	case "\u201c", "\"", "\u2018", "'", "(", "[", "\u00ab", "\u201e", "\u2039", "\u201a", "''", "``":
		return true
	}
	return false
}

func isTerminator(s string) bool {
	switch s {
	case ".", "!", "?", "...", "\u2026", "?!", "!?":
		return true
	}
	return false
}

// splitSentences returns the token ranges [a, b) of the sentences of the
// paragraph held in toks[lo:hi].
func (l *lang) splitSentences(toks []tok, lo, hi int, out [][2]int) [][2]int {
	start := lo
	// quoted says whether a double quotation is open as the ellipsis
	// rule below has always read it: the closing marks a sentence's end
	// passes over are not counted (an inherited reading, left as it
	// is: see h/split48 in the abpjudged README). open counts every mark.
	quoted, open := false, false
	for k := lo; k < hi; k++ {
		t := &toks[k]
		quoted = toggleQuoted(quoted, t.Surface)
		open = toggleQuoted(open, t.Surface)
		if quoted && (t.Surface == "\u2026" || t.Surface == "...") && closesLater(toks, k, hi) {
			// "Starting in the New Year… Things will change," he
			// said: an ellipsis inside a quotation leaves words out of
			// one statement; the quotation goes on.
			continue
		}
		end := false
		var abbrClass int
		switch {
		case t.Kind == KindPunct && isTerminator(t.Surface):
			end = true
			if t.Surface == "." && k > start && toks[k-1].End == t.Start && toks[k-1].Kind == KindWord {
				prev := &toks[k-1]
				abbrClass = l.abbr[prev.Norm]
				if prev.is(fInitial) && (abbrClass == 0 || abbrClass == abbrNum) {
					// A capital letter is a name's initial, not an
					// abbreviation the table has in small letters
					// ("William P. Barr", not "p. 12").
					abbrClass = abbrTitle
				}
			}
		case t.Kind == KindWord && strings.HasSuffix(t.Surface, ".") && isDottedInitials(t.Surface[:len(t.Surface)-1]):
			end = true
			abbrClass = l.abbr[strings.TrimSuffix(t.Norm, ".")]
			if abbrClass == 0 {
				abbrClass = abbrEnd
			}
		}
		if !end {
			continue
		}
		j := k + 1
		for j < hi && toks[j].Kind == KindPunct && (isCloser(toks[j].Surface) || isTerminator(toks[j].Surface)) && !toks[j].is(fSpace) {
			j++
		}
		if j >= hi {
			break
		}
		bullet, glued := false, straightGlue(toks, k, j)
		next := j
		if glued {
			// `… was redacted."Now the …`: a quotation mark glued
			// between the stop and a capital closes the quotation
			// open before it, or opens the next sentence's.
			if !l.startsAfter(&toks[j], abbrClass) {
				continue
			}
			if toks[k+1].Surface == "\u201c" || !gluedMarkCloses(toks, lo, k, hi, open) {
				// A curly opening mark opens the next sentence.
				next = k + 1
			}
		} else if !l.startsSentence(&toks[j], abbrClass) {
			if bullet = bulletAfterStop(toks, start, k, j, hi, abbrClass); !bullet {
				continue
			}
		}
		if l.attributionAfter(toks, k, j, hi) {
			continue
		}
		out = append(out, [2]int{start, next})
		if bullet {
			// The bullet dash belongs to neither sentence: the next
			// one opens at its first word.
			next++
		}
		for c := k + 1; c < next; c++ {
			open = toggleQuoted(open, toks[c].Surface)
			if glued {
				// The ellipsis rule's count read these marks when
				// no sentence ended here; it still does.
				quoted = toggleQuoted(quoted, toks[c].Surface)
			}
		}
		start = next
		k = next - 1
	}
	if start < hi {
		out = append(out, [2]int{start, hi})
	}
	return out
}

// toggleQuoted returns whether a double quotation is open after the
// token s, given whether one was open before it.
func toggleQuoted(quoted bool, s string) bool {
	switch s {
	case "\u201c":
		return true
	case "\u201d":
		return false
	case "\"":
		return !quoted
	}
	return quoted
}

// straightGlue reports whether the stop at token k is followed, with no
// space, by one straight double quotation mark (or a curly opening one)
// and then a capitalised word at token j, and itself ends a word glued
// to it: sentences run together around a quotation (`… was
// redacted."Now the …`, `… in 2014."It …`, `… did it?"The …`, `… he
// said.“We …`).
func straightGlue(toks []tok, k, j int) bool {
	if m := toks[k+1].Surface; j != k+2 || (m != "\"" && m != "''" && m != "\u201c") || toks[j].is(fSpace) {
		return false
	}
	if toks[j].Kind != KindWord || !toks[j].is(fCap) {
		return false
	}
	if s := toks[k].Surface; s == "..." || s == "\u2026" {
		return false
	}
	if toks[k].Kind == KindWord {
		return true // "U.S." ends with its own stop
	}
	return k > 0 && !toks[k].is(fSpace) && toks[k-1].Kind != KindPunct && toks[k-1].End == toks[k].Start
}

// gluedMarkCloses reports whether the straight quotation mark glued
// after the stop at token k (see straightGlue) closes a quotation rather
// than opening the next sentence's. Pages that glue their sentences
// also lose marks, and a paragraph's count of marks (open) can go wrong
// long before, so the nearest marks decide first. The last double mark
// before the stop: one that can only open (a curly opening mark, or a
// straight one with a space before it and none after) means this one
// closes; one that can only close means this one opens. When that mark
// is glued on both sides too (or there is none), words that run to a
// comma or a question or exclamation mark and a closing mark before any
// stop (`."These are our stories," Cruz said`) are a quotation the mark
// opens; otherwise the count decides.
func gluedMarkCloses(toks []tok, lo, k, hi int, open bool) bool {
	for c := k - 1; c >= lo; c-- {
		switch toks[c].Surface {
		case "\u201c", "``":
			return true
		case "\u201d":
			return false
		case "\"", "''":
			left, right := flank(toks, c, lo, hi)
			if left != right {
				return left
			}
		default:
			continue
		}
		break
	}
	for c := k + 2; c < hi; c++ {
		s := toks[c].Surface
		if s == "\"" || s == "\u201d" || s == "''" {
			p := toks[c-1].Surface
			after := c+1 >= hi || toks[c+1].is(fSpace)
			if (p == "," || p == "?" || p == "!") && !toks[c].is(fSpace) && after {
				return false
			}
			break
		}
		if isTerminator(s) || s == "\u201c" {
			break
		}
	}
	return open
}

// startsSentence reports whether next can begin a sentence after a stop
// following an abbreviation of class abbrClass (0 for none).
func (l *lang) startsSentence(next *tok, abbrClass int) bool {
	if !next.is(fSpace) {
		return false
	}
	return l.startsAfter(next, abbrClass)
}

// startsAfter is startsSentence without the space before next.
func (l *lang) startsAfter(next *tok, abbrClass int) bool {
	capital := next.is(fCap) || next.Kind == KindNumber || (next.Kind == KindPunct && isOpener(next.Surface))
	if !capital {
		return false
	}
	switch abbrClass {
	case abbrTitle:
		return false
	case abbrNum, abbrMonth:
		return next.Kind != KindNumber
	case abbrEnd:
		return next.Kind == KindPunct || l.stop[next.Norm] || l.pronouns[next.Norm] != 0
	}
	return true
}

// attributionAfter reports whether the question or exclamation ending at
// token k, closed by a quotation mark before token j, goes on with its
// speaker's name and a verb of saying: `"Is it over?" Ana Ruiz asked.` is
// one sentence, as `"Is it over?" she asked.` is. The name is one to three
// capitalised words, none a pronoun or a common word.
func (l *lang) attributionAfter(toks []tok, k, j, hi int) bool {
	if s := toks[k].Surface; s != "?" && s != "!" && s != "?!" && s != "!?" {
		return false
	}
	closed := false
	for c := k + 1; c < j; c++ {
		closed = closed || isCloser(toks[c].Surface)
	}
	if !closed {
		return false
	}
	for n := j; n < hi && n < j+4; n++ {
		t := &toks[n]
		if t.Kind != KindWord {
			return false
		}
		if n > j && t.is(fLower) {
			// "'Why?' Ruiz answered: 'Because…'": the verb opens a
			// quotation of its own, a sentence of its own.
			opens := n+1 < hi && (toks[n+1].Surface == ":" || isOpener(toks[n+1].Surface))
			return l.verbs[t.Norm] && !opens
		}
		if !t.is(fCap) || l.stop[t.Norm] || l.pronouns[t.Norm] != 0 {
			return false
		}
	}
	return false
}

// closesLater reports whether a double quotation mark that can close the
// quotation open at token k follows it in the paragraph toks[:hi].
func closesLater(toks []tok, k, hi int) bool {
	for j := k + 1; j < hi; j++ {
		if s := toks[j].Surface; s == "\u201d" || s == "\"" {
			return true
		}
	}
	return false
}
