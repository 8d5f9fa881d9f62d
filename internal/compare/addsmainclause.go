package compare

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A shared detail inside another main clause (session 63). A member may
// give the others' point only as a phrase of a clause of its own:
// "Lawmakers sharply questioned the ministry over its plan to close the
// port" beside "The ministry plans to close the port". No clause point
// parts the sentence (the shared words stand in a phrase the main clause
// opens with a preposition), so neither the tail nor the wider heads of
// addsPart reach it, and the reader saw the group as if the member said
// only what the others say. The member's own main clause, before the
// preposition, is then what it adds.

// addsMainClause returns the part of sentence s (whose text is text)
// before the phrase that tells what the others say (others: their word
// stems; ot: their sentences, whose verbs verbStems reads), with cutMark where
// the sentence goes on, when that phrase is the object of a preposition
// (nlp.PrepositionBefore) of the member's own main clause: the first
// word of the others' (not a name) stands in that phrase; the part
// before holds a predicate (or a verb in -ed behind an adverb,
// adverbVerb), reads as a main clause of its own (ownMainClause) and
// does not end in a verb (the phrase of "involved in", "occupied by",
// "alleged in a statement that …" is the verb's own, not a detail beside
// it); the part from the preposition on holds at least minCutWords
// content words, minCutTold of them (not names) the others', one of the
// others' verbs (what the others tell happening is told in the phrase:
// where none of their verbs is, the member's main clause may tell it in
// words of its own, "was looking into the payments" beside "is
// investigating the payments"), at least half the plain words of one
// of the others' sentences (toldMostly), and no verb of saying naming
// the source of the whole sentence.
func addsMainClause(s nlp.Sentence, text string, others map[string]bool, ot [][]nlp.Token) (string, bool) {
	ts := s.Tokens
	verbs := verbStems(ot)
	j := -1
	for i, t := range ts {
		if content(t) && others[t.Stem] && !capitalised(t.Surface) {
			j = i
			break
		}
	}
	if j < 2 {
		return "", false
	}
	k := nlp.PrepositionBefore(ts, j)
	if k < 2 || !ownMainClause(ts[:k]) || !hasPredicate(ts, inQuotes(ts), k) && !adverbVerb(ts[:k]) {
		return "", false
	}
	if p := ts[k-1]; p.Kind == nlp.KindWord && !capitalised(p.Surface) && (clauseVerb(ts, k-1) || strings.HasSuffix(p.Norm, "ed")) {
		return "", false
	}
	tail, told, verb := 0, 0, false
	for i, t := range ts[k:] {
		if i >= 1 && sourceOf(ts, k+i) {
			return "", false
		}
		if content(t) {
			tail++
			if others[t.Stem] && !capitalised(t.Surface) {
				told++
			}
			verb = verb || verbs[t.Stem]
		}
	}
	at := ts[k].Start - s.Start
	if !verb || !toldMostly(ts[k:], ot) || tail < minCutWords || told < minCutTold || at <= 0 || at > len(text) || !strings.HasPrefix(text[at:], ts[k].Surface) {
		return "", false
	}
	return strings.TrimRight(text[:at], " ,;:") + cutMark, true
}

// verbStems returns the stems of the verbs of sentences ss: the words
// clauseVerb reads as a clause's verb, a verb in -ed behind an adverb
// (adverbVerb: "secretly obtained"), and those right behind "to", a
// modal, "not" or a form of "be" or "have", with or without an adverb
// in -ly between ("to accept", "would nearly double", "have been
// circulating"), auxiliaries aside, and a word behind "to" that a
// preposition follows ("a response to unrest in …": a noun).
func verbStems(ss [][]nlp.Token) map[string]bool {
	out := map[string]bool{}
	for _, ts := range ss {
		for i, t := range ts {
			if !content(t) || capitalised(t.Surface) || auxWords[t.Norm] {
				continue
			}
			// A word behind "to" that a preposition follows may be a
			// noun ("a response to unrest in …").
			if i > 0 && ts[i-1].Norm == "to" && i+1 < len(ts) && phraseOpeners[ts[i+1].Norm] {
				continue
			}
			if clauseVerb(ts, i) || adverbVerbAt(ts, i) || i > 0 && verbLeads[ts[i-1].Norm] ||
				i > 1 && verbLeads[ts[i-2].Norm] && strings.HasSuffix(ts[i-1].Norm, "ly") {
				out[t.Stem] = true
			}
		}
	}
	return out
}

// verbLeads are the words a verb stands right behind: "to", a modal,
// "not", a form of "be" or "have".
var verbLeads = setOf("to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not", "be", "been", "is", "are", "was", "were", "has", "have", "had")

// ownMainClause reports whether the part ts before a preposition reads
// as a main clause of its own that addsMainClause may mark: it opens
// with no subordinator, holds no quotation mark and no relative clause
// left open after a comma (relativeLeftOpen, as plainHead), and at least minCutWords content words that
// are no names, minCutWords of them after its last verb of saying when
// it holds one.
func ownMainClause(ts []nlp.Token) bool {
	if len(ts) == 0 || headSubordinators[ts[0].Norm] {
		return false
	}
	plain := 0
	for _, t := range ts {
		if quoteMark(t.Surface) {
			return false
		}
		if sayingWords[t.Norm] || reportWords[t.Norm] {
			plain = 0 // what is said comes after: count from here
			continue
		}
		if content(t) && !capitalised(t.Surface) && unicode.IsLetter([]rune(t.Norm)[0]) {
			plain++ // not "'s"
		}
	}
	return plain >= minCutWords && !relativeLeftOpen(ts)
}

// adverbVerb reports whether ts hold a verb in -ed behind an adverb in
// -ly that no determiner stands before ("lawmakers sharply questioned";
// "the newly elected mayor" is an adjective's), which
// participleAdjective, reading any -ly word before a form in -ed as an
// adjective's, leaves out of hasPredicate.
func adverbVerb(ts []nlp.Token) bool {
	for i := range ts {
		if adverbVerbAt(ts, i) {
			return true
		}
	}
	return false
}

// adverbVerbAt reports whether token i is a verb in -ed behind an
// adverb in -ly that no determiner stands before (adverbVerb).
func adverbVerbAt(ts []nlp.Token, i int) bool {
	n := ts[i].Norm
	return i >= 2 && len(n) > 4 && strings.HasSuffix(n, "ed") && ts[i].Kind == nlp.KindWord && !capitalised(ts[i].Surface) &&
		strings.HasSuffix(ts[i-1].Norm, "ly") && ts[i-1].Kind == nlp.KindWord && !determinerWords[ts[i-2].Norm]
}

// phraseOpeners are prepositions that follow a noun behind "to" more
// often than a verb.
var phraseOpeners = setOf("in", "of", "at", "from", "on", "over", "for", "with", "among")

// toldMostly reports whether the phrase tail tells at least half the
// plain words (content words that are no names) of one of the others'
// sentences ot: that sentence says little more than the phrase, so the
// member's main clause before it is its own. Where every other sentence
// holds more words of its own than the phrase tells, it tells a point
// of its own, which the member's main clause may tell in other words
// ("Warren fired the starting pistol for the race when she announced
// …" beside "Warren announced in a video released on Monday …").
func toldMostly(tail []nlp.Token, ot [][]nlp.Token) bool {
	stems := map[string]bool{}
	for _, t := range tail {
		if content(t) {
			stems[t.Stem] = true
		}
	}
	for _, o := range ot {
		plain, told := 0, 0
		for _, t := range o {
			if content(t) && !capitalised(t.Surface) {
				plain++
				if stems[t.Stem] {
					told++
				}
			}
		}
		if plain > 0 && 2*told >= plain {
			return true
		}
	}
	return false
}
