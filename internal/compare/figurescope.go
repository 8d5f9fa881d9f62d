package compare

import (
	"math"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// What else a figure's sentence says about its scope. Two different
// figures are one quantity only when nothing in their sentences sets them
// apart: read on real reports, most "discrepancies" were two figures of
// one sentence paired crosswise ("Ukraine expels 13 Russians … Albania
// two"), two moments of a running count ("as of Tuesday", "as of
// Friday"), a rate against a total ("208,000 jobs a month") or a label
// read as a count ("the A, L and 1 lines").

// weekdays are the days a sentence may place what it counts on, one bit
// each.
var weekdays = map[string]uint8{"monday": 1, "tuesday": 2, "wednesday": 4, "thursday": 8, "friday": 16, "saturday": 32, "sunday": 64,
	"monday's": 1, "tuesday's": 2, "wednesday's": 4, "thursday's": 8, "friday's": 16, "saturday's": 32, "sunday's": 64}

// sentenceDays returns the weekdays sentence s names, one bit each.
func sentenceDays(s nlp.Sentence) uint8 {
	var days uint8
	for _, t := range s.Tokens {
		days |= weekdays[t.Norm]
	}
	return days
}

// otherFigures returns the values of the numbers of sentence si of an
// other than n itself, of n's kind and unit (dates and years are not
// figures).
func otherFigures(an *nlp.Analysis, si int, n nlp.Number) []float64 {
	var out []float64
	for _, m := range an.Numbers {
		if m.Sentence != si || m.Start == n.Start || m.Kind != n.Kind || m.Unit != n.Unit || m.Kind == nlp.NumDate {
			continue
		}
		out = append(out, m.Value)
	}
	return out
}

// givesValue reports whether one of values is v, to the precision either
// is written.
func givesValue(values []float64, v float64) bool {
	for _, x := range values {
		if roundedEqual(x, v) {
			return true
		}
	}
	return false
}

// rateUnits are the spans a rate is counted over ("a month", "per day").
var rateUnits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "quarter": true, "year": true,
	"hours": true, "days": true, "weeks": true, "months": true, "quarters": true, "years": true}

// isRate reports whether the number ending at token last is a rate: "per",
// "a", "each" or "every" and a span within the next four tokens ("158,000
// jobs a month", "$2 per hour").
func isRate(ts []nlp.Token, last int) bool {
	for i := last + 1; i < len(ts)-1 && i <= last+4; i++ {
		if clauseBreak(ts[i]) {
			return false
		}
		switch ts[i].Norm {
		case "per", "a", "an", "each", "every":
			if rateUnits[ts[i+1].Norm] {
				return true
			}
		}
	}
	return false
}

// isLabel reports whether a "1" written in figures is a name rather than
// a count: followed by a plural noun ("the A, L and 1 lines"), a one
// would be written "one line".
func isLabel(ts []nlp.Token, first, last int, n nlp.Number) bool {
	if n.Value != 1 || first != last || ts[first].Surface != "1" || last+1 >= len(ts) {
		return false
	}
	next := ts[last+1]
	return next.Kind == nlp.KindWord && !next.Stop && len(next.Norm) > 3 && strings.HasSuffix(next.Norm, "s") && !strings.HasSuffix(next.Norm, "ss")
}

// scopeApart reports whether what the sentences of two different figures
// say sets them apart: a figure the other side's sentence also gives (the
// two were paired crosswise: "13 Russian diplomats … two Russians"), other
// weekdays, a rate against a total, or a label.
func scopeApart(a, b numItem) bool {
	return givesValue(a.others, b.n.Value) || givesValue(b.others, a.n.Value) ||
		a.days != 0 && b.days != 0 && a.days&b.days == 0 ||
		a.rate != b.rate || a.label || b.label
}

// discrepant reports whether two figures of one quantity disagree: their
// values differ, they are not two moments of a growing toll, nothing in
// their sentences sets them apart (scopeApart), and a toll's sentences
// share a word besides the toll itself — tolls of two attacks share
// nothing but "killed", those of one attack name it alike ("the attack",
// "Paris").
func discrepant(a, b numItem) bool {
	if sameValue(a, b) || grows(a, b) || scopeApart(a, b) || farApart(a.n.Value, b.n.Value) {
		return false
	}
	return !strings.HasPrefix(a.thing, "c:") || sharedWords(a, b) > 0
}

// farApart reports whether two figures are too far apart to be one
// quantity misreported: more than twice the other and more than two
// apart. Read on real reports, figures that far apart counted different
// things ("1,404,000 votes" and "232 electoral votes", "six shots" and "two
// shots in the car"); outlets that disagree on one quantity give close
// figures (263 and 270 dead, 139 and 136 passengers, three and two
// children). A crowd counted 10,000 by the police and 100,000 by its
// organisers is missed: attributed estimates are another finding.
func farApart(x, y float64) bool {
	lo, hi := math.Min(x, y), math.Max(x, y)
	return hi-lo > 2 && hi > 2*lo
}

// mixedQuantity reports whether a group of figures holds two quantities:
// one member's sentence also gives another member's different figure
// ("three officers in Baton Rouge … five in Dallas", next to "five Dallas
// officers"), so the figures were paired crosswise.
func mixedQuantity(items []numItem, g []int) bool {
	for _, x := range g {
		for _, y := range g {
			if x != y && !roundedEqual(items[x].n.Value, items[y].n.Value) && givesValue(items[x].others, items[y].n.Value) {
				return true
			}
		}
	}
	return false
}
