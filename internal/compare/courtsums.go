package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Sums a court or a settlement sets (session 72, h/numbers72; issue
// 15). A census of the money rows of ABP stories of two outlets or more
// found one sum told by two outlets in two rows only where its noun
// differs: a defendant's "$250,000 signature bond" beside his
// "$250,000 bail", a "$10 million bail price" beside "his $10 million
// bail", a company's "$1.2 billion fine" beside the "$1.19 billion in
// penalties" it paid, a "$27,111.75 settlement" beside a settlement of
// "roughly $27,000". Each of these sums has a concept, read from the
// words right around it (courtConcept): bail, a fine or a settlement. Every pair of one concept at different values the census
// found was one sum rounded, none a sum at odds, while a story tells of
// more than one fine or settlement often enough (an earlier fine, a
// fine beside restitution); so two sums of these concepts share a row
// only when they agree (sameCourtSum), and the concepts raise no flag.
// The concept is a field of its own, not the figure's counted thing:
// it adds rows' joins and takes none away.

// The concepts of sums a court or a settlement sets.
const (
	bailSum       = "bail"
	fineSum       = "fine"
	settlementSum = "settlement"
)

// courtNouns are the nouns that name a sum's concept right after it
// (two modifiers between allowed: "a $100 million civil money
// penalty"; "$1.19 billion in penalties") or before "of" and it ("a
// settlement of $27,111.75"). "bond" is bail only in a sentence of
// release or jail (bondContext).
var courtNouns = map[string]string{"bail": bailSum, "bond": bailSum,
	"fine": fineSum, "fines": fineSum, "penalty": fineSum, "penalties": fineSum,
	"settlement": settlementSum, "settlements": settlementSum}

// courtModifiers may stand between a sum and its concept's noun: "a
// $250,000 signature bond", "a $5 million civil penalty".
var courtModifiers = setOf("civil", "criminal", "signature", "cash", "secured", "unsecured", "total", "record", "federal", "money")

// bondContext are the stems of a sentence that make a "bond" after a sum
// bail: "released on a $250,000 bond", "posted a $1 million bond", "the
// judge set a $500,000 bond"; a bond sale or a bond measure names none
// of them.
var bondContext = []string{"bail", "releas", "post", "jail", "custod", "detent", "free", "judg"}

// exactContext are the stems of bondContext that must stand alone:
// "bailout" is no bail.
var exactContext = setOf("bail", "free", "post")

// courtConcept returns the concept of the sum n at tokens first..last
// of s when the words right around it name one: a concept noun after it
// (modifiers between allowed, or "in" before a plural: "$1.19 billion
// in penalties"), "to settle" after it (not "to settle at", a price's
// close), "fined" or "settled for" before it
// (bound words between allowed), or a concept noun and "of" before it;
// "" when none does or n is no sum.
func courtConcept(s nlp.Sentence, first, last int, n nlp.Number) string {
	if n.Kind != nlp.NumMoney {
		return ""
	}
	ts := s.Tokens
	word := func(i int) string {
		if i < 0 || i >= len(ts) {
			return ""
		}
		return ts[i].Norm
	}
	i := last + 1
	for i <= last+2 && courtModifiers[word(i)] {
		i++ // "a $100 million civil money penalty"
	}
	if c := courtNouns[word(i)]; c != "" && (word(i) != "bond" || inSentence(s, bondContext)) {
		return c
	}
	if word(last+1) == "in" && strings.HasSuffix(word(last+2), "s") && courtNouns[word(last+2)] != bailSum {
		if c := courtNouns[word(last+2)]; c != "" {
			return c
		}
	}
	if word(last+1) == "to" && word(last+2) == "settle" && word(last+3) != "at" {
		return settlementSum // not a price's "climbed $17 to settle at"
	}
	j := first - 1
	for j >= 0 && boundWords[word(j)] && word(j) != "to" {
		j--
	}
	switch {
	case word(j) == "fined":
		return fineSum
	case word(j) == "for" && (word(j-1) == "settled" || word(j-1) == "settle"):
		return settlementSum
	case word(j) == "of":
		if c := courtNouns[word(j-1)]; c != "" && word(j-1) != "bond" {
			return c
		}
	}
	return ""
}

// inSentence reports whether a token of s has a stem that opens with one
// of stems, or is one of those exactContext names.
func inSentence(s nlp.Sentence, stems []string) bool {
	for _, t := range s.Tokens {
		for _, p := range stems {
			if exactContext[p] && t.Stem == p || !exactContext[p] && strings.HasPrefix(t.Stem, p) {
				return true
			}
		}
	}
	return false
}

// sameCourtSum reports whether two sums of different articles are one
// bail, fine or settlement named by two nouns or given once rounded: one
// concept (courtConcept), one currency, values equal or one the other
// rounded, told of one subject in one frame (courtFrame). It only joins:
// a sum it does not pair stays where the other rules put it.
func sameCourtSum(a, b numItem) bool {
	if a.court == "" || a.court != b.court || a.n.Unit != b.n.Unit || a.n.High != nil || b.n.High != nil {
		return false
	}
	if a.n.Value != b.n.Value && !roundingApart(a.n.Value, b.n.Value) {
		return false
	}
	return a.n.Value > 0 && courtFrame(a, b)
}

// courtFrame reports whether two sums are told of one subject in one
// frame: no two persons spoken of, no named subjects, kinds, places,
// years or incidents apart, no part, increment, projection or varying
// figure, both denied or neither, and the names of their sentences
// shared when both have some. Unlike rowFrame it lets their nouns
// differ ("bond", "bail") and one tell of a deal to pay what the other
// says was paid (the tense): the values agree, so no more is asked.
func courtFrame(a, b numItem) bool {
	if a.subject >= 0 && b.subject >= 0 && a.subject != b.subject || subjectApart(a, b) || otherNamedKinds(a, b) {
		return false
	}
	if len(a.years)+len(b.years) > 0 && overlap(a.years, b.years) == 0 {
		return false
	}
	if localApart(a, b) || placeApart(a, b) || a.negated != b.negated {
		return false
	}
	for _, it := range [2]numItem{a, b} {
		if it.part || it.increment || it.varies || it.projected || it.clauseProjected || it.separate {
			return false
		}
	}
	return len(a.ents) == 0 || len(b.ents) == 0 || overlap(a.ents, b.ents) > 0
}
