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
// the words from token k on are one to three lower-case words (up to
// maxRoleWords when the last is a role noun) and then a person's name:
// in "Lund campaign counsel Brad Dorsey" the counsel is named and
// speaks; Lund only tells whose campaign it is.
func (d *doc) namedHeadAfter(k, b int) bool {
	j := k
	for j < b && j < k+maxRoleWords {
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
	if j == k || j >= b || j-k > 3 && !d.relationNoun(j-1) {
		// More than three words only when a role noun ends them
		// ("Lund campaign senior policy adviser Brad Dorsey").
		return false
	}
	mi := d.mentionAt[j]
	return mi >= 0 && d.personMention(mi) && d.mentions[mi].kind == MentionName && d.mentions[mi].a == j && d.mentions[mi].b <= b
}

// maxRoleWords bounds the lower-case role words namedHeadAfter reads
// between two names; past three, the last must be a role noun.
const maxRoleWords = 5

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

// pastOpenerClause returns the token after the comma that closes a
// clause of time or cause opening at token k, after a leading word and
// its comma ("Similarly, when Sen. Ruiz asked Lund if …, Lund said"):
// the one who asks in the clause is not the subject of the main one. It
// returns k when toks[k] opens no such clause or no comma closes it
// within 30 tokens.
func (d *doc) pastOpenerClause(k, hi int) int {
	if k >= hi || d.toks[k].Kind != KindWord || !d.toks[k].is(fLower) || !clauseOpeners[d.toks[k].Norm] {
		return k
	}
	for j := k + 1; j < hi && j < k+30; j++ {
		if strings.ContainsAny(d.toks[j].Surface, "\"\u201c\u201d") {
			return k // a quotation before any comma: no clause of the writer's
		}
		if d.toks[j].Surface == "," {
			if j+1 < hi {
				return j + 1
			}
			return k
		}
	}
	return k
}

// enactedNouns are the writings whose words are their own, not those of
// a person named with them: a law signed, a report or an indictment
// filed ("the bill Lund backed says …").
var enactedNouns = setOfWords("act", "bill", "law", "legislation", "measure", "resolution", "amendment",
	"indictment", "report", "filing", "complaint", "lawsuit", "suit", "motion", "ruling", "order",
	"treaty", "agreement", "document", "documents", "article", "articles", "transcript", "memo", "summary")

// documentHead reports whether the speaker phrase toks[a:b] is a
// determiner, a lower-case noun of enactedNouns and then a person's name
// ("The act Lund signed", "the report Ruiz wrote"): the name tells who
// signed or wrote it, and the words quoted are the document's.
func (d *doc) documentHead(a, b int) bool {
	if b-a < 3 || !isDeterminer(d.toks[a].Norm) {
		return false
	}
	n := &d.toks[a+1]
	if n.Kind != KindWord || !n.is(fLower) || !enactedNouns[n.Norm] {
		return false
	}
	mi := d.mentionAt[a+2]
	return mi >= 0 && d.mentions[mi].a == a+2 && d.personMention(mi)
}

// titleThe reports whether the "The" at token k is capitalised inside a
// sentence, after a word ("According to The American Conservative"):
// the first word of a publication's title, not "the Ohio Republican"
// describing a person.
func (d *doc) titleThe(k int) bool {
	if k <= 0 || d.toks[k].Surface != "The" || d.toks[k-1].para != d.toks[k].para {
		return false
	}
	return d.tokSent[k-1] == d.tokSent[k] && d.toks[k-1].Kind == KindWord
}

// nameAfterOwner returns the span of two or three capitalised words that
// follow a possessive "'s" at token k ("Gateway Post's Ivo Lund"): a
// person the text may not have made a mention of, who belongs to the
// organisation before; else -1, -1.
func (d *doc) nameAfterOwner(k, hi int) (int, int) {
	if k >= hi || d.toks[k].Norm != "'s" {
		return -1, -1
	}
	a, b := k+1, k+1
	for b < hi && b-a < 3 && d.toks[b].Kind == KindWord && d.toks[b].is(fCap) && d.toks[b].para == d.toks[k].para {
		b++
	}
	if b-a < 2 || b < hi && d.toks[b].Kind == KindWord && d.toks[b].is(fCap) {
		return -1, -1
	}
	if mi := d.mentionAt[a]; mi >= 0 && !d.personMention(mi) {
		return -1, -1
	}
	return a, b
}
