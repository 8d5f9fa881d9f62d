package nlp

// initialsOpenName reports whether ws is a person's name that opens with
// dotted initials: two or three letters, each with its period ("J.B.",
// "A.N.S."), glued in one word, then one or two capitalised words in
// small letters after their capital ("A.N.S. Ahmed", "K.R.T. Dalen",
// "J.R.R. Tolkien"). Such a name is read as a person's though no given
// name is known, as "George H.W. Bush" is with the initials inside.
//
// It does not hold where the initials name a place or a body the lists
// know ("U.S. Senate", "U.N. Security Council", "D.C. Circuit"), where
// the whole or its first two words are a known body ("J.P. Morgan" is in
// orgs.txt, and "J.P. Morgan Funds" is a firm of its), where a word
// after the initials is a function word ("U.S.A. We", "O.K. So"), a
// word in capitals, a body's, a place's, a thing's or an event's head
// word or a title, or a known abbreviation ("H.J. Res. 46"). The cost is
// a few map look-ups per capitalised run that opens with initials.
func (d *doc) initialsOpenName(ws []int) bool {
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	first := &d.toks[ws[0]]
	in, ok := initials(first.Surface)
	if !ok || len(in) < 2 || len(in) > 3 || !dottedInitials(first.Surface) || commonAbbrevs[in] || dottedWords[in] || dottedShortForms[in] {
		return false
	}
	if len(ws) == 3 && d.l.firstNames[d.toks[ws[1]].Norm] != 0 {
		return false
	}
	if _, n := d.placeAt(ws, 0); n > 0 {
		return false
	}
	if d.l.orgs[first.Norm] || d.l.orgs[string(d.normsKey(ws))] || d.l.orgs[string(d.normsKey(ws[:2]))] || d.l.pubs[first.Norm] || d.l.thingNames[d.joinNorms(ws)] {
		return false
	}
	for i, k := range ws[1:] {
		t := &d.toks[k]
		if i+2 < len(ws) && surnameParticles[t.Norm] {
			continue
		}
		if t.Kind != KindWord || !t.is(fCap) || t.is(fUpper) || t.is(fInitial) || d.l.stop[t.Norm] || d.l.abbr[t.Norm] != 0 ||
			d.l.orgSuffixes[t.Norm] || d.l.placeHeads[t.Norm] || d.l.thingHeads[t.Norm] || d.l.eventHeads[t.Norm] ||
			d.titleAt([]int{k}, 0) > 0 || isConnector(t.Norm) {
			return false
		}
	}
	last := ws[len(ws)-1]
	if n := last + 2; n < len(d.toks) && d.toks[last+1].Surface == "." && d.toks[last+1].Start == d.toks[last].End && d.toks[n].Kind == KindNumber {
		return false // "H.J. Res. 46": a bill's number follows
	}
	return true
}

// dottedWords are common words written as dotted initials ("O.K.",
// "G.D.P.", "C.E.O.", "p.m."), by their letters: no person's initials.
var dottedWords = map[string]bool{"ok": true, "gdp": true, "ceo": true, "am": true, "pm": true, "ps": true, "pps": true, "rip": true,
	"tv": true, "bc": true, "ad": true, "md": true, "phd": true, "rsvp": true, "aka": true, "eg": true, "ie": true, "gi": true}

// dottedShortForms are titles, bodies and places written as dotted
// initials before a name in ABP's articles ("A.G.", "D.A.", "V.P.",
// "F.B.I.", "D.N.I.", "G.O.P.", "L.A.", "U.C.", "V.A."), by their
// letters: the name after them is read alone.
var dottedShortForms = map[string]bool{"ag": true, "da": true, "vp": true, "dni": true, "et": true, "pt": true, "gop": true, "la": true,
	"uc": true, "irs": true, "pla": true, "va": true, "un": true, "us": true, "uk": true, "eu": true, "fbi": true, "cia": true, "nsa": true,
	"doj": true, "dhs": true, "epa": true, "nyc": true, "dc": true, "ny": true, "nj": true}

// initialsFirm reports whether ws, three or four capitalised words, open
// with a firm the lists know by its initials and one word ("J.B. Hunt
// Transport", "J.P. Morgan Funds"): the words after it name the firm or
// one of its parts, an organisation, never a person.
func (d *doc) initialsFirm(ws []int) bool {
	if len(ws) < 3 || len(ws) > 4 || !dottedInitials(d.toks[ws[0]].Surface) || ws[1] != ws[0]+1 {
		return false
	}
	return d.l.orgs[string(d.normsKey(ws[:2]))] && d.allAlpha(ws[1:])
}
