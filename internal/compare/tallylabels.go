package compare

// Labels of tally rows (issue 15, h/forms71). A tally ("66-32", "51 to
// 47") labels its row "vote" when its sentence has a word of voting
// (tallyWords); fresh55's page showed two it misread. "It cleared the
// Senate 66-32" names no word of voting but the chamber that voted: a
// vote, not a range. "The Greens lead the Vale assembly by a margin of
// 31 to 29" counts seats, not votes. These words label a row
// only: which tallies share a row is sameTally's.

// voteBodies are the bodies that vote and the verbs of a bill clearing
// one: "cleared the Senate 66-32", "the court split 5-4".
var voteBodies = setOf("senate", "house", "chamber", "assembly", "parliament", "congress", "legislature", "council",
	"committee", "panel", "court", "justices", "jury", "lawmakers", "senators", "commons", "cleared", "clears", "adopted")

// seatsLabel is the label of a row of tallies of the seats a body's
// sides hold.
const seatsLabel = "seats"

// tallyVoted reports whether a tally's sentence tells a vote: a word of
// voting in it, or a voting body or a bill's clearing near a figure that
// is no span of years ("2005-06").
func tallyVoted(it numItem) bool {
	if tallyWord(it) {
		return true
	}
	if yearSpan(it) {
		return false
	}
	for w := range voteBodies {
		if it.near[w] {
			return true
		}
	}
	return false
}

// yearSpan reports whether a tally is a span of years written short
// ("2015-16", "2001-03"): a year, then two digits.
func yearSpan(it numItem) bool {
	return it.n.Value >= 1900 && it.n.Value <= 2100 && it.n.High != nil && *it.n.High < 100
}

// seatWords near a tally make it a count of seats; controlWords in its
// sentence (stems) do, with no verb of voting (voteVerbs): "the Greens
// control the assembly 31-29", "the Greens' slim edge there is 31-29", "a
// narrow Green majority of 7-6 on the harbour committee".
var (
	seatWords    = setOf("seat", "seats")
	controlWords = setOf("control", "edg", "major")
	voteVerbs    = setOf("vote", "pass", "approv", "confirm", "reject", "rule", "back", "acquit", "convict")
)

// tallySeats reports whether a tally counts the seats each side holds
// (seatWords, controlWords), and is no span of years.
func tallySeats(it numItem) bool {
	if yearSpan(it) {
		return false
	}
	for w := range seatWords {
		if it.near[w] {
			return true
		}
	}
	for w := range voteVerbs {
		if it.words[w] {
			return false
		}
	}
	for w := range controlWords {
		if it.words[w] {
			return true
		}
	}
	return false
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
