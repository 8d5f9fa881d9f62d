package nlp

import "strings"

// closeTies are the words that, with the preposition they take, tie an
// unnamed source to a person without making the source that person: "a
// source close to Lund", "people familiar with Ruiz's thinking", "a
// senator allied with Lund". The person after them is whom the source
// is near, not who speaks.
var closeTies = map[string]string{
	"close": "to", "closer": "to", "loyal": "to", "friendly": "to",
	"familiar": "with", "allied": "with", "aligned": "with",
}

// closeTieIn returns the index of the tie word of closeTies in the
// speaker phrase toks[a:b] when a person is named after its preposition
// and no person before it ("a source close to Sen. Ivo Lund"), else -1.
func (d *doc) closeTieIn(a, b int) int {
	for k := a + 1; k+2 < b; k++ {
		if mi := d.mentionAt[k-1]; mi >= 0 && d.personMention(mi) {
			return -1 // "Lund, close to tears," is Lund
		}
		t := &d.toks[k]
		if t.Kind != KindWord || !t.is(fLower) || closeTies[t.Norm] == "" || d.toks[k+1].Norm != closeTies[t.Norm] {
			continue
		}
		for j := k + 2; j < b; j++ {
			if mi := d.mentionAt[j]; mi >= 0 && d.personMention(mi) {
				return k
			}
		}
		return -1
	}
	return -1
}

// closeSubject widens the subject toks[a:b] found before a verb of
// saying when it is a person named after a tie of closeTies ("One GOP
// lawmaker close to House Leader Ivo Lund said", "a person familiar
// with Lund's thinking said"): the unnamed source before the tie speaks,
// not the person. Titles and capitalised words between the preposition
// and the name are skipped as roleSpeaker skips them. It returns the
// subject unchanged when no such tie stands before it.
func (d *doc) closeSubject(a, b, lo int) (int, int) {
	p := d.beforeTitle(a, lo)
	if p-2 < lo || d.toks[p].para != d.toks[a].para || !d.toks[p].is(fLower) {
		return a, b
	}
	tie := &d.toks[p-1]
	if tie.Kind != KindWord || !tie.is(fLower) || closeTies[tie.Norm] == "" || closeTies[tie.Norm] != d.toks[p].Norm {
		return a, b
	}
	r, _ := d.npBackward(p-2, lo)
	if r < 0 || d.toks[r].para != d.toks[a].para {
		return a, b
	}
	if r-1 >= lo && isDeterminer(d.toks[r-1].Norm) && d.toks[r-1].para == d.toks[a].para {
		r-- // "One GOP senator": the count opens the phrase
	}
	for k := r; k < p-1; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) {
			return a, b // "Ivo Lund, close to tears, said" has its speaker
		}
	}
	return r, b
}

// namedHeadAfter reports whether, in the speaker phrase ending before b,
// the words from token k on are one to three lower-case words and then a
// person's name: in "Lund campaign counsel Brad Dorsey" the counsel is
// named and speaks; Lund only tells whose campaign it is.
func (d *doc) namedHeadAfter(k, b int) bool {
	j := k
	for j < b && j < k+3 {
		t := &d.toks[j]
		if t.Kind != KindWord || !t.is(fLower) || t.Stop || d.verbAt(j) || d.l.pronouns[t.Norm] != 0 {
			break
		}
		if (strings.HasSuffix(t.Norm, "ly") || strings.HasSuffix(t.Norm, "ed")) && !relationNouns[t.Norm] || t.Norm == "quotes" {
			// "Nunes effectively revived Ruiz's …", "Lund quoted Ruiz":
			// a verb or an adverb, not a role between two names.
			return false
		}
		j++
	}
	if j == k || j >= b {
		return false
	}
	mi := d.mentionAt[j]
	return mi >= 0 && d.personMention(mi) && d.mentions[mi].kind == MentionName && d.mentions[mi].a == j && d.mentions[mi].b <= b
}

// namedAfterTie reads, after a verb of saying, a person named right
// after the person mention [a, b) with a role or tie between them ("said
// Lund spokesman Ivo Kray", "said Lund backer Mark Ruiz"): the one named
// after the role speaks, the first person only tells whose side he is
// on, as namedHeadAfter reads it before the verb. It returns the second
// name's span (ending by e), or -1, -1.
func (d *doc) namedAfterTie(a, b, e int) (int, int) {
	mi := d.mentionAt[a]
	if mi < 0 || !d.personMention(mi) || d.mentions[mi].a != a || d.mentions[mi].b != b || b >= e || !d.namedHeadAfter(b, e) {
		return -1, -1
	}
	for j := b; j < e; j++ {
		if mj := d.mentionAt[j]; mj >= 0 {
			return j, min(d.mentions[mj].b, e)
		}
	}
	return -1, -1
}

// continuedBody returns the organisation that speaks the quotation prev
// when an "it" at token pos goes on with its words: `"…," the institute
// said. But it added: "…"`. prev is a whole quotation whose speaker, an
// organisation, was read off a verb of saying before or after it; it
// ends in the pronoun's paragraph or the one before; and no other person
// or body is named outside quotation marks between prev's speaker and the
// pronoun. Otherwise -1.
func (d *doc) continuedBody(pos int, prev *quoteWork, inQuote []bool) int {
	if prev == nil || prev.partial || prev.attr == nil || prev.attr.speakerA < 0 || prev.attr.entity < 0 || prev.attr.verbTok < 0 ||
		prev.attr.via != "after" && prev.attr.via != "before" {
		return -1
	}
	e := prev.attr.entity
	if d.ents[e].etype != Org {
		return -1
	}
	if gap := d.toks[pos].para - d.toks[prev.close].para; gap < 0 || gap > 1 {
		return -1
	}
	for k := max(prev.attr.speakerB, prev.open); k < pos; k++ {
		if inQuote[k] {
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].entity != e {
			if m := &d.mentions[mi]; m.entity >= 0 || m.etype == Person || m.etype == Org {
				return -1
			}
		}
	}
	return e
}
