package compare

import (
	"math"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Tallies in the Numbers table (session 52, h/tally52b). The analyser
// reads a vote, a ruling or a score written "58-41" or "6-3" as a range
// from the larger figure down to the smaller, and two ranges share a row
// only when both ends agree (sameHigh), so one vote told "6-3" by one
// outlet and "7-2" by another sits in two rows and is never flagged
// (h/read52's Supreme Court ruling). Two tallies of different articles
// are one quantity (sameTally) when they count one body's votes (the
// same total, or one end the same: a member absent or counted apart),
// differ by at most maxTallyGap on either end, and their sentences tell
// one vote: a word of voting in both, words besides shared, and the
// frame of rowFrame (years, places, a separate incident), no other
// weekday and neither a projection nor a sentence with another tally.

// maxTallyGap is the most two tallies of one vote may differ on either
// end: outlets at odds over one vote are at odds by a vote or two.
const maxTallyGap = 2

// tallyWords are the words of a vote, a ruling or a score that tell what
// a tally counts.
var tallyWords = setOf("vote", "votes", "voted", "voting", "tally", "ruling", "ruled", "rule", "rules", "decision", "margin", "split",
	"majority", "confirmed", "confirm", "passed", "pass", "approved", "rejected", "defeated", "won", "beat", "lost", "score", "verdict",
	"tie", "tied", "deadlocked", "deadlock")

// isTally reports whether a figure is a tally: an exact range of whole
// counts, no unit, whose second end is the smaller ("58-41", "6-3", "58
// to 41") or a tie ("4-4", h/numbers56: a tie was read as the range
// from 4 to 4); shares of a vote in percent ("46.8 percent to 46.3 percent")
// are not counts of one body's votes.
func isTally(it numItem) bool {
	n := it.n
	return n.Kind == nlp.NumRange && n.Unit == "" && n.High != nil && *n.High <= n.Value && !n.Approx && !it.lower && !it.upper &&
		n.Value == math.Trunc(n.Value) && *n.High == math.Trunc(*n.High)
}

// sameTally reports whether two tallies of different articles count one
// vote (see the comment above).
func sameTally(a, b numItem) bool {
	if !isTally(a) || !isTally(b) || a.projected || b.projected || len(a.others) > 0 || len(b.others) > 0 {
		return false
	}
	ha, hb := *a.n.High, *b.n.High
	sameTotal := roundedEqual(a.n.Value+ha, b.n.Value+hb)
	oneEnd := roundedEqual(a.n.Value, b.n.Value) || roundedEqual(ha, hb)
	if !sameTotal && !oneEnd || math.Abs(a.n.Value-b.n.Value) > maxTallyGap || math.Abs(ha-hb) > maxTallyGap {
		return false
	}
	if !tallyWord(a) || !tallyWord(b) || sharedEventWords(a, b) < minSharedWords {
		return false
	}
	if a.days != 0 && b.days != 0 && a.days&b.days == 0 || a.subject >= 0 && b.subject >= 0 && a.subject != b.subject {
		return false
	}
	if len(a.ents) > 0 && len(b.ents) > 0 && overlap(a.ents, b.ents) == 0 {
		return false
	}
	return a.part == b.part && a.increment == b.increment && rowFrame(a, b)
}

// tallyWord reports whether a tally's sentence holds a word of voting.
func tallyWord(it numItem) bool {
	for w := range tallyWords {
		if it.words[w] || it.near[w] {
			return true
		}
	}
	return false
}

// tallyDiffers reports whether two tallies give other counts of one
// vote: either end differs.
func tallyDiffers(a, b numItem) bool {
	return isTally(a) && isTally(b) && (!roundedEqual(a.n.Value, b.n.Value) || !roundedEqual(*a.n.High, *b.n.High))
}
