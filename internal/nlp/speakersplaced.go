package nlp

import "strings"

// ownedSpeaker corrects a speaker span [a, b) that names only the owner
// of the one who speaks: in "says Kestrel's Mr. Varga" Varga speaks, not
// Kestrel. When a possessive "'s" follows the span and a person's name
// follows it (a title before the name aside), or else another name
// ("Ostra's Harbour Board said"), that name is the speaker; otherwise
// the span is returned unchanged: also when a noun goes on after the
// name ("Lind's Kestrel page said") or the owner is a paper, whose
// reporter ("according to the Ostra Globe's Ivo Kral") relays what
// others said (reportingSource). A person's tie to another person
// ("Petrov's widow") is relatedSpeaker's.
func (d *doc) ownedSpeaker(a, b int) (int, int) {
	if b+1 >= len(d.toks) || !d.possessiveAt(b) || d.toks[b].Norm != "'s" || d.toks[b+1].para != d.toks[b].para {
		return a, b
	}
	if d.publication(a, b) {
		return a, b
	}
	owned := func(mi int32) (int, int) {
		m := &d.mentions[mi]
		if n := m.b; n < len(d.toks) && d.toks[n].para == d.toks[b].para && d.toks[n].Kind == KindWord && d.toks[n].is(fLower) && !d.verbAt(n) {
			return a, b
		}
		return m.a, m.b
	}
	// A title may stand before the name ("Kestrel's Mr. Varga").
	for k := b + 1; k < len(d.toks) && k < b+4 && d.toks[k].para == d.toks[b].para; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) && d.mentions[mi].a == k {
			return owned(mi)
		}
		if t := &d.toks[k]; t.Surface != "." && (t.Kind != KindWord || !t.is(fCap)) {
			break
		}
	}
	if mi := d.mentionAt[b+1]; mi >= 0 && d.mentions[mi].a == b+1 && d.mentions[mi].kind == MentionName && d.mentions[mi].entity >= 0 {
		return owned(mi)
	}
	return a, b
}

// publication reports whether tokens [a, b) name a publication: a name
// of publications.txt or of a paper's shape (paperShaped).
func (d *doc) publication(a, b int) bool {
	ws := make([]int, 0, b-a)
	for k := a; k < b; k++ {
		if d.toks[k].Kind == KindWord {
			ws = append(ws, k)
		}
	}
	if len(ws) > 0 && d.l.pubs[strings.TrimPrefix(d.joinNorms(ws), "the ")] {
		return true
	}
	return d.paperShaped(a, b, -1)
}

// spokesWords are the nouns for who speaks for a body they are "at" or
// "with" (placedSpeaker): "a spokeswoman with the port authority said".
var spokesWords = setOfWords("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
	"spokespeople", "official", "officials", "aide", "aides", "staffer", "staffers", "representative",
	"representatives", "source", "sources", "officer", "officers", "lawyer", "lawyers", "attorney", "attorneys")

// linkPrepositions join the noun phrases of a speaker's description
// that placedSpeaker walks back over ("a friend of hers at Kestrel",
// "Lind in an interview with WKLM").
var linkPrepositions = setOfWords("at", "with", "to", "in", "of", "for", "from")

// placedSpeaker corrects a speaker span [a, b) read from a name that is
// where the speaker is or whom they spoke with or serve: the name
// follows "at", "with" or "to" (a "the" between aside), not "according
// to", and not a spokesperson, aide, official or lawyer "at" or "with"
// a body, who speak for it. The speaker is then a person's name set off
// by commas right after the span ("the envoy to the UN, Ana Lind,
// said"), else the description before the preposition, walked back over
// at most three noun phrases: a person's name in it before any
// preposition ("Lind in an interview with WKLM said") or set off before
// it ("Ana Lind, a fellow at the Ostra Institute, said"), else the
// description itself when it opens the sentence or a clause, no one
// named ("a friend of hers at Kestrel says"), else the span as it is, no
// one named (placed is true in both).
// "With Lind saying" and "with Lind, who said" are Lind's, and any other
// span is returned unchanged.
func (d *doc) placedSpeaker(a, b int) (int, int, bool) {
	if a <= 0 || a >= len(d.toks) {
		return a, b, false
	}
	if mi := d.mentionAt[a]; mi < 0 || d.mentions[mi].kind != MentionName || d.mentions[mi].entity < 0 {
		return a, b, false // only a name is read as the place ("the president" is a role)
	}
	lo := d.sents[d.tokSent[a]].a
	p := a - 1
	if p > lo && d.toks[p].Norm == "the" {
		p--
	}
	if p < lo || d.toks[p].Kind != KindWord || d.toks[p].para != d.toks[a].para {
		return a, b, false
	}
	before := p - 1
	if before >= lo && (d.toks[before].Surface == "," || d.toks[before].Surface == ";") {
		before--
	}
	switch d.toks[p].Surface {
	case "at", "with":
		if before >= lo && spokesWords[d.toks[before].Norm] {
			return a, b, false
		}
	case "to":
		if before >= lo && d.toks[before].Norm == "according" {
			return a, b, false
		}
	default:
		return a, b, false
	}
	if b < len(d.toks) && d.toks[b].Kind == KindWord && d.toks[b].is(fLower) && strings.HasSuffix(d.toks[b].Norm, "ing") {
		return a, b, false // "with Lind saying …": Lind speaks
	}
	if b+1 < len(d.toks) && d.toks[b].Surface == "," && d.toks[b+1].Norm == "who" {
		return a, b, false // "an exchange with Lind, who said": Lind speaks
	}
	if b+1 < len(d.toks) && d.toks[b].Surface == "," {
		if mi := d.mentionAt[b+1]; mi >= 0 && d.personNameAt(b+1, d.mentions[mi].b) {
			return b + 1, d.mentions[mi].b, false
		}
	}
	start := a
	for range 3 {
		k := start - 1
		if k > lo && d.toks[k].Norm == "the" {
			k--
		}
		if k <= lo || d.toks[k].Kind != KindWord || !d.toks[k].is(fLower) || !linkPrepositions[d.toks[k].Norm] {
			break
		}
		x, _ := d.npBackward(k-1, lo)
		if x < 0 && ownPronouns[d.toks[k-1].Norm] {
			x = k - 1 // "a friend of hers at Kestrel"
		}
		if x < 0 {
			break
		}
		start = x
	}
	for k := start; k < a; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].a == k && d.personNameAt(k, d.mentions[mi].b) {
			return k, d.mentions[mi].b, false
		}
		if t := &d.toks[k]; t.Kind == KindWord && t.is(fLower) && linkPrepositions[t.Norm] {
			break // "an official traveling with Lind to Ostra": not Lind
		}
	}
	if start < a && start-2 >= lo && d.toks[start-1].Surface == "," {
		// "Ivo Kral, a fellow at the Ostra Institute, said": the person
		// the description is set off after.
		if mi := d.mentionAt[start-2]; mi >= 0 && d.mentions[mi].b == start-1 && d.personNameAt(d.mentions[mi].a, start-1) {
			return d.mentions[mi].a, start - 1, false
		}
	}
	if start < a && (start == lo || d.toks[start-1].Kind == KindPunct || andButOr[d.toks[start-1].Norm]) {
		return start, b, true
	}
	return a, b, true
}

// pronounOfNoPerson reports whether the speaker span [a, b) is a lone
// "he", "she", "him" or "her" read as entity e that is no person: a
// body or a place is no he or she.
func (d *doc) pronounOfNoPerson(a, b, e int) bool {
	if b != a+1 || e < 0 || e >= len(d.ents) {
		return false
	}
	switch d.toks[a].Norm {
	case "he", "she", "him", "her":
		return d.ents[e].etype != Person
	}
	return false
}

// andButOr are the conjunctions that may open a clause before its
// subject ("And a friend of hers at Kestrel says").
var andButOr = setOfWords("and", "but", "or")

// ownPronouns stand alone after "of" in a speaker's description ("a
// friend of hers").
var ownPronouns = setOfWords("hers", "his", "theirs", "ours", "mine", "yours")

// placeAfterName cuts a speaker span [a, b) that runs on from a person's
// name over "in" or "from" and a place to the place's end: in "CNN
// iReporter Ana Lind in Ostra, Ohio, said" the speaker is named up to
// "Lind"; where she is is no part of her name. The place is a place's
// mention, or capitalised words that are no person's and stand before a
// known place set off by commas. Other spans are returned unchanged.
func (d *doc) placeAfterName(a, b int) (int, int) {
	for k := a; k < b; k++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := &d.mentions[mi]
		if m.a != k || m.kind != MentionName || !d.personMention(mi) || m.b+1 >= b {
			k = max(k, m.b-1)
			continue
		}
		if n := d.toks[m.b].Norm; n != "in" && n != "from" {
			return a, b
		}
		p := m.b + 1
		if d.toks[p].Norm == "the" {
			p++
		}
		if p < b && d.placeMention(p) && d.mentions[d.mentionAt[p]].b == b {
			return a, m.b
		}
		if p+1 == b && d.mentionAt[p] >= 0 && d.townAfterIn(m.b, d.mentionAt[p]) {
			return a, m.b // "Ana Lind in Varnemark said": a town the lists lack
		}
		// "in Ostra, Ohio, said": a town the lists lack, set off by the
		// known place it lies in.
		for q := p; q < b; q++ {
			if !d.capWord(q) || d.mentionAt[q] >= 0 && d.personMention(d.mentionAt[q]) {
				return a, b
			}
		}
		if p < b && d.placeAfterComma(b) {
			return a, m.b
		}
		return a, b
	}
	return a, b
}

// asidePrepositions open a short phrase between a speaker's name and the
// verb that tells where or how the words were said ("Voss in an
// interview said", "Lind at a rally said").
var asidePrepositions = setOfWords("in", "at", "during")

// nameBeforeAside returns the span of a person's name that ends right
// before a lower-case "in", "at" or "during" opening the noun phrase
// [a, b) read as a verb's subject: in "Carl Voss in an interview said"
// and "Ana Lind in Ostra said" (a town the lists lack) Voss and Lind
// speak. The phrase is at most five tokens, all words, none a person's
// mention but a lone word guessed a person after "in" (townAfterIn).
// Else -1, -1. Cost: at most five tokens and the walk of opensSubject
// back to the clause's start, for each verb subjectBefore reads.
func (d *doc) nameBeforeAside(a, b, lo int) (int, int) {
	p := a - 1
	if a < 0 || b-a > 5 || p-1 < lo {
		return -1, -1
	}
	if t := &d.toks[p]; t.Kind != KindWord || !t.is(fLower) || !asidePrepositions[t.Norm] {
		return -1, -1
	}
	for k := a; k < b; k++ {
		if d.toks[k].Kind != KindWord || d.toks[k].para != d.toks[p].para {
			return -1, -1
		}
		if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) && !d.townAfterIn(p, mi) {
			return -1, -1
		}
	}
	mi := d.mentionAt[p-1]
	if mi < 0 || d.mentions[mi].b != p || !d.personNameAt(d.mentions[mi].a, p) || d.mentions[mi].a < lo ||
		!d.opensSubject(d.mentions[mi].a, lo) {
		return -1, -1
	}
	return d.mentions[mi].a, p
}

// opensSubject reports whether the name starting at token a opens its
// clause, titles before it aside: walking back over capitalised words,
// "of", a possessive and lower-case titles or ties ("White House press
// secretary", "Bush's Secretary of State"), the sentence's start,
// punctuation or "and"/"but"/"or" is reached. A name after a
// preposition, a determiner or a verb ("next to Lund during the
// meeting", "with the bank's boss Lund during the crisis") is no
// subject.
func (d *doc) opensSubject(a, lo int) bool {
	k := a - 1
	for k >= lo {
		t := &d.toks[k]
		switch {
		case t.Kind == KindPunct:
			return true
		case t.Kind != KindWord:
			return false
		case andButOr[t.Norm] && t.is(fLower):
			return true
		case t.is(fCap) && !t.Stop, t.Norm == "of", d.possessiveAt(k),
			t.is(fLower) && (d.l.titles[t.Norm] || relationNouns[t.Norm]):
			k--
		default:
			return false
		}
	}
	return true
}

// townAfterIn reports whether person mention mi right after the "in" at
// token p is a lone capitalised word the text only guessed a person, not
// a given name: in "Ana Lind in Varnemark said" a town the lists lack.
func (d *doc) townAfterIn(p int, mi int32) bool {
	m := &d.mentions[mi]
	return d.toks[p].Norm == "in" && m.a == p+1 && m.b == m.a+1 && !m.typed && m.kind == MentionName &&
		!d.givenName(d.toks[m.a].Surface)
}
