package nlp

import "strings"

// Wrong speakers of session 52 (h/speakers52c): a quotation given to a
// person the writer only reports on, when the sentence around it names
// the one who speaks.

// outerSpeaker corrects the attribution of a lead-in paragraph ("In a
// statement, Lund spokeswoman Ana Ruiz said that Lund had replied to
// the panel as a senator, not as an adviser:") whose verb was found in
// the clause the speaker reports ("Lund had replied …"): when that verb
// follows "that" after a reporting verb with its own subject, and the
// reported clause runs on for a while before the colon (it tells what
// the subject did, not whose words follow), the subject of the
// reporting verb is the speaker. Else a is returned unchanged.
func (d *doc) outerSpeaker(a *attribution, colon, lo int, inQuote []bool) *attribution {
	if a == nil || a.speakerA < 0 || a.verbTok < 0 || a.verbTok >= colon {
		return a
	}
	// The reported clause goes on past its verb: at least five words
	// between the verb and the colon.
	words := 0
	for k := a.verbTok + 1; k < colon; k++ {
		if d.toks[k].Kind == KindWord {
			words++
		}
	}
	if words < 5 {
		return a
	}
	k := a.speakerA - 1
	if k <= lo || d.toks[k].Norm != "that" || !d.toks[k].is(fLower) {
		return a
	}
	v := k - 1
	for v > lo && isAux(&d.toks[v]) {
		v--
	}
	if inQuote[v] || !d.verbAt(v) {
		return a
	}
	sa, sb := d.subjectBefore(v, lo, inQuote)
	if sa < 0 || sb > v {
		return a
	}
	if !d.personIn(sa, sb) {
		return a
	}
	return &attribution{speakerA: sa, speakerB: sb, entity: -1, verbTok: v, via: a.via}
}

// personIn reports whether tokens [a, b) hold the mention of a person.
func (d *doc) personIn(a, b int) bool {
	for k := a; k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].entity >= 0 && d.ents[d.mentions[mi].entity].etype == Person {
			return true
		}
	}
	return false
}

// trailingReporter returns the person who speaks a quotation written
// with a he or she of gender g after it (`"…," he said`) when the
// writer's sentence just before the quotation ends with its own source
// ("Investigators are checking whether Morrow was armed, Denning told
// reporters.", "…, Denning said Tuesday.", "…, said Ed Denning."): the
// he is the source named there, whose words go on, not a person the
// reported clause is about. The source must be a person
// the text shows as of gender g, or one of unknown gender surely a person
// (see strongAntecedent) never called by the other pronoun. The pronoun is at token pos; -1 when
// no such sentence stands there.
func (d *doc) trailingReporter(pos int, g byte, inQuote []bool) int {
	if g != 'm' && g != 'f' {
		return -1
	}
	// The quotation closes right before the pronoun (`"…," he said`).
	k := pos - 1
	for k >= 0 && pos-k <= 3 && !inQuote[k] && d.toks[k].Kind == KindPunct {
		k--
	}
	if k < 0 || !inQuote[k] {
		return -1
	}
	for k > 0 && inQuote[k-1] {
		k--
	}
	open := k
	si := int(d.tokSent[open])
	if si < 1 || d.sents[si].a != open && !(d.sents[si].a == open-1 && d.toks[open-1].Kind == KindPunct) {
		return -1
	}
	s := d.sents[si-1]
	if s.para == TitlePara || d.parasBetween(s.para, d.toks[open].para) > 1 {
		return -1 // the headline is no sentence before the first paragraph
	}
	for k := s.a; k < s.b; k++ {
		if inQuote[k] {
			return -1 // a sentence with its own quotation: not the writer's report
		}
	}
	// The sentence ends "…, NAME said." or "…, said NAME.", the verb
	// followed at most by a few words of where, when or to whom ("told
	// reporters", "said Tuesday", "said in a statement").
	end := s.b - 1
	if end <= s.a || d.toks[end].Surface != "." {
		return -1
	}
	var m *mention
	for v := end - 1; v > s.a && end-v <= 6; v-- {
		t := &d.toks[v]
		if t.Kind != KindWord || t.Norm == "that" {
			if t.Kind != KindWord && v < end-1 || t.Norm == "that" {
				return -1
			}
		}
		if !d.verbAt(v) {
			if mi := d.mentionAt[v]; mi >= 0 && d.mentions[mi].entity >= 0 && d.ents[d.mentions[mi].entity].etype == Person {
				// ", said Sergio Gor.": the name closes the sentence.
				if mm := &d.mentions[mi]; mm.b == end && mm.a > s.a+1 && d.verbAt(mm.a-1) && d.toks[mm.a-2].Surface == "," {
					m = mm
					break
				}
				return -1
			}
			continue
		}
		mi := d.mentionAt[v-1]
		if mi < 0 || d.mentions[mi].b != v || d.mentions[mi].entity < 0 {
			return -1
		}
		if mm := &d.mentions[mi]; mm.a > s.a && d.toks[mm.a-1].Surface == "," {
			m = mm
		}
		break
	}
	if m == nil {
		return -1
	}
	e := m.entity
	if d.ents[e].etype != Person || d.ents[e].gender != g && (d.ents[e].gender != 0 || !d.strongAntecedent(e, g)) || d.otherPronounBefore(e, pos, g) {
		return -1
	}
	if ng := d.givenNameGender(e); ng != 0 && ng != g {
		return -1
	}
	return e
}

// givenNameGender returns the gender a given name of entity e tells,
// read past the title words before it ("Police Superintendent Carla
// Denning"), or 0.
func (d *doc) givenNameGender(e int) byte {
	for _, mi := range d.ents[e].mentions {
		m := &d.mentions[mi]
		if m.kind != MentionName || len(m.words) < 2 {
			continue
		}
		for _, w := range m.words[:len(m.words)-1] {
			lw := strings.ToLower(w)
			if d.l.titles[lw] {
				continue
			}
			if g := d.l.firstNames[lw]; g == 'm' || g == 'f' {
				return g
			}
		}
	}
	return 0
}

// reportedObject reports whether the he or she of gender g at token pos
// closes a sentence that reports what another person said of someone
// (`Lund described Ana Ruiz as an "…," she said`): the quotation
// closes right before the pronoun and opens after the sentence's start,
// the subject of the part before it is a person shown as of the other
// gender, and a person who may be the pronoun's is named after that
// subject, with no aside in brackets and no he or she of gender g
// between them. That person is the one spoken of, not the one who
// speaks; the pronoun points back past the sentence.
func (d *doc) reportedObject(pos int, g byte, inQuote []bool) bool {
	if g != 'm' && g != 'f' {
		return false
	}
	k := pos - 1
	for k >= 0 && pos-k <= 3 && !inQuote[k] && d.toks[k].Kind == KindPunct {
		k--
	}
	if k < 0 || !inQuote[k] {
		return false
	}
	for k > 0 && inQuote[k-1] {
		k--
	}
	open := k
	s := d.sents[d.tokSent[pos]]
	if int(d.tokSent[open]) != int(d.tokSent[pos]) || open-s.a < 3 {
		return false
	}
	sa, sb := d.clauseSubject(s.a, open)
	if sa < 0 {
		return false
	}
	subj := -1
	for j := sa; j < sb; j++ {
		if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].entity >= 0 && d.ents[d.mentions[mi].entity].etype == Person {
			subj = d.mentions[mi].entity
			break
		}
	}
	if subj < 0 {
		return false
	}
	for j := sb; j < open; j++ {
		if inQuote[j] {
			continue
		}
		if d.toks[j].Surface == "(" {
			// `(…, "…," he said)`: an aside of its own.
			return false
		}
		if d.l.pronouns[d.toks[j].Norm] == g && d.toks[j].is(fLower) {
			// `… asked Lund about the dinners (he denied them) and "…,"
			// he said`: the sentence already speaks of him as "he".
			return false
		}
	}
	sg := d.ents[subj].gender
	if sg == 0 {
		sg = d.givenNameGender(subj)
	}
	if sg != 'm' && sg != 'f' || sg == g {
		return false
	}
	for _, mi := range d.personsIn(sb, open, g, inQuote) {
		if d.mentions[mi].entity != subj {
			return true
		}
	}
	return false
}
