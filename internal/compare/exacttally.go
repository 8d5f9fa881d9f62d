package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Rows of one quantity (issue 15). Real pages
// showed one figure spread over several rows: a vote tally one outlet
// gives without a word of voting near it ("passed along party lines,
// 237-189") stood apart from the same tally two others call a vote, and
// one article giving "six topics" twice showed two lines of one row.

// minExactTally is the smallest total of votes at which one exact tally
// told twice in one event is taken as one vote wherever it stands: "6-3"
// recurs by chance (two rulings, two games), "237-189" does not.
const minExactTally = 20

// sameExactTally reports whether two tallies of different articles give
// one vote by their figures alone: both ends equal, a total of at least
// minExactTally, neither a projection nor a sentence with another tally,
// no other person spoken of, no year or weekday apart, no separate
// incident.
func sameExactTally(a, b numItem) bool {
	if !isTally(a) || !isTally(b) || a.projected || b.projected || len(a.others) > 0 || len(b.others) > 0 {
		return false
	}
	if !roundedEqual(a.n.Value, b.n.Value) || !roundedEqual(*a.n.High, *b.n.High) || a.n.Value+*a.n.High < minExactTally {
		return false
	}
	if a.subject >= 0 && b.subject >= 0 && a.subject != b.subject || a.days != 0 && b.days != 0 && a.days&b.days == 0 {
		return false
	}
	if len(a.years)+len(b.years) > 0 && overlap(a.years, b.years) == 0 {
		return false
	}
	return a.part == b.part && !a.separate && !b.separate
}

// sameLabelInDoc reports whether two figures of one article, of one kind,
// unit and value, are one quantity told twice by the label the row shows
// ("six topics including trade", "six topics: trade, taxes"): the same
// label, the same person spoken of when both speak of one, the same years
// when both name one, a part on both sides or neither.
func sameLabelInDoc(o, it numItem) bool {
	if o.n.Kind != nlp.NumCount || o.shownCounts == "" || !strings.EqualFold(o.shownCounts, it.shownCounts) {
		return false
	}
	if o.subject >= 0 && it.subject >= 0 && o.subject != it.subject {
		return false
	}
	if len(o.years) > 0 && len(it.years) > 0 && overlap(o.years, it.years) == 0 {
		return false
	}
	return o.part == it.part && o.negated == it.negated
}
