package nlp

import "strings"

// Speakers a quotation cannot have: a section heading in quotation marks
// given the speaker of the paragraph above it, and a "she" given a person
// the article has called "he" (or the reverse).

// headingQuote reports whether quotation q fills its paragraph alone and
// ends with no stop inside its marks: a section's heading in quotation
// marks ("'Some words of a speaker'"), whose speaker the section below
// names, not the paragraph above.
func (d *doc) headingQuote(q *quoteWork) bool {
	if len(q.raw.parts) != 1 || !q.raw.parts[0].closed || !d.paragraphStart(q.open) {
		return false
	}
	p := d.toks[q.open].para
	if p < 0 || d.paras[p][1]-1 != q.close {
		return false
	}
	last := q.close - 1
	if last <= q.open {
		return false
	}
	switch d.toks[last].Surface {
	case ".", "!", "?", ",", ";", ":", "…":
		return false
	}
	return q.close-q.open <= 16
}

// otherPronounBefore reports whether entity e, whose gender no name or
// title tells, was referred to before token pos by a he or she of the
// other gender than g: a person already called "he" is not the "she"
// who speaks later.
func (d *doc) otherPronounBefore(e, pos int, g byte) bool {
	if e < 0 || e >= len(d.ents) || d.ents[e].gender != 0 || g != 'm' && g != 'f' {
		return false
	}
	for _, mi := range d.ents[e].mentions {
		m := &d.mentions[mi]
		if m.kind != MentionPronoun || m.a >= pos || m.b-m.a != 1 {
			continue
		}
		if pg := d.l.pronouns[d.toks[m.a].Norm]; (pg == 'm' || pg == 'f') && pg != g {
			return true
		}
	}
	return false
}

// fittingNear returns the person of gender g (as the text shows it) who
// is the subject of the sentence before the one of token pos, outside
// quotation marks ("House Speaker Ana Ruiz said …. Lund "…," she
// said"); or -1.
func (d *doc) fittingNear(pos int, g byte, inQuote []bool) int {
	si := int(d.tokSent[pos])
	if si < 1 {
		return -1
	}
	s := d.sents[si-1]
	a, b := d.clauseSubject(s.a, s.b)
	if a < 0 {
		return -1
	}
	for k := a; k < b; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || inQuote[k] {
			continue
		}
		m := &d.mentions[mi]
		if m.entity >= 0 && !m.weak && d.ents[m.entity].etype == Person && d.ents[m.entity].gender == g {
			return m.entity
		}
	}
	return -1
}

// objectOnlyPronouns are pronouns that stand only as an object: "Lund
// told me" makes no speaker of "me".
var objectOnlyPronouns = map[string]bool{"me": true, "us": true, "him": true, "them": true}

// junkSpeaker reports whether the speaker phrase toks[a:b], linked to no
// entity, is no phrase that can name who speaks: a lone object pronoun
// ("…," Lund told me), a lone lower-case -ing word or preposition taken
// from a lead-in ("Lund listed her concerns, including:"), or a phrase
// that opens with a capitalised "Said" (a list item whose verb heads it:
// "Said Russia had meddled …"). No speaker is better than a wrong one.
func (d *doc) junkSpeaker(a, b int) bool {
	if a < 0 || b <= a {
		return false
	}
	if mi := d.mentionAt[a]; mi >= 0 && d.mentions[mi].b == b && d.mentions[mi].entity >= 0 && d.ents[d.mentions[mi].entity].etype == Person {
		return false
	}
	t := &d.toks[a]
	if t.Surface == "Said" {
		return true
	}
	if b-a != 1 || t.Kind != KindWord || !t.is(fLower) {
		return false
	}
	return objectOnlyPronouns[t.Norm] || isPreposition(t.Norm) || strings.HasSuffix(t.Norm, "ing") && len(t.Norm) > 5
}
