package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Rows the Numbers table leaves out (session 55, h/numbers55, issue 15:
// "a discrepancy needs the same quantity"). Read on the sixteen pages of
// h/read54, 124 of 825 rows were positions ("first", "third") and 50 had
// no label but the bare "count"; almost all were told by one outlet. A
// position is never one quantity with another figure (sameQuantity
// excludes it), so a row of one outlet's "second" compares nothing; a
// figure of one outlet with nothing it counts cannot be checked. The
// figures stay in the report's reading (Report.unshownNumbers: What
// differs asks whether a figure is given elsewhere of all of them) and
// leave only the table.

// shownQuantities splits the quantities into those the Numbers table
// shows and the rest: a position only one outlet gives, a count one
// outlet gives that says nothing of what it counts (the same figure in
// several outlets, "Cruz had 559", is a check the reader can make).
// Articles map the values to their outlets.
func shownQuantities(qs []Quantity, arts []Article) (shown, unshown []Quantity) {
	outlets := OutletsOf(arts)
	for _, q := range qs {
		if q.Kind == string(nlp.NumOrdinal) && outlets.Count(q.ReportedBy) < 2 && !q.Discrepancy ||
			q.Kind == string(nlp.NumCount) && q.Unit == "" && strings.TrimSpace(q.What) == "" && outlets.Count(q.ReportedBy) < 2 && !q.Discrepancy {
			unshown = append(unshown, q)
			continue
		}
		shown = append(shown, q)
	}
	return shown, unshown
}

// distanceHeads are the counted nouns of a distance.
var distanceHeads = setOf("mile", "kilometer", "kilometre", "km", "foot", "feet", "yard", "meter", "metre")

// fromPoint returns the stem of the place a distance is measured from
// ("about 80 miles from the Kestin station": station; "90 miles from
// the border at Kestin": border), "" when the figure is no distance or
// its clause names no point. Two distances from other points are two
// quantities (h/numbers55: read54 found 80 miles from a station and 90
// miles from a border in one row).
func fromPoint(s nlp.Sentence, last int, head string) string {
	if !distanceHeads[head] {
		return ""
	}
	for i := last + 1; i < len(s.Tokens); i++ {
		t := s.Tokens[i]
		if clauseBreak(t) || t.Kind == nlp.KindNumber {
			return ""
		}
		if t.Norm != "from" {
			continue
		}
		point := ""
		for j := i + 1; j < len(s.Tokens); j++ {
			u := s.Tokens[j]
			switch {
			case u.Kind == nlp.KindWord && (u.Norm == "the" || u.Norm == "a" || u.Norm == "an") && point == "":
			case u.Kind == nlp.KindWord && !u.Stop:
				point = strings.TrimSuffix(strings.TrimSuffix(u.Stem, "'s"), "’s")
			case u.Kind == nlp.KindPunct && isJoiner(u.Surface):
			default:
				return point
			}
		}
		return point
	}
	return ""
}

// fromApart reports whether two distances are measured from other
// points (fromPoint).
func fromApart(a, b numItem) bool {
	return a.from != "" && b.from != "" && a.from != b.from
}

// tallyLabel is the label of a row of tallies that say nothing of what
// they count ("voted 230-197", "ruled 5-4"): a vote, as read54 found
// them labelled "range".
const tallyLabel = "vote"

// tallyRow reports whether every figure of a row is a tally, one of them
// in a sentence of voting with no counted noun, and fewer than half say
// what they count.
func tallyRow(items []numItem, g []int) bool {
	voted, counted := false, 0
	for _, m := range g {
		if !isTally(items[m]) {
			return false
		}
		// One exact tally joined without a word of voting near it, or
		// with a word after it ("53-47 party-line", "54-46 late"), takes
		// the label of a bare tally of a vote in the row; when most say
		// what they count ("a 51-49 majority"), their words label it
		// (h/numbers58c).
		if strings.TrimSpace(items[m].n.Counts) != "" {
			counted++
		} else {
			voted = voted || tallyVoted(items[m])
		}
	}
	return voted && 2*counted < len(g)
}

// timeCounts reports whether the words read as what a figure counts are
// a time ("by the tens of millions next year"): no label (h/numbers55;
// read54 found a row labelled "next year").
func timeCounts(counts string) bool {
	w, _, _ := strings.Cut(strings.ToLower(counts), " ")
	return w == "next" || w == "last" || w == "this"
}
