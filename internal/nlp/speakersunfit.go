package nlp

import "strings"

// Phrases that read as a verb's subject but cannot speak: the object of a
// preposition ("during the harbour crisis", "with Ivo Lund in
// Varnemark"), a place, and a common noun phrase with no noun for a
// person or a body ("the harbour").

// afterPreposition reports whether the phrase starting at token a follows
// a lower-case preposition in its paragraph (or "the" after one): it is
// the preposition's object, no verb's subject.
func (d *doc) afterPreposition(a int) bool {
	p := a - 1
	if p < 0 || d.toks[p].para != d.toks[a].para {
		return false
	}
	if d.toks[p].Norm == "the" && p > 0 && d.toks[p-1].para == d.toks[a].para {
		p--
	}
	t := &d.toks[p]
	return t.Kind == KindWord && t.is(fLower) && (isPreposition(t.Norm) || asidePrepositions[t.Norm])
}

// unfitSpeaker reports whether toks[a:b] names no one who can speak: a
// place's mention, or a phrase with no mention and no pronoun none of
// whose words is a noun for a person ("judge", "officials", "another
// source familiar with the situation") or for a body ("council"). Cost:
// the phrase's tokens.
func (d *doc) unfitSpeaker(a, b int) bool {
	if a < 0 || b <= a {
		return false
	}
	if d.placeMention(a) && d.mentions[d.mentionAt[a]].b >= b {
		return true
	}
	for k := a; k < b; k++ {
		if d.mentionAt[k] >= 0 || d.l.pronouns[d.toks[k].Norm] != 0 {
			return false
		}
	}
	for k := a; k < b; k++ {
		w := d.toks[k].Norm
		one := strings.TrimSuffix(w, "s")
		if d.personNoun(w, 0) || d.personNoun(one, 0) || d.l.titles[one] || d.l.orgSuffixes[w] || d.l.orgSuffixes[one] {
			return false
		}
	}
	return true
}
