package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// One side holds more (session 60, h/facts60). A member of a fact group
// that runs on past the shared fact into a clause of its own is cut
// (cutRunOns) only where the guards of the cuts allow it: a figure, a
// quotation or another member running on keeps the sentence whole. The
// reader of such a group then sees outlets agree on a sentence of which
// one says more than the others. Such a member keeps its whole sentence
// and has the clause that no other member gives marked as what it adds
// (FactSentence.Adds): the page shows the agreement and, apart, the
// rest.

// addsPart returns the clause of sentence s (whose text is text) that
// runs on past what the others say (others: their word stems), with
// cutMark where the sentence goes on: the sentence's tail from the
// first clause point outside quotation marks (a comma before a clause
// of its own, as runOnCut, or ", but" before one; a second predicate, a
// clause of time or reason or "or to say", as widePoint, but not
// "where"; a semicolon or a dash before a clause), holding at least
// minCutWords content words, at most maxAddsShared of them the others'
// (one in addsSharedRatio), and no verb of saying that names the source
// of the whole sentence; the part before holds at least minCutWords
// content words and minCutTold (not names) of the others'. A figure or
// quotation in the tail stays: it is part of what the member adds.
// With no such tail, the first clause before a "but" (addsHead), else
// the half of a quotation the others do not quote (addsQuotePart), else
// the first clause at a wider point (addsHead with wider). (With none
// of these, cutRunOns tries the member's own main clause before a
// phrase telling the others' point: addsMainClause.)
func addsPart(s nlp.Sentence, text string, others map[string]bool) (string, bool) {
	ts := s.Tokens
	quoted := inQuotes(ts)
	for k := 1; k+2 < len(ts); k++ {
		if quoted[k] || !addsPoint(ts, k) {
			continue
		}
		tail, shared, source, own := 0, 0, false, false
		for i, t := range ts[k+1:] {
			if i >= 1 && sourceOf(ts, k+1+i) {
				source = true
			}
			if content(t) {
				tail++
				if others[t.Stem] {
					shared++
					own = own || !stemBefore(ts, k, t.Stem)
				}
			}
		}
		// One word of the others' in a long clause, which the part
		// before gives too ("… the immunity claim …, and said he could
		// not square a vision of presidential immunity …"), is no
		// telling of their point; a word of theirs the part before
		// lacks is ("… expressed sympathy and called on the army to
		// pursue the shortcomings" beside "ordered the army to
		// investigate the shortcomings").
		if source || own || tail < minCutWords || shared > 0 && (shared > maxAddsShared || tail < addsSharedRatio*shared) {
			continue
		}
		head, told := headTold(ts[:k], others)
		if head < minCutWords || told < minCutTold {
			return "", false
		}
		from := k
		if ts[k].Kind == nlp.KindPunct {
			from = k + 1 // the comma, semicolon or dash is no part of it
		}
		at := ts[from].Start - s.Start
		if at <= 0 || at > len(text) || !strings.HasPrefix(text[at:], ts[from].Surface) {
			return "", false
		}
		return cutMark + strings.TrimRight(text[at:], " .;:,"), true
	}
	if a, ok := addsHead(s, text, others, false); ok {
		return a, true
	}
	if a, ok := addsQuotePart(s, text, others); ok {
		return a, true
	}
	return addsHead(s, text, others, true)
}

// minQuoteHalf is the least number of content words each half of a
// quotation parted by addsQuotePart holds.
const minQuoteHalf = 2

// addsQuotePart returns the half of one quotation in sentence s (whose
// text is text) that the others do not quote, when the others give the
// other half (one remark held in part, session 61): inside quotation
// marks, a comma before "and" or "but" ("…the future of the presidency
// itself, and what kind of conduct …") parts the quotation in two; each
// half holds at least minQuoteHalf content words, one holds none of the
// others' words, names included (the others may name the same graves
// as tombstones), and the other at least minCutTold (not names). Words
// inside one quotation are the speaker's own, so the others quoting the
// remark give them alike: a half with none of their words is one they
// do not quote. The half is returned
// with cutMark where the quotation goes on, without the quotation
// marks. A quotation may open or close in a sentence next to s.
func addsQuotePart(s nlp.Sentence, text string, others map[string]bool) (string, bool) {
	ts := s.Tokens
	quoted := inQuotes(ts)
	for k := 1; k+2 < len(ts); k++ {
		if !quoted[k] || ts[k].Surface != "," || ts[k+1].Norm != "and" && ts[k+1].Norm != "but" {
			continue
		}
		open, end := k, k
		for open > 0 && !quoteMark(ts[open-1].Surface) {
			open--
		}
		for end < len(ts) && !quoteMark(ts[end].Surface) {
			end++
		}
		first, firstTold := headTold(ts[open:k], others)
		second, secondTold := headTold(ts[k+2:end], others)
		if first < minQuoteHalf || second < minQuoteHalf {
			continue
		}
		var from, to int
		switch {
		case !anyOthers(ts[open:k], others) && secondTold >= minCutTold:
			from, to = open, k
		case !anyOthers(ts[k+2:end], others) && firstTold >= minCutTold:
			from, to = k+1, end
		default:
			continue
		}
		if listItemBefore(ts, open, k) && (from == open || second < minCutWords) {
			// "all memoranda, notes, summaries, and recordings …" or
			// "… regulations, and Departmental policies": items of one
			// list, which the others may sum up in a word of their own
			// ("all documents and recordings", "Justice Department
			// regulations"). A last item of some length stays ("…,
			// and violent media or video games").
			continue
		}
		a, b := ts[from].Start-s.Start, len(text)
		if to < len(ts) {
			b = ts[to].Start - s.Start
		}
		if a < 0 || b > len(text) || a >= b || !strings.HasPrefix(text[a:], ts[from].Surface) {
			return "", false
		}
		part := strings.TrimRight(text[a:b], " .;:,")
		if from == open {
			return part + cutMark, true
		}
		return cutMark + part, true
	}
	return "", false
}

// addsHead returns the first clause of sentence s (whose text is text)
// when only the clause after it tells what the others say: at "but"
// before a second predicate ("… sailed the route for years, but was
// stripped of …") or ", but" before a clause with a subject of its own
// (a contrast: "and" joins clauses the others may tell in other words,
// which the words alone do not show), outside
// quotation marks, the first holds at least minCutWords content words
// and no word of the others' but names, the second at least minCutWords
// content words, minCutTold of them (not names) the others', and no
// verb of saying naming the source of the whole sentence. With wider,
// the first clause may end at the points session 62 added (widerHeadPoint)
// and must besides be plain (plainHead): at least minCutWords content
// words that are no names, no quotation mark and no verb of saying
// ("Sen. Lund said …", "Lund told the council …": the rest is what was
// said, not a second point), no opening subordinator, no relative
// clause left open; the "after" or "before" of a clause of time may not
// follow a word of time ("hours after", "shortly before"). Only the
// first point decides: where its clause is refused, none further on is
// tried.
func addsHead(s nlp.Sentence, text string, others map[string]bool, wider bool) (string, bool) {
	ts := s.Tokens
	quoted := inQuotes(ts)
	for k := 1; k+2 < len(ts); k++ {
		if quoted[k] || !headPoint(ts, k) && !(wider && widerHeadPoint(ts, k)) {
			continue
		}
		if wider && !plainHead(ts[:k]) {
			return "", false
		}
		// The first clause has a verb of its own ("With Lund, the brash
		// and …" has none), and the second does not point back at it
		// ("… and reiterated that Tuesday"): the word behind its verb,
		// right behind "but" or, after ", but", behind the clause's
		// subject (clauseOpens), or at a wider point headVerb's, is no
		// "that" or "it" closing it.
		v := k + 1
		switch {
		case wider:
			v = headVerb(ts, k)
		case ts[k].Surface == ",":
			for v = k + 3; v < len(ts) && !clauseVerb(ts, v); v++ {
			}
		}
		if !hasPredicate(ts, quoted, k) || v+1 < len(ts) && pointsBack[ts[v+1].Norm] && !clauseAfter(ts, v+1) {
			return "", false
		}
		head, shared := 0, false
		for _, t := range ts[:k] {
			if content(t) {
				head++
				shared = shared || others[t.Stem] && !capitalised(t.Surface)
			}
		}
		if shared || head < minCutWords {
			return "", false // the first clause tells the others' point
		}
		tail, told, source := 0, 0, false
		for i, t := range ts[k+1:] {
			if i >= 1 && sourceOf(ts, k+1+i) {
				source = true
			}
			if content(t) {
				tail++
				if others[t.Stem] && !capitalised(t.Surface) {
					told++
				}
			}
		}
		at := ts[k].Start - s.Start
		if source || tail < minCutWords || told < minCutTold || at <= 0 || at > len(text) || !strings.HasPrefix(text[at:], ts[k].Surface) {
			return "", false
		}
		return strings.TrimRight(text[:at], " ,;:") + cutMark, true
	}
	return "", false
}

// headPoint reports whether token k ends a first clause that addsHead
// may mark: a second predicate opened by "but", or a comma before
// "but" and a clause with a subject of its own.
func headPoint(ts []nlp.Token, k int) bool {
	if butPredicate(ts, k) {
		return true
	}
	return ts[k].Surface == "," && k+1 < len(ts) && ts[k+1].Norm == "but" && clauseOpens(ts, k+2)
}

// widerHeadPoint reports whether token k ends a first clause that
// addsHead may mark when asked for the wider points (session 62): "and"
// before a second predicate (with or without a comma before it), "and"
// or a "but" with no comma before a clause with a subject of its own, a
// comma before a participle (", confirming that …"), or a clause of
// time or reason ("after", "before", "because", "when", "since", with
// or without a comma) with a verb close behind; not where a quotation
// opens right behind the point, nor at a participle of saying, a
// preposition in -ing or the first of a list of participles (ingList),
// nor at "and" before a subject that is no clause's (ownSubject). A member
// that runs on
// first and tells the others' point second ("The rocket fired at dawn,
// and was seen by a destroyer" beside "A destroyer saw the launch") then
// has its first clause marked.
func widerHeadPoint(ts []nlp.Token, k int) bool {
	c := k // the conjunction or subordinator
	if ts[k].Surface == "," {
		c = k + 1
	}
	if c+1 >= len(ts) {
		return false
	}
	for i := c + 1; i < len(ts) && i <= c+3; i++ {
		if quoteMark(ts[i].Surface) {
			return false // "… in a video and statement, “I'm …": what is said follows
		}
	}
	// The verb behind "and" is a finite one (clauseVerb), not a noun of
	// saying ("a video and statement").
	if andPredicate(ts, k) && clauseVerb(ts, k+1) {
		return true
	}
	switch n := ts[c].Norm; {
	case n == "and" || n == "but":
		return c > k && n == "and" && predicateBehind(ts, c) && clauseVerb(ts, c+1) || ownSubject(ts, k, c)
	case runOnSubordinators[n]:
		return !timeBefore[ts[c-1].Norm] && clauseAfter(ts, c)
	case c > k:
		// A participle of saying ("…, saying …", "…, tweeting: …")
		// gives the words of what the first clause tells ("suggested it
		// was an error, saying somebody made a mistake").
		return strings.HasSuffix(n, "ing") && !sayingWords[n] && !reportWords[n] && !sayingParticiples[n] && !notParticiples[n] && runOnOpener(ts, c) && !ingList(ts, c)
	}
	return false
}

// ownSubject reports whether "and" or "but" at c (after a comma at k,
// or at k itself) opens a clause with a subject of its own whose verb
// stands before any comma (an apposition: "a senator and twice-wounded
// veteran to succeed Lund, who is …") and not right behind "to" (an
// infinitive: "experience and ability to get things done"), after a
// word that is no verb, no name ("Jon Berg and Ana Lind on Friday
// became …") and no dash, and not inside a clause of time or reason
// opened since the last comma.
func ownSubject(ts []nlp.Token, k, c int) bool {
	if !clauseOpens(ts, c+1) || clauseVerb(ts, c-1) {
		return false
	}
	if c == k && (ts[k-1].Kind != nlp.KindWord || capitalised(ts[k-1].Surface)) {
		return false
	}
	// Inside a clause of time or reason ("was fired after two probes and
	// reports showed …") the subject after "and" may be the clause's.
	for i := k - 1; i >= 0 && ts[i].Surface != ","; i-- {
		if headSubordinators[ts[i].Norm] {
			return false
		}
	}
	i := c + 1
	for ; i < len(ts) && !clauseVerb(ts, i); i++ {
		if ts[i].Surface == "," {
			return false
		}
	}
	// A verb right behind "to" is an infinitive inside a noun phrase
	// ("his experience and ability to get things done"), not the verb
	// of a subject after "and". (clauseVerb itself takes it: the cuts
	// read "Voters figure to be …" and "except to say that …" through it.)
	return i < len(ts) && ts[i-1].Norm != "to"
}

// notParticiples are forms in -ing after a comma that open no clause
// of their own: a preposition ("…, barring a late change"), or a
// participle of the perfect or passive that describes the name before
// it ("Lund, having backed the plan, …").
var notParticiples = setOf("barring", "including", "regarding", "concerning", "following", "excluding", "pending", "considering", "having", "being", "during", "notwithstanding")

// ingList reports whether the participle at c is the first of a list:
// an "and" or "or" before another form in -ing further on ("…, cutting
// taxes and raising wages").
func ingList(ts []nlp.Token, c int) bool {
	for i := c + 1; i+1 < len(ts); i++ {
		if (ts[i].Norm == "and" || ts[i].Norm == "or") && strings.HasSuffix(ts[i+1].Norm, "ing") {
			return true
		}
	}
	return false
}

// sayingParticiples are participles that give the words of what the
// clause before them tells.
var sayingParticiples = setOf("saying", "adding", "telling", "tweeting", "writing", "noting", "declaring", "calling", "thanking", "arguing", "insisting", "stating", "asking", "urging", "warning", "claiming", "explaining", "describing", "accusing", "praising", "charging", "posting", "suggesting", "announcing", "acknowledging", "admitting", "conceding", "vowing", "pledging", "promising", "citing", "referring", "blaming", "questioning", "criticizing", "labeling", "branding", "dubbing")

// timeBefore are the words of time that make an "after" or "before"
// behind them part of the first clause ("resigned hours after …").
var timeBefore = setOf("hours", "days", "weeks", "months", "years", "minutes", "moments", "shortly", "soon", "just", "right", "immediately", "long", "even", "only", "year", "day", "week", "month")

// headSubordinators open a clause that is not the sentence's main one.
var headSubordinators = setOf("if", "when", "as", "although", "though", "while", "because", "since", "after", "before", "once", "unless", "until", "whether")

// plainHead reports whether a first clause ts may be marked at a wider
// point: it opens with no subordinator (headSubordinators), ends inside
// no relative clause opened after a comma, and holds at least
// minCutWords content words that are no names, no quotation mark and no
// verb of saying.
func plainHead(ts []nlp.Token) bool {
	if len(ts) > 0 && headSubordinators[ts[0].Norm] {
		return false // "If a hearing does occur, Lund, …": the main clause is further on
	}
	plain := 0
	for _, t := range ts {
		if quoteMark(t.Surface) || sayingWords[t.Norm] || reportWords[t.Norm] {
			return false
		}
		if content(t) && !capitalised(t.Surface) {
			plain++
		}
	}
	return plain >= minCutWords && !relativeLeftOpen(ts)
}

// relativeLeftOpen reports whether ts end inside a relative clause
// opened after their last comma ("Lund, who had doubts about the plan
// and has …"): the point is inside it, not in a main clause.
func relativeLeftOpen(ts []nlp.Token) bool {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].Surface == "," {
			return i+1 < len(ts) && (ts[i+1].Norm == "who" || ts[i+1].Norm == "which" || ts[i+1].Norm == "whose")
		}
	}
	return false
}

// headVerb returns the verb of the clause that follows the point k of
// widerHeadPoint: right behind "but" or "and" (a second predicate) or the
// comma (a participle), or the first finite verb behind the clause's
// subject (clauseVerb). len(ts) when there is none.
func headVerb(ts []nlp.Token, k int) int {
	c := k
	if ts[k].Surface == "," {
		c = k + 1
	}
	switch {
	case c >= len(ts):
		return len(ts)
	case c > k && strings.HasSuffix(ts[c].Norm, "ing"):
		return c
	case (ts[c].Norm == "but" || ts[c].Norm == "and") && c+1 < len(ts) && predicateBehind(ts, c):
		return c + 1
	}
	v := c + 1
	for v < len(ts) && !clauseVerb(ts, v) {
		v++
	}
	return v
}

// maxAddsShared is the most words of the others' a clause marked as
// what a member adds may hold, and addsSharedRatio how many content
// words it must hold for each.
const (
	maxAddsShared   = 1
	addsSharedRatio = 5
)

// addsPoint reports whether token k is where a sentence runs on into a
// clause of its own: a comma before a clause opener (runOnOpener) or
// before "but" and a clause with a subject of its own (clauseOpens), a
// widePoint other than at "where", or a semicolon or dash before a
// clause with a subject of its own.
func addsPoint(ts []nlp.Token, k int) bool {
	if ts[k].Norm == "where" {
		return false // "the house where he lived had …": the clause may be inside the subject
	}
	switch ts[k].Surface {
	case ",":
		return runOnOpener(ts, k+1) || widePoint(ts, k) || k+1 < len(ts) && ts[k+1].Norm == "but" && clauseOpens(ts, k+2)
	case ";", "—", "–":
		return clauseOpens(ts, k+1)
	}
	return widePoint(ts, k)
}

// hasPredicate reports whether tokens [0, k) hold, outside quotation
// marks, a verb that opens a predicate (predicateVerb).
func hasPredicate(ts []nlp.Token, quoted []bool, k int) bool {
	for i := 1; i < k; i++ {
		if !quoted[i] && ts[i].Kind == nlp.KindWord && !capitalised(ts[i].Surface) && predicateVerb(ts, i) {
			return true
		}
	}
	return false
}

// stemBefore reports whether one of tokens [0, k) has stem w.
func stemBefore(ts []nlp.Token, k int, w string) bool {
	for _, t := range ts[:k] {
		if t.Stem == w {
			return true
		}
	}
	return false
}

// anyOthers reports whether a content word of ts is one of the others'
// (names included).
func anyOthers(ts []nlp.Token, others map[string]bool) bool {
	for _, t := range ts {
		if content(t) && others[t.Stem] {
			return true
		}
	}
	return false
}

// listItemBefore reports whether the comma at k closes a short item of
// a list (at most maxListItem tokens after a comma of the same
// quotation, which opens at open).
func listItemBefore(ts []nlp.Token, open, k int) bool {
	for i := k - 1; i >= open && i >= k-1-maxListItem; i-- {
		if ts[i].Surface == "," {
			return true
		}
	}
	return false
}

// maxListItem is the most tokens an item of a list parted by commas
// holds for listItemBefore.
const maxListItem = 3
