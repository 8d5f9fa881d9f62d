package nlp

import "strings"

// carriedPhrase returns the speaker span of quotation prev when the he or
// she of gender g at token pos continues it and prev's speaker is a
// person the text makes no entity of: `"…," Martin Luther King III, an
// advocate for Woods, wrote. "…," he said` → "Martin Luther King III";
// `"…," a spokeswoman for the firm said. "…," she added` → "a
// spokeswoman for the firm". continuedSpeaker carries a speaker with an
// entity; without one the search for an antecedent went past the speaker
// to a person named further back. prev is a whole quotation whose
// speaker was read off a reporting verb, it ends in the same or the
// previous paragraph, its speaker reads as a person of gender g (a noun
// for a person that fits g, or a name of two or more capitalised words)
// and not of the other gender, and nothing of the writer's stands between
// the sentence of prev's verb and the pronoun's sentence, nor a person
// in the pronoun's sentence before it, nor one before the speaker in the
// sentence of prev's verb. Else -1, -1.
func (d *doc) carriedPhrase(pos int, g byte, prev *quoteWork, inQuote []bool) (int, int) {
	a, b := d.unnamedSpeakerBefore(pos, prev)
	if a < 0 || !d.personPhrase(a, b, g) {
		return -1, -1
	}
	if vs := d.sents[d.tokSent[prev.attr.verbTok]].a; len(d.personsIn(vs, a, 0, inQuote)) > 0 {
		// "Lowery tells Steve that one man told him, "…". He adds …":
		// the man speaks inside another's report; the he is the
		// reporter's.
		return -1, -1
	}
	own := d.sents[d.tokSent[pos]].a
	from := max(d.sents[d.tokSent[prev.attr.verbTok]].b, prev.close)
	for k := from; k < own; k++ {
		if !inQuote[k] && d.toks[k].Kind == KindWord {
			return -1, -1
		}
	}
	if len(d.personsIn(own, pos, 0, inQuote)) > 0 {
		return -1, -1
	}
	return a, b
}

// unnamedSpeakerBefore returns the speaker span of quotation prev when
// a pronoun at pos may carry it on (carriedUnnamed, carriedPhrase): prev
// is whole, its speaker was read off a reporting verb before or after it
// and has no entity, and prev ends in pos's paragraph or the one before.
// Else -1, -1.
func (d *doc) unnamedSpeakerBefore(pos int, prev *quoteWork) (int, int) {
	if prev == nil || prev.partial || prev.attr == nil || prev.attr.speakerA < 0 || prev.attr.entity >= 0 || prev.attr.verbTok < 0 ||
		prev.attr.via != "after" && prev.attr.via != "before" {
		return -1, -1
	}
	if gap := d.toks[pos].para - d.toks[prev.close].para; gap < 0 || gap > 1 {
		return -1, -1
	}
	return prev.attr.speakerA, prev.attr.speakerB
}

// personPhrase reports whether toks[a:b] reads as one person of gender
// g: a lower-case noun for a person that fits g ("a spokeswoman for the
// firm", "the official") and no noun of the other gender, or a name of
// two to five capitalised words with no entity ("Martin Luther King III").
func (d *doc) personPhrase(a, b int, g byte) bool {
	if b-a < 1 || b-a > 8 {
		return false
	}
	if d.l.pronouns[d.toks[a].Norm] != 0 {
		return false // "he president": a pronoun and a word, no phrase
	}
	// "the Vermont senator", "The Post's executive editor": a title
	// with "the" or an owner most often names again a person named
	// before, whom the role did not find; leave it to the search for an
	// antecedent.
	definite := d.toks[a].Norm == "the"
	for k := a; k < b; k++ {
		definite = definite || d.possessiveAt(k)
	}
	noun, name := false, b-a >= 2 && b-a <= 5
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.Kind != KindWord {
			name = name && t.Surface == "."
			continue
		}
		if t.is(fLower) {
			name = false
			if pg := personNouns[t.Norm]; pg != 0 && pg != g || otherGenderNoun(t.Norm, g) {
				return false
			}
			if definite && (d.l.titles[t.Norm] || relationNouns[t.Norm]) {
				return false
			}
			if d.personNoun(t.Norm, g) {
				noun = true
			}
		}
	}
	return noun || name
}

// otherGenderNoun reports whether a word for a person ends in "woman"
// for a he or in "man" for a she ("spokeswoman", "chairman").
func otherGenderNoun(norm string, g byte) bool {
	if strings.HasSuffix(norm, "woman") || strings.HasSuffix(norm, "women") {
		return g == 'm'
	}
	return g == 'f' && strings.HasSuffix(norm, "man") && norm != "human"
}

// unlistedNameSubject returns the span of the name that opens the
// sentence part toks[lo:hi] as the subject of a reporting verb when the
// text makes no entity of it: capitalised words (initials with their
// dots among them, "A.N.S. Ahmed"), no mention among them, set off by an
// apposition that opens with "a", "an" or "the" and names one person of
// gender g ("a well-known sociologist in India"; see appositionPerson),
// and the reporting verb right after its closing comma. Else -1, -1.
// Cost: at most some twenty tokens read, for each sentence with no
// person in it that antecedentOf steps back over for a he or she.
func (d *doc) unlistedNameSubject(lo, hi int, g byte, inQuote []bool) (int, int) {
	k := lo
	for k < hi && d.toks[k].Kind != KindWord && d.toks[k].Surface != "." {
		k++
	}
	a := k
	for k < hi && k-a < 8 && !inQuote[k] && d.mentionAt[k] < 0 &&
		(d.toks[k].Kind == KindWord && d.toks[k].is(fCap) || d.toks[k].Surface == "." && k > a) {
		k++
	}
	b := k
	for b > a && d.toks[b-1].Surface == "." {
		b--
	}
	if b-a < 2 || k >= hi || d.toks[k].Surface != "," || !d.capWord(b-1) {
		return -1, -1
	}
	for j := a; j < b; j++ {
		if d.toks[j].Stop {
			return -1, -1 // "The Chief, …": no name
		}
	}
	c := k + 1
	for c < hi && c-k <= 12 && d.toks[c].Surface != "," && !inQuote[c] {
		c++
	}
	if c >= hi || d.toks[c].Surface != "," || !d.appositionPerson(k+1, c, g) {
		return -1, -1
	}
	v := c + 1
	if v >= hi || !d.reportingVerb(v) || !d.verbAt(v) {
		return -1, -1
	}
	return a, b
}

// surnameEntity returns the person entity that the text names elsewhere
// by the word at token k alone, as written ("Jackson" for the "E.W.
// Jackson" the text makes no mention of), when exactly one entity has
// such a mention; else -1. It walks the article's mentions once.
func (d *doc) surnameEntity(k int) int {
	e := -1
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != MentionName || m.entity < 0 || m.b != m.a+1 || m.entity == e ||
			d.toks[m.a].Surface != d.toks[k].Surface || !d.personMention(int32(mi)) {
			continue
		}
		if e >= 0 {
			return -1 // two persons of that surname
		}
		e = m.entity
	}
	return e
}

// appositionPerson reports whether toks[a:b] opens with "a", "an" or
// "the" and names one person of gender g by a lower-case noun: a title,
// a tie or a common noun for a person (personNoun), or a singular noun
// of a calling in -ist or -ian ("sociologist", "historian"); no noun of
// the other gender and no name of a person.
func (d *doc) appositionPerson(a, b int, g byte) bool {
	if a >= b || d.toks[a].Norm != "a" && d.toks[a].Norm != "an" && d.toks[a].Norm != "the" {
		return false
	}
	noun := false
	for k := a + 1; k < b; k++ {
		t := &d.toks[k]
		if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) {
			return false
		}
		if t.Kind != KindWord || !t.is(fLower) {
			continue
		}
		if isPreposition(t.Norm) {
			break // "a sociologist in India": the head is before
		}
		if pg := personNouns[t.Norm]; pg != 0 && pg != g || otherGenderNoun(t.Norm, g) {
			return false
		}
		if d.personNoun(t.Norm, g) || strings.HasSuffix(t.Norm, "ist") || strings.HasSuffix(t.Norm, "ian") {
			noun = true
		}
	}
	return noun
}
