package compare

import (
	"math"
	"slices"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A figure that a number row holds beside another article's figure of
// the same quantity and value is no detail only its article gives:
// "some 17,000 votes above the threshold" and "the roughly 18,000-vote
// deficit" are one margin, and a card saying "only here: 17,000" would
// tell the reader the other outlet gives no margin at all. The number
// row shows both values.

// rowPlace is a figure's place: its article (doc index) and its span.
type rowPlace struct {
	doc int
	at  nlp.Span
}

// rowFigures are the figures that a number row holds with an agreeing
// figure of another article (see pairedFigures).
type rowFigures map[rowPlace]bool

// pairedFigures returns the figure each item of groups (indexes into
// items) shows, when its group holds beside it an item of another
// article that agrees with it (rowAgrees): the figures of a number row
// no one article gives alone. A figure's other mentions in its article
// are not read: sameInDoc may merge two figures of one value that count
// different things ("50 percent" of a poll and of an exit poll). The
// cost is one comparison per pair of a group's items and one map entry
// per paired figure.
//
// A figure of a row at odds (atOdds[k], the row's Discrepancy) is no own
// detail either (h/numbers71): the row gives the other outlets' figures
// of the quantity beside it, and What differs tells the difference.
// fresh54 judged USA Today's $768,600 of losses avoided, listed as its
// own, wrong: the Times gives the same sum as $760,000.
func pairedFigures(items []numItem, groups [][]int, atOdds []bool) rowFigures {
	out := rowFigures{}
	for k, g := range groups {
		for _, m := range g {
			a := items[m]
			if slices.ContainsFunc(g, func(o int) bool { return items[o].doc != a.doc && (atOdds[k] || rowAgrees(a, items[o])) }) {
				out[rowPlace{a.doc, a.n.Span}] = true
			}
		}
	}
	return out
}

// rowAgrees reports whether two figures of one row give one count of
// one thing: counts (no shares, sums or measures) that name the same
// counted thing (not a generic one) or are margins of votes, and whose
// values are equal or one the other rounded (roundedEqual,
// roundingApart), or both rough ("some 17,000", "roughly 18,000", see
// roughFigure) within a writer's rounding of each other (roughGap of the
// larger). Rows join more loosely than that: on the census and judged
// samples of h/ownrows68 they held tolls of two places ("3,312 deaths"
// of one country, "over 3,800" of another; "239" of one state, "almost
// 200" of another), a poll's "50 percent" beside an old result's "52%",
// and a town's jobless rate "just under 8 percent" beside the nation's
// "7.6 percent", each its article's own.
func rowAgrees(a, b numItem) bool {
	if a.n.Kind != nlp.NumCount || b.n.Kind != nlp.NumCount || a.thing == "" || a.thing != b.thing || genericThings[a.thing] {
		return false
	}
	x, y := a.n.Value, b.n.Value
	if roundedEqual(x, y) || roundingApart(x, y) {
		return true
	}
	return roughFigure(a) && roughFigure(b) && math.Abs(x-y) <= roughGap*math.Max(x, y)
}

// withRows lets every article's thingsSeen read rows (they share one
// allSeen).
func withRows(seen []thingsSeen, rows rowFigures) {
	if len(seen) > 0 {
		seen[0].all.rows = rows
	}
}

// inRow reports whether figure n of d stands in a number row beside
// another article's figure of the same quantity and value (see
// pairedFigures).
func (t thingsSeen) inRow(d *doc, n nlp.Number) bool {
	return t.all != nil && t.all.rows[rowPlace{d.idx, n.Span}]
}
