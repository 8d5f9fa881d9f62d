package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Sums said of one act in other words (session 71, h/numbers71; issue
// 15). A sum of money with no counted noun had no counted thing, so two
// outlets' sums of one quantity met only on an equal value: the losses a
// share sale avoided, "saved $760,000 through the stock sale" (the FBI's
// count, one outlet) and "avoided losses of $768,600" (the SEC's, the
// other), stood in two rows and no discrepancy showed (fresh54). Their
// sentences share no word, and their only names are the two sources,
// which the entity test read as two subjects. A money concept is what
// the clause does with the sum (moneyConcept); two sums of one concept
// are one quantity when they are told of one subject in one frame and
// lie close (sameMoneyConcept), the names they are credited to set
// aside (creditNames). Values that differ only by rounding are still
// one figure (roundingApart: "$770,000" beside "$768,600"); "$760,000"
// is no rounding of "$768,600", and the row says the figures differ.

// lossesAvoided is the money concept of a sum kept from loss: "avoided
// losses of $768,600", "saved $760,000".
const lossesAvoided = "m:losses avoided"

// moneyCloseness is how far apart, as a multiple of the smaller, two
// sums of one money concept may lie and still be one quantity: outlets
// that misreport one sum give close figures; a sum far from another of
// the same concept is more likely another's share or another sum.
const moneyCloseness = 1.25

// savedWords are the verbs that say a sum was kept from loss when they
// stand right before it ("saved $760,000"): the past alone; "would save
// $450 billion a year", "it saves $800 billion" tell a plan's savings
// (the census of h/numbers71 split four rows of such sums).
var savedWords = map[string]bool{"saved": true}

// moneyConcept returns the money concept of the sum at tokens
// first..last of s, "" when it has none or n is no sum: lossesAvoided
// for a sum right after "saved" (bound words between allowed: "saved
// about $1 million"), or one whose clause has a form of "avoid"
// and "loss" or "losses" within six tokens before it or three after
// ("avoided losses of $768,600", "avoiding $1.2 million in losses").
func moneyConcept(s nlp.Sentence, first, last int, n nlp.Number) string {
	if n.Kind != nlp.NumMoney {
		return ""
	}
	ts := s.Tokens
	lo, hi := clauseOf(s, first, last)
	i := first - 1
	for i >= lo && boundWords[ts[i].Norm] {
		i--
	}
	if i >= lo && savedWords[ts[i].Norm] {
		return lossesAvoided
	}
	avoid, loss := false, false
	for j := max(lo, first-6); j <= min(hi, last+3); j++ {
		if j >= first && j <= last {
			continue
		}
		switch w := ts[j].Norm; {
		case strings.HasPrefix(w, "avoid"):
			avoid = true
		case w == "loss" || w == "losses":
			loss = true
		}
	}
	if avoid && loss {
		return lossesAvoided
	}
	return ""
}

// countsNoun reports whether a figure's counted thing must stand near
// another figure for the two to pair (rowValue, numberScore): a money
// concept need not, so that two equal sums stay one row when one says
// what it was saved from and the other does not.
func countsNoun(it numItem) bool {
	return it.thing != "" && !isMoneyConcept(it.thing)
}

// isMoneyConcept reports whether thing is a money concept (moneyConcept).
func isMoneyConcept(thing string) bool {
	return strings.HasPrefix(thing, "m:")
}

// sameMoneyConcept reports whether two sums of one money concept, of
// different articles, are one quantity: one person spoken of on both
// sides or none, no named subjects, kinds, places, regions, times or
// incidents apart, no part or increment, neither denied, projected nor
// varying in its article, the names of their sentences shared when both
// have some besides those the figures are credited to (creditNames),
// and values within moneyCloseness of each other.
func sameMoneyConcept(a, b numItem) bool {
	if (a.subject >= 0) != (b.subject >= 0) || a.subject >= 0 && a.subject != b.subject {
		return false
	}
	if subjectApart(a, b) || otherNamedKinds(a, b) || !rowFrame(a, b) {
		return false
	}
	for _, it := range [2]numItem{a, b} {
		if it.part || it.increment || it.varies || it.projected || it.clauseProjected || it.separate {
			return false
		}
	}
	if a.negated != b.negated {
		return false
	}
	if len(a.frameEnts) > 0 && len(b.frameEnts) > 0 && overlap(a.frameEnts, b.frameEnts) == 0 {
		return false
	}
	lo, hi := math.Min(a.n.Value, b.n.Value), math.Max(a.n.Value, b.n.Value)
	return lo > 0 && hi <= moneyCloseness*lo
}

// creditNames returns the sorted global ids of the names of ms (the
// mentions of sentence s) that the sentence credits what it tells to: a
// name after "according to", or one right before a verb of saying
// ("The FBI says", see creditVerbs) or right after one ("…, said the
// FBI"). Two outlets that credit one figure to two sources tell of one
// subject all the same.
func creditNames(ms []mention, s nlp.Sentence) []int {
	ts := s.Tokens
	var out []int
	for _, m := range ms {
		at := tokenStarting(ts, m.start)
		end := tokenEnding(ts, m.end)
		if at < 0 || end >= len(ts) {
			continue
		}
		if end+1 < len(ts) && creditVerbs[ts[end+1].Norm] || at > 0 && creditVerbs[ts[at-1].Norm] || afterAccording(ts, at) {
			out = append(out, m.entity)
		}
	}
	return sortedSet(out)
}

// creditVerbs are the verbs of saying whose subject is a source.
var creditVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "stated": true,
	"reported": true, "reports": true, "estimated": true, "estimates": true, "alleged": true, "alleges": true, "claimed": true, "claims": true}

// afterAccording reports whether token at of ts stands in the phrase of
// an "according to" before it, in its clause.
func afterAccording(ts []nlp.Token, at int) bool {
	for i := at - 1; i >= 1; i-- {
		if clauseBreak(ts[i]) {
			return false
		}
		if ts[i].Norm == "to" && ts[i-1].Norm == "according" {
			return true
		}
	}
	return false
}

// tokenStarting returns the index of the token of ts that starts at byte
// offset start, or -1.
func tokenStarting(ts []nlp.Token, start int) int {
	for i, t := range ts {
		if t.Start == start {
			return i
		}
	}
	return -1
}

// withoutIDs returns the ids of a that b lacks.
func withoutIDs(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	out := make([]int, 0, len(a))
	for _, id := range a {
		if !slices.Contains(b, id) {
			out = append(out, id)
		}
	}
	return out
}
