package compare

import (
	"math"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A tally's larger side told as a figure of its own (session 72,
// h/numbers72; issue 15). fresh55's pages showed one quantity written
// two ways in rows apart: a town's vote on a ban "59 to 41" in one
// outlet, "58.64 percent" of voters for it (and 41.36 against) in
// another; a party's "51 to 47" seats in one, its "51 seats" in another.
// A tally is a range to the pairing (kind and unit apart), so neither
// met. tallyEnd pairs the tally with the other outlet's figure of its
// larger side: a share of a vote whose sides make a hundred, equal once
// rounded to the whole, or a count of seats equal to it. Rounding is
// agreement, so such a row sets no figures at odds (discrepant reads
// 59 beside 58.64 as one figure rounded). A row holds one figure of
// each article, so the smaller side's share stays a row of its own.

// tallyEnd reports whether figure o, of another article than tally t,
// is t's larger side told on its own: a percentage that rounds to it
// when t's sides make a hundred and both sentences tell a vote, or a
// count of seats equal to it when t counts seats; with no part, bound
// or increment, the sentences sharing words of the event, no persons,
// names or years apart, and one frame (rowFrame).
func tallyEnd(t, o numItem) bool {
	if !isTally(t) || isTally(o) || t.projected || o.part || t.part || o.lower || o.upper || o.increment || t.increment || len(t.others) > 0 {
		return false
	}
	hi, lo := t.n.Value, *t.n.High
	switch o.n.Kind {
	case nlp.NumPercent:
		if hi == lo || math.Abs(hi+lo-100) > 1 || math.Round(100*o.n.Value) != hi || o.projected || !tallyWord(o) || !tallyVoted(t) {
			return false
		}
	case nlp.NumCount:
		// "will hold 51 seats" after an election: a count of seats
		// may be said ahead.
		if o.head != "seat" || !tallySeats(t) || o.n.Value != hi {
			return false
		}
	default:
		return false
	}
	if sharedEventWords(t, o) < minSharedWords {
		return false
	}
	if t.subject >= 0 && o.subject >= 0 && t.subject != o.subject {
		return false
	}
	if len(t.ents) > 0 && len(o.ents) > 0 && overlap(t.ents, o.ents) == 0 {
		return false
	}
	return rowFrame(t, o)
}

// tallyEndKeys returns the keys under which the pairing (numberPairs)
// lists item it so that a tally and the figure of its larger side
// (tallyEnd) meet: for a tally, the kind of figure that may tell that
// side and its value; for a percentage in a sentence of voting or a
// count of seats, its kind and value (rounded to the whole for a
// percentage, which the analyser stores as a fraction); none for any
// other figure.
func tallyEndKeys(it numItem) (keys []tallyKey) {
	switch {
	case isTally(it):
		hi, lo := it.n.Value, *it.n.High
		if hi != lo && math.Abs(hi+lo-100) <= 1 {
			keys = append(keys, tallyKey{nlp.NumPercent, hi})
		}
		if tallySeats(it) {
			keys = append(keys, tallyKey{nlp.NumCount, hi})
		}
	case it.n.Kind == nlp.NumPercent && tallyWord(it):
		keys = append(keys, tallyKey{nlp.NumPercent, math.Round(100 * it.n.Value)}) // a share is stored as a fraction
	case it.n.Kind == nlp.NumCount && it.head == "seat":
		keys = append(keys, tallyKey{nlp.NumCount, it.n.Value})
	}
	return keys
}

// tallyKey is a candidate key of a tally's larger side: the kind of the
// figure that tells it alone and its value.
type tallyKey struct {
	kind  nlp.NumberKind
	value float64
}
