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
	quoted := false // inside a double quotation
	for k := lo; k < hi; k++ {
		t := &toks[k]
		switch t.Surface {
		case "\u201c":
			quoted = true
		case "\u201d":
			quoted = false
		case "\"":
			quoted = !quoted
		}
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
		bullet := false
		if !l.startsSentence(&toks[j], abbrClass) {
			if bullet = bulletAfterStop(toks, start, k, j, hi, abbrClass); !bullet {
				continue
			}
		}
		if l.attributionAfter(toks, k, j, hi) {
			continue
		}
		out = append(out, [2]int{start, j})
		if bullet {
			// The bullet dash belongs to neither sentence: the next
			// one opens at its first word.
			j++
		}
		start = j
		k = j - 1
	}
	if start < hi {
		out = append(out, [2]int{start, hi})
	}
	return out
}

// startsSentence reports whether next can begin a sentence after a stop
// following an abbreviation of class abbrClass (0 for none).
func (l *lang) startsSentence(next *tok, abbrClass int) bool {
	if !next.is(fSpace) {
		return false
	}
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
