package nlp

import "strings"

// itNouns are the singular nouns of a writing or a body that a bare "it"
// after them stands for: "The statement said …. It said the strikes were
// \"…\"", "The network issued a statement. \"…,\" it said".
var itNouns = setOfWords("statement", "report", "memo", "memorandum", "letter", "email", "e-mail", "lawsuit", "suit",
	"complaint", "filing", "order", "ad", "advertisement", "study", "survey", "poll", "review", "audit", "analysis",
	"newspaper", "paper", "network", "magazine", "website", "site", "agency", "committee", "panel", "company",
	"firm", "group", "campaign", "document", "editorial", "article", "release", "resolution", "indictment",
	"petition", "note", "message", "notice", "motion", "brief", "ruling", "opinion", "decision", "dossier",
	"bill", "platform", "post", "tweet", "book", "video", "policy", "plan", "proposal", "guidance", "findings",
	"organization", "organisation", "union", "association", "council", "board", "commission", "ministry",
	"department", "office", "court", "government", "administration", "embassy", "party", "outlet", "station",
	"daily", "publication", "blog", "column", "transcript", "summary", "warrant", "affidavit",
	"pamphlet", "leaflet", "flyer", "mailer", "manifesto", "charter", "law", "regulation", "rule", "directive")

// bodyPronoun resolves a bare "it" or "they" that speaks (`It said …`,
// `"…," it added`) to what the writer's sentence just before made the
// subject: a body by name ("AIPAC expressed …. It said …", entity
// returned) or, for "it", a writing or body the text leaves unnamed ("The
// memo says …. It says …", "The network issued a statement. \"…,\" it
// said", its span returned, or the body named after "from" or "by": "A
// report from Politico said …. It argued" is Politico's). For "they" only
// an unnamed speaker carried from the quotation before is read (see
// carriedUnnamed). The sentence read is the pronoun's own sentence before
// it, else the nearest one before in the same or the previous paragraph
// with words of the writer's; a person as that subject, or a subject that
// fits no rule, gives nothing: no speaker is better than a wrong one. It
// returns the entity (or -1) and the span of the unnamed speaker (or -1,
// -1).
func (d *doc) bodyPronoun(pos int, prev *quoteWork, inQuote []bool) (int, int, int) {
	word := d.toks[pos].Norm
	if word == "they" {
		if a, b := d.carriedUnnamed(pos, prev, inQuote); a >= 0 {
			return -1, a, b
		}
		return -1, -1, -1
	}
	if word != "it" {
		return -1, -1, -1
	}
	si := int(d.tokSent[pos])
	read := 0
	for s := si; s >= 0 && read < 4; s-- {
		st := d.sents[s]
		if st.para == TitlePara || d.toks[pos].para-st.para > 1 || d.toks[pos].para < st.para {
			break
		}
		lo, hi := st.a, st.b
		if s == si {
			hi = pos
		}
		for lo < hi && (d.toks[lo].Kind == KindPunct && !inQuote[lo]) {
			lo++
		}
		if lo >= hi || inQuote[lo] {
			// A sentence opening with a quotation: its speaker is the
			// quotation's, read by continuedBody; the writer's
			// sentence before it is too far.
			if s == si {
				continue
			}
			return -1, -1, -1
		}
		for k := lo; k < hi; k++ {
			if inQuote[k] {
				hi = k
				break
			}
		}
		a, b := d.clauseSubject(lo, hi)
		if a < 0 || b <= a || b > hi {
			if s == si {
				continue
			}
			return -1, -1, -1
		}
		read++
		if b-a == 1 && d.toks[a].Norm == "it" {
			// "It said …. It said …": the same "it" goes on.
			continue
		}
		if ta, tb := d.trailingWriting(b, hi); ta >= 0 {
			// "An internal audit found …, the affidavit says. \"…,\" it
			// says": the writing that tells the sentence.
			return -1, ta, tb
		}
		if !d.subjectVerbAfter(b, hi) || d.possessiveAt(b) {
			return -1, -1, -1
		}
		from, own := b, -1
		if mi := d.mentionAt[b-1]; mi >= 0 {
			own = d.mentions[mi].entity
		}
		if b+1 < hi && (d.toks[b].Norm == "from" || d.toks[b].Norm == "by") {
			// "A report from the Harbour Institute": the body the
			// writing is from is no other subject.
			f := b + 1
			if d.toks[f].Norm == "the" && f+1 < hi {
				f++
			}
			if mi := d.mentionAt[f]; mi >= 0 {
				from, own = d.mentions[mi].b, d.mentions[mi].entity
			}
		}
		if d.otherSubjectBetween(from, pos, own, inQuote) {
			return -1, -1, -1
		}
		mi := d.mentionAt[a]
		if mi < 0 && d.toks[a].Norm == "the" && a+1 < b {
			mi = d.mentionAt[a+1] // "The Quay Workers Guild"
		}
		if mi >= 0 {
			m := &d.mentions[mi]
			if m.entity < 0 || m.b != b || d.possessor(mi) {
				return -1, -1, -1
			}
			if t := d.ents[m.entity].etype; t == Org || t == Place && !d.placeModifier(m.a) && d.saysAfter(b, hi) {
				return m.entity, -1, -1
			}
			return -1, -1, -1
		}
		if d.toks[a].Norm == "the" && b-a == 2 || b-a >= 2 && isDeterminer(d.toks[a].Norm) {
			// "The statement", "The Friday letter", "A report"; no name
			// inside.
			if d.nameIn(a, b) {
				return -1, -1, -1
			}
			h := &d.toks[b-1]
			if !h.is(fLower) || !itNouns[h.Norm] {
				return -1, -1, -1
			}
			if b+1 < hi && (d.toks[b].Norm == "from" || d.toks[b].Norm == "by") {
				f := b + 1
				if d.toks[f].Norm == "the" && f+1 < hi {
					f++
				}
				if mi := d.mentionAt[f]; mi >= 0 && d.mentions[mi].entity >= 0 && !d.possessor(mi) {
					if d.ents[d.mentions[mi].entity].etype == Org {
						return d.mentions[mi].entity, -1, -1
					}
					return -1, -1, -1 // "a letter from Lund": the writer, not read here
				}
			}
			return -1, a, b
		}
		return -1, -1, -1
	}
	return -1, -1, -1
}

// subjectVerbAfter reports whether the subject ending at token b is
// followed, within a few words of toks[b:hi], by a lower-case verb (past
// auxiliaries, adverbs and an apposition between commas): the subject
// acts in its sentence, and is not a phrase before another subject.
func (d *doc) subjectVerbAfter(b, hi int) bool {
	k := b
	if k < hi && d.toks[k].Surface == "," {
		// "AIPAC, the lobby, said": past the apposition.
		for j := k + 1; j < hi && j < k+12; j++ {
			if d.toks[j].Surface == "," {
				k = j + 1
				break
			}
		}
	}
	if k < hi && (d.toks[k].Norm == "from" || d.toks[k].Norm == "by" || d.toks[k].Norm == "of") {
		// "A report from Politico in October said": past the
		// prepositional phrase, to a verb.
		for j := k + 1; j < hi && j < k+10; j++ {
			if t := &d.toks[j]; t.Kind == KindWord && t.is(fLower) && d.verbLike(j) {
				return true
			}
		}
		return false
	}
	for j := k; j < hi && j < k+4; j++ {
		t := &d.toks[j]
		if t.Kind != KindWord || !t.is(fLower) {
			return false
		}
		if d.verbLike(j) {
			return true
		}
		if !isAux(t) {
			return false
		}
	}
	return false
}

// carriedUnnamed returns the span of the unnamed speaker of the quotation
// before ("…," the official wrote. "…," they added: the official), when
// that quotation is whole, its speaker was read off a reporting verb
// before or after it, is a phrase with no name and no pronoun, ends in the
// pronoun's paragraph or the one before, and no person or body is named
// outside quotation marks between it and the pronoun. Else -1, -1.
func (d *doc) carriedUnnamed(pos int, prev *quoteWork, inQuote []bool) (int, int) {
	a, b := d.unnamedSpeakerBefore(pos, prev)
	if a < 0 || b <= a || b > pos || d.l.pronouns[d.toks[a].Norm] != 0 {
		return -1, -1
	}
	if mi := d.mentionAt[a]; !isDeterminer(d.toks[a].Norm) && (mi < 0 || !d.possessor(mi)) {
		return -1, -1
	}
	for k := a; k < b; k++ {
		// A name only as whose the speaker is ("Lund's lawyers").
		if mi := d.mentionAt[k]; mi >= 0 && (d.mentions[mi].etype == Person || d.mentions[mi].entity >= 0) && !d.possessor(mi) {
			return -1, -1
		}
	}
	if !d.toks[b-1].is(fLower) {
		return -1, -1
	}
	// The pronoun opens its sentence (`They also said`) or follows a
	// quotation (`"…," they added`); "what they call" deep in the
	// writer's sentence is another's.
	st := d.sents[d.tokSent[pos]]
	for k := st.a; k < pos; k++ {
		if !inQuote[k] && d.toks[k].Kind == KindWord && !(k == pos-1 && (d.toks[k].Norm == "and" || d.toks[k].Norm == "but")) {
			return -1, -1
		}
	}
	for k := max(b, prev.open); k < pos; k++ {
		if inQuote[k] {
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			if m := &d.mentions[mi]; m.entity >= 0 || m.etype == Person || m.etype == Org {
				return -1, -1
			}
		}
		if g := d.l.pronouns[d.toks[k].Norm]; g != 0 && k != pos {
			return -1, -1
		}
	}
	return a, b
}

// verbLike reports whether the lower-case word at token k reads as a
// finite verb after a subject: a verb verbAt reads ("issued"), an
// auxiliary ("has", "would") or an adverb that stands before one.
func (d *doc) verbLike(k int) bool {
	t := &d.toks[k]
	if t.Kind != KindWord || !t.is(fLower) {
		return false
	}
	if d.verbAt(k) {
		return true
	}
	switch t.Norm {
	case "has", "have", "had", "will", "would", "could", "did", "does", "is", "was", "may", "might", "can", "also", "then", "again", "later", "earlier",
		"didn", "doesn", "don", "isn", "wasn", "hasn", "haven", "hadn", "won", "wouldn", "couldn":
		return true
	}
	return len(t.Norm) > 3 && (strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "n't") || strings.HasSuffix(t.Norm, "n’t"))
}

// clauseJoiners open a second clause that may have a subject of its own.
var clauseJoiners = setOfWords("and", "but", "while", "whereas", "although", "though", ";", "because", "unless", "if")

// otherSubjectBetween reports whether, in the writer's words of
// toks[b:pos] (outside quotation marks), another clause opens with its
// own subject ("The government of Haiti demanded …, and the government of
// El Salvador lodged a protest. \"…,\" it said"), or an organisation is
// named (", from the Harbour Institute, which called out …. It cited"):
// the pronoun may stand for either, and no speaker is better than a
// wrong one. An organisation whose entity is own (the subject's) is no
// other.
func (d *doc) otherSubjectBetween(b, pos, own int, inQuote []bool) bool {
	for k := b; k < pos; k++ {
		if inQuote[k] {
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].etype == Org && (d.mentions[mi].entity < 0 || d.mentions[mi].entity != own) {
			return true
		}
		if n := d.toks[k].Norm; (n == "by" || n == "from") && d.personAfter(k+1, pos) {
			// "the letter written today by Mayor Ivo Lund. It says:":
			// the letter, Lund's or the writer's.
			return true
		}
		if !clauseJoiners[d.toks[k].Norm] || k+1 >= pos {
			continue
		}
		j := k + 1
		if mi := d.mentionAt[j]; mi >= 0 {
			j = d.mentions[mi].b
		} else if isDeterminer(d.toks[j].Norm) || d.possessiveAt(j+1) {
			if _, e := d.npForward(j, pos); e > j {
				j = e
			}
		} else {
			continue
		}
		// Past the rest of the phrase ("the government of Sudria",
		// "Lund's office") to its verb.
		for j < pos && j < k+8 && (d.possessiveAt(j) || d.mentionAt[j] >= 0 ||
			d.toks[j].Kind == KindWord && d.toks[j].is(fLower) && !d.verbLike(j) && !isAux(&d.toks[j])) {
			j++
		}
		if j < pos && (d.verbLike(j) || isAux(&d.toks[j])) {
			return true
		}
	}
	return false
}

// personAfter reports whether a person is named from token k on, past up
// to three capitalised words of a title, before hi.
func (d *doc) personAfter(k, hi int) bool {
	for j := k; j < hi && j < k+4; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			return d.mentions[mi].etype == Person
		}
		if t := &d.toks[j]; t.Kind != KindWord || !t.is(fCap) {
			if t.Surface != "." {
				return false
			}
		}
	}
	return false
}

// saysAfter reports whether a verb of saying follows the subject ending
// at token b within a few words of toks[b:hi] ("Moscow said Friday it
// …"): a place speaks as its government only so ("Iran also agreed to
// provide \"…,\" it said" is the statement's).
func (d *doc) saysAfter(b, hi int) bool {
	for j := b; j < hi && j < b+4; j++ {
		if d.verbAt(j) {
			return true
		}
		if t := &d.toks[j]; t.Kind != KindWord || !t.is(fLower) || !isAux(t) {
			return false
		}
	}
	return false
}

// trailingWriting returns the span of a writing that tells the sentence
// part toks[b:hi] at its end (", the affidavit says", ", the report
// said"): a comma, "the", at most one more word and a noun of itNouns,
// then a verb of saying that ends the part. Else -1, -1.
func (d *doc) trailingWriting(b, hi int) (int, int) {
	for k := b; k+3 < hi; k++ {
		if d.toks[k].Surface != "," || d.toks[k+1].Norm != "the" {
			continue
		}
		for h := k + 2; h < hi && h <= k+3; h++ {
			t := &d.toks[h]
			if t.Kind != KindWord || !t.is(fLower) {
				break
			}
			if itNouns[t.Norm] && h+1 < hi && d.verbAt(h+1) {
				if e := h + 2; e == hi || e+1 == hi && d.toks[e].Kind == KindPunct {
					return k + 1, h + 1
				}
			}
		}
	}
	return -1, -1
}
