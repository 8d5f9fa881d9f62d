package compare

import "github.com/parallax-news/parallax/internal/nlp"

// changeWords are the words before "from X to Y" that make X a value the
// figure had before it changed ("revised from eight to six", "the toll
// rose from 12 to 15"), not a bound of a range ("sentences ranging from
// five to ten years").
var changeWords = map[string]bool{
	"revised": true, "revise": true, "revises": true, "revising": true,
	"lowered": true, "raised": true, "updated": true, "corrected": true, "changed": true, "adjusted": true,
	"downgraded": true, "upgraded": true, "amended": true,
	"increased": true, "decreased": true, "reduced": true, "cut": true, "boosted": true, "slashed": true,
	"rose": true, "risen": true, "rising": true, "rises": true, "fell": true, "fallen": true, "falling": true, "falls": true,
	"climbed": true, "jumped": true, "dropped": true, "grew": true, "grown": true, "soared": true, "plunged": true,
	// present and other forms (h/forms71: "slashes the corporate rate
	// from 35 percent to 21 percent")
	"lower": true, "lowers": true, "raise": true, "raises": true, "changes": true, "increase": true, "increases": true,
	"decrease": true, "decreases": true, "reduce": true, "reduces": true, "cuts": true, "cutting": true, "boosts": true,
	"slash": true, "slashes": true, "slashing": true, "lifted": true, "lifts": true, "hiked": true, "hikes": true,
	"climbs": true, "jumps": true, "drops": true, "grows": true, "shrank": true, "halved": true, "doubled": true,
}

// changeReach is how many words before "from" a change word may stand.
const changeReach = 6

// superseded reports whether the number at tokens first..last of ts is
// the old value of a change the sentence tells, "from X to Y" after a
// change word: the article's figure is Y, and X is not a second value of
// it (which would leave the quantity with no one value) nor what the
// article reports now.
func superseded(ts []nlp.Token, first, last int) bool {
	if first < 1 || ts[first-1].Norm != "from" || last+2 >= len(ts) ||
		ts[last+1].Norm != "to" || !numberWord(ts[last+2].Stem) {
		return false
	}
	return changeBefore(ts, first-1)
}
