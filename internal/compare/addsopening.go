package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A shared point in an opening clause (session 64). A member may give
// the others' point only in a clause of time or contrast that opens its
// sentence, and its own main clause after the comma: "When the harbour
// board closed the north quay last winter, pilots moved their boats to
// Halm" beside "The harbour board closed the north quay last winter".
// The tail and head points of addsPart part no such sentence (a comma
// after an opening clause is no run-on point), and addsMainClause looks
// for the others' point after the member's own main clause, not before
// it. Read in session 63 (h/facts63, facts63-families.tsv), 7 of the 34
// partly right groups of a shared detail beside another main clause had
// the shared part before the main clause, three of them in an opening
// "since", "when" or "while" clause.

// openingSubordinators open a clause before the sentence's main clause.
var openingSubordinators = setOf("when", "while", "since", "after", "before", "although", "though", "once", "as", "until", "because")

// addsAfterOpening returns the main clause of sentence s (whose text is
// text), with cutMark before it, when the sentence opens with a clause
// of a subordinator (openingSubordinators) closed by a comma (the first
// one a clause follows; a quotation the opening clause gives is part of
// it) that tells what the others say (others: their word
// stems; ot: their sentences): at least minCutTold of the others' words
// (not names), one of their verbs (verbStems) and at least half the
// plain words of one of their sentences (toldMostly). The main clause
// after the comma must open with a subject and a finite verb
// (clauseOpens), read as a main clause of its own (ownMainClause: at
// least minCutWords plain words, after its last verb of saying when it
// holds one, so a speaker closing the sentence leaves it too short; no
// quotation mark, no relative clause left open) and share no word with
// the others but names.
func addsAfterOpening(s nlp.Sentence, text string, others map[string]bool, ot [][]nlp.Token) (string, bool) {
	ts := s.Tokens
	open := datelineEnd(s)
	if open >= len(ts) || !openingSubordinators[ts[open].Norm] {
		return "", false
	}
	// The main clause opens after the first comma (or a comma and the
	// quotation mark that closes the opening clause's quoted words,
	// ",”") that a clause with a subject of its own follows ("in Ostra,
	// Norland, the pilots …" reads past the place).
	k, main := -1, -1
	for i := open + 1; i+1 < len(ts); i++ {
		if ts[i].Kind == nlp.KindPunct && ts[i].Surface != "," && !isJoiner(ts[i].Surface) && !quoteMark(ts[i].Surface) {
			return "", false
		}
		if ts[i].Surface != "," {
			continue
		}
		j := i + 1
		if quoteMark(ts[j].Surface) {
			j++
		}
		if j < len(ts) && clauseOpens(ts, j) {
			k, main = i, j
			break
		}
	}
	if k < 0 || !ownMainClause(ts[main:]) {
		return "", false
	}
	verbs := verbStems(ot)
	_, told := headTold(ts[open+1:k], others)
	verb := false
	for _, t := range ts[open+1 : k] {
		verb = verb || content(t) && verbs[t.Stem]
	}
	if told < minCutTold || !verb || !toldMostly(ts[open+1:k], ot) {
		return "", false
	}
	for _, t := range ts[main:] {
		if content(t) && others[t.Stem] && !capitalised(t.Surface) {
			return "", false
		}
	}
	at := ts[main].Start - s.Start
	if at <= 0 || at > len(text) || !strings.HasPrefix(text[at:], ts[main].Surface) {
		return "", false
	}
	return cutMark + strings.TrimRight(text[at:], " .;:,"), true
}
