package compare

// Labels of tally rows (issue 15, h/forms71). A tally ("66-32", "51 to
// 47") labels its row "vote" when its sentence has a word of voting
// (tallyWords); fresh55's page showed two it misread. "It cleared the
// Senate 66-32" names no word of voting but the chamber that voted: a
// vote, not a range. "Republicans hold the majority in the Senate by a
// margin of 51 to 47" counts seats, not votes. These words label a row
// only: which tallies share a row is sameTally's.

// voteBodies are the bodies that vote and the verbs of a bill clearing
// one: "cleared the Senate 66-32", "the court split 5-4".
var voteBodies = setOf("senate", "house", "chamber", "assembly", "parliament", "congress", "legislature", "council",
	"committee", "panel", "court", "justices", "jury", "lawmakers", "senators", "commons", "cleared", "clears", "adopted")

// seatsLabel is the label of a row of tallies of the seats a body's
// sides hold.
const seatsLabel = "seats"

// tallyVoted reports whether a tally's sentence tells a vote: a word of
// voting in it, or a voting body or a bill's clearing near the figure.
func tallyVoted(it numItem) bool {
	if tallyWord(it) {
		return true
	}
	for w := range voteBodies {
		if it.near[w] {
			return true
		}
	}
	return false
}

// tallySeats reports whether a tally counts the seats each side holds:
// its sentence speaks of seats, or of holding or controlling the
// majority ("hold the majority in the Senate by a margin of 51 to 47").
func tallySeats(it numItem) bool {
	return it.words["seat"] || it.words["major"] && (it.words["hold"] || it.words["control"]) // stems: "majority" is "major"
}

// tallyRowLabel returns the label of a row of tallies (tallyRow): seats
// when every tally of it counts seats, else a vote; "" when the row is
// no row of tallies.
func tallyRowLabel(items []numItem, g []int) string {
	if !tallyRow(items, g) {
		return ""
	}
	for _, m := range g {
		if !tallySeats(items[m]) {
			return tallyLabel
		}
	}
	return seatsLabel
}
