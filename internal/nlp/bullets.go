package nlp

// bulletAfterStop reports whether the full stop at k is followed, at j, by
// a dash standing as a list bullet: a running story's updates written one
// after another in a paragraph ("…at noon. — Two men were later…") are
// separate sentences. The stop must end a word that is no abbreviation
// (abbrClass 0), so "Washington, D.C. — The…" stays one sentence; the
// sentence before must hold a word in small letters (no dateline "YORK,
// Pa."); the part after the dash must be a sentence of its own, ending in
// a stop, with a word in small letters before any comma or bracket, so a
// credit line ("— Ana Ruiz, a nurse") stays with what it credits.
func bulletAfterStop(toks []tok, start, k, j, hi, abbrClass int) bool {
	if abbrClass != 0 || toks[k].Surface != "." || j != k+1 || j+1 >= hi {
		return false
	}
	d, next := &toks[j], &toks[j+1]
	if !d.is(fSpace) || !next.is(fSpace) || !next.is(fCap) || next.Kind != KindWord {
		return false
	}
	switch d.Surface {
	case "\u2014", "\u2013", "--":
	default:
		return false
	}
	lower := false
	for i := start; i < k && !lower; i++ {
		lower = toks[i].Kind == KindWord && toks[i].is(fLower)
	}
	if !lower {
		return false
	}
	lower = false
	for i := j + 1; i < hi; i++ {
		t := &toks[i]
		switch {
		case t.Kind == KindPunct && isTerminator(t.Surface):
			return lower
		case t.Surface == "," || t.Surface == "(" || t.Surface == "@":
			if !lower {
				return false
			}
		case t.Kind == KindWord && t.is(fLower):
			lower = true
		}
	}
	return false
}
