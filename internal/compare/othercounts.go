package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Counts of the others of a set (issue 15, h/forms71). "A bipartisan
// group of 10 other senators" counts the members beside those just
// named; "10 or more from Republicans" in another outlet's sentence
// counts votes a senator wants. fresh55's page paired the two under
// "senators": the same noun and value, two different sets. A count of
// "N other" things is one quantity only with another count of "N other"
// things.

// othersCount reports whether the figure ending at token last counts
// the others of a set: "other" or "others" right after it ("10 other
// senators", "three others").
func othersCount(ts []nlp.Token, last int) bool {
	return last+1 < len(ts) && (ts[last+1].Norm == "other" || ts[last+1].Norm == "others")
}

// othersApart reports whether two figures count different sets: one
// counts the others of a set (othersCount), and the other does not and
// says nothing of what it counts, no counted noun nor a toll's concept
// ("14 are wounded" and "14 others wounded" are one toll). "The United States and five other
// world powers" and "the United States and five world powers" count
// one set, named on both sides (the judged harness' Iran deal: split,
// the five joined the six of a third outlet as a discrepancy).
func othersApart(a, b numItem) bool {
	if a.othersOf == b.othersOf {
		return false
	}
	if b.othersOf {
		a, b = b, a
	}
	return b.thing == "" && strings.TrimSpace(b.n.Counts) == ""
}
