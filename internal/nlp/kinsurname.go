package nlp

// kinSurname returns the person a bare surname w at token pos means when
// the writer has just brought in a relative of the article's first person
// of that surname by kin noun and full name ("Her father, Carl Lund, ...
// “…,” Lund said"): the relative named in full last, when that naming is
// at most two paragraphs before pos, is set off by commas after a kin
// noun (kinApposition), names no other
// person of that surname in its sentence (the anchor of "Lund's daughter
// Ada Lund" stays the one the writer goes on calling "Lund"), and no
// writer's mention of another person of that surname (a given name, a
// full name or a surname already read as theirs) stands between the
// relative's last mention and pos. Words within quotation marks are the
// speaker's, not the writer's naming, and are not read. best is the
// person matchName chose; kinSurname returns it when the rule does not
// apply.
func (d *doc) kinSurname(w string, pos, persons, best int) int {
	if best < 0 || best >= persons {
		return best
	}
	relative, at := -1, -1 // the kin-named relative and its full naming
	for ei := 0; ei < persons; ei++ {
		e := d.ents[ei]
		if ei == best || e.last != w || e.first == "" || e.first == e.last || e.suffix != "" {
			continue
		}
		for _, mi := range e.mentions {
			m := &d.mentions[mi]
			if m.a < pos && m.a > at && len(m.words) >= 2 && d.kinApposition(m) {
				relative, at = ei, m.a
			}
		}
	}
	if relative < 0 || d.toks[pos].para-d.toks[at].para > 2 || d.toks[pos].para < d.toks[at].para {
		return best
	}
	quoted := d.quotedRanges()
	sent := d.tokSent[at]
	latest, latestAt := -1, -1 // the person of surname w the writer named last before pos
	for ei := range d.ents {
		e := d.ents[ei]
		if e.last != w || ei >= persons && !d.surnameOnly(ei, w) {
			continue
		}
		for _, mi := range e.mentions {
			m := &d.mentions[mi]
			if m.a >= pos || quoted.has(m.a) {
				continue
			}
			if ei != relative && d.tokSent[m.a] == sent {
				return best // "Lund's daughter Ada Lund": the anchor is named beside her
			}
			if m.a > latestAt {
				latest, latestAt = ei, m.a
			}
		}
	}
	if latest != relative {
		return best
	}
	return relative
}

// kinApposition reports whether the name m is set off by commas after a
// kin noun ("Her father, Carl Lund, said"): the writer brings the
// relative in as the one the next lines are about. Without the commas
// ("His daughter Ada Lund spoke next") the relative is named in passing,
// and the bare surname after keeps to the first person (matchName).
func (d *doc) kinApposition(m *mention) bool {
	if m.a < 2 || d.toks[m.a-1].Surface != "," || m.b >= len(d.toks) || d.toks[m.b].Surface != "," ||
		d.toks[m.b].para != d.toks[m.a].para || !d.kinBefore(m.a) {
		return false
	}
	// The kin noun opens the sentence, after at most a possessive ("Her
	// father, Carl Lund, said"): the relative is the sentence's subject,
	// not one of two ("He and his wife, Ada Lund, have divorced").
	k := m.a - 3
	start := d.sents[d.tokSent[m.a]].a
	if k >= start && possessiveDeterminers[d.toks[k].Norm] {
		k--
	}
	return k < start
}

// possessiveDeterminers may stand before a kin noun that opens a sentence.
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "their": true, "the": true}

// kinBefore reports whether a kin noun ("father", "sister") stands right
// before token a, or before a comma right before it: "her father, Carl
// Lund", "his sister Ada Lund".
func (d *doc) kinBefore(a int) bool {
	_, ok := d.kinNounBefore(a)
	return ok
}

// kinNounBefore returns the gender of the kin noun right before token a,
// or before a comma right before it, in a's paragraph (kinGender), and
// whether there is one.
func (d *doc) kinNounBefore(a int) (byte, bool) {
	k := a - 1
	if k >= 0 && d.toks[k].Surface == "," {
		k--
	}
	if k < 0 || d.toks[k].para != d.toks[a].para {
		return 0, false
	}
	g, ok := kinGender[d.toks[k].Norm]
	return g, ok
}

// kinAllowed reports whether the relative ei may take a bare surname
// whose honorific tells gender g and whose title is role: not when the
// genders differ (genderClash, as matchName asks of every person), and
// never for a titled mention ("President Lund" is not the relative
// brought in by a kin noun).
func (d *doc) kinAllowed(ei int, g byte, role *roleInfo) bool {
	return role == nil && !genderClash(g, d.ents[ei].gender)
}

// genderClash reports whether a mention whose honorific tells gender g
// ("Mr.", "Mrs.") cannot be a person of gender eg: both are told ('m' or
// 'f') and differ.
func genderClash(g, eg byte) bool {
	return (g == 'm' || g == 'f') && (eg == 'm' || eg == 'f') && eg != g
}

// relativeOnlyLater reports whether the bare surname w at token pos comes
// before every person named in full with it, and the first of them the
// text names is brought in as someone's relative: a kin noun before the
// name ("his wife, Ada Lund") or the title "first lady". The writer who
// says "Lund" before naming a relative of that surname means another
// person, one so well known that the text never gives the full name (a
// president), not the relative named later.
func (d *doc) relativeOnlyLater(w string, pos, persons int) bool {
	firstAt, firstMi := -1, -1
	for ei := 0; ei < persons; ei++ {
		e := d.ents[ei]
		if e.last != w && e.family != w {
			continue
		}
		for _, mi := range e.mentions {
			a := d.mentions[mi].a
			if d.toks[a].para == TitlePara {
				continue
			}
			if a < pos {
				return false
			}
			if firstAt < 0 || a < firstAt {
				firstAt, firstMi = a, mi
			}
		}
	}
	if firstMi < 0 || d.toks[pos].para == TitlePara {
		return false
	}
	m := &d.mentions[firstMi]
	return d.kinBefore(m.a) || m.role != nil && m.role.title == "first lady" || d.firstLadyBefore(m.a)
}

// firstLadyBefore reports whether "first lady" is written right before
// token a, in any case ("First lady Ada Lund", where the sentence's
// capital hides the title from the name finder).
func (d *doc) firstLadyBefore(a int) bool {
	return a >= 2 && d.toks[a-1].Norm == "lady" && d.toks[a-2].Norm == "first" && d.toks[a-2].para == d.toks[a].para
}

// kinGiven reports whether token k is a known given name written right
// after a kin noun of its gender, or after the noun and a comma ("the
// late senator's daughter Ada, who …", "his son, Ivo, said"): the writer
// names a relative by given name alone, a person whom the next "she
// said" may mean.
func (d *doc) kinGiven(k int) bool {
	kin, ok := d.kinNounBefore(k)
	return ok && kin == d.l.firstNames[d.toks[k].Norm]
}

// kinNamedFar reports whether mention m is a relative's given name after
// a kin noun (kinGiven) more than two paragraphs before token pos: the
// writer names such a relative in passing ("Cruz's wife, Heidi, read …"),
// and a pronoun far after it goes on with the persons the text is about.
func (d *doc) kinNamedFar(m *mention, pos int) bool {
	return m.kind == MentionName && len(m.words) == 1 && d.kinGiven(m.a) && d.toks[pos].para-d.toks[m.a].para > 2
}
