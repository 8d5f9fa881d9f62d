package nlp

import "strings"

// capsNameAfterTitle returns the words of name, the words after a title
// or an honorific, that name the person when all of them are written in
// capitals: a caption, a script or a heading in capitals runs on past the
// name ("MR. VELLMAN WAS CHOSEN BY THE TOWN ITSELF", "SENATOR ANA LIND
// HONORS THE CREW"). The name ends before a function word; its second
// word is kept unless it reads as a verb ("VELLMAN ATTENDED", "VELLMAN
// LEAVES") after a word the lists know as no given name; a third or
// later word only after a given name the lists know, an initial or a
// surname particle ("ANA LIND", "GEORGE W. VELL", "KEVIN DE LEON"); a
// word the article writes elsewhere in title case ("MARTA LUND KAY"
// beside "Marta Lund Kay") and a suffix of generation ("JR", "III")
// always. A name with a word in small letters
// is returned whole. The cost is a few look-ups per word of the name.
func (d *doc) capsNameAfterTitle(name []int) []int {
	if len(name) < 2 || !d.inCapitals(name) {
		return name
	}
	for i := 1; i < len(name); i++ {
		t := &d.toks[name[i]]
		prev := &d.toks[name[i-1]]
		if nameSuffixes[strings.TrimSuffix(t.Norm, ".")] || generationNumerals[t.Norm] {
			continue
		}
		if t.Kind != KindWord || t.Stop && !surnameParticles[t.Norm] && !d.dottedInitial(name[i]) {
			return name[:i]
		}
		carries := d.givenName(prev.Surface) || prev.is(fInitial) || dottedInitials(prev.Surface) || surnameParticles[prev.Norm] ||
			d.writtenTitleCase(t.Norm)
		if !carries && (i > 1 || capsVerbLike(d.l, t.Norm)) {
			return name[:i]
		}
	}
	return name
}

// capsVerbLike reports whether norm, a word of a run in capitals, reads
// as a verb: an attribution verb of the lists, a word of five letters
// or more in "-ed" or "-ing" ("ATTENDED", "WALKING"), or a third
// person's "-s" ("MAKES", "REMAINS"; not "-ss", "-is", "-us").
func capsVerbLike(l *lang, norm string) bool {
	if l.verbs[norm] {
		return true
	}
	if len(norm) > 4 && (strings.HasSuffix(norm, "ed") || strings.HasSuffix(norm, "ing")) {
		return true
	}
	return len(norm) > 3 && strings.HasSuffix(norm, "s") && !nounEndingS(norm)
}

// writtenTitleCase reports whether the article writes the word w (lower
// case) somewhere with a capital and then small letters ("King" beside
// "MARTIN LUTHER KING JR"). The set is made on first use, one pass over
// the tokens.
func (d *doc) writtenTitleCase(w string) bool {
	if d.titleWords == nil {
		d.titleWords = map[string]bool{}
		for i := range d.toks {
			if t := &d.toks[i]; t.Kind == KindWord && t.is(fCap) && !t.is(fUpper) {
				d.titleWords[t.Norm] = true
			}
		}
	}
	return d.titleWords[w]
}

// inCapitals reports whether every word of ws of two letters or more is
// written in capitals ("VELLMAN A BELOVED FIGURE"; a lone capital letter
// is an initial or "A", either way no sign of case).
func (d *doc) inCapitals(ws []int) bool {
	for _, k := range ws {
		if t := &d.toks[k]; t.Kind == KindWord && len(t.Norm) > 1 && !t.is(fUpper) {
			return false
		}
	}
	return true
}
