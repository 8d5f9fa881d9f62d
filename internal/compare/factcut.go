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
// fact. Nothing else about the group changes (its members, key and
// place); the member's own words listed beside it are those of the part
// shown.

// cutMark ends a member shown without the clause that ran on.
const cutMark = "…"

// minCutWords is the least number of content words the clause cut off
// and the part kept must each hold: a clause of one or two words
// ("as expected", "and he agreed") is no second statement, and a part
// kept of a few words would show little.
const minCutWords = 3

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
			others := map[string]bool{}
			for _, y := range g.members {
				if y == m {
					continue
				}
				for _, x := range g.span(y) {
					for _, f := range al[x].feats {
						if n := ft.names[f]; strings.HasPrefix(n, "w:") {
							others[n[2:]] = true
						}
					}
				}
			}
			if t, ok := runOnCut(docs[al[m].s.doc].an.Sentences[al[m].s.pos], al[m].s.text, others); ok {
				if g.cut == nil {
					g.cut = map[int]string{}
				}
				g.cut[m] = t
			}
		}
	}
}

// runOnCut returns sentence s (whose text is text) cut before the first
// clause that runs on past what the others say: a comma, then "as" or
// "while", or "and" and a subject pronoun, with a verb close behind,
// no quotation mark from there on, at least minCutWords content words
// from there on and none of them in others (stems), and at least
// minCutWords content words before.
func runOnCut(s nlp.Sentence, text string, others map[string]bool) (string, bool) {
	ts := s.Tokens
	quoted := inQuotes(ts)
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].Surface != "," || quoted[k] || !runOnOpener(ts, k+1) {
			continue
		}
		tail, shared, marks := 0, false, false
		for _, t := range ts[k+1:] {
			if quoteMark(t.Surface) || t.Kind == nlp.KindNumber {
				marks = true
			}
			if content(t) {
				tail++
				shared = shared || others[t.Stem]
			}
		}
		if marks || shared || tail < minCutWords {
			continue
		}
		head, told := 0, 0
		for _, t := range ts[:k] {
			if content(t) {
				head++
				if others[t.Stem] && !capitalised(t.Surface) {
					told++
				}
			}
		}
		at := ts[k].Start - s.Start
		if head < minCutWords || told < minCutTold || at <= 0 || at > len(text) || !strings.HasPrefix(text[at:], ",") {
			return "", false
		}
		return strings.TrimRight(text[:at], " ") + cutMark, true
	}
	return "", false
}

// runOnOpener reports whether token k opens a clause of its own: "as" or
// "while", or "and" before a subject pronoun, with a verb close behind
// (clauseAfter).
func runOnOpener(ts []nlp.Token, k int) bool {
	switch ts[k].Norm {
	case "as", "while":
		return clauseAfter(ts, k)
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
