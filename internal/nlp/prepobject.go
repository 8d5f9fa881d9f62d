package nlp

import "strings"

// PrepositionBefore returns the index of the preposition whose object
// phrase token j opens or heads: the word before j, or before a short
// run of words that stand in front of a noun (determiners, a possessive
// "'s", names, figures, at most maxPremodifiers plain words), is a
// preposition that opens a phrase beside a clause ("questioned the
// ministry over its plan", "had little choice in referring",
// "mistrusted for his acceptance of …"). -1 when the words read
// otherwise: token j, or a word between, reads as a clause's verb (a
// past tense after no determiner, clauseWord: "in 2010 ran for"), a
// comma, a quotation mark or another word of a clause ("that", a
// pronoun) stands between, or the preposition is one that mostly ties a noun to a noun
// or a verb to its infinitive ("of", "to", "than", "like",
// "including"), or one of time or reason that opens a clause of its own
// ("after", "before": a clause reader's, not a phrase's).
func PrepositionBefore(ts []Token, j int) int {
	if j > 0 && !phrasePrepositions[ts[j-1].Norm] && clauseWord(ts, j) {
		// "and in 2010 ran for …": token j is the verb of a clause
		// that the preposition's phrase opens, not a word of it.
		return -1
	}
	plain := 0
	for i := j - 1; i >= 0; i-- {
		t := ts[i]
		switch {
		case t.Kind == KindWord && phrasePrepositions[t.Norm]:
			if i+1 == j || plain <= maxPremodifiers {
				return i
			}
			return -1
		case t.Kind == KindNumber:
		case t.Kind == KindWord && isDeterminer(t.Norm) && t.Norm != "that":
		case t.Surface == "'s" || t.Surface == "’s" || t.Surface == "'" || t.Surface == "’":
		case t.Kind == KindWord && t.Surface != strings.ToLower(t.Surface):
			// A name ("Obama's nomination", "Pentagon lawyers").
		case t.Kind == KindWord && !t.Stop && !clauseWord(ts, i):
			plain++
			if plain > maxPremodifiers {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// maxPremodifiers is the most plain words PrepositionBefore lets stand
// between a preposition and the token it reads as the phrase's
// ("over its reported secret effort").
const maxPremodifiers = 2

// clauseWord reports whether the plain word at i reads as the verb of a
// clause rather than a word in front of a noun: a past tense (a form in
// -ed, notPast aside, or one of pastForms: "in 2010 ran") that no
// determiner or possessive stands before ("its reported effort" is a
// noun's).
func clauseWord(ts []Token, i int) bool {
	n := ts[i].Norm
	if ts[i].Kind != KindWord || !(pastForms[n] || len(n) > 4 && strings.HasSuffix(n, "ed") && !notPast[n]) {
		return false
	}
	if i == 0 {
		return true
	}
	p := ts[i-1]
	return !(p.Kind == KindWord && isDeterminer(p.Norm) || p.Surface == "'s" || p.Surface == "’s")
}

// phrasePrepositions are the prepositions whose phrase PrepositionBefore
// reads: those that open a phrase standing beside a clause's verb or
// object.
var phrasePrepositions = map[string]bool{
	"on": true, "over": true, "for": true, "in": true, "about": true, "against": true, "with": true, "at": true,
	"from": true, "by": true, "into": true, "despite": true, "amid": true, "toward": true, "towards": true,
	"among": true, "through": true, "without": true, "upon": true, "regarding": true, "concerning": true,
}
