package compare

import (
	"math"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// This file marks one quantity's figures at odds.
//
// An article that counts a noun twice with other values ("30,000
// teachers walked out", "6,000 teachers could lose their jobs",
// "thousands of teachers") had its figures marked as varying
// (markVaries), and a varying figure is no account of the count: the
// row of 30,000, about 25,000 and some 26,000 teachers of one strike
// showed no discrepancy (read59). A second value far from the first
// (farApart: more than twice it) counts another set of the noun, and a
// vague one ("thousands") says nothing exact; neither speaks against
// the first when roughApart weighs two outlets' counts (variesNear).
// Rows are not touched: sameQuantity still keeps any varying figure
// apart (letting far values join there put 422 and 750 rockets, or 10
// and 90 miles, in one row). Tolls (a concept, "c:") keep the old
// reading: one article updates its toll far ("nine dead", later "30
// dead").

// otherValueVaries reports whether b, another figure of a's counted thing
// in a's article with another value, makes a vary as roughApart reads
// it: for a counted noun (not a toll) only a close, definite value does.
func otherValueVaries(a, b numItem) bool {
	if !strings.HasPrefix(a.thing, "h:") {
		return true
	}
	return !vague(b.n) && !vague(a.n) && !farApart(a.n.Value, b.n.Value)
}

// One sum, several rows. Outlets name what a sum pays for in other words
// ("a $15.25 billion relief package", "$15.25 billion in disaster
// money"), so its two figures had other counted things and stood in two
// rows (h/numbers60: 26 of 78 rows read on 32 events were one quantity
// split; sums among them). A sum given to three significant figures or
// more, exactly and alike in two articles, in one frame, is
// one sum whatever it is said to pay for: such a sum seldom recurs by
// chance, unlike "$7.4 billion", which one event gave for two funds.

// minSumFigures is how many significant figures a sum needs to join a
// row on its value alone.
const minSumFigures = 3

// specificSum reports whether two figures of different articles are one
// sum by their value: money of one currency, the same exact value of at
// least minSumFigures significant figures, neither a range, a bound, a
// rough figure, a part nor a breakdown's part, in one frame (rowFrame but
// what it pays for).
func specificSum(a, b numItem) bool {
	if a.n.Kind != nlp.NumMoney || b.n.Kind != nlp.NumMoney || a.n.Unit != b.n.Unit || a.n.Value != b.n.Value {
		return false
	}
	for _, it := range [2]numItem{a, b} {
		if it.n.Approx || it.n.High != nil || it.lower || it.upper || it.part || it.increment {
			return false
		}
	}
	if significantFigures(a.n.Value) < minSumFigures || a.breakdown || b.breakdown {
		return false
	}
	// One frame: what each pays for is not asked (rowFrame would), the
	// rest is: one subject, the same years and time, no region or place
	// of its own, no separate incident, no named kinds apart.
	if a.subject >= 0 && b.subject >= 0 && a.subject != b.subject || otherNamedKinds(a, b) || fromApart(a, b) {
		return false
	}
	// Years apart only when both name some (rowValue's test of one
	// value): "through December" on one side is no other year.
	if a.past != b.past || len(a.years) > 0 && len(b.years) > 0 && overlap(a.years, b.years) == 0 {
		return false
	}
	return !localApart(a, b) && !placeApart(a, b) && !a.separate && !b.separate && a.negated == b.negated
}

// significantFigures returns how many significant figures v is written
// with, trailing zeros of a whole number left out: 15,250,000,000 has 4,
// 7,400,000,000 has 2, 27,111.75 has 7. It reads v to 15 figures, what
// a float64 holds exactly: the reader's "8.2" times a billion is
// 8199999999.999999, a sum of two figures (review60c).
func significantFigures(v float64) int {
	s := strconv.FormatFloat(math.Abs(v), 'e', 14, 64)
	s, _, _ = strings.Cut(s, "e")
	s = strings.Replace(s, ".", "", 1)
	s = strings.Trim(s, "0")
	return len(s)
}
