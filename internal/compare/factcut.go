package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A member of a fact group often states the shared fact and then runs on
// into something none of the other members says: "…the pupils sing in
// the film, as they are shown dressed in grey…", "…said she is sure of
// it, and she told the panel that…". The reader
// of the group then sees one side holding more than the others. When
// the run-on part is a clause of its own, opened after a comma by "as"
// or "while", or by "and" and a pronoun, with a verb close behind
// (clauseAfter), outside quotation marks, and shares no word with the
// other members' sentences, the member is shown up to that comma,
// marked cut ("…"): what is left is the part that states the shared
// fact. Session 50 adds two wider points (widePoint): "and" with no
// comma before it and a verb right behind (a second predicate of the
// subject: "… banned the ferry on Tuesday and ordered …"), and a comma
// before "after", "before", "because", "when" or "since" with a verb
// close behind. These are cut only when no other member of the group
// runs on in its own way (hasRunOn), and no cut takes away a speaker
// named after it as the source of the whole sentence (sourceOf).
// Nothing else about the group changes (its members, key and
// place); the member's own words listed beside it are those of the part
// shown.

// cutMark ends a member shown without the clause that ran on.
const cutMark = "…"

// minCutWords is the least number of content words the clause cut off
// and the part kept must each hold: a clause of one or two words
// ("as expected", "and he agreed") is no second statement, and a part
// kept of a few words would show little.
const minCutWords = 3

// minButWords is the least number of content words a second predicate
// opened by "but" must hold to be cut: a refusal or denial of two words
// ("but declined to elaborate", "but refused to comment") is a statement
// of its own beside the shared fact.
const minButWords = 2

// minCutTold is the least number of words (not names) the part kept
// must share with the others: the shared fact is told there, not only
// the names of the people it is about.
const minCutTold = 2

// cutRunOns sets, for each member of each group of two or more articles
// (a member joined to its neighbour aside), the text shown when its
// sentence runs on past the shared fact (runOnCut).
func cutRunOns(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup) {
	for _, g := range groups {
		if len(g.docs) < 2 {
			continue
		}
		for _, m := range g.members {
			if g.join[m] != 0 {
				continue
			}
			others, otherNums := map[string]bool{}, map[string]bool{}
			for _, y := range g.members {
				if y == m {
					continue
				}
				for _, x := range g.span(y) {
					for _, f := range al[x].feats {
						if n := ft.names[f]; strings.HasPrefix(n, "w:") {
							others[n[2:]] = true
						} else if strings.HasPrefix(n, "n:") {
							otherNums[n] = true
						}
					}
				}
			}
			// A second predicate or a clause of time or reason is cut
			// only when no other member runs on past the shared fact in
			// its own way: two sentences that each add a predicate may
			// add the same one in other words ("… and called the
			// inquiry a farce" beside "… and denounced it as a
			// sham").
			wide, dashed := true, false
			for _, y := range g.members {
				if y == m || g.join[y] != 0 {
					continue
				}
				ys := docs[al[y].s.doc].an.Sentences[al[y].s.pos].Tokens
				if hasRunOn(ys) {
					wide = false
				}
				dashed = dashed || hasDash(ys)
			}
			s := docs[al[m].s.doc].an.Sentences[al[m].s.pos]
			t, ok := runOnCut(s, al[m].s.text, others, wide, ownNumbers(docs[al[m].s.doc].an, al[m].s.pos, otherNums))
			if !ok && wide {
				t, ok = headCut(s, al[m].s.text, others)
			}
			if !ok && wide {
				// Both clauses may touch the others' words: align clauses
				// (session 52).
				// Not at a dash when another member goes on past a dash
				// of its own: the two may add one point in other words
				// (session 70).
				t, ok = clauseCut(s, al[m].s.text, others, !dashed, func() map[int]int { return namedPersons(docs, al, g, m) })
			}
			if !ok && !wide {
				t, ok = contrastCut(s, al[m].s.text, others, func() map[int]int { return namedPersons(docs, al, g, m) })
			}
			// The tokens of the other members' sentences, read once when
			// a cut or a mark asks for them.
			var ot [][]nlp.Token
			otherTokens := func() [][]nlp.Token {
				if ot == nil {
					for _, y := range g.members {
						if y == m {
							continue
						}
						for _, x := range g.span(y) {
							ot = append(ot, docs[al[x].s.doc].an.Sentences[al[x].s.pos].Tokens)
						}
					}
				}
				return ot
			}
			if !ok {
				// The words given alike mark the shared part (session 56).
				t, ok = sharedRunCut(s, al[m].s.text, otherTokens(), wide, func() map[int]int { return namedPersons(docs, al, g, m) })
			}
			if ok {
				if g.cut == nil {
					g.cut = map[int]string{}
				}
				g.cut[m] = t
			} else {
				// Shown whole: the clause it adds is marked (session 60).
				a, ok := addsPart(s, al[m].s.text, others)
				if !ok {
					// The others' point told in a phrase of the member's
					// own main clause (session 63).
					a, ok = addsMainClause(s, al[m].s.text, others, otherTokens())
					if !ok {
						// The others' point told in a clause that opens
						// the member's sentence (session 64).
						a, ok = addsAfterOpening(s, al[m].s.text, others, otherTokens())
					}
					if !ok {
						// A detail in a relative clause between commas
						// (session 66).
						a, ok = addsRelative(s, al[m].s.text, others)
					}
				}
				if ok {
					if g.adds == nil {
						g.adds = map[int]string{}
					}
					g.adds[m] = a
				}
			}
		}
	}
}

// runOnCut returns sentence s (whose text is text) cut before the first
// clause that runs on past what the others say: a comma, then "as" or
// "while", or "and" and a subject pronoun, with a verb close behind
// (and, when wide, a widePoint), no quotation mark, closing speaker or
// figure other than the member's own (own) from there on, at least minCutWords content words
// from there on and none of them in others (stems), and at least
// minCutWords content words before.
func runOnCut(s nlp.Sentence, text string, others map[string]bool, wide bool, own func(nlp.Token) bool) (string, bool) {
	ts := s.Tokens
	quoted := inQuotes(ts)
	for k := 1; k+2 < len(ts); k++ {
		narrow := ts[k].Surface == "," && runOnOpener(ts, k+1)
		if quoted[k] || !narrow && !(wide && widePoint(ts, k)) {
			continue
		}
		tail, shared, marks := 0, false, false
		for i, t := range ts[k+1:] {
			// A verb of saying further on is the source of the whole
			// sentence ("…, lost his rank and his pension, she
			// said"): cutting it would make the writer
			// say what the speaker said. (Checked at the wider points
			// only: at h/facts49's it undid a right cut, session 50.)
			// A figure no other member gives is a detail of the clause cut
			// off; one they give is the shared fact (session 72).
			if quoteMark(t.Surface) || t.Kind == nlp.KindNumber && !own(t) || !narrow && i >= 2 && sourceOf(ts, k+1+i) {
				marks = true
			}
			if content(t) {
				tail++
				shared = shared || others[t.Stem]
			}
		}
		need := minCutWords
		if ts[k].Norm == "but" {
			need = minButWords // "… but declined to elaborate"
		}
		if marks || shared || tail < need {
			continue
		}
		head, told := headTold(ts[:k], others)
		at := ts[k].Start - s.Start
		if head < minCutWords || told < minCutTold || at <= 0 || at > len(text) || !strings.HasPrefix(text[at:], ts[k].Surface) {
			return "", false
		}
		return strings.TrimRight(text[:at], " -–—,;:") + cutMark, true
	}
	return "", false
}

// ownNumbers returns a test of whether a figure token of sentence pos of
// an is one no other member gives: a number read there (an.Numbers) whose
// value (numberFeature) is not in otherNums. A figure the analysis did
// not read as a number, or one within a number another member gives,
// is not the member's own.
func ownNumbers(an *nlp.Analysis, pos int, otherNums map[string]bool) func(nlp.Token) bool {
	return func(t nlp.Token) bool {
		own := false
		for _, n := range an.Numbers {
			if n.Sentence != pos || n.End <= t.Start || n.Start >= t.End {
				continue
			}
			if otherNums[numberFeature(n)] {
				return false
			}
			own = true
		}
		return own
	}
}

// runOnOpener reports whether token k opens a clause of its own: "as" or
// "while", or "and" before a subject pronoun, with a verb close behind
// (clauseAfter), or "which" before a clause with a subject of its own
// (clauseOpens).
func runOnOpener(ts []nlp.Token, k int) bool {
	switch ts[k].Norm {
	case "as", "while":
		return clauseAfter(ts, k)
	case "which":
		// A relative clause with a subject of its own ("…, which he
		// promised to publish next week") adds a point about what the
		// sentence named (session 58).
		return clauseOpens(ts, k+1)
	case "and":
		return k+1 < len(ts) && runOnSubjects[ts[k+1].Norm] && clauseAfter(ts, k+1)
	}
	// A participle right after the comma: ", adding that…", ", rejecting…".
	// ("according to…" names a source, which stays).
	// A participle after another one is the next item of a list ("in
	// conducting searches, holding people and…"), not a clause.
	w := ts[k].Norm
	// So is one after a preposition's object ("charged with
	// obstruction, lying to Congress and…").
	for i := max(0, k-4); i < k-1; i++ {
		if strings.HasSuffix(ts[i].Norm, "ing") || i >= k-3 && listPrepositions[ts[i].Norm] {
			return false
		}
	}
	return ts[k].Kind == nlp.KindWord && !capitalised(ts[k].Surface) && strings.HasSuffix(w, "ing") && !notVerbs[w] && w != "according"
}

// listPrepositions before a comma make the participle after it the next
// item of what they govern.
var listPrepositions = setOf("with", "of", "for", "on", "in", "by", "about", "to", "from", "against")

// runOnSubjects are the pronouns that open a clause of its own after
// "and".
var runOnSubjects = setOf("he", "she", "they", "it", "we", "i")

// andPredicate reports whether token k is an "and" with no comma before
// it that opens a second predicate of the sentence's subject: a verb
// right behind it ("… posted the video and said he was …", "… pleaded
// guilty and is now …").
func andPredicate(ts []nlp.Token, k int) bool {
	if ts[k].Norm != "and" || ts[k-1].Surface == "," || k+1 >= len(ts) {
		return false
	}
	return predicateBehind(ts, k)
}

// butPredicate reports whether token k is a "but", with or without a
// comma before it, that opens a second predicate of the sentence's
// subject: a verb right behind it ("… was taken into custody without
// incident but declined to elaborate").
func butPredicate(ts []nlp.Token, k int) bool {
	return ts[k].Norm == "but" && k+1 < len(ts) && predicateBehind(ts, k)
}

// predicateBehind reports whether the conjunction at k, not last, is
// followed right behind by a verb that opens a predicate of its own (see
// andPredicate).
func predicateBehind(ts []nlp.Token, k int) bool {
	t := ts[k+1]
	if t.Kind != nlp.KindWord || capitalised(t.Surface) {
		return false
	}
	// Two descriptions joined ("limited and focused", "open and
	// undeveloped") are no second predicate.
	if strings.HasSuffix(ts[k-1].Norm, "ed") {
		return false
	}
	n := t.Norm
	if strings.HasPrefix(n, "un") {
		return false
	}
	return sayingWords[n] || reportWords[n] || finiteAux[n] || hypotheticalWords[n] && n != "if" && n != "whether" && n != "unless" ||
		len(n) > 4 && strings.HasSuffix(n, "ed") && n != "hundred" && n != "indeed"
}

// finiteAux are the auxiliaries that open a predicate of their own.
var finiteAux = setOf("is", "are", "was", "were", "has", "have", "had", "did", "does")

// sourceOf reports whether the verb of saying at j names the source of
// what comes before it: after a subject pronoun or a name ("she said",
// "Lund said"), or last in the sentence ("…, a deckhand said.").
func sourceOf(ts []nlp.Token, j int) bool {
	if !saidVerbs[ts[j].Norm] {
		return false // a noun of saying: "statement", "reports"
	}
	p := ts[j-1]
	return runOnSubjects[p.Norm] || p.Kind == nlp.KindWord && capitalised(p.Surface) || j+1 == len(ts) || ts[j+1].Kind == nlp.KindPunct
}

// runOnSubordinators open, after a comma and with a verb close behind
// (clauseAfter), a clause of time or reason that a sentence can run on
// into: "…, when it crashed in the Alps", "…, after the demands were
// announced".
var runOnSubordinators = setOf("after", "before", "because", "when", "since")

// widePoint reports whether token k is where a sentence runs on into a
// second predicate of its subject (andPredicate) or, after a comma, a
// clause of time or reason.
func widePoint(ts []nlp.Token, k int) bool {
	return andPredicate(ts, k) || butPredicate(ts, k) || wherePoint(ts, k) || orToSay(ts, k) ||
		ts[k].Surface == "," && k+1 < len(ts) && runOnSubordinators[ts[k+1].Norm] && clauseAfter(ts, k+1)
}

// orToSay reports whether token k is an "or" or "and" that opens a
// second infinitive of saying ("declined to comment on the timetable or
// to say whether the captain would stay"): a second question the
// subject left open, beside the one the others tell (session 58).
func orToSay(ts []nlp.Token, k int) bool {
	return (ts[k].Norm == "or" || ts[k].Norm == "and") && k+2 < len(ts) && ts[k+1].Norm == "to" && sayingWords[ts[k+2].Norm]
}

// wherePoint reports whether token k is a "where" that opens a clause of
// its own about a place the sentence has named ("… died on the way to
// the clinic where nurses could not save him"): a verb before it and
// close behind it (clauseAfter), and right before it a name or a noun
// after a determiner. After a verb or an adjective "where" opens what is
// said or asked ("asked where he was", "unclear where it went"), which
// the guard on the word before leaves alone.
func wherePoint(ts []nlp.Token, k int) bool {
	if ts[k].Norm != "where" || k < 2 || !clauseAfter(ts, k) || !verbBefore(ts, k) {
		return false
	}
	p := k - 1
	if ts[p].Surface == "," {
		p--
	}
	if p < 1 || ts[p].Kind != nlp.KindWord {
		return false
	}
	return p > 0 && capitalised(ts[p].Surface) || determinerWords[ts[p-1].Norm] || p > 1 && determinerWords[ts[p-2].Norm] && ts[p-1].Kind == nlp.KindWord
}

// headCut returns sentence s (whose text is text) without the first of
// its subject's two predicates when only the second states what the
// others say: "Gov. Lund called the fire “a tragedy” and on Friday said
// two of the injured were in a critical state" beside "Lund said two of
// the injured were critical" is shown "Gov. Lund … on Friday said two of
// the injured …". The subject is the words before the sentence's first
// verb (no comma, quotation mark or figure among them, at most
// maxSubjectTokens); the first predicate runs from that verb to an "and"
// (no comma before it) behind which, after at most three words of time
// ("late Friday", "on Monday"), a verb opens the second; the first holds
// at least minCutWords content words, no figure and no word of the
// others' sentences, the second at least minCutWords content words and
// minCutTold (not names) of the others'.
func headCut(s nlp.Sentence, text string, others map[string]bool) (string, bool) {
	ts := s.Tokens
	quoted := inQuotes(ts)
	v := -1
	lead := leadPhrase(ts)
	for i := lead; i < len(ts) && i <= lead+maxSubjectTokens; i++ {
		t := ts[i]
		if t.Kind == nlp.KindWord && i > lead && !capitalised(t.Surface) && predicateVerb(ts, i) {
			v = i
			break
		}
		if t.Kind == nlp.KindNumber || t.Kind == nlp.KindPunct && t.Surface != "." || quoteMark(t.Surface) {
			return "", false
		}
	}
	if v < 1 {
		return "", false
	}
	for k := v + 1; k+2 < len(ts); k++ {
		if quoted[k] || ts[k].Norm != "and" || ts[k-1].Surface == "," {
			continue
		}
		j := k + 1
		for j < len(ts) && j <= k+3 && (timeLead[ts[j].Norm] || capitalised(ts[j].Surface) && weekdays[ts[j].Norm] != 0) {
			j++
		}
		if j >= len(ts) || ts[j].Kind != nlp.KindWord || capitalised(ts[j].Surface) || !predicateVerb(ts, j) {
			continue
		}
		// Two descriptions joined ("divided and fractured", "open and
		// unused") are no second predicate (as in andPredicate); nor is a
		// verb whose object points back at what is cut ("… said he would
		// not change and reiterated that Tuesday").
		if strings.HasSuffix(ts[k-1].Norm, "ed") || strings.HasPrefix(ts[j].Norm, "un") || passiveBefore(ts, quoted, v, k) && strings.HasSuffix(ts[j].Norm, "ed") ||
			j+1 < len(ts) && pointsBack[ts[j+1].Norm] && !clauseAfter(ts, j+1) {
			return "", false
		}
		cut, shared, figure := 0, false, false
		for i, t := range ts[v:k] {
			// One predicate holds no comma, colon or dash outside its
			// quotation: past one, the sentence lists or adds more.
			if t.Kind == nlp.KindNumber || t.Kind == nlp.KindPunct && !quoteMark(t.Surface) && t.Surface != "." {
				figure = true
			}
			if content(t) {
				cut++
				// The verb the second predicate repeats ("said “…” and
				// said he has asked …") is the second's as much as the
				// first's, and a name inside the words quoted ("said
				// “the Halm guard returned fire” and said …") is no
				// word the first tells of the others' (session 58).
				shared = shared || others[t.Stem] && !(i == 0 && ts[j].Norm == t.Norm) && !(quoted[v+i] && capitalised(t.Surface))
			}
		}
		if figure || shared || cut < minCutWords {
			return "", false // the first predicate holds a figure, a comma or what the others say
		}
		kept, told := 0, 0
		for _, t := range ts[k+1:] {
			if content(t) {
				kept++
				if others[t.Stem] && !capitalised(t.Surface) {
					told++
				}
			}
		}
		a, b := ts[v].Start-s.Start, ts[k+1].Start-s.Start
		if kept < minCutWords || told < minCutTold || a <= 0 || b > len(text) || !strings.HasPrefix(text[b:], ts[k+1].Surface) {
			return "", false
		}
		return strings.TrimRight(text[:a], " ") + " " + cutMark + " " + text[b:], true
	}
	return "", false
}

// pointsBack are the words that, right behind a verb and with no clause
// of their own after them, stand for what the sentence said before.
var pointsBack = setOf("that", "this", "it", "so")

// passiveBefore reports whether tokens (v, k) hold, outside quotation
// marks, an auxiliary of the passive or perfect right before a past form
// ("had been shut", "were pulled"): a past form after "and" then goes on
// that verb group ("said they had been shut out and harassed"), it
// opens no predicate of its own (session 58).
func passiveBefore(ts []nlp.Token, quoted []bool, v, k int) bool {
	for i := v + 1; i+1 < k; i++ {
		if n := ts[i+1].Norm; !quoted[i] && passiveAux[ts[i].Norm] && (strings.HasSuffix(n, "ed") || strongParticiples[n]) {
			return true
		}
	}
	return false
}

// passiveAux are the auxiliaries a past participle goes on.
var passiveAux = setOf("been", "be", "being", "was", "were", "is", "are", "has", "have", "had", "get", "got")

// leadPhrase returns where a sentence's subject starts behind a leading
// phrase of where or when the words were given, closed by a comma within
// maxSubjectTokens tokens ("In a statement Monday morning, Gov. Lund
// said …"): a preposition of leadPrepositions first, no verb, quotation
// mark or figure in it (session 58). 0 when there is none.
func leadPhrase(ts []nlp.Token) int {
	if len(ts) == 0 || !leadPrepositions[ts[0].Norm] {
		return 0
	}
	for i := 1; i < len(ts) && i <= maxSubjectTokens; i++ {
		t := ts[i]
		if t.Surface == "," {
			return i + 1
		}
		if t.Kind == nlp.KindNumber || quoteMark(t.Surface) || t.Kind == nlp.KindPunct && t.Surface != "." || t.Kind == nlp.KindWord && !capitalised(t.Surface) && predicateVerb(ts, i) {
			return 0
		}
	}
	return 0
}

// leadPrepositions open a leading phrase that headCut keeps before the
// subject.
var leadPrepositions = setOf("in", "on", "at")

// maxSubjectTokens is the most tokens headCut takes for a sentence's
// subject before its first verb.
const maxSubjectTokens = 8

// predicateVerb reports whether token i is a verb that opens a
// predicate: a verb of saying or reporting, a finite auxiliary, a modal
// or a past form in -ed (not one used as an adjective after a
// determiner).
func predicateVerb(ts []nlp.Token, i int) bool {
	n := ts[i].Norm
	return saidVerbs[n] || reportWords[n] || finiteAux[n] || hypotheticalWords[n] && n != "if" && n != "whether" && n != "unless" ||
		len(n) > 4 && strings.HasSuffix(n, "ed") && n != "hundred" && n != "indeed" && !participleAdjective(ts, i)
}

// timeLead are the words of time that may stand between "and" and the
// verb of a second predicate ("and late Friday said", "and on Monday
// told"), beside the days of the week (weekdays).
var timeLead = setOf("late", "early", "later", "then", "also", "on", "last", "this", "next", "morning", "afternoon", "evening", "night", "today", "yesterday")

// hasRunOn reports whether a sentence runs on at some point outside
// quotation marks, in any of the ways runOnCut cuts.
func hasRunOn(ts []nlp.Token) bool {
	quoted := inQuotes(ts)
	for k := 1; k+2 < len(ts); k++ {
		if !quoted[k] && (ts[k].Surface == "," && runOnOpener(ts, k+1) || widePoint(ts, k)) {
			return true
		}
	}
	return false
}

// saidVerbs are the verbs of saying that close a sentence with its source.
var saidVerbs = setOf("said", "says", "told", "reported", "wrote", "added", "stated", "explained", "noted", "tweeted")

// headTold counts the content words of a clause's first part ts (head)
// and those of them, not capitalised, whose stem the other members use
// (told): the part before a cut must say the shared point in the others'
// words, a name alone is no telling of it. The cut (factcut) and the
// added-clause mark (factadds) read it alike.
func headTold(ts []nlp.Token, others map[string]bool) (head, told int) {
	for _, t := range ts {
		if content(t) {
			head++
			if others[t.Stem] && !capitalised(t.Surface) {
				told++
			}
		}
	}
	return head, told
}
