package nlp

import (
	"strings"
	"unicode"
)

// attribution is who a quotation is attributed to.
type attribution struct {
	speakerA, speakerB int // token range of the speaker mention, or -1
	entity             int // entity index, or -1
	verbTok            int // attribution verb token, or -1
	via                string
}

// isAux reports auxiliaries and adverbs that may stand between a subject
// and its verb: "has repeatedly warned", "later said".
func isAux(t *tok) bool {
	if auxVerbs[t.Norm] {
		return true
	}
	switch t.Norm {
	case "also", "later", "then", "again", "still", "once", "never", "not", "already", "too", "first", "just", "now",
		"recently", "previously", "earlier", "further", "often", "always", "simply", "since", "publicly", "privately",
		"separately", "repeatedly", "reportedly", "allegedly", "clearly", "quickly":
		return true
	}
	return t.Kind == KindWord && t.is(fLower) && strings.HasSuffix(t.Norm, "ly") && len(t.Norm) > 4 && !lyNouns[t.Norm]
}

// auxVerbs are the auxiliaries and modals that open a clause's verb
// ("has said", "would not", "did tell").
var auxVerbs = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "can": true, "did": true, "does": true, "do": true}

// lyNouns are words ending in -ly that are nouns or verbs, not adverbs:
// "the family said" has "family" for its speaker.
var lyNouns = map[string]bool{"family": true, "rally": true, "assembly": true, "supply": true, "reply": true,
	"anomaly": true, "monopoly": true, "bully": true, "tally": true, "folly": true, "belly": true, "jelly": true,
	"apply": true, "comply": true, "imply": true, "multiply": true, "butterfly": true, "homily": true}

func isBe(norm string) bool {
	switch norm {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// isDeterminer reports words that start a noun phrase.
func isDeterminer(norm string) bool {
	switch norm {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "another", "one", "some", "many", "several", "two", "three":
		return true
	}
	return false
}

// verbAt reports whether token k is an attribution verb.
func (d *doc) verbAt(k int) bool {
	t := &d.toks[k]
	if t.Kind != KindWord || !d.l.verbs[t.Norm] || t.Norm == "according" {
		return false
	}
	if !t.is(fLower) && !(t.is(fCap) && d.initialPos(k)) {
		return false
	}
	// After a determiner the word is a noun: "his claims", "a warning".
	if k > 0 && d.toks[k-1].para == t.para {
		if p := d.toks[k-1].Norm; p == "'s" || (isDeterminer(p) && p != "that" && p != "one" && p != "two" && p != "three") {
			return false
		}
		// "a phone call", "the conference calls": "call" after a word
		// for the kind of call is a noun, and the word before it no
		// speaker.
		if (t.Norm == "call" || t.Norm == "calls") && callKinds[d.toks[k-1].Norm] {
			return false
		}
		// After a preposition a plain form is a noun too: "following
		// reports of the call", "amid claims", "in remarks"; "by saying"
		// and "after warning" still report speech.
		if nounPrepositions[d.toks[k-1].Norm] && !strings.HasSuffix(t.Norm, "ing") && !strings.HasSuffix(t.Norm, "ed") {
			return false
		}
	}
	// "began coming forward": a verb of phase before a gerund tells no
	// speech; "she began, “…”" and "began her testimony by saying" do.
	if phaseVerbs[t.Norm] && k+1 < len(d.toks) && d.toks[k+1].para == t.para && d.toks[k+1].is(fLower) && strings.HasSuffix(d.toks[k+1].Norm, "ing") {
		return false
	}
	return true
}

// callKinds are the words that make "call" a noun: "a phone call",
// "a conference call", "a 911 call".
var callKinds = setOfWords("phone", "telephone", "conference", "video", "911", "roll", "wake-up", "curtain", "zoom", "skype", "radio", "cellphone")

// goesOn reports whether token k is the "on" of "went on" (goes, go,
// going on), which carries a speaker on ("He went on: …", "she went on
// to say that …") as a verb of saying does, and returns the token of
// "went"; -1 otherwise.
func (d *doc) goesOn(k, lo int) int {
	if k-1 < lo || d.toks[k].Norm != "on" || d.toks[k-1].para != d.toks[k].para {
		return -1
	}
	switch d.toks[k-1].Norm {
	case "went", "goes", "go", "going", "gone":
		return k - 1
	}
	return -1
}

// personSubjectIn reports whether a person is named in toks[a:b] outside
// quotation marks before a lower-case word that is no function word, as
// the subject of a clause ("that Lund refused").
func (d *doc) personSubjectIn(a, b int, inQuote []bool) bool {
	for k := a; k < b; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || inQuote[k] || !d.personMention(mi) || d.mentions[mi].a != k {
			continue
		}
		if n := d.mentions[mi].b; n < b && d.toks[n].Kind == KindWord && d.toks[n].is(fLower) && !d.toks[n].Stop && !inQuote[n] {
			return true
		}
	}
	return false
}

// phaseVerbs introduce a quotation on their own ("she began, …", "he
// continued: …"), not before a gerund.
var phaseVerbs = map[string]bool{"begin": true, "begins": true, "began": true, "continues": true, "continued": true}

// nounPrepositions are the prepositions after which a reporting word
// ("reports", "claims", "remarks") is a noun.
var nounPrepositions = map[string]bool{"following": true, "after": true, "amid": true, "despite": true, "of": true, "about": true,
	"over": true, "on": true, "against": true, "from": true, "with": true, "in": true, "among": true, "under": true, "before": true}

// attribute decides whether q is partial and finds its speaker.
func (d *doc) attribute(q, prev *quoteWork, inQuote []bool) {
	s := d.sents[d.tokSent[q.open]]
	closed := d.closedAt(q)
	// After the closing mark, to the end of its sentence or the next quote.
	var after *attribution
	postOK := !closed
	if closed {
		cs := d.sents[d.tokSent[q.close]]
		i, e := q.close+1, cs.b
		for k := i; k < e; k++ {
			if inQuote[k] {
				e = k
				break
			}
		}
		if i >= cs.b || i == e {
			postOK = true
			// `"…?" Trump said.` — the splitter ended the sentence at the
			// mark; a short next sentence may still be the attribution.
			if i >= cs.b && int(d.tokSent[q.close])+1 < len(d.sents) {
				ns := d.sents[d.tokSent[q.close]+1]
				if ns.para == cs.para && ns.b-ns.a <= 14 && !inQuote[ns.a] && (d.mentionAt[ns.a] >= 0 || d.l.pronouns[d.toks[ns.a].Norm] != 0) {
					after = d.afterAttr(ns.a, ns.b)
					if after != nil && after.via == "after" && after.verbTok >= 0 && !d.closesSentence(after.verbTok, ns.b) {
						after = nil
					}
				}
				if after == nil && ns.para == cs.para && !inQuote[ns.a] && d.toks[q.close-1].Surface == "?" {
					after = d.askedAfter(ns.a, ns.b)
				}
			}
		} else {
			switch d.toks[i].Surface {
			case ".", "!", "?", ";", ")", "\u2026", "...":
				postOK = true
			}
			after = d.afterAttr(i, e)
			if after != nil {
				postOK = true
			}
		}
	}
	preOK := q.open == s.a || len(q.raw.parts) > 1 || d.paragraphStart(q.open)
	if !preOK {
		p := &d.toks[q.open-1]
		switch p.Surface {
		case ":", ",", "\u2014", "\u2013", "-", "(", ";":
			preOK = true
		}
		if d.verbAt(q.open-1) || inQuote[q.open-1] {
			preOK = true
		}
	}
	q.partial = !(preOK && postOK)
	if after != nil && after.verbTok >= 0 && d.introducesNext(after, inQuote) {
		// `A lamented how "…," B called him a "…"`: the clause after
		// the closing mark introduces the next quotation.
		after = nil
	}
	if after != nil && q.open > s.a && after.verbTok >= 0 && !d.closesSentence(after.verbTok, d.sents[d.tokSent[after.verbTok]].b) {
		// `When Quist said, "…," Lund said he disagreed`: a verb written
		// right before the opening mark, with a person named as its
		// subject, introduces the quotation; the attribution after it
		// starts the writer's next clause. One that ends the sentence
		// (`…recalled "…," Comey wrote.`) is the quotation's own.
		if before := d.beforeAttr(q.open, s.a, inQuote); before != nil && before.speakerA >= 0 && before.verbTok >= 0 &&
			d.nameIn(before.speakerA, before.speakerB) &&
			(before.verbTok == q.open-1 || before.verbTok == q.open-2 && (d.toks[q.open-1].Surface == "," || d.toks[q.open-1].Surface == ":")) {
			after = before
		}
	}
	if after == nil && closed {
		// `"…" to sign it by Easter, he said.`: the writer's words run
		// on before the attribution that ends the sentence.
		after = d.writersTail(q, inQuote)
	}
	infinitive := after != nil && after.via == "after" && d.infinitiveSpeaker(after.speakerA, after.speakerB)
	if infinitive {
		// `Lund called the claims "baseless," promised to clear his
		// record`: no speaker after the words; the one before is read.
		after = nil
	}
	if before := d.saidThenRelayed(q, after, s.a, inQuote); before != nil {
		// `Lund said: "…," KXYZ reported.`: Lund spoke; the station
		// only reported the words.
		q.source, after = after, before
	}
	if after != nil {
		q.attr = after
	} else {
		q.attr = d.beforeAttr(q.open, s.a, inQuote)
		if infinitive && q.attr != nil && q.attr.speakerA >= 0 && !d.nameIn(q.attr.speakerA, q.attr.speakerB) && !d.heOrShe(q.attr.speakerA, q.attr.speakerB) {
			// `… dubbed "gangsters" — continued to occupy …`: the
			// subject before is read only when it names someone.
			q.attr = nil
		}
		if q.attr == nil && d.paragraphStart(q.open) {
			q.attr = d.leadIn(q.open, inQuote)
		}
		if q.attr == nil && d.paragraphStart(q.open) {
			// "Here's more from the newspaper:": the paper named before.
			if src := d.excerptLeadIn(q.open, inQuote); src != nil {
				q.source = src
				q.attr = &attribution{speakerA: -1, speakerB: -1, entity: -1, verbTok: -1, via: src.via}
			}
		}
		if q.attr == nil && q.open == s.a && !q.partial && !d.headingQuote(q) {
			q.attr = d.reportedBefore(q, prev, inQuote)
		}
	}
	if q.attr != nil && q.attr.speakerA >= 0 {
		if q.attr.speakerB-1 > q.attr.speakerA && d.toks[q.attr.speakerB-1].Surface == "SAYING" {
			// "SENATOR IVO LUND SAYING: …" of a video shot list: the
			// capitalised participle is the verb, not the speaker's.
			q.attr.speakerB--
		} else if q.attr.speakerB-1 == q.attr.speakerA && d.toks[q.attr.speakerA].Surface == "SAYING" {
			// "…, IVO LUND, SAYING: …": the participle alone is no
			// speaker; the person named right before the comma is, and
			// else no one (none rather than a wrong one).
			a := q.attr.speakerA
			q.attr.speakerA, q.attr.speakerB = -1, -1
			if a >= 2 && d.toks[a-1].Surface == "," {
				if mi := d.mentionAt[a-2]; mi >= 0 && d.mentions[mi].b == a-1 && d.mentions[mi].entity >= 0 && d.ents[d.mentions[mi].entity].etype == Person {
					q.attr.speakerA, q.attr.speakerB = d.mentions[mi].a, d.mentions[mi].b
				}
			}
		}
	}
	if q.attr != nil && q.attr.speakerA > q.close {
		if a, ok := d.askedClause(q, s.a, inQuote); ok {
			// "Asked by anchor Tom Berg whether the plan \"…,\" Lund
			// answered: …": the words inside the question are the
			// asker's, not those of who answers after it; no one's when
			// the asker is not named.
			q.attr = a
		}
	}
	if q.attr == nil || q.attr.speakerA < q.open {
		if a := d.askedByWhether(q, s.a, inQuote); a != nil {
			// "Asked by one lawmaker, Rep. Ivo Lund, D-Ore., whether
			// \"…?\"": the question is the asker's, not the one the
			// opening clause tells of.
			q.attr = a
		}
	}
	if q.attr != nil && q.attr.verbTok >= 0 {
		q.attr.verbTok = d.speechVerbOver(q.attr.verbTok, s.a, inQuote)
	}
	if q.attr != nil && q.attr.verbTok >= 0 && q.attr.verbTok < q.open {
		if a, b, ok := d.readFrom(q.attr.verbTok, q.open); ok {
			// "Lund read a statement from Ruiz: \"…\"": Ruiz's words,
			// which Lund only reads out.
			q.attr.speakerA, q.attr.speakerB = a, b
		}
	}
	if q.attr != nil && q.attr.speakerA >= 0 && d.junkSpeaker(q.attr.speakerA, q.attr.speakerB) {
		// "…," Lund told me; "…, including:"; "Said Russia had …": no
		// phrase that names a speaker.
		q.attr = nil
	}
	if q.attr != nil && q.attr.speakerA >= 0 {
		if q.attr.speakerA, q.attr.speakerB = d.partyTagSpeaker(q.attr.speakerA, q.attr.speakerB); q.attr.speakerA < 0 {
			// "…, D-Calif., said": a party-and-state tag with no
			// person's name before it names no one.
			q.attr = nil
		}
	}
	if q.attr != nil && q.attr.speakerA >= 0 {
		q.attr.speakerA, q.attr.speakerB = d.quotedSpeaker(q.attr.speakerA, q.attr.speakerB)
		q.attr.speakerA, q.attr.speakerB = d.memberSpeaker(q.attr.speakerA, q.attr.speakerB)
		q.attr.speakerA, q.attr.speakerB = d.relatedSpeaker(q.attr.speakerA, q.attr.speakerB)
		q.attr.speakerA, q.attr.speakerB = d.ownedSpeaker(q.attr.speakerA, q.attr.speakerB)
		var placed bool
		q.attr.speakerA, q.attr.speakerB, placed = d.placedSpeaker(q.attr.speakerA, q.attr.speakerB)
		q.attr.speakerA, q.attr.speakerB = d.placeAfterName(q.attr.speakerA, q.attr.speakerB)
		var ua, ub int
		q.attr.entity, ua, ub = d.speakerEntity(q.attr.speakerA, q.attr.speakerB, prev, inQuote)
		if placed || d.pronounOfNoPerson(q.attr.speakerA, q.attr.speakerB, q.attr.entity) {
			// "a friend of hers at Kestrel says": the friend speaks,
			// unnamed, not the place she is at; a "he" read as a body
			// is no one the text names.
			q.attr.entity = -1
		}
		if d.roleFor(q.attr.speakerA, q.attr.speakerB) || d.closeTieIn(q.attr.speakerA, q.attr.speakerB) >= 0 {
			// "a spokesman for Lund said": the spokesman speaks,
			// unnamed; Lund does not.
			q.attr.entity, ua = -1, -1
		}
		if q.attr.entity < 0 && d.quotedPronoun(q.attr.speakerA, q.attr.speakerB) != 0 {
			// "she quoted him as saying" with no man to read him as:
			// no speaker, not a lone "him".
			q.attr.speakerA, q.attr.speakerB = -1, -1
		}
		if ua >= 0 {
			// `One hotel employee said … "…," she said`: the unnamed
			// person is the speaker, as the text writes them.
			q.attr.speakerA, q.attr.speakerB = ua, ub
		}
		if d.copulaSubjectSpeaker(q, s.a) {
			// `Lund is "not a political man. …," he said.`: the words
			// are said about Lund, the sentence's subject; the he is
			// another (none rather than a wrong one).
			q.attr = nil
		}
	}
}

// copulaSubjectSpeaker reports whether quotation q's speaker is a he or
// she after the closing mark resolved to the person named at the start of
// q's sentence (from lo) as the subject of a form of "be" written right
// before the opening mark: `Lund is "…," he said` tells what another says
// Lund is.
func (d *doc) copulaSubjectSpeaker(q *quoteWork, lo int) bool {
	at := q.attr
	if at == nil || at.entity < 0 || at.speakerA < q.close || at.speakerB-at.speakerA != 1 {
		return false
	}
	if g := d.l.pronouns[d.toks[at.speakerA].Norm]; g != 'm' && g != 'f' {
		return false
	}
	if q.open < lo+2 || !isBe(d.toks[q.open-1].Norm) {
		return false
	}
	mi := d.mentionAt[lo]
	if mi < 0 || d.mentions[mi].a != lo || d.mentions[mi].b != q.open-1 {
		return false
	}
	return d.mentions[mi].entity == at.entity
}

// introducesNext reports whether the attribution at after a quotation
// leads, within a few lower-case words of its sentence and with no
// comma, into the next quotation ("…," Lund called him a "…"; "…,"
// called columnist Ivo Lund a "…").
func (d *doc) introducesNext(at *attribution, inQuote []bool) bool {
	v := at.verbTok
	sb := d.sents[d.tokSent[v]].b
	if at.speakerA > v {
		v = at.speakerB - 1
	}
	for k := v + 1; k < sb && k <= v+5; k++ {
		if inQuote[k] {
			return k > v+1
		}
		t := &d.toks[k]
		if t.Kind == KindPunct && !isOpener(t.Surface) || t.Kind == KindWord && (!t.is(fLower) || isPreposition(t.Norm) || t.Norm == "during" || t.Norm == "while" || isBe(t.Norm) || isAux(t)) {
			return false // `…," Lund told CNN's "State of the Union."`, `…," Lund said on "Meet the Press"`
		}
	}
	return false
}

// roleFor reports whether the speaker phrase toks[a:b] is an unnamed
// person in a role for someone named ("a spokesman for Lund", "an aide
// to Ruiz", "a lawyer for the Lund family", "aides to Ruiz"): see
// roleTie.
func (d *doc) roleFor(a, b int) bool {
	return b-a >= 3 && d.roleTie(a, b) > a
}

// roleNotHeads are relation nouns that only modify the noun of a role
// ("a senior aide", "a former spokesman") and do not head one.
var roleNotHeads = map[string]bool{"former": true, "longtime": true, "personal": true, "top": true, "senior": true, "press": true}

// theRoles are the role nouns that "the" may open as a role phrase for
// someone named ("the spokesman for Lund", "the lawyer for Ruiz").
var theRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "lawyer": true, "attorney": true}

// roleTie reads a role phrase from token a on: a determiner ("a", "an",
// "one", "another"; none before a plural: "aides to"), at most one
// lower-case word before the noun ("a campaign spokesman"), a tie or
// title noun, and "for", "to" or "of" before token b. It returns the
// index of that preposition, or -1 when the words read otherwise. "The
// secretary of state" and "the chief of staff" name one known person,
// so "the" opens a role phrase only before a noun of theRoles, with no
// word between.
func (d *doc) roleTie(a, b int) int {
	k := a
	det := ""
	switch d.toks[k].Norm {
	case "a", "an", "one", "another":
		det = d.toks[k].Norm
		k++
	case "the":
		// "the spokesman for Lund": one who speaks for another is no
		// office known by itself, as "the secretary of state" is.
		if k+2 < b && theRoles[d.toks[k+1].Norm] {
			det = "the"
			k++
		}
	}
	if k >= b || k > a && d.toks[k].para != d.toks[a].para {
		return -1
	}
	head := func(j int) bool {
		t := &d.toks[j]
		if t.Kind != KindWord || !t.is(fLower) && d.sents[d.tokSent[j]].a != j {
			return false // "Aides to Lund said" opens its sentence
		}
		if relationNouns[t.Norm] && !roleNotHeads[t.Norm] || t.Norm == "aide" || t.Norm == "spokespeople" {
			return det != "" || strings.HasSuffix(t.Norm, "s") || t.Norm == "spokespeople"
		}
		return det != "" && d.l.titles[t.Norm]
	}
	if k+1 < b && !head(k) && d.toks[k].Kind == KindWord && d.toks[k].is(fLower) && !d.toks[k].Stop {
		k++ // "a senior aide to", "a campaign spokesman for"
	}
	if k+1 >= b || !head(k) {
		return -1
	}
	switch d.toks[k+1].Norm {
	case "for", "to", "of":
		if d.toks[k+1].is(fLower) {
			return k + 1
		}
	}
	return -1
}

// beforeTitle skips back from toks[a] over a title of capitalised words
// or abbreviations in its paragraph (at most six tokens, never to lo or
// past a lower-case word, punctuation other than a full stop, or a
// person's name) and returns the index of the token before the title:
// for "a spokesman for House Minority Leader Ivo Lund", from Ivo, the
// index of "for".
func (d *doc) beforeTitle(a, lo int) int {
	p := a - 1
	for p > lo && a-p <= 6 && d.toks[p].para == d.toks[a].para {
		t := &d.toks[p]
		if t.Kind == KindWord && t.is(fLower) || t.Kind == KindPunct && t.Surface != "." {
			break
		}
		if mi := d.mentionAt[p]; mi >= 0 && d.personMention(mi) {
			break
		}
		p--
	}
	return p
}

// roleSpeaker widens the subject toks[a:b] found before a verb of saying
// to the role phrase it ends ("a spokesman for Sen. Ivo Lund said", "an
// aide to the mayor told"): the one in the role speaks, not Lund. It
// skips back over a title of capitalised words or abbreviations between
// the preposition and the name ("for House Minority Leader Ivo Lund").
// When a person's name and a comma come right before the role phrase
// ("Ana Ruiz, a spokeswoman for Lund, D-Ohio, said"), that person
// speaks. It returns the subject unchanged when no role phrase is there.
func (d *doc) roleSpeaker(a, b, lo int) (int, int) {
	p := d.beforeTitle(a, lo)
	if p-1 > lo && d.toks[p].Norm == "the" && d.toks[p].is(fLower) {
		p-- // "a spokeswoman for the Fairview Police Department"
	}
	if p <= lo || d.toks[p].para != d.toks[a].para {
		return a, b
	}
	switch d.toks[p].Norm {
	case "for", "to", "of":
	default:
		return a, b
	}
	for r := p - 1; r >= lo && r >= p-3; r-- {
		if d.roleTie(r, b) != p {
			continue
		}
		if r-2 >= lo && d.toks[r-1].Surface == "," {
			if mi := d.mentionAt[r-2]; mi >= 0 && d.personMention(mi) && d.mentions[mi].kind == MentionName && d.mentions[mi].b == r-1 && d.mentions[mi].a >= lo {
				return d.mentions[mi].a, d.mentions[mi].b
			}
		}
		return r, b
	}
	return a, b
}

// askVerbs are the verbs with which the next sentence says who asked a
// question just quoted.
var askVerbs = map[string]bool{"asked": true, "asks": true, "pressed": true, "questioned": true, "wondered": true, "demanded": true}

// askedAfter reads the sentence [a, e) after a quoted question as its
// attribution when it opens with a person named with a title or party
// ("Democratic Sen. Ana Ruiz of Valmora asked Brennick during …") and
// goes on with a verb of asking followed by whom was asked: the subject
// asked the question, the one named after the verb was asked it. Nil
// when the sentence reads otherwise.
func (d *doc) askedAfter(a, e int) *attribution {
	for v := a + 1; v < e && v <= a+10; v++ {
		t := &d.toks[v]
		if t.Kind == KindPunct && t.Surface != "." && t.Surface != "," {
			return nil
		}
		if !askVerbs[t.Norm] {
			continue
		}
		// The subject: a person named within it, nothing before the
		// name but capitalised words (a party, a title).
		for k := a; k < v; k++ {
			mi := d.mentionAt[k]
			if mi >= 0 && d.personMention(mi) {
				m := d.mentions[mi]
				return &attribution{speakerA: m.a, speakerB: m.b, verbTok: v, via: "after"}
			}
			if tk := &d.toks[k]; tk.Kind == KindWord && !tk.is(fCap) {
				return nil
			}
		}
		return nil
	}
	return nil
}

// closesSentence reports whether the verb at v is followed by at most a
// short tail before the sentence end at e: "Weaver said." or "Renteria
// told reporters on Tuesday." but not "Trump said the polls were wrong."
func (d *doc) closesSentence(v, e int) bool {
	for k := v + 1; k < e; k++ {
		t := &d.toks[k]
		if t.Kind == KindPunct {
			if (t.Surface == "," || t.Surface == ":") && k+2 < len(d.toks) && d.toks[k+1].para == t.para && openerClass(d.toks[k+1].Surface) != classNone && !d.toks[k+2].is(fLower) {
				// "Ruiz later told reporters, “They…”" opens a quotation
				// of its own; "…,” Lund told the paper, “and then…”"
				// goes on with the one it interrupts.
				return false
			}
			return isTerminator(t.Surface) || t.Surface == ","
		}
		switch t.Norm {
		case "that", "the", "a", "an", "he", "she", "they", "it", "we", "i", "his", "her", "their":
			if k == v+1 {
				return false
			}
		}
		if k-v > 6 {
			return false
		}
	}
	return true
}

// afterAttr reads `, X said` or `, said X` in toks[i:e].
func (d *doc) afterAttr(i, e int) *attribution {
	for i < e && (d.toks[i].Surface == "," || d.toks[i].Surface == "\u2014" || d.toks[i].Surface == "\u2013" || d.toks[i].Surface == "-") {
		i++
	}
	if i >= e {
		return nil
	}
	if d.verbAt(i) {
		if strings.HasSuffix(d.toks[i].Norm, "ing") {
			return nil // `"…," describing the move`
		}
		if a, b := d.npForward(i+1, e); a >= 0 {
			if pa, pb := d.titledPersonAfter(a, b, e); pa >= 0 {
				a, b = pa, pb
			} else if pa, pb := d.nameAfterDescriptor(a, b, e); pa >= 0 {
				a, b = pa, pb
			} else if pa, pb := d.namedAfterTie(a, b, e); pa >= 0 {
				a, b = pa, pb
			}
			return &attribution{speakerA: a, speakerB: b, verbTok: i, via: "after"}
		}
		return nil
	}
	if d.toks[i].Norm == "according" && i+1 < e && d.toks[i+1].Norm == "to" {
		if a, b := d.npForward(i+2, e); a >= 0 {
			return &attribution{speakerA: a, speakerB: b, verbTok: -1, via: "according_to"}
		}
		return nil
	}
	if a, b, end := d.speakerList(d.pastTitles(i, e), e); a >= 0 {
		// `"…," Sens. Ivo Lund, R-Ky.; Tom Ruiz, R-Texas; and Mara
		// Quist, D-Ill., said`: the list is longer than a subject is
		// read; its first person speaks for them.
		v := end
		for v < e && isAux(&d.toks[v]) {
			v++
		}
		if v < e && d.verbAt(v) && !strings.HasSuffix(d.toks[v].Norm, "ing") {
			return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "after"}
		}
	}
	if d.toks[i].Norm == "as" && d.putItWithin(i+1, e) {
		i++ // `"…," as Dane put it.`
	}
	for v := i + 1; v < e && v <= i+10; v++ {
		t := &d.toks[v]
		if t.Kind == KindPunct && (isTerminator(t.Surface) || isOpener(t.Surface)) && !d.abbrevDot(v) && !d.corpDot(v) {
			break
		}
		if !d.verbAt(v) && !d.putIt(v) {
			continue
		}
		end := v
		for end > i && isAux(&d.toks[end-1]) && !d.nameAt(end-1) {
			end-- // "Mrs. May said": the name, not the auxiliary "may"
		}
		if end-1 > i && d.corpDot(end-1) {
			end-- // "Acme Corp. said": the company, without its stop
		}
		if end > i && isBe(d.toks[end-1].Norm) {
			return nil // passive: "was described"
		}
		for k := i; k < end; k++ {
			if d.toks[k].Surface == "," {
				end = k
				break
			}
		}
		if na, nb := d.nameApposedAfter(i, end, v); na >= 0 {
			// `"…," the party chairman, Tom Perez, said`: the name set
			// off after the role speaks.
			return &attribution{speakerA: na, speakerB: nb, verbTok: v, via: "after"}
		}
		if end-i > 8 {
			break
		}
		if end <= i {
			return nil
		}
		if d.describesQuote(i, end) && (end < v || !d.closesSentence(v, e) || wordNouns[d.toks[i+1].Norm]) {
			// `"…," a group in which Lund has done poorly, Becker
			// writes`: the phrase after the closing mark describes the
			// quoted words; a name alone after its last comma is the
			// speaker, a person named inside it is not.
			c := -1
			for k := v - 1; k >= end; k-- {
				if d.toks[k].Surface == "," {
					c = k
					break
				}
			}
			if c < 0 || v-c-1 > 4 || !d.nameIn(c+1, v) || d.mentionAt[c+1] < 0 {
				return nil
			}
			i, end = c+1, v
			for end > i && isAux(&d.toks[end-1]) {
				end--
			}
		}
		first := &d.toks[i]
		if !(d.mentionAt[i] >= 0 || d.l.pronouns[first.Norm] != 0 || isDeterminer(first.Norm) || first.is(fCap) || !first.Stop && d.nameIn(i, end)) {
			return nil
		}
		return &attribution{speakerA: i, speakerB: end, verbTok: v, via: "after"}
	}
	return d.longSubjectAttr(i, e)
}

// reportedBefore returns the speaker of a whole quotation q that stands
// alone, with no attribution of its own, right after the writer's
// sentence that reports a person's words without quoting them: `Lund
// said the fees were too high. "…"`, `He told CNN that … . "…"`, `The
// fees will go, Lund says. "…"`, `…, said Ivo Lund, the port's lawyer.
// "…"`. The sentence before is in the quotation's paragraph, or ends
// the paragraph before one the quotation opens; it holds no quotation
// (carrySpeakers reads that case); its subject is a person's name or
// "he" or "she" at its start followed by a verb of saying (not negated,
// not a participle), or its last clause after a comma is an attribution
// that ends it. Otherwise nil; also nil where a guard finds the
// quotation may be another's: a quotation in capitals (capitalsQuote) or
// naming the subject (quoteNames), a topic after the verb
// (topicAfterVerb), a person in a second clause (otherClauseNames), a
// he or she whose person the sentence names or who follows another
// person's quotation (pronounNamedIn), "told X" or a name that goes on
// at the tail, a tail subject that opens with a pronoun.
func (d *doc) reportedBefore(q, prev *quoteWork, inQuote []bool) *attribution {
	open := q.open
	si := int(d.tokSent[open]) - 1
	if si < 0 || d.capitalsQuote(q) {
		return nil
	}
	ps := d.sents[si]
	qp := d.toks[open].para
	if ps.para == TitlePara || ps.para != qp && !(ps.para == qp-1 && d.paragraphStart(open)) {
		return nil // the headline is no sentence before the first paragraph
	}
	for k := ps.a; k < ps.b; k++ {
		if inQuote[k] || d.toks[k].Surface == ":" || openerClass(d.toks[k].Surface) != classNone {
			return nil
		}
	}
	end := ps.b
	if end > ps.a && isTerminator(d.toks[end-1].Surface) {
		end--
	}
	if end <= ps.a {
		return nil
	}
	// The head: "Lund said …", "He told CNN that …".
	a := ps.a
	switch d.toks[a].Norm {
	case "but", "and", "still":
		a++
	}
	b := -1
	n := a
	for n < end && d.mentionAt[n] < 0 && d.toks[n].is(fCap) && (d.l.titles[d.toks[n].Norm] || d.l.titleFirst[d.toks[n].Norm] != 0) {
		n++ // "Mayor Ivo Lund said"
	}
	if n < end {
		if mi := d.mentionAt[n]; mi >= 0 && d.mentions[mi].a == n && d.personMention(mi) {
			b = d.mentions[mi].b
		} else if w := d.toks[a].Norm; n == a && (w == "he" || w == "she") {
			b = a + 1
		}
	}
	if b > a {
		v := b
		for v < end && isAux(&d.toks[v]) && !d.nameAt(v) {
			if n := d.toks[v].Norm; n == "not" || n == "never" || n == "did" || n == "does" || n == "do" {
				return nil
			}
			v++
		}
		if v < end && d.verbAt(v) && !strings.HasSuffix(d.toks[v].Norm, "ing") {
			if d.topicAfterVerb(v, end) || d.otherClauseNames(v+1, end, inQuote) || d.speakerNamedAside(q, a, b, ps.a, end, prev, inQuote) {
				return nil
			}
			return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "previous_sentence"}
		}
	}
	// The tail: "…, Lund says.", "…, said Ivo Lund, the port's lawyer."
	// (the last two commas only).
	tried := 0
	for c := end - 1; c > ps.a && tried < 2; c-- {
		if d.toks[c].Surface != "," {
			continue
		}
		tried++
		if tried == 2 && !d.verbAt(c+1) {
			break // before an apposition only "said Ivo Lund, …"
		}
		if at := d.afterAttr(c+1, end); at != nil && at.verbTok >= 0 && d.closesSentence(at.verbTok, ps.b) {
			if at.speakerA > at.verbTok {
				// "…, told Ivo Lund." names whom the words were told;
				// "…, said Ivo Lund's aide …" goes on past the name
				// (the stop of "Mr." is no sentence end).
				if d.toks[at.verbTok].Norm == "told" || at.speakerB < end && d.toks[at.speakerB].Surface != "," {
					return nil
				}
			}
			if at.speakerB-at.speakerA > 1 && d.l.pronouns[d.toks[at.speakerA].Norm] != 0 {
				return nil // "Recently, he met Ivo Lund and asked him …"
			}
			if d.speakerNamedAside(q, at.speakerA, at.speakerB, ps.a, end, prev, inQuote) {
				return nil
			}
			at.via = "previous_sentence"
			return at
		}
	}
	return nil
}

// capitalsQuote reports whether quotation q is written in capitals (two
// or more words, none with a lower-case letter): a pull quote set apart
// from the text, as the items of a list article print them, whose
// speaker is the item's person, not the subject of the sentence before.
func (d *doc) capitalsQuote(q *quoteWork) bool {
	words := 0
	for k := q.open; k < q.close && k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.Kind != KindWord || !strings.ContainsFunc(t.Surface, unicode.IsLetter) {
			continue
		}
		if strings.ContainsFunc(t.Surface, unicode.IsLower) {
			return false
		}
		words++
	}
	return words >= 2
}

// topicAfterVerb reports whether the verb of saying at v is followed,
// past adverbs in -ly, by a preposition and a lower-case word that give
// the topic or the manner rather than the words ("has reported
// extensively on the abuse …", "spoke about her work", "responded with
// a shrug"), with no "that" or other verb of saying after them: the
// sentence reports no words that the quotation after it could go on
// with.
func (d *doc) topicAfterVerb(v, end int) bool {
	k := v + 1
	for k < end && d.toks[k].Kind == KindWord && d.toks[k].is(fLower) && strings.HasSuffix(d.toks[k].Norm, "ly") {
		k++
	}
	if k+1 >= end || !d.toks[k].is(fLower) || !d.toks[k+1].is(fLower) {
		return false // "said on Tuesday", "wrote on Twitter"
	}
	switch d.toks[k].Norm {
	case "on", "about", "with", "of", "over", "against", "for":
	default:
		return false
	}
	for j := k + 2; j < end; j++ {
		if d.toks[j].Norm == "that" || d.verbAt(j) {
			return false // "agreed with the report that …", "…, but said …"
		}
	}
	return true
}

// otherClauseNames reports whether a person is named, outside quotation
// marks, in toks[lo:hi] after a break into another clause (", and",
// ", but", ", while", ";"): in "Lund has said the fees will stay, and
// critics including Ivo Ruiz have taken notice." the quotation after
// may be Ruiz's.
func (d *doc) otherClauseNames(lo, hi int, inQuote []bool) bool {
	for k := lo; k < hi; k++ {
		brk := d.toks[k].Surface == ";"
		if d.toks[k].Surface == "," && k+1 < hi {
			switch d.toks[k+1].Norm {
			case "and", "but", "while", "whereas":
				brk = true
			}
		}
		if brk {
			return len(d.personsIn(k+1, hi, 0, inQuote)) > 0
		}
	}
	return false
}

// speakerNamedAside reports whether the speaker toks[a:b] of quotation
// q, reported in the sentence toks[lo:hi], is a he or she whose person
// that sentence names (pronounNamedIn), or is named in q (quoteNames).
// A he or she is resolved once for both (each resolved it, and the
// antecedent search reads back over the text).
func (d *doc) speakerNamedAside(q *quoteWork, a, b, lo, hi int, prev *quoteWork, inQuote []bool) bool {
	e := d.pronounEntity(a, b, prev, inQuote)
	return d.pronounNamedIn(e, a, b, lo, hi, prev, inQuote) || d.quoteNames(q, e, a, b)
}

// quoteNames reports whether quotation q names by name the person the
// speaker toks[a:b] stands for (resolved as speakerEntity resolves a he
// or she): "Shaheen is locked in a tight race …" after "the Senator
// continues to hide." is written about Shaheen, most likely by another.
// A name right before or after a verb of saying is an attribution the
// marks failed to set apart ("…, says Chen. …"), not counted. e is
// pronounEntity of the speaker.
func (d *doc) quoteNames(q *quoteWork, e, a, b int) bool {
	for k := a; e < 0 && k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) {
			e = d.mentions[mi].entity
		}
	}
	if e < 0 {
		return false
	}
	for _, mi := range d.ents[e].mentions {
		if m := &d.mentions[mi]; m.kind == MentionName && m.a > q.open && m.b <= q.close && !d.verbAt(m.a-1) && (m.b >= len(d.toks) || !d.verbAt(m.b)) {
			return true // not "…, says Chen. …" of marks left out
		}
	}
	return false
}

// otherQuotedBefore reports whether quotation prev, ending in the
// sentence right before the one of the he or she at pos (in its
// paragraph or the one before), is given to a person other than e whom
// the pronoun may stand for (gender unknown or the pronoun's): `"…,"
// said Ivo Lund, a biographer of X. … , he said. "…"` goes on with Lund,
// however far back the pronoun's antecedent search reaches.
func (d *doc) otherQuotedBefore(e, pos int, prev *quoteWork) bool {
	if prev == nil || prev.attr == nil || prev.attr.entity < 0 || prev.attr.entity == e {
		return false
	}
	pe := d.ents[prev.attr.entity]
	g := d.l.pronouns[d.toks[pos].Norm]
	if pe.etype != Person || pe.gender != 0 && pe.gender != g {
		return false
	}
	si := int(d.tokSent[pos])
	end := prev.close
	if end >= len(d.toks) {
		end = len(d.toks) - 1
	}
	if gap := d.toks[pos].para - d.toks[end].para; gap < 0 || gap > 1 {
		return false
	}
	return si-int(d.tokSent[end]) <= 1
}

// pronounEntity resolves the speaker toks[a:b] when it is a he or she,
// as speakerEntity does, without recording the mention; else -1.
func (d *doc) pronounEntity(a, b int, prev *quoteWork, inQuote []bool) int {
	if b-a != 1 {
		return -1
	}
	g := d.l.pronouns[d.toks[a].Norm]
	if g != 'm' && g != 'f' {
		return -1
	}
	e := d.continuedSpeaker(a, g, prev, inQuote)
	if e < 0 {
		e, _, _ = d.antecedent(a, g, inQuote)
	}
	return e
}

// pronounNamedIn reports whether the speaker toks[a:b] is a he or she
// whose person is named inside the sentence toks[lo:hi] it reports
// ("…the gap between Lund and Ruiz is too wide, he says.", "He noted
// that Lund's rating …"): the pronoun is resolved as speakerEntity
// resolves it, and a person the reported words are about is unlikely to
// be the one who says them. e is pronounEntity of the speaker.
func (d *doc) pronounNamedIn(e, a, b, lo, hi int, prev *quoteWork, inQuote []bool) bool {
	if e < 0 {
		return false
	}
	if d.otherQuotedBefore(e, a, prev) {
		return true
	}
	for _, mi := range d.personsIn(lo, hi, 0, inQuote) {
		if m := &d.mentions[mi]; m.entity == e && (m.b <= a || m.a >= b) {
			return true
		}
	}
	return false
}

// maxApposedWords bounds the tokens longSubjectAttr reads after a closing
// quotation mark to find the verb past a person's apposition.
const maxApposedWords = 40

// longSubjectAttr reads the attributions after a closing quotation mark
// whose verb stands further than afterAttr's ten tokens: a person named
// within the first ten tokens, after nothing but capitalised words and
// titles ("former state Secretary of Health Dr. Ivo Lund said"), then
// either the verb, or a party in parentheses ("Ivo Lund (R-Ky.) said"),
// or an apposition set off by commas that runs to a comma right before
// the verb ("Ivo J. Lund, a lawyer for the firm, said in a statement";
// "Mara Quist, who chairs the panel, told reporters"). The verb is one of
// saying, not a participle, and not followed by "that" (`… "…," Lund,
// …, said that …` reports other words of Lund's); the apposition holds
// no question or exclamation mark and no quotation; a name right after
// the closing mark of a word in marks is a nickname's (Ivo “Buck” Lund).
// The speaker is the name with the titles before it.
func (d *doc) longSubjectAttr(i, e int) *attribution {
	if i >= 2 && strings.Contains("\u201d\"\u2019'\u00bb", d.toks[i-1].Surface) && d.toks[i-2].Kind == KindWord {
		// `Jesus “Chuy” Garcia, …, said`: a nickname inside the name, not
		// words the name's bearer speaks.
		return nil
	}
	n := -1 // the person's mention
	for k := i; k < e && k <= i+10; k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := &d.mentions[mi]
			if m.a != k {
				break
			}
			if d.personMention(mi) {
				if m.b <= i+10 {
					n = int(mi)
				}
				break
			}
			k = m.b - 1 // a body or place the title names: "Senate Minority Leader"
			continue
		}
		t := &d.toks[k]
		if d.abbrevDot(k) {
			continue // "Gen." "Dr."
		}
		if t.Kind != KindWord || d.verbAt(k) || !(t.is(fCap) || d.l.titles[t.Norm] || d.l.titleFirst[t.Norm] != 0 || t.Norm == "of" || t.Norm == "the" || t.Norm == "former") {
			break
		}
	}
	if n < 0 {
		return nil
	}
	b := d.mentions[n].b
	sayingAt := func(v int) bool {
		// "…, said that …" opens the writer's report of other words.
		return v < e && d.verbAt(v) && !strings.HasSuffix(d.toks[v].Norm, "ing") && d.l.pronouns[d.toks[v].Norm] == 0 &&
			(v+1 >= e || d.toks[v+1].Norm != "that")
	}
	auxFrom := func(k int) int { // "has written", "had told"
		for k < e && isAux(&d.toks[k]) && !d.nameAt(k) {
			k++
		}
		return k
	}
	k := b
	if d.suffixDot(k) && k+1 < e {
		k++ // "Carl Voss Jr., founder of …, told": the suffix's stop
	}
	if k < e && d.toks[k].Surface == "(" {
		for k < e && k <= b+8 && d.toks[k].Surface != ")" {
			k++
		}
		if k >= e || d.toks[k].Surface != ")" {
			return nil
		}
		k++
	}
	if v := auxFrom(k); sayingAt(v) {
		return &attribution{speakerA: i, speakerB: b, verbTok: v, via: "after"}
	}
	if k >= e || d.toks[k].Surface != "," {
		return nil
	}
	if c := d.roleEndAfterTag(k, e); c >= 0 && sayingAt(c) {
		// "Ivo Lund, R-Ky., ranking member on the panel said": a role
		// after the tag with no comma before the verb.
		return &attribution{speakerA: i, speakerB: b, verbTok: c, via: "after"}
	}
	for c := k + 1; c < e && c <= i+maxApposedWords; c++ {
		t := &d.toks[c]
		if t.Kind == KindPunct && (t.Surface == "?" || t.Surface == "!" || isOpener(t.Surface) && t.Surface != "(" || isTerminator(t.Surface) && c == e-1) {
			return nil
		}
		if t.Surface != "," || c == k+1 {
			continue
		}
		if v := auxFrom(c + 1); sayingAt(v) {
			return &attribution{speakerA: i, speakerB: b, verbTok: v, via: "after"}
		}
	}
	return nil
}

// wordNouns name what quoted words are ("a reference to …", "a nod to
// …"): a phrase after the closing mark that starts with one of them is
// about the words, never their speaker.
var wordNouns = map[string]bool{"reference": true, "nod": true, "allusion": true, "echo": true, "phrase": true,
	"term": true, "word": true, "line": true, "slogan": true, "reminder": true, "play": true, "riff": true}

// describesQuote reports whether toks[a:b], read after a closing
// quotation mark, is a noun phrase about the quoted words rather than a
// speaker: "a" or "an", then a noun that names no person followed by a
// preposition or a relative word ("a reference to …", "a group in which
// …"). "A spokesman for Lund" and "an aide to Ruiz" are persons.
func (d *doc) describesQuote(a, b int) bool {
	if n := d.toks[a].Norm; n != "a" && n != "an" {
		return false
	}
	for k := a + 1; k < b && k <= a+3; k++ {
		t := &d.toks[k]
		if t.Kind != KindWord || !t.is(fLower) {
			return false
		}
		if isPreposition(t.Norm) || t.Norm == "which" || t.Norm == "whose" || t.Norm == "where" {
			h := d.toks[k-1].Norm
			return k > a+1 && !d.personNoun(h, 0) && !d.l.titles[h]
		}
	}
	return false
}

// titledPersonAfter reads a person named right after the organisation
// or place mention [a, b) with a title between them ("said Council of
// Farm Advisers Chairman Ivo Lund", "said Ohio Sen. Ivo Lund"): the
// chairman speaks, not his council, the senator, not his state. It
// returns the person's name span, or -1, -1.
func (d *doc) titledPersonAfter(a, b, e int) (int, int) {
	if mi := d.mentionAt[a]; mi < 0 || d.personMention(mi) || d.mentions[mi].a != a || d.mentions[mi].b != b {
		return -1, -1
	}
	k := b
	if k < e && d.corpDot(k) {
		k++ // "said Brill Co. spokesman Dan Moor"
	}
	from := k
	for k < e && k < b+6 && d.mentionAt[k] < 0 {
		if n := d.titleFrom(k, e); n > 0 {
			k += n // a title ("Sen", "Special Agent in Charge")
			continue
		}
		if k > b && d.abbrevDot(k) {
			k++ // the stop of a title's short form ("Sen.")
			continue
		}
		break
	}
	if k == from || k >= e {
		return -1, -1
	}
	if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) && d.mentions[mi].kind == MentionName && d.mentions[mi].a == k {
		return k, min(d.mentions[mi].b, e)
	}
	return -1, -1
}

// titleFrom returns the length of the longest title of words that
// starts at token k and ends before token e, or 0.
func (d *doc) titleFrom(k, e int) int {
	var buf [4]int
	ws := buf[:0]
	for j := k; j < e && j < k+4 && d.toks[j].Kind == KindWord; j++ {
		ws = append(ws, j)
	}
	if len(ws) == 0 {
		return 0
	}
	return d.titleAt(ws, 0)
}

// nameAfterDescriptor reads the person named after a speaker phrase [a,
// b) that names no one: a descriptor, a title or an outlet written before
// the name ("said activist and author Ivo Lund", "said ACME Deputy Press
// Secretary Ivo Lund", "joked another Daily Post reporter, Ivo Lund"), or
// a name in apposition after "of" ("tweeted one of the site's editors,
// Ivo Lund"). The phrase must not cross a verb, a relative pronoun or a
// preposition other than "of" ("a spokesman for Senator Lund" is not
// Lund). It returns the name's span, or -1, -1.
func (d *doc) nameAfterDescriptor(a, b, e int) (int, int) {
	if d.nameIn(a, b) || b == a+1 && d.l.pronouns[d.toks[a].Norm] != 0 {
		return -1, -1
	}
	para := d.toks[a].para
	sawOf := false
	for k := b; k < e && k < a+12 && d.toks[k].para == para; k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := &d.mentions[mi]
			if d.personMention(mi) && m.kind == MentionName && m.a == k {
				if n := m.b; n < e && d.toks[n].Kind == KindWord && d.toks[n].is(fLower) && !d.toks[n].Stop && !d.verbAt(n) {
					// "long-time Trump backer Newt Gingrich": a name
					// used as a modifier, read on.
					k = m.b - 1
					continue
				}
				if sawOf && d.toks[k-1].Surface != "," {
					return -1, -1
				}
				return k, min(m.b, e)
			}
			if d.personMention(mi) || m.a != k {
				return -1, -1
			}
			k = m.b - 1
			continue
		}
		t := &d.toks[k]
		switch {
		case t.Surface == ",":
		case t.Norm == "'s" || t.Norm == "'" && t.Start == d.toks[k-1].End:
		case t.Kind != KindWord || d.verbAt(k):
			return -1, -1
		case t.Norm == "of":
			sawOf = true
		case t.Norm == "who" || t.Norm == "which" || t.Norm == "that" || t.Norm != "and" && (isPreposition(t.Norm) || t.Stop && !isDeterminer(t.Norm)):
			return -1, -1
		}
	}
	return -1, -1
}

// nameIn reports whether a person's name lies in tokens [a, b): "union
// leader Tomas Brennick" before "said".
func (d *doc) nameIn(a, b int) bool {
	for k := a; k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].kind == MentionName && d.mentions[mi].etype == Person {
			return true
		}
	}
	return false
}

// abbrevDot reports whether token k is the period of an abbreviation
// written right before it ("Mr.", "Sen.", "Gov."), not a sentence end.
func (d *doc) abbrevDot(k int) bool {
	if k == 0 || d.toks[k].Surface != "." || d.toks[k-1].End != d.toks[k].Start {
		return false
	}
	p := &d.toks[k-1]
	return p.is(fInitial) || d.l.abbr[p.Norm] == abbrTitle || d.l.abbr[p.Norm+"."] == abbrTitle || d.l.honorifics[p.Norm] != 0
}

// corpDot reports whether token k is the stop of a company's suffix
// ("Acme Corp. said", "Halden Inc. spokesman"): written against an
// abbreviated suffix that the sentence goes on after, so no sentence end.
func (d *doc) corpDot(k int) bool {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k].Surface != "." || d.toks[k-1].End != d.toks[k].Start ||
		d.tokSent[k+1] != d.tokSent[k] {
		return false
	}
	p := &d.toks[k-1]
	return p.is(fCap) && d.l.orgSuffixes[p.Norm] && d.l.abbr[p.Norm] == abbrEnd
}

// suffixDot reports whether token k is the stop written against a
// generational suffix that ends a name ("Carl Voss Jr.", "Carl Voss,
// Jr."): no end of the sentence, which goes on after it.
func (d *doc) suffixDot(k int) bool {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k].Surface != "." || d.toks[k-1].End != d.toks[k].Start || d.tokSent[k+1] != d.tokSent[k] {
		return false
	}
	return nameSuffixes[strings.TrimSuffix(d.toks[k-1].Norm, ".")] && d.toks[k-1].is(fCap)
}

// npForward reads the noun phrase starting at token i (before e).
func (d *doc) npForward(i, e int) (int, int) {
	if i >= e {
		return -1, -1
	}
	if mi := d.mentionAt[i]; mi >= 0 {
		m := &d.mentions[mi]
		return i, min(m.b, e)
	}
	t := &d.toks[i]
	if t.Kind != KindWord {
		return -1, -1
	}
	if d.l.pronouns[t.Norm] != 0 {
		return i, i + 1
	}
	if i+2 < e && d.abbrevDot(i+1) {
		// "charged Sen. Mara Quist": an abbreviated title the name
		// mention does not hold is read past, not taken as the phrase.
		if mi := d.mentionAt[i+2]; mi >= 0 && d.personMention(mi) && d.mentions[mi].a == i+2 {
			return i + 2, min(d.mentions[mi].b, e)
		}
	}
	if n := d.titleFrom(i, e); n > 1 {
		// "said Secretary of State Ivo Lund": a title of several
		// words before the name the mention holds.
		if pa, pb := d.nameAfterTitle(i+n, e); pa >= 0 {
			return pa, pb
		}
	}
	j := i
	for j < e && j < i+7 {
		u := &d.toks[j]
		if j > i && d.abbrevDot(j) && d.titleWordsBefore(i, j) {
			// "said former Sen. Ivo Lund", "Former Ohio Gov. Ivo Lund
			// said": the abbreviated title's stop does not end the
			// phrase before the name; the person speaks.
			if pa, pb := d.nameAfterTitle(j+1, e); pa >= 0 {
				return pa, pb
			}
		}
		if u.Kind == KindPunct || (j > i && (d.verbAt(j) || (u.Stop && !isDeterminer(u.Norm)) || u.Norm == "who")) {
			break
		}
		if j > i+1 && d.pastVerbAfterNoun(j) {
			break // "The committee sent a letter, asking …", "a statement released by …"
		}
		if mi := d.mentionAt[j]; mi >= 0 && j > i {
			j = max(j+1, d.mentions[mi].b)
			if pa, pb := d.nameAfterTitle(j, e); pa > j && !d.personMention(mi) {
				return pa, pb // "Former Ohio Gov. Ivo Lund"
			}
			// "a White House official", "a GOP leadership aide": the
			// name modifies the noun for a person after it.
			for h := j; h < e && h < j+3 && d.mentionAt[h] < 0 && d.toks[h].Kind == KindWord && d.toks[h].is(fLower) &&
				!d.toks[h].Stop && !d.verbAt(h); h++ {
				if d.personNoun(d.toks[h].Norm, 0) {
					j = h + 1
					break
				}
			}
			break
		}
		j++
	}
	if j == i {
		return -1, -1
	}
	return i, j
}

// titleWordsBefore reports whether toks[i:j] may be the words of a
// title before its abbreviated last word ("former Sen", "retiring U.S.
// Rep"), not a clause ("Putting Mr"): no verb, and no word in "-ing"
// opening the sentence.
func (d *doc) titleWordsBefore(i, j int) bool {
	for k := i; k < j; k++ {
		if d.verbAt(k) || k == d.sents[d.tokSent[k]].a && strings.HasSuffix(d.toks[k].Norm, "ing") {
			return false
		}
	}
	return true
}

// nameAfterTitle returns the span of a person's name that starts at
// token k, or after titles and abbreviated titles from k on ("Col. Ivo
// Lund" after "retired Lt."), within four tokens and before e; -1, -1
// when no name is there.
func (d *doc) nameAfterTitle(k, e int) (int, int) {
	for start := k; k < e && k < start+4; {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := &d.mentions[mi]
			if d.personMention(mi) && m.kind == MentionName && m.a == k {
				return k, min(m.b, e)
			}
			return -1, -1
		}
		if n := d.titleFrom(k, e); n > 0 {
			k += n
			continue
		}
		if k > start && d.abbrevDot(k) {
			k++
			continue
		}
		break
	}
	return -1, -1
}

// pastForms are irregular past tenses that end a noun phrase read
// forward ("The committee sent a letter").
var pastForms = setOfWords("sent", "took", "gave", "made", "held", "met", "left", "went", "came", "put", "kept",
	"brought", "bought", "began", "found", "won", "lost", "ran", "saw", "heard", "felt", "paid", "built", "led", "chose", "drew")

// notPast are words in "-ed" that are nouns or adjectives, not past
// tenses.
var notPast = setOfWords("speed", "creed", "breed", "greed", "steed", "bleed", "embed", "hundred", "sacred", "naked", "wicked", "kindred")

// pastVerbAfterNoun reports whether token j, in small letters after a
// word that is neither a determiner nor an adverb in "-ly", is a past
// tense or a past participle ("The committee sent …", "a statement
// released by …", "one reporter interjected"): the noun phrase before
// it ends there. "The newly elected sheriff" and "the embattled mayor"
// keep their participle.
func (d *doc) pastVerbAfterNoun(j int) bool {
	t, p := &d.toks[j], &d.toks[j-1]
	if t.Kind != KindWord || !t.is(fLower) || isDeterminer(p.Norm) || strings.HasSuffix(p.Norm, "ly") {
		return false
	}
	return pastForms[t.Norm] || len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed") && !notPast[t.Norm]
}

// npBackward reads the noun phrase ending at token j (at or after lo).
func (d *doc) npBackward(j, lo int) (int, int) {
	if j < lo {
		return -1, -1
	}
	if mi := d.mentionAt[j]; mi >= 0 {
		m := &d.mentions[mi]
		return max(m.a, lo), j + 1
	}
	t := &d.toks[j]
	if t.Kind != KindWord {
		return -1, -1
	}
	if d.l.pronouns[t.Norm] != 0 {
		return j, j + 1
	}
	if t.Stop || d.verbAt(j) {
		return -1, -1
	}
	i := j
	for i > lo && j-i < 6 {
		u := &d.toks[i-1]
		if u.Kind == KindPunct || d.verbAt(i-1) || (u.Stop && !isDeterminer(u.Norm)) {
			break
		}
		i--
		if isDeterminer(u.Norm) {
			break
		}
	}
	return i, j + 1
}

// subjectBefore finds the subject of the verb at v in the sentence that
// starts at lo.
func (d *doc) subjectBefore(v, lo int, inQuote []bool) (int, int) {
	if a, b := d.listBefore(v, lo); a >= 0 && !inQuote[a] {
		// "Sens. Ivo Lund of Kentucky and Tom Ruiz of Texas said": the
		// first of the persons, not the last place.
		return a, b
	}
	if a, b := d.taggedNameBefore(v, lo, inQuote); a >= 0 && !inQuote[a] {
		// "Sen. Ivo Lund, R-Ky., ranking member on the Harbour
		// Committee said": the senator, not the committee.
		return a, b
	}
	j := v - 1
	for j >= lo && isAux(&d.toks[j]) {
		j--
	}
	if j < lo {
		return -1, -1
	}
	// "Mayor Ost on Tuesday vowed": the day is when, not who.
	j = d.timeBefore(j, lo)
	appA, appB := -1, -1 // an apposition set off by commas before v
	// "Sen. Mara Quist (Tenn.) said", "Harbour Watch (HW) said": a short
	// parenthesis after a name.
	if d.toks[j].Surface == ")" {
		p := j - 1
		for p > lo && j-p <= 6 && d.toks[p].Surface != "(" && !inQuote[p] {
			p--
		}
		if p > lo && d.toks[p].Surface == "(" && d.mentionAt[p-1] >= 0 {
			j = p - 1
		}
	}
	switch {
	case d.toks[j].Surface == ",":
		// "X, a spokesman for Y, said": skip back over the apposition.
		p := j - 1
		for p >= lo && j-p < 30 && d.toks[p].Surface != "," && !inQuote[p] {
			p--
		}
		if p < lo || d.toks[p].Surface != "," {
			return d.sentenceSubject(lo, v)
		}
		if a, b := d.listBefore(p, lo); a >= 0 && !inQuote[a] {
			// "Sen. Ivo Lund of Kentucky, chairman of the panel, told":
			// the person, not the state.
			return a, b
		}
		appA, appB = p+1, j
		j = p - 1
		for j >= lo && isAux(&d.toks[j]) {
			j--
		}
	case d.toks[j].Norm == "and" || d.toks[j].Norm == "but" || d.toks[j].Norm == "or":
		if mi := d.coordinatedSubject(lo, j, inQuote); mi >= 0 {
			// "Lund led the race, but Ruiz made a push and predicted":
			// Ruiz predicted.
			return d.mentions[mi].a, d.mentions[mi].b
		}
		return d.sentenceSubject(lo, v)
	}
	a, b := d.npBackward(j, lo)
	if na, nb := d.nameBeforeAside(a, b, lo); na >= 0 {
		// "Carl Voss in an interview said", "Ana Lind in Ostra said":
		// the person named before the aside speaks, not the interview
		// or the town.
		return na, nb
	}
	if appA >= 0 && a > lo && (d.afterPreposition(a) && d.unfitSpeaker(a, b) || d.mentionAt[a] >= 0 && d.townAfterIn(a-1, d.mentionAt[a])) && d.personNameAt(appA, appB) {
		// "One of the reporters held with Ivo Lund in Varnemark, Ana
		// Ruiz, said": the phrase before the apposition ends in a
		// preposition's object that names no one ("a spokeswoman for
		// the House speaker, Ivo Lund, said" does) or a town after
		// "in" ("The leader of the party in Varnemark, Ana Ruiz,
		// said"), no subject; the person named in the apposition
		// speaks.
		return appA, appB
	}
	if a > lo && d.mentionAt[a] >= 0 && d.townAfterIn(a-1, d.mentionAt[a]) {
		// "One of the reporters held with Ivo Lund in Varnemark said":
		// the lone word after "in" guessed a person is a town the
		// lists lack; the subject is the phrase before it, and none
		// when that ends in a preposition's object.
		if a = d.headBeforePlace(a, lo); a < lo || d.afterPreposition(a) || d.mentionAt[a] >= 0 && d.townAfterIn(a-1, d.mentionAt[a]) {
			return -1, -1
		}
	}
	if a > lo && d.placeMention(a) && d.placeModifier(a) {
		// "A statement from his family in Colorado read": the place
		// tells where; the subject is the phrase before it.
		a = d.headBeforePlace(a, lo)
	}
	if na, nb := d.apposedSpeaker(a, b, lo, appA, appB); na >= 0 {
		// "His son, Tomas Marrow Jr., said": the person named in the
		// apposition after a subject that names no one.
		return na, nb
	}
	if a > lo {
		ra, rb := d.roleSpeaker(a, b, lo)
		if ra < a && appA >= 0 && d.personNameAt(a, b) && d.personNameAt(appA, appB) {
			// "An attorney for Lund, Ana Ruiz, said": the name set off
			// after the role of someone named is the one in the role.
			return appA, appB
		}
		if ra == a && rb == b {
			// "One GOP senator close to Leader Ivo Lund said": the
			// senator, unnamed, speaks.
			ra, rb = d.closeSubject(a, b, lo)
		}
		a, b = ra, rb
	}
	return a, b
}

// personNameAt reports whether toks[a:b] is exactly the name of a person.
func (d *doc) personNameAt(a, b int) bool {
	mi := d.mentionAt[a]
	return mi >= 0 && d.personMention(mi) && d.mentions[mi].kind == MentionName && d.mentions[mi].a == a && d.mentions[mi].b == b
}

// placeMention reports whether a place's mention starts at token k.
func (d *doc) placeMention(k int) bool {
	mi := d.mentionAt[k]
	return mi >= 0 && d.mentions[mi].a == k && d.mentions[mi].entity >= 0 && d.ents[d.mentions[mi].entity].etype == Place
}

// headBeforePlace returns where the subject starts whose last words are
// a preposition and the place at token k ("his family in Colorado", "a
// spokesman for the governor of Texas"): the noun phrases before it,
// joined by prepositions, at most three. It returns k when no noun
// phrase comes before the preposition.
func (d *doc) headBeforePlace(k, lo int) int {
	start := k
	for range 3 {
		p := start - 1
		if p > lo && d.toks[p].Norm == "the" {
			p--
		}
		if p <= lo || !placePrepositions[d.toks[p].Norm] && d.toks[p].Norm != "for" {
			break
		}
		a, _ := d.npBackward(p-1, lo)
		if a < 0 {
			break
		}
		start = a
	}
	return start
}

// interjections open a sentence before a comma and its subject ("Oh,
// and the Times added …", "Well, Lund said …").
var interjections = setOfWords("oh", "well", "yes", "no", "look", "sure", "okay", "ok", "so", "now")

// leadPrepositions open a sentence with a phrase whose person is not the
// sentence's subject ("Unlike Lund, Kerr said …", "Despite Berg's
// attempt …, Ruiz held firm").
var leadPrepositions = setOfWords("despite", "unlike", "like", "amid", "besides")

// sentenceSubject returns the subject of the sentence part toks[lo:hi]:
// the noun phrase it opens with, after a leading phrase that ends in a
// comma ("Speaking in Paris, Starmer said"), and past a place that only
// modifies a role ("US envoy Steve Witkoff").
func (d *doc) sentenceSubject(lo, hi int) (int, int) {
	k := lo
	for k < hi && d.toks[k].Kind == KindPunct {
		k++
	}
	if k < hi && d.mentionAt[k] < 0 && d.l.pronouns[d.toks[k].Norm] == 0 {
		first := &d.toks[k]
		lead := k
		if interjections[first.Norm] && k+1 < hi && d.toks[k+1].Surface == "," {
			k += 2 // "Oh, and the Times added"
			if k < hi && (d.toks[k].Norm == "and" || d.toks[k].Norm == "but") {
				k++
			}
		} else if first.Stop && !first.is(fUpper) && !isDeterminer(first.Norm) || strings.HasSuffix(first.Norm, "ing") || strings.HasSuffix(first.Norm, "ly") || first.Norm == "meanwhile" || leadPrepositions[first.Norm] || d.askedLead(k, hi) {
			reach := 12
			if strings.HasSuffix(first.Norm, "ing") {
				reach = 20 // "Facing the committee's questions for the first time on his year-long review, Lund …"
			}
			if leadPrepositions[first.Norm] {
				// "Despite Berg's attempt to change the host's mind
				// on the boycott, Ruiz …": the person of the opening
				// phrase is not its subject; the phrase goes on past
				// a comma before "and" or a relative clause ("Like
				// Lund in 2012, and Ruiz in 1988, Kerr …"; "Like Lund,
				// who spoke first, Kerr …").
				reach = 30
				for j := k; j < hi && j < k+reach; j++ {
					if d.toks[j].Surface != "," || j+1 >= hi {
						continue
					}
					switch d.toks[j+1].Norm {
					case "and", "or", "who", "which", "whose", "whom":
						continue
					}
					k = j + 1
					break
				}
			} else {
				for j := k; j < hi && j < k+reach; j++ {
					if d.toks[j].Surface == "," {
						k = j + 1
						break
					}
				}
			}
			if k-lead <= 6 {
				// "Similarly, when …,", "In March 2008, during …,":
				// a short lead; after a longer one ("But Lund turned
				// the race on its head in December, when …") the
				// clause trails the main one.
				k = d.pastOpenerClause(k, hi)
			}
		}
	}
	// "Earlier this month she …", "Just weeks ago Ost …": a time phrase
	// without a comma opens the sentence before its subject.
	if k < hi && d.mentionAt[k] < 0 {
		k = d.timeAfter(k, hi)
	}
	if k >= hi {
		return -1, -1
	}
	if mi := d.mentionAt[k]; mi >= 0 {
		m := &d.mentions[mi]
		if a, b := d.nameAfterOwner(m.b, hi); a >= 0 {
			// "Harbour Post's Ivo Lund said": the man, not the paper
			// (which the text may have typed a person).
			return a, b
		}
		if m.etype != Person && m.kind != MentionRole {
			reach, marked := m.b+2, false
			for j := m.b; j < hi && j <= reach; j++ {
				if mj := d.mentionAt[j]; mj >= 0 && (d.mentions[mj].etype == Person) {
					return d.mentions[mj].a, d.mentions[mj].b
				}
				if t := &d.toks[j]; t.Kind == KindPunct && t.Surface != "." {
					marked = true // "(CNN) Chief Justice Ivo Lund": a dateline, no title of the subject's
				}
				if !marked && d.rankWord(j) {
					reach++ // "Army spokesman Major General Oleg Varin": the rank's words are no subject
					continue
				}
				if t := &d.toks[j]; t.Kind == KindWord && t.is(fLower) && (d.verbAt(j) || strings.HasSuffix(t.Norm, "ed")) {
					break // "Lund challenged President Ruiz": a verb ends the subject
				}
			}
		}
		return m.a, min(m.b, hi)
	}
	a, b := d.npForward(k, hi)
	if a >= 0 && b-a > 1 && d.toks[b-1].Norm == "'s" {
		b-- // possessive
	}
	if a >= 0 && b < hi && (d.toks[b].Norm == "'s" || d.toks[b].Norm == "'" && d.toks[b].Start == d.toks[b-1].End) {
		// "The workers’ union": a possessive continues the phrase.
		if a2, _ := d.npForward(b+1, hi); a2 == b+1 && d.mentionAt[b+1] < 0 {
			b += 2 // the head noun after the possessive
		}
	}
	return a, b
}

// beforeAttr reads `X said: "…"`, `X said "…"`, `according to X, "…"`
// and `X: "…"` in the sentence part toks[lo:open].
func (d *doc) beforeAttr(open, lo int, inQuote []bool) *attribution {
	participle := -1
	// subordinate is set once the scan passes a subordinating
	// conjunction ("…announced the reopening because, for prosecutors,
	// \"silence is not concealment\""): the next verb heads the clause it
	// modifies, not the quotation, when a reporting verb stands before it
	// ("The memo said Comey should not have announced…").
	subordinate := false
	// read is where personBetween has read to: the tokens from it to
	// open were read at an earlier closing mark and named no person
	// opening a clause, so each token is read once however many
	// quotations stand before open in the sentence (each earlier
	// closing mark read all of them again: cubic in a sentence's
	// quotations, BenchmarkAskedLong).
	read := open
	for v := open - 1; v >= lo; v-- {
		if inQuote[v] {
			if v+1 < open && !inQuote[v+1] {
				if d.personBetween(v+1, read, open, inQuote) {
					// `A called him a "…" and B praised him "…"`: a verb
					// before an earlier quotation belongs to another
					// clause when a person is named after that quotation.
					return nil
				}
				read = v + 1
			}
			continue
		}
		t := &d.toks[v]
		if isSubordinator(t.Norm) {
			subordinate = true
			continue
		}
		if subordinate && d.verbAt(v) && !strings.HasSuffix(t.Norm, "ing") && d.verbBefore(v, lo, inQuote) {
			subordinate = false
			continue
		}
		if t.Norm == "according" && v+1 < open && d.toks[v+1].Norm == "to" {
			if d.asideClosedBefore(v, open) {
				// "(…, according to the Ruiz Post Archive) or a
				// \"…\"": the source is given inside an aside
				// that closes before the quotation, for what the
				// aside says, not for the words quoted after it.
				continue
			}
			if a, b := d.npForward(v+2, open); a >= 0 {
				return &attribution{speakerA: a, speakerB: b, verbTok: -1, via: "according_to"}
			}
			continue
		}
		if w := d.goesOn(v, lo); w >= 0 && (v == open-1 || v == open-2 && (d.toks[open-1].Surface == ":" || d.toks[open-1].Surface == ",")) {
			// "He went on: “…”": "went on" right before the
			// quotation carries its subject's speech on.
			if a, b := d.subjectBefore(w, lo, inQuote); a >= 0 {
				return &attribution{speakerA: a, speakerB: b, verbTok: w, via: "before"}
			}
			return nil
		}
		if d.putIt(v) {
			// "As Moss's lawyer Ruth Dane put it: …" speaks for the
			// subject of "put", not for "it".
			if a, b := d.subjectBefore(v, lo, inQuote); a >= 0 {
				return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "before"}
			}
			return nil
		}
		if !d.verbAt(v) || d.namedAdjective(v) {
			continue // "what he called continued brinkmanship": an adjective
		}
		if d.actionVerb(v, open) {
			continue
		}
		if d.namingCalled(v, open, lo, inQuote) {
			return nil
		}
		j := v - 1
		for j >= lo && isAux(&d.toks[j]) {
			j--
		}
		if j >= lo && isBe(d.toks[j].Norm) {
			continue // passive
		}
		if strings.HasSuffix(t.Norm, "ing") {
			if participle < 0 {
				participle = v
				// "…, with Mayor Ana Ruiz saying they were “…”": the
				// participle nearest the quotation has its own subject.
				if a, b := d.withSubject(v, open, lo); a >= 0 {
					return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "before"}
				}
			}
			if v == open-1 || v == open-2 && (d.toks[open-1].Surface == "," || d.toks[open-1].Surface == ":") || d.placedParticiple(v, open) {
				// `Lund began by saying that all Holt had asked for was
				// done, saying, "…"`: a participle right before the
				// quotation speaks for the sentence's subject, not for
				// a verb of the clause before it, when that subject is
				// a person named or a he or she outside quotation marks
				// (a sentence that opens with a quotation has no
				// subject of the writer's there).
				if a, b := d.authorBefore(v, lo); a >= 0 {
					return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "before"}
				}
				if a, b := d.sentenceSubject(lo, v); a >= 0 && !inQuote[a] && (d.nameIn(a, b) || d.askedLead(lo, v) && d.personNameIn(a, b) || b == a+1 && (d.l.pronouns[d.toks[a].Norm] == 'm' || d.l.pronouns[d.toks[a].Norm] == 'f')) {
					return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "before"}
				}
			}
			continue
		}
		if j >= lo && d.toks[j].Norm == "to" {
			if g := j - 1; g >= lo && indefiniteObjects[d.toks[g].Norm] {
				// "Ruiz said if Lund has something to allege, “…”":
				// the infinitive hangs on a pronoun that is an object,
				// not on a verb; the clause's verb may come before.
				continue
			}
			if g := j - 1; g >= lo {
				if w := d.goesOn(g, lo); w >= 0 {
					// "she went on to add that …": the subject of
					// "went" speaks; not when a participle nearer
					// the quotation follows a person named in what
					// she tells ("went on to explain that Lund
					// refused, saying “…”": Lund's words).
					if participle >= 0 && d.personSubjectIn(v+1, participle, inQuote) {
						return nil
					}
					if a, b := d.subjectBefore(w, lo, inQuote); a >= 0 {
						return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "before"}
					}
					return nil
				}
			}
			// An infinitive ("claims to believe that…") speaks for the
			// subject of the verb it hangs on.
			if g := j - 1; g >= lo && d.toks[g].Kind == KindWord && d.toks[g].is(fLower) && !d.toks[g].Stop {
				if a, b := d.subjectBefore(g, lo, inQuote); a >= 0 {
					return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "before"}
				}
			}
			return nil
		}
		if w := d.relativeWho(v, lo, inQuote); w >= 0 && (v == open-1 && d.quotedWords(open, inQuote) >= 2 || v == open-2 && (d.toks[open-1].Surface == "," || d.toks[open-1].Surface == ":")) {
			// "… Holt, who replied, “…”": the person before "who"
			// speaks, or the unnamed one the phrase before "who"
			// tells of; the words are not the last speaker's to carry
			// on. Right after the verb, a word or two in quotation
			// marks ("who said “some” aides knew") is no quotation of
			// its own.
			if a, b := d.relativeAntecedent(w, lo, inQuote); a >= 0 {
				return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "before"}
			}
		}
		a, b := d.subjectBefore(v, lo, inQuote)
		if a > lo && d.toks[a-1].Norm == "that" && d.nameIn(a, b) && open-1 > v && d.toks[open-1].Surface == ":" && d.personBefore(a-1, lo, inQuote) {
			// "Ruiz said that the video does not prove that Lund
			// threatened anyone: \"…\"": a verb inside what another
			// verb reports, and the colon gives the quotation to the
			// outer one. Without the colon ("Comey testified that Trump
			// told him Flynn was \"a good guy\"") the inner verb's
			// subject speaks.
			continue
		}
		if a < 0 {
			a, b = d.npForward(v+1, open)
			if a >= 0 && b == open && d.opensClause(open) {
				// "said Judge Lund \"has full power\"": the name is the
				// subject of the quoted words, not their speaker; an
				// earlier verb may still name one ("explaining … that
				// his eyes \"are open\"").
				continue
			}
			if a >= 0 && !d.speakerEnds(b, open) {
				// "said Tom Becker: …" names the speaker right before
				// the quote; "believe Comey's behaviour was…" is what
				// the verb says, not who says it.
				a = -1
			}
		}
		if a < 0 {
			return nil
		}
		return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "before"}
	}
	if participle >= 0 {
		if a, b := d.authorBefore(participle, lo); a >= 0 {
			return &attribution{speakerA: a, speakerB: b, verbTok: participle, via: "before"}
		}
		if v := d.statementVerb(participle, lo); v >= 0 && v+3 < participle {
			// "Ruiz spoke as Lund issued a statement to reporters
			// saying …": the one who issued it, not the sentence's
			// subject, when a person's name is the issuer.
			if a, b := d.subjectBefore(v, lo, inQuote); a >= 0 && d.nameIn(a, b) {
				return &attribution{speakerA: a, speakerB: b, verbTok: participle, via: "before"}
			}
		}
		if a, b := d.sentenceSubject(lo, participle); a >= 0 && d.subjectStart(a, b) && !d.subordinateBefore(lo, a) && !(b == a+1 && isDeterminer(d.toks[a].Norm) && d.toks[a].Norm != "one") {
			return &attribution{speakerA: a, speakerB: b, verbTok: participle, via: "before"}
		}
		if v := d.statementVerb(participle, lo); v >= 0 {
			// "a few days after women came forward, the former vice
			// president issued a statement saying …": the one who
			// issued it, past the clause of time.
			if a, b := d.subjectBefore(v, lo, inQuote); a >= 0 {
				return &attribution{speakerA: a, speakerB: b, verbTok: participle, via: "before"}
			}
		}
	}
	if open-1 >= lo && d.toks[open-1].Surface == ":" {
		// "Trump leaned in and boomed:" — a lower-case word before the
		// colon is most likely a verb missing from the list.
		if v := open - 2; v > lo && d.toks[v].Kind == KindWord && d.toks[v].is(fLower) && !d.toks[v].Stop &&
			(strings.HasSuffix(d.toks[v].Norm, "ed") || strings.HasSuffix(d.toks[v].Norm, "s") && !nounEndingS(d.toks[v].Norm)) {
			if strings.HasSuffix(d.toks[v].Norm, "s") && !d.l.verbs[d.toks[v].Norm] && !d.sVerbAfterSubject(v) {
				if a, b := d.documentSubject(v, lo, inQuote); a >= 0 {
					// "The ferry guide states:": the document speaks.
					return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "colon"}
				}
				// "the final words:", "pressure cookers:": a plural
				// noun, or a verb no list knows after a common noun;
				// neither it nor the words before it name a speaker.
				return nil
			}
			if a, b := d.subjectBefore(v, lo, inQuote); a >= 0 {
				return &attribution{speakerA: a, speakerB: b, verbTok: v, via: "colon"}
			}
		}
		if a, b := d.apposedBeforeColon(open-1, lo, inQuote); a >= 0 {
			return &attribution{speakerA: a, speakerB: b, verbTok: -1, via: "colon"}
		}
		if a, b := d.npBackward(open-2, lo); a >= 0 && d.colonSpeaker(a, b, lo, inQuote) {
			return &attribution{speakerA: a, speakerB: b, verbTok: -1, via: "colon"}
		}
	}
	return nil
}

// indefiniteObjects are the pronouns on which an infinitive hangs as an
// object ("has something to say", "had nothing to add"): no verb of the
// speaker.
var indefiniteObjects = setOfWords("something", "anything", "nothing", "everything", "much", "more", "little", "less")

// placedParticiple reports whether the participle at v reaches the
// quotation opening at open through a short phrase of where or how it
// was said, then a comma or a colon: "writing on Twitter, “…”",
// "saying in a statement: “…”".
func (d *doc) placedParticiple(v, open int) bool {
	if v+2 >= open || open-1-v > 6 || !isPreposition(d.toks[v+1].Norm) {
		return false
	}
	if c := d.toks[open-1].Surface; c != "," && c != ":" {
		return false
	}
	for k := v + 2; k < open-1; k++ {
		if d.toks[k].Kind == KindPunct || d.verbAt(k) {
			return false
		}
	}
	return true
}

// statementVerb returns the verb of "issued a statement saying",
// "released a letter stating": the participle at p after a statement
// noun with its determiner, after a past-tense verb; else -1.
func (d *doc) statementVerb(p, lo int) int {
	n := p - 1
	// "issued a statement to reporters Tuesday saying": a short
	// phrase of to whom, where or when (opening with a preposition or
	// a weekday) between the noun and the participle, with no
	// punctuation, verb or person's name in it.
	for k := p - 1; k > lo && k >= p-5 && !(statementNouns[d.toks[k].Norm] && d.toks[k].is(fLower)); k-- {
		t := &d.toks[k]
		if t.Kind != KindWord || d.verbAt(k) || d.mentionAt[k] >= 0 && d.personMention(d.mentionAt[k]) {
			break
		}
		if u := &d.toks[k-1]; statementNouns[u.Norm] && u.is(fLower) && (isPreposition(t.Norm) || weekdays[t.Norm]) {
			n = k - 1
			break
		}
	}
	det, v := n-1, n-2
	if v < lo || !statementNouns[d.toks[n].Norm] || !isDeterminer(d.toks[det].Norm) {
		return -1
	}
	if t := &d.toks[v]; t.Kind != KindWord || !t.is(fLower) || !strings.HasSuffix(t.Norm, "ed") && t.Norm != "put" && t.Norm != "sent" {
		return -1
	}
	return v
}

// statementNouns are the documents one issues with words in them.
var statementNouns = map[string]bool{"statement": true, "letter": true, "release": true, "memo": true, "tweet": true, "post": true, "note": true}

// subordinateBefore reports whether a conjunction of time or cause
// ("after", "when", "because") stands between lo and a with no comma
// after it: a subject found there is the subordinate clause's ("a few
// days after women came forward, the former vice president issued…"),
// not the sentence's.
func (d *doc) subordinateBefore(lo, a int) bool {
	in := false
	for k := lo; k < a; k++ {
		switch n := d.toks[k].Norm; {
		case isSubordinator(n), n == "after", n == "when", n == "before", n == "since", n == "while", n == "until", n == "once":
			in = true
		case n == ",":
			in = false // "Even though she stayed out, Warren …": the clause has ended
		}
	}
	return in
}

// personBefore reports whether an attribution verb (not a participle)
// with a person named as its subject stands before token v in the
// sentence part that starts at lo.
func (d *doc) personBefore(v, lo int, inQuote []bool) bool {
	for k := v - 1; k >= lo; k-- {
		if inQuote[k] || !d.verbAt(k) || strings.HasSuffix(d.toks[k].Norm, "ing") {
			continue
		}
		a, b := d.subjectBefore(k, lo, inQuote)
		for j := a; a >= 0 && j < b; j++ {
			if mi := d.mentionAt[j]; mi >= 0 && d.personMention(mi) && d.mentions[mi].kind == MentionName {
				return true
			}
		}
		return false
	}
	return false
}

// personBetween reports whether a person is named from token a on,
// starting before hi and ending before b, outside quotation marks as the
// subject of a new clause: after "and", "but" or a comma, and followed
// by a lower-case word that is no function word ("and CBS's Tom Lund
// hailed him"), not by "a", "as" or a quotation mark ("called Ivo Lund a
// '…'", "turned on Lund as '…'"). Token a is a closing quotation mark,
// so what a name from hi on is preceded by does not depend on a, and a
// caller that read [hi, b) before need not read it again.
func (d *doc) personBetween(a, hi, b int, inQuote []bool) bool {
	for k := a; k < hi; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || inQuote[k] || !d.personMention(mi) || d.mentions[mi].a != k {
			continue
		}
		n := d.mentions[mi].b
		if n >= b {
			continue
		}
		if t := &d.toks[n]; t.Kind != KindWord || !t.is(fLower) || t.Stop || inQuote[n] {
			continue
		}
		// The clause starts there: after "and", "but" or a comma,
		// past capitalised words and a possessive ("and CBS's Tom
		// Lund"), not inside what a verb reports ("that Lund paid").
		p := k - 1
		for p >= a && (d.toks[p].Norm == "'s" || d.toks[p].Kind == KindWord && d.toks[p].is(fCap)) {
			p--
		}
		if p >= a {
			switch d.toks[p].Norm {
			case "and", "but", ",", ";":
				return true
			}
		}
	}
	return false
}

// subjectStart reports whether a subject read at toks[a:b] starts as
// one does: at a name, a he or she, a determiner, or words of a title
// and name ("House Speaker Ivo Lund", "Democratic presidential nominee
// Ana Ruiz"), with no verb among them. Else the words read
// are no phrase ("Lund challenged President Ruiz's steady", when Lund is
// no name found) and a person in them need not be the subject.
func (d *doc) subjectStart(a, b int) bool {
	if mi := d.mentionAt[a]; mi >= 0 && d.mentions[mi].a == a {
		return true
	}
	n := d.toks[a].Norm
	if (n == "and" || n == "but") && a+1 < b {
		a++ // "But an umbrella group of militias issued a statement saying …"
		if mi := d.mentionAt[a]; mi >= 0 && d.mentions[mi].a == a {
			return true
		}
		n = d.toks[a].Norm
	}
	if d.l.pronouns[n] != 0 || isDeterminer(n) {
		return true
	}
	for k := a; k < b; k++ {
		if d.nameAt(k) {
			return true
		}
		t := &d.toks[k]
		if t.Kind == KindNumber {
			continue // "About 1,000 demonstrators"
		}
		if t.Kind != KindWord || !t.is(fCap) && (d.verbAt(k) || strings.HasSuffix(t.Norm, "ed") || t.Stop) {
			return false
		}
	}
	return true
}

// colonSpeaker reports whether the phrase [a, b), ending right before a
// colon and a quotation in the sentence part that starts at lo, stands
// alone as a speaker does: at the start, after punctuation ("… - WaPo:
// …"), after "From" ("From the Daily Post: …", "an argument from Ana
// Ruiz: …"), after the capitalised words or the title that introduce a
// name ("Comedian Ana Ruiz: …", "activist Ana Ruiz: …"), or as a
// person's words by a possessive ("Ruiz's opening question: …"). A phrase that ends a clause of the
// writer's ("the media reverted to breathless hype: …", "treating it as
// a new offense: …", "Holt reprimanded Lund: …") is no speaker.
func (d *doc) colonSpeaker(a, b, lo int, inQuote []bool) bool {
	if a == lo {
		return true
	}
	if d.possessedSpeech(a, b) {
		return true
	}
	p := &d.toks[a-1]
	switch {
	case inQuote[a-1]:
		return false
	case p.Surface == "," && d.placeMention(a) && d.mentions[d.mentionAt[a]].b == b:
		// "a clerk at a shop in Seabrook, New Hampshire: \"…\"": the
		// state after its town's comma tells where, it does not speak.
		return false
	case p.Kind == KindPunct:
		return true
	case p.Norm == "from" && (a-1 == lo || d.nameAt(a)):
		// "From the Daily Post:", "this argument from Ana Ruiz:".
		return true
	case p.Kind != KindWord:
		return false
	case p.is(fLower):
		return d.personNoun(p.Norm, 0)
	}
	return !d.verbAt(a - 1)
}

// apposedBeforeColon reads "Ana Ruiz, director of the Harbour Union:"
// before the colon at token c in the sentence part that starts at lo: a
// person named first (after titles or capitalised words at most), a
// comma, and an apposition with no verb up to the colon. It returns the
// person's name span, or -1, -1.
func (d *doc) apposedBeforeColon(c, lo int, inQuote []bool) (int, int) {
	k := lo
	for k < c && k < lo+4 && d.mentionAt[k] < 0 && d.toks[k].Kind == KindWord && d.toks[k].is(fCap) {
		k++
	}
	mi := d.mentionAt[k]
	if k >= c || mi < 0 || d.mentions[mi].a != k || !d.personMention(mi) || d.mentions[mi].kind != MentionName {
		return -1, -1
	}
	m := &d.mentions[mi]
	if m.b >= c || d.toks[m.b].Surface != "," || c-m.b > 15 {
		return -1, -1
	}
	for j := m.b + 1; j < c; j++ {
		if inQuote[j] || d.verbAt(j) || d.toks[j].Kind == KindPunct && d.toks[j].Surface != "," && d.toks[j].Surface != "." && d.toks[j].Surface != "-" {
			return -1, -1
		}
	}
	return m.a, m.b
}

// speechNouns are the words for what a person says that a possessive
// gives to its speaker ("Ruiz's question: …").
var speechNouns = map[string]bool{"question": true, "questions": true, "answer": true, "reply": true, "response": true,
	"statement": true, "words": true, "message": true, "remarks": true, "comment": true, "comments": true,
	"tweet": true, "warning": true, "verdict": true, "retort": true, "quip": true}

// possessedSpeech reports whether the phrase [a, b) is a person's
// possessive followed by a word for what they say ("Ruiz's opening
// question", "Lund's reply").
func (d *doc) possessedSpeech(a, b int) bool {
	if b-1 < a || !speechNouns[d.toks[b-1].Norm] {
		return false
	}
	for k := a; k < b-1; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.personMention(mi) && d.possessiveAt(d.mentions[mi].b) {
			return true
		}
	}
	return false
}

// speakerEnds reports whether a noun phrase read forward ends at token b
// as a speaker does ("said Ana Ruiz:", "said Tom Becker, a union
// leader,"): at punctuation or at the quotation itself, not before a
// possessive or a verb that makes it the start of a clause ("believe
// Comey's conduct was…").
func (d *doc) speakerEnds(b, open int) bool {
	if b >= open {
		return true
	}
	t := &d.toks[b]
	return t.Kind == KindPunct && t.Norm != "'s" && t.Norm != "'"
}

// isSubordinator reports the conjunctions that open a clause of reason,
// concession or condition.
func isSubordinator(norm string) bool {
	switch norm {
	case "because", "although", "though", "unless", "whereas":
		return true
	}
	return false
}

// verbBefore reports whether an attribution verb (not a participle)
// stands before token v in the sentence part that starts at lo.
func (d *doc) verbBefore(v, lo int, inQuote []bool) bool {
	for k := v - 1; k >= lo; k-- {
		if !inQuote[k] && d.verbAt(k) && !strings.HasSuffix(d.toks[k].Norm, "ing") {
			return true
		}
	}
	return false
}

// leadIn reads the attribution of a paragraph that ends in a colon and
// introduces the quotation that opens the next paragraph.
func (d *doc) leadIn(open int, inQuote []bool) *attribution {
	p := d.toks[open].para
	if p <= 0 {
		return nil
	}
	pr := d.paras[p-1]
	if pr[1] == pr[0] || d.toks[pr[1]-1].Surface != ":" {
		return nil
	}
	s := d.sents[d.tokSent[pr[1]-1]]
	// "Lund spokeswoman Ana Ruiz said that Lund had replied …:": Ruiz.
	a := d.outerSpeaker(d.beforeAttr(pr[1], s.a, inQuote), pr[1]-1, s.a, inQuote)
	if a != nil {
		a.via = "previous_paragraph"
	}
	return a
}

// speakerEntity resolves a speaker mention to an entity index: the
// entity of a name or role mention inside it (not a possessor: "Moss's
// lawyer" is not Moss), or, for he/she, the speaker of the quotation
// before it that it continues (see continuedSpeaker) or else the person it
// refers to (see antecedent). A he or she that points to a person the
// text leaves unnamed gets no entity, and the span of the words that
// introduce that person is returned (else -1, -1).
func (d *doc) speakerEntity(a, b int, prev *quoteWork, inQuote []bool) (int, int, int) {
	// "the Ohio Republican said": a party noun with "the" before it
	// describes a person named before, not a person called
	// "Republican".
	if da, db, ok := d.partyDescription(a, b); ok && !d.titleThe(da) {
		if e := d.describedPerson(da, db, inQuote); e >= 0 {
			return e, -1, -1
		}
	}
	if d.documentHead(a, b) {
		// "The act Lund signed Friday calls for …": the act speaks,
		// not the man who signed it.
		return -1, -1, -1
	}
	for k := a; k < b; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].entity >= 0 && !d.possessor(mi) {
			e := d.mentions[mi].entity
			if d.ents[e].etype == Place && d.placeModifier(d.mentions[mi].a) {
				continue
			}
			// An organisation or a place speaks when it is the whole
			// speaker, not a part of it ("an official of the State
			// Department"); an organisation also with "the" before it
			// ("the State Department said"), unless the name goes on
			// past the speaker's words ("the Minneapolis Star-Tribune"
			// read as "the Minneapolis").
			m := &d.mentions[mi]
			if d.ents[e].etype == Person && (d.unnamedSourceOf(a, m.a) || d.unnamedRoleAfter(a, m.a, m.b, b)) {
				// "a strategist inside Lund's operation said": an
				// unnamed source on Lund's side speaks, not Lund.
				return -1, -1, -1
			}
			if d.ents[e].etype == Person && d.administrationOf(mi, b) {
				// "A senior Lund administration official said": the
				// official speaks, no person named; not Lund.
				k = m.b
				continue
			}
			if d.ents[e].etype == Person && m.b < b && d.namedHeadAfter(m.b, b) {
				// "Lund campaign counsel Brad Dorsey wrote": the named
				// counsel speaks; Lund only tells whose campaign it is.
				k = m.b - 1
				continue
			}
			if d.ents[e].etype == Person && m.b < b && d.relationNoun(m.b) && !roleNotHeads[d.toks[m.b].Norm] {
				// "Lund spokesman T.J. Doe said": the name before the
				// role tells whom the spokesman speaks for.
				k = m.b - 1
				continue
			}
			if d.ents[e].etype == Person || m.b == b && m.a == a ||
				m.b == b && m.a == a+1 && d.toks[a].Norm == "the" && d.ents[e].etype == Org && !d.nameGoesOn(b) {
				return e, -1, -1
			}
		}
	}
	// "a Fox News statement said", "a statement from the department":
	// the organisation issued the words.
	if e := d.statementOrg(a, b); e >= 0 {
		return e, -1, -1
	}
	// "the statement read": the statement of the one the text said
	// issued it just before ("Pence has since released a statement").
	if b-a == 2 && d.toks[a].Norm == "the" && documentNouns[d.toks[a+1].Norm] && d.toks[a+1].is(fLower) {
		if e := d.documentAuthor(a, d.toks[a+1].Norm, inQuote); e >= 0 {
			return e, -1, -1
		}
	}
	// "His office said": the office speaks for the person the "his"
	// refers to, as "Lund's office said" speaks for Lund.
	if b-a == 2 && d.toks[b-1].Norm == "office" && d.toks[b-1].is(fLower) {
		if g := possessivePronouns[d.toks[a].Norm]; g != 0 {
			if e, _, _ := d.antecedent(a, g, inQuote); e >= 0 {
				return e, -1, -1
			}
		}
	}
	if b-a == 1 {
		g := d.l.pronouns[d.toks[a].Norm]
		if g == 0 {
			// "she quoted him as saying": him, read as a he.
			g = d.quotedPronoun(a, b)
		}
		if g == 'm' || g == 'f' {
			e, ua, ub := d.continuedSpeaker(a, g, prev, inQuote), -1, -1
			if e < 0 {
				// "…, Denning told reporters. \"…,\" he said": Denning.
				e = d.trailingReporter(a, g, inQuote)
			}
			if e < 0 {
				// `"…," King III, an advocate for Woods, wrote. "…," he
				// said`: the speaker of the quotation before, though the
				// text makes no entity of him.
				if ca, cb := d.carriedPhrase(a, g, prev, inQuote); ca >= 0 {
					return -1, ca, cb
				}
			}
			if e < 0 {
				from := a
				if d.reportedObject(a, g, inQuote) {
					// `Lund described Ruiz as "…," she said`: not Ruiz.
					from = d.sents[d.tokSent[a]].a
				}
				e, ua, ub = d.antecedent(from, g, inQuote)
			}
			if d.otherPronounBefore(e, a, g) {
				// "Trump "…," she said" of a Trump called "he" before:
				// the woman named just before speaks, else no one.
				e, ua, ub = d.fittingNear(a, g, inQuote), -1, -1
			}
			if e >= 0 && d.pronounUnderUnnamedSubject(a, e, inQuote) {
				// "An attorney who represented Kell said he believes
				// …": the attorney's he, not Kell's; unknown, not wrong.
				e, ua, ub = -1, -1, -1
			}
			if e >= 0 && d.l.pronouns[d.toks[a].Norm] == 0 && (genderClash(g, d.ents[e].gender) || d.quotingSubject(a, inQuote) == e) {
				// "she quoted him as saying": the him is neither a
				// woman nor the she.
				e, ua, ub = -1, -1, -1
			}
			if e >= 0 {
				d.pronounOf(a, b, e)
			}
			return e, ua, ub
		}
		// `"…," the institute said. But it added: "…"`: the body
		// goes on.
		if d.toks[a].Norm == "it" {
			if e := d.continuedBody(a, prev, inQuote); e >= 0 {
				d.pronounOf(a, b, e)
				return e, -1, -1
			}
		}
		// "\"…,\" they wrote" after "Ana Ruiz and Ivo Lund claim …":
		// the persons named together, given to the first.
		if d.toks[a].Norm == "they" {
			if e := d.theyAntecedent(a, inQuote); e >= 0 {
				return e, -1, -1
			}
		}
		// "The memo says …. It says …", `"…," the official wrote.
		// "…," they added`: the body, writing or unnamed speaker the
		// writer's sentence before made the subject.
		if e, ua, ub := d.bodyPronoun(a, prev, inQuote); e >= 0 || ua >= 0 {
			if e >= 0 {
				d.pronounOf(a, b, e)
			}
			return e, ua, ub
		}
	}
	return -1, -1, -1
}

// placePrepositions put a place after the one who speaks: "a statement
// from his family in Colorado read", "a spokesman for the governor of
// Texas said".
var placePrepositions = map[string]bool{"in": true, "of": true, "from": true, "at": true, "near": true, "outside": true}

// placeModifier reports whether the place mentioned from token k on
// follows a preposition (see placePrepositions): it tells where the
// speaker is or whose office speaks, and is not the speaker.
func (d *doc) placeModifier(k int) bool {
	if k <= 0 || d.toks[k-1].para != d.toks[k].para {
		return false
	}
	t := &d.toks[k-1]
	if t.Kind == KindWord && t.Norm == "the" && k >= 2 && d.toks[k-2].para == d.toks[k].para {
		t = &d.toks[k-2] // "the governor of the Philippines"
	}
	return t.Kind == KindWord && t.is(fLower) && placePrepositions[t.Norm]
}

// memberPrepositions join a person to the body they belong to: "Jane
// Doe of The Oregonian", "John Roe at the Brookings Institution".
var memberPrepositions = map[string]bool{"of": true, "at": true, "from": true, "with": true}

// memberSpeaker corrects a speaker span [a, b) that names only the body a
// person belongs to: in "Jane Doe of The Oregonian wrote" the reporter
// speaks, not her paper. When the span follows one of memberPrepositions
// (and "the") and a person's name ends right before that preposition, the
// name is the speaker; otherwise the span is returned unchanged.
func (d *doc) memberSpeaker(a, b int) (int, int) {
	p := a - 1
	if p >= 1 && d.toks[p].Kind == KindWord && d.toks[p].Norm == "the" {
		p--
	}
	if p < 1 || d.toks[p].para != d.toks[a].para || d.toks[p].Kind != KindWord || !d.toks[p].is(fLower) || !memberPrepositions[d.toks[p].Norm] {
		return a, b
	}
	mi := d.mentionAt[p-1]
	if mi < 0 || !d.personMention(mi) || d.mentions[mi].b != p || d.toks[d.mentions[mi].a].para != d.toks[a].para {
		return a, b
	}
	// A name, not a role: "Chairman of the Democratic National
	// Committee, Tom Perez," and "Ranking Member of the committee Adam
	// Schiff" name the speaker after the body.
	for k := d.mentions[mi].a; k < p; k++ {
		t := &d.toks[k]
		if t.Kind != KindWord {
			continue
		}
		if !t.is(fCap) || d.l.titles[t.Norm] || k+1 < p && d.l.titles[t.Norm+" "+d.toks[k+1].Norm] {
			return a, b
		}
	}
	return d.mentions[mi].a, p
}

// relationNouns are the people a person's possessive names by their tie
// to that person: "Petrov's widow", "Moss's lawyer", "Trump's press
// secretary". Who speaks is the relative, the lawyer or the aide, not
// the person the possessive names.
var relationNouns = map[string]bool{
	"widow": true, "widower": true, "wife": true, "husband": true, "ex-wife": true, "ex-husband": true,
	"son": true, "daughter": true, "mother": true, "father": true, "brother": true, "sister": true,
	"sons": true, "daughters": true, "parents": true, "children": true, "family": true, "relatives": true,
	"niece": true, "nephew": true, "cousin": true, "uncle": true, "aunt": true, "grandson": true,
	"granddaughter": true, "grandmother": true, "grandfather": true, "fiancee": true, "fiancée": true,
	"fiance": true, "fiancé": true, "girlfriend": true, "boyfriend": true, "partner": true,
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "counsel": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true,
	"representatives": true, "aide": true, "aides": true, "adviser": true, "advisers": true,
	"advisor": true, "advisors": true, "friend": true, "friends": true, "ally": true, "allies": true,
	"rival": true, "opponent": true, "challenger": true, "successor": true, "predecessor": true,
	"deputy": true, "boss": true, "doctor": true, "physician": true, "biographer": true, "agent": true,
	"publicist": true, "secretary": true, "assistant": true, "manager": true, "chief": true,
	"press": true, "former": true, "longtime": true, "personal": true, "top": true, "senior": true,
	// Who speaks for a campaign or stands by a person ("a Lund
	// surrogate", "Lund's confidant"), not the person.
	"surrogate": true, "surrogates": true, "confidant": true, "confidante": true, "loyalist": true,
	"loyalists": true, "staffer": true, "staffers": true, "strategist": true, "strategists": true,
	"pollster": true,
	// Who backs a person ("Lund backer and party adviser Mark Ruiz
	// wrote", "Lund supporters said"): the backer speaks, not the person
	// backed.
	"backer": true, "backers": true, "supporter": true, "supporters": true,
}

// relationNoun reports whether token k is a lower-case word naming a tie
// to the possessor before it ("widow", "lawyer", "press secretary").
func (d *doc) relationNoun(k int) bool {
	t := &d.toks[k]
	return t.Kind == KindWord && t.is(fLower) && relationNouns[t.Norm]
}

// possessiveAt reports whether token k is a possessive "'s" (or a lone
// apostrophe written against the word before it).
func (d *doc) possessiveAt(k int) bool {
	if k <= 0 || k >= len(d.toks) || d.toks[k].para != d.toks[k-1].para {
		return false
	}
	n := d.toks[k].Norm
	return n == "'s" || n == "'" && d.toks[k].Start == d.toks[k-1].End
}

// relatedSpeaker corrects a speaker span [a, b) that names a person only
// as the possessor of the one who speaks: "Petrov's widow, Anna Petrova,"
// and "Moss's lawyer Ruth Dane" speak for themselves, also with a title
// before the name ("Holt's boss, Health Secretary Ivo Lund"); "Moss's lawyer"
// with no name is the speaker as written, not Moss. It returns the span
// unchanged when no such possessive is there.
func (d *doc) relatedSpeaker(a, b int) (int, int) {
	rel := -1 // the first word after the possessive
	start := a
	for k := a; k < b && rel < 0; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || !d.personMention(mi) || d.mentions[mi].a != k {
			continue
		}
		if d.possessor(mi) {
			rel, start = d.mentions[mi].b+1, k
			if d.sourceNoun(rel) {
				start = a // "one of Landers' sources": the phrase as written
			}
		}
	}
	if rel < 0 && a >= 2 && d.possessiveAt(a-1) && d.relationNoun(a) {
		if mi := d.mentionAt[a-2]; mi >= 0 && d.personMention(mi) {
			rel, start = a, d.mentions[mi].a
		}
	}
	if rel < 0 {
		return a, b
	}
	para := d.toks[rel].para
	r := rel
	for r < len(d.toks) && r < rel+4 && d.toks[r].para == para && d.mentionAt[r] < 0 &&
		(d.relationNoun(r) || d.sourceNoun(r) || d.toks[r].Norm == "staff" || d.toks[r].Norm == "of" && r+1 < len(d.toks) && d.toks[r+1].Norm == "staff") {
		r++
	}
	n := r
	if n < len(d.toks) && d.toks[n].Surface == "," {
		n++
	}
	// "Holt's boss, Health Secretary Ivo Lund,": a title of capitalised
	// words, an agency's short name among them ("HHS Secretary"), may
	// stand before the name.
	for t := n; t < len(d.toks) && t < n+4 && d.toks[t].para == para; t++ {
		if mi := d.mentionAt[t]; mi >= 0 {
			m := &d.mentions[mi]
			if d.personMention(mi) && m.kind == MentionName && m.a == t {
				return t, m.b
			}
			if d.personMention(mi) || m.a != t || m.b-m.a > 2 {
				break
			}
			t = m.b - 1
			continue
		}
		if u := &d.toks[t]; u.Kind != KindWord || !u.is(fCap) {
			break
		}
	}
	return start, r
}

// personMention reports whether mention mi names a person.
func (d *doc) personMention(mi int32) bool {
	m := &d.mentions[mi]
	if m.entity >= 0 {
		return d.ents[m.entity].etype == Person
	}
	return m.etype == Person
}

// possessor reports whether mention mi names a person only as the one a
// relative, a lawyer or an aide belongs to: "Petrov" in "Petrov's widow".
func (d *doc) possessor(mi int32) bool {
	e := d.mentions[mi].b
	return d.personMention(mi) && d.possessiveAt(e) && e+1 < len(d.toks) && (d.relationNoun(e+1) || d.sourceNoun(e+1))
}

// sourceNouns are who tell a person things unnamed: "one of Landers'
// sources said" is the source's word, not the reporter's.
var sourceNouns = setOfWords("source", "sources", "informant", "informants")

// sourceNoun reports whether token k is a lower-case word of sourceNouns.
func (d *doc) sourceNoun(k int) bool {
	t := &d.toks[k]
	return t.Kind == KindWord && t.is(fLower) && sourceNouns[t.Norm]
}

// continuedSpeaker returns the speaker of quotation prev when the he or
// she of gender g at token pos continues it: `"…," Dane said. "…," he
// continued.` — prev ends in the same or the previous paragraph, its
// speaker is a person whose gender is unknown or g, and no other person
// is mentioned outside quotation marks between prev's attribution and the
// pronoun, and prev is a whole quotation whose speaker was read off a
// reporting verb. Otherwise
// -1. A person named inside prev's words ("the truth about Holt") is what
// the speaker said, not who speaks next.
func (d *doc) continuedSpeaker(pos int, g byte, prev *quoteWork, inQuote []bool) int {
	if prev == nil || prev.partial || prev.attr == nil || prev.attr.speakerA < 0 || prev.attr.entity < 0 || prev.attr.verbTok < 0 ||
		prev.attr.via != "after" && prev.attr.via != "before" {
		// A speaker read off a colon ("… fights with Obama: \"…\"") or
		// given to a few words inside the writer's sentence ("adding
		// that had Holt explained it, he'd be \"accurate\"") is too weak
		// to carry over.
		return -1
	}
	e := prev.attr.entity
	if b := d.ents[e]; b.etype != Person || b.gender != 0 && b.gender != g {
		return -1
	}
	if gap := d.toks[pos].para - d.toks[prev.close].para; gap < 0 || gap > 1 && !d.bareQuoteParas(d.toks[prev.close].para+1, d.toks[pos].para, inQuote) {
		return -1
	}
	from := max(prev.attr.speakerB, prev.open)
	for _, mi := range d.personsIn(from, pos, 0, inQuote) {
		if d.mentions[mi].entity != e {
			return -1
		}
	}
	return e
}

// maxBareParas is how many paragraphs of quotation alone may stand
// between a speaker's attributed words and a he or she going on with
// them (continuedSpeaker).
const maxBareParas = 2

// bareQuoteParas reports whether the paragraphs p with lo <= p < hi, at
// least one and at most maxBareParas, hold only quoted words (no word
// outside quotation marks): `"…," Lund added. | "…" | "…," he said`
// goes on with Lund's words, carried to the bare paragraph between.
func (d *doc) bareQuoteParas(lo, hi int, inQuote []bool) bool {
	if hi <= lo || hi-lo > maxBareParas {
		return false
	}
	for p := lo; p < hi; p++ {
		r := d.paras[p]
		if r[1] <= r[0] {
			return false
		}
		for k := r[0]; k < r[1]; k++ {
			if !inQuote[k] && d.toks[k].Kind != KindPunct {
				return false
			}
		}
	}
	return true
}

// putIt reports whether token k is the "put" of "put it" ("as Dane put
// it"), which attributes words like a reporting verb.
func (d *doc) putIt(k int) bool {
	return d.toks[k].Norm == "put" && k+1 < len(d.toks) && d.toks[k+1].Norm == "it" && d.toks[k+1].para == d.toks[k].para
}

// documentNouns are the writings whose author a participle after "from
// X" speaks for: "a letter from Berg complaining that…".
var documentNouns = map[string]bool{"letter": true, "letters": true, "memo": true, "statement": true, "email": true,
	"e-mail": true, "note": true, "message": true, "report": true, "filing": true, "complaint": true, "text": true,
	"tweet": true, "post": true, "op-ed": true}

// authorBefore reads the author of a writing that the participle at p
// hangs on: "a letter he got from Lena Berg complaining that…" is Berg's
// complaint, not the sentence subject's. It returns the person's name
// span, or -1, -1.
func (d *doc) authorBefore(p, lo int) (int, int) {
	if p-1 < lo {
		return -1, -1
	}
	mi := d.mentionAt[p-1]
	if mi < 0 || !d.personMention(mi) || d.mentions[mi].kind != MentionName {
		return -1, -1
	}
	m := &d.mentions[mi]
	if m.a-1 < lo || d.toks[m.a-1].Norm != "from" && d.toks[m.a-1].Norm != "by" {
		return -1, -1
	}
	for k := m.a - 2; k >= lo && k >= m.a-6; k-- {
		if t := &d.toks[k]; t.Kind == KindPunct {
			break
		} else if documentNouns[t.Norm] && t.is(fLower) {
			return m.a, m.b
		}
	}
	return -1, -1
}

// opensClause reports whether the quotation opening at token open starts
// with a lower-case auxiliary or form of "be" ("has full power", "was
// wrong"): its words go on a clause whose subject stands before the mark.
func (d *doc) opensClause(open int) bool {
	k := open + 1
	if k >= len(d.toks) || d.toks[k].para != d.toks[open].para {
		return false
	}
	t := &d.toks[k]
	if !t.is(fLower) {
		return false
	}
	switch t.Norm {
	case "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does":
		return true
	}
	return isBe(t.Norm)
}

// putItWithin reports whether "put it" follows within a few words from
// token i (before e), with no punctuation between: "as Dane put it",
// not "as an undergraduate at Occidental, he recalled".
func (d *doc) putItWithin(i, e int) bool {
	for k := i; k < e && k < i+8; k++ {
		if d.toks[k].Kind == KindPunct {
			return false
		}
		if d.putIt(k) {
			return true
		}
	}
	return false
}

// accuseVerbs are the participles that, followed by "of", report what
// others charge the subject with ("accused of \"hostile acts\"").
var accuseVerbs = map[string]bool{"accused": true, "suspected": true, "convicted": true}

// actionVerb reports whether the reporting verb at v, before a quotation
// opening at open, reports no words of its subject: a participle with
// "of" ("was detained and accused of \"hostile acts\"", the words are
// the accusers'; see accuseVerbs), or "agreed" whose infinitive
// goes on to other words before the quotation ("he agreed to pay a
// pupil to \"cover up past misconduct\"", the words are the
// indictment's); "agreed to \"cooperate\"" and "vowed to defeat them
// \"without …\"" still quote the subject.
func (d *doc) actionVerb(v, open int) bool {
	if v+1 >= open {
		return false
	}
	n := &d.toks[v+1]
	if n.Norm == "of" && accuseVerbs[d.toks[v].Norm] && v > 0 {
		// Passive ("was detained and accused of", "a man accused of"),
		// not "whom he accused of" nor "which Lund has accused of".
		p := &d.toks[v-1]
		return d.mentionAt[v-1] < 0 && d.l.pronouns[p.Norm] == 0 && !isAux(p) && p.Norm != "who" && p.Norm != "whom"
	}
	if n.Norm == "to" && v+3 < open && (d.toks[v].Norm == "agreed" || d.toks[v].Norm == "agrees" || d.toks[v].Norm == "agree") {
		u := &d.toks[v+2]
		return u.Kind == KindWord && u.is(fLower) && !u.Stop && d.mentionAt[v+2] < 0
	}
	return false
}

// possessivePronouns give the gender of a possessive pronoun ("his"
// office).
var possessivePronouns = map[string]byte{"his": 'm', "her": 'f'}

// partyNouns are the nouns a writer calls a politician by ("the New York
// Democrat said").
var partyNouns = map[string]bool{"democrat": true, "republican": true, "independent": true, "libertarian": true,
	"conservative": true, "liberal": true, "tory": true}

// partyDescription returns the span of "the [Place] PartyNoun" that the
// speaker span [a, b) is or lies in: the span itself ("the Ohio
// Republican"), or one the speaker span cut short, after the place
// ("the New Mexico" before "Democrat") or before the party noun
// ("Democrat" after "the New Mexico"), when the words between "the" and
// the party noun are at most two capitalised words.
func (d *doc) partyDescription(a, b int) (int, int, bool) {
	party := func(k int) bool {
		return k >= 0 && k < len(d.toks) && partyNouns[d.toks[k].Norm] && d.toks[k].is(fCap)
	}
	if !party(b-1) && party(b) && d.toks[b].para == d.toks[b-1].para {
		b++
	}
	if !party(b - 1) {
		return 0, 0, false
	}
	for k := b - 1; k > a-3 && k > 0 && d.toks[a].Norm != "the"; k-- {
		if d.toks[k-1].Norm == "the" && d.toks[k-1].para == d.toks[b-1].para {
			ok := true
			for j := k; j < b-1; j++ {
				if !d.toks[j].is(fCap) || d.toks[j].Kind != KindWord {
					ok = false
				}
			}
			if ok {
				a = k - 1
			}
			break
		}
	}
	if b-a >= 2 && b-a <= 4 && d.toks[a].Norm == "the" {
		return a, b, true
	}
	return 0, 0, false
}

// describedPerson returns the person a description at token pos ("the
// Ohio Republican") refers to, from the nearest sentence before it, in
// its paragraph or the antecedentParas before, that names persons (not
// by a party noun alone): its one person, leaving out a possessor
// ("President Obama's campaign") when another is there, or else the one
// whose name the description's party word comes right before
// ("Republican Senate Majority Leader Mitch McConnell"). Else -1: "Obama
// said …, but McConnell insisted …" leaves open which one it describes.
func (d *doc) describedPerson(pos, b int, inQuote []bool) int {
	party := d.toks[b-1].Norm
	si := int(d.tokSent[pos])
	para := d.toks[pos].para
	for s := si; s >= 0; s-- {
		st := d.sents[s]
		if st.para == TitlePara || para-st.para > antecedentParas {
			break
		}
		hi := st.b
		if s == si {
			hi = pos
		}
		if d.unnamedPartyIn(st.a, hi, party, inQuote) {
			// "One Ohio Republican cited … in picking Ruiz. "…," the
			// Republican said": the unnamed Republican, not Ruiz.
			return -1
		}
		var cands []int
		for _, mi := range d.personsIn(st.a, hi, 0, inQuote) {
			// In the description's own sentence, an interviewer ("asked
			// by Peter Holt", "the Daily Post's Peter Holt") is not the
			// one described.
			if s == si && d.mentions[mi].a > st.a && (d.toks[d.mentions[mi].a-1].Norm == "by" || d.possessiveAt(d.mentions[mi].a-1)) {
				continue
			}
			if !partyNouns[d.ents[d.mentions[mi].entity].key] {
				cands = append(cands, mi)
			}
		}
		if len(cands) == 0 {
			continue
		}
		if e := oneEntity(d, cands, func(mi int) bool { return !d.possessiveAt(d.mentions[mi].b) }); e >= 0 {
			return e
		}
		return oneEntity(d, cands, func(mi int) bool {
			for k := d.mentions[mi].a - 1; k >= st.a && k >= d.mentions[mi].a-4; k-- {
				if d.toks[k].Norm == party {
					return true
				}
			}
			return false
		})
	}
	return -1
}

// indefiniteWords open a phrase that introduces someone the text does
// not name: "one Republican", "a strategist", "another insider".
var indefiniteWords = map[string]bool{"a": true, "an": true, "one": true, "another": true}

// unnamedPartyIn reports whether toks[lo:hi], outside quotation marks,
// introduces an unnamed member of party ("One Ohio Republican", "a
// Democrat"): an indefinite word, at most three capitalised words, and
// the party noun.
func (d *doc) unnamedPartyIn(lo, hi int, party string, inQuote []bool) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].Norm != party || inQuote[k] || !d.toks[k].is(fCap) {
			continue
		}
		for j := k - 1; j >= lo && j >= k-4; j-- {
			if indefiniteWords[d.toks[j].Norm] && d.toks[j].para == d.toks[k].para {
				return true
			}
			if !d.toks[j].is(fCap) || d.toks[j].Kind != KindWord {
				break
			}
		}
	}
	return false
}

// sourcePrepositions put the side an unnamed source speaks for after
// its role: "a strategist inside Lund's operation", "an aide close to
// Lund".
var sourcePrepositions = map[string]bool{"inside": true, "within": true, "in": true, "to": true, "for": true,
	"with": true, "near": true, "around": true, "of": true}

// unnamedSourceOf reports whether the speaker phrase that opens at token
// a introduces an unnamed source ("a strategist inside", "an aide
// close to") and the person named at token pa comes after its
// preposition: lower-case words only between the indefinite word and
// the preposition, none of them a writing ("a statement from Lund" is
// Lund's).
func (d *doc) unnamedSourceOf(a, pa int) bool {
	if !indefiniteWords[d.toks[a].Norm] || pa-a < 3 || !sourcePrepositions[d.toks[pa-1].Norm] {
		return false
	}
	for k := a + 1; k < pa-1; k++ {
		t := d.toks[k]
		if t.Kind != KindWord || !t.is(fLower) || documentNouns[t.Norm] || t.para != d.toks[a].para {
			return false
		}
	}
	return true
}

// unnamedRoleAfter reports whether the speaker phrase toks[a:b] is an
// indefinite word, the person named at toks[pa:pb] and lower-case role
// words after it ("a Lund strategist"): an unnamed member of Lund's
// camp. A writing ("a Lund campaign statement") is left to the reading
// of statements.
func (d *doc) unnamedRoleAfter(a, pa, pb, b int) bool {
	if !indefiniteWords[d.toks[a].Norm] || pa != a+1 || pb >= b {
		return false
	}
	for k := pb; k < b; k++ {
		t := d.toks[k]
		if t.Kind != KindWord || !t.is(fLower) || documentNouns[t.Norm] || t.para != d.toks[a].para {
			return false
		}
	}
	return true
}

// oneEntity returns the entity of the mentions of cands that keep
// satisfies when they all name one, else -1.
func oneEntity(d *doc, cands []int, keep func(int) bool) int {
	e := -1
	for _, mi := range cands {
		if !keep(mi) {
			continue
		}
		switch me := d.mentions[mi].entity; {
		case e < 0:
			e = me
		case me != e:
			return -1
		}
	}
	return e
}

// releaseVerbs are the verbs by which someone puts out a writing ("Lund
// released a statement").
var releaseVerbs = map[string]bool{"released": true, "issued": true, "sent": true, "wrote": true, "published": true,
	"posted": true, "put": true, "tweeted": true}

// documentAuthor returns the author of the writing that "the NOUN" at
// token pos refers to: the subject of the nearest sentence before it, in
// its paragraph or the one before, that says the subject released,
// issued or sent "a NOUN" ("Pence has since released a statement
// addressing …"), when that subject names a person or an organisation;
// else -1. The nearest sentence that names such a writing decides.
func (d *doc) documentAuthor(pos int, noun string, inQuote []bool) int {
	si := int(d.tokSent[pos])
	para := d.toks[pos].para
	for s := si - 1; s >= 0; s-- {
		st := d.sents[s]
		if st.para == TitlePara || para-st.para > 1 {
			break
		}
		for k := st.a + 2; k < st.b; k++ {
			if d.toks[k].Norm != noun || inQuote[k] || d.toks[k-1].Norm != "a" && d.toks[k-1].Norm != "an" {
				continue
			}
			if !releaseVerbs[d.toks[k-2].Norm] {
				return -1
			}
			sa, sb := d.clauseSubject(st.a, k-2)
			if sa < 0 {
				return -1
			}
			e := -1
			for j := sa; j < sb; j++ {
				if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].entity >= 0 && !d.possessor(mi) {
					if t := d.ents[d.mentions[mi].entity].etype; t == Person || t == Org {
						e = d.mentions[mi].entity
					}
				}
			}
			return e
		}
	}
	return -1
}

// nameGoesOn reports whether token k goes on the name that ends before
// it: written against it ("-Tribune") or a capitalised word.
func (d *doc) nameGoesOn(k int) bool {
	if k <= 0 || k >= len(d.toks) || d.toks[k].para != d.toks[k-1].para {
		return false
	}
	return d.toks[k].Start == d.toks[k-1].End && d.toks[k].Kind == KindWord || d.toks[k].Kind == KindWord && d.toks[k].is(fCap)
}

// nameAt reports whether token k is part of a person's name mention.
func (d *doc) nameAt(k int) bool {
	mi := d.mentionAt[k]
	return mi >= 0 && d.personMention(mi)
}

// asideClosedBefore reports whether token v stands inside parentheses
// or brackets that close before token open: more closing marks than
// opening ones between them.
func (d *doc) asideClosedBefore(v, open int) bool {
	depth := 0
	for k := v + 1; k < open; k++ {
		switch d.toks[k].Surface {
		case "(", "[":
			depth++
		case ")", "]":
			if depth--; depth < 0 {
				return true
			}
		}
	}
	return false
}

// askedClause reports whether quotation q lies inside a sentence's
// opening "Asked …" clause (the sentence part from lo opens with "Asked"
// and no comma outside quotation marks stands between it and q), or in
// a passive "was asked if|whether" clause before it (see
// passiveAsked): the words are the question. It returns the asker named right after "by"
// (past titles and roles in lower case: "Asked by anchor Tom Berg") as
// the attribution, or nil when no one is named so.
func (d *doc) askedClause(q *quoteWork, lo int, inQuote []bool) (*attribution, bool) {
	k := lo
	for k < q.open && d.toks[k].Kind == KindPunct {
		k++
	}
	if k >= q.open || d.toks[k].Norm != "asked" || !d.toks[k].is(fCap) {
		// "… when Barr was asked if the team were \"…,\" he
		// responded": a passive "was asked if|whether" clause before
		// the quotation holds the question too.
		if k = d.passiveAsked(lo, q.open, inQuote); k < 0 {
			return nil, false
		}
	}
	for j := k + 1; j < q.open; j++ {
		if !inQuote[j] && (d.toks[j].Surface == "," || d.toks[j].Surface == ":" || d.toks[j].Surface == ";") {
			return nil, false
		}
	}
	if k+1 >= q.open || d.toks[k+1].Norm != "by" {
		return nil, true
	}
	for j := k + 2; j < q.open && j <= k+6; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			m := &d.mentions[mi]
			if m.a != j || m.entity < 0 || d.ents[m.entity].etype != Person {
				return nil, true
			}
			return &attribution{speakerA: m.a, speakerB: m.b, entity: -1, verbTok: k, via: "before"}, true
		}
		if t := &d.toks[j]; t.Kind != KindWord && t.Surface != "." {
			// "Asked by anchor Tom Berg", "Asked by Associate Justice
			// Ana Ruiz": titles and roles only before the name.
			return nil, true
		}
	}
	return nil, true
}

// askedByWhether reads a sentence with "asked by" before its quotation q
// ("Asked by …", "when asked by …"), q coming right after "whether" or
// "if": the words are the
// question, and the asker is the first person named after "by" (past an
// unnamed noun phrase and commas of apposition: "Asked by one lawmaker,
// Rep. Ivo Lund, D-Ore., whether \"…\""), not one a preposition
// governs there ("asked by reporters about Ivo Lund whether": no asker
// named). Only capitalised words,
// commas and parentheses may stand between the asker's name and
// "whether" (no clause of its own). It returns nil when the sentence
// does not read so or no person is named there (the attribution found
// before stands).
func (d *doc) askedByWhether(q *quoteWork, lo int, inQuote []bool) *attribution {
	k := -1
	for j := lo; j+2 < q.open; j++ {
		if d.toks[j].Norm == "asked" && d.toks[j+1].Norm == "by" && !inQuote[j] {
			k = j
		}
	}
	if k < 0 {
		return nil
	}
	if w := d.toks[q.open-1].Norm; w != "whether" && w != "if" {
		return nil
	}
	prep := false
	for j := k + 2; j < q.open-1 && j <= k+14; j++ {
		if inQuote[j] {
			return nil
		}
		switch {
		case d.toks[j].Surface == ",":
			prep = false // "…, Rep. Ivo Lund": an apposition starts anew
		case isPreposition(d.toks[j].Norm):
			prep = true
		}
		mi := d.mentionAt[j]
		if mi < 0 || d.mentions[mi].a != j {
			continue
		}
		m := &d.mentions[mi]
		if m.entity < 0 || d.ents[m.entity].etype != Person {
			continue
		}
		if prep {
			// "Asked by reporters about Ivo Lund whether": the person
			// a preposition governs is not the one who asks.
			return nil
		}
		for t := m.b; t < q.open-1; t++ {
			tk := &d.toks[t]
			if inQuote[t] || tk.Kind == KindWord && !tk.is(fCap) {
				return nil
			}
		}
		return &attribution{speakerA: m.a, speakerB: m.b, entity: -1, verbTok: k, via: "before"}
	}
	return nil
}

// passiveAsked returns the token of "asked" in "was|were asked
// if|whether|about|by" between lo and open, outside quotation marks, else
// -1; -1 too when "and" or "but" comes right before the quotation (the
// clause of the question has ended).
func (d *doc) passiveAsked(lo, open int, inQuote []bool) int {
	if open > lo && (d.toks[open-1].Norm == "and" || d.toks[open-1].Norm == "but") {
		// "Lund was asked about the plan and \"…,\" he said": the
		// quotation after the coordinator is the answer.
		return -1
	}
	for k := lo + 1; k+1 < open; k++ {
		if d.toks[k].Norm == "asked" && !inQuote[k] && isBe(d.toks[k-1].Norm) {
			switch d.toks[k+1].Norm {
			case "if", "whether", "about", "by":
				return k
			}
		}
	}
	return -1
}

// thoughtVerbs are verbs of thinking that a clause of reported speech
// holds: "Lund said he did not believe that “…”" tells what Lund said
// he believes, and "said" is how he was quoted.
var thoughtVerbs = setOfWords("believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt",
	"know", "knows", "knew", "hope", "hopes", "hoped", "doubt", "doubts", "doubted")

// speechVerbOver returns the verb of speech whose clause holds the verb
// of thinking at token v, when the words before v read "said he did not
// believe" (a verb of speech, at most three words of its object, an
// optional "that", a personal pronoun, auxiliaries or "not"), all in one
// sentence from token lo and outside quotation marks; else v. The
// quotation is the words of that speech (read55's quote-verb: the
// intelligence director shown as "believe" for a line he said).
func (d *doc) speechVerbOver(v, lo int, inQuote []bool) int {
	if !thoughtVerbs[d.toks[v].Norm] {
		return v
	}
	k := v - 1
	for k >= lo && !inQuote[k] && (isAux(&d.toks[k]) || d.toks[k].Norm == "n't") {
		k--
	}
	if k < lo || inQuote[k] {
		return v
	}
	switch d.toks[k].Norm {
	case "he", "she", "they", "i", "we":
	default:
		return v
	}
	k--
	if k >= lo && d.toks[k].Norm == "that" {
		k--
	}
	for j := k; j >= lo && j >= k-3; j-- {
		t := &d.toks[j]
		if inQuote[j] || t.Kind != KindWord {
			return v
		}
		if d.verbAt(j) && !thoughtVerbs[t.Norm] {
			return j
		}
	}
	return v
}
