package compare

import (
	"math"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// Figures a speaker says as a manner of speaking (issue 15, h/forms71).
// "When you hand them 98, 99 percent of the plan, it will never pass"
// (invented; fresh55's Senate page had its like): two close values one after the other, the
// second said to correct or stretch the first, inside a quotation, is a
// speaker's way of saying "nearly all", no measured share another outlet
// could confirm or contradict. A writer's own list ("in 2016, 99 percent
// of") has no such pair of close values.

// maxHedgeStep is the most the two values of a spoken hedge ("98, 99
// percent", "80, 85 percent") differ by.
const maxHedgeStep = 5

// hedgedShare reports whether the percent at tokens first..last of s is
// the second value of a spoken hedge: a bare numeral and a comma right
// before it, the numeral's value below the percent's by at most
// maxHedgeStep points, inside quotation marks. Cost: a pass over the
// sentence's tokens only when the pattern matches.
func hedgedShare(s nlp.Sentence, first int, n nlp.Number) bool {
	ts := s.Tokens
	if n.Kind != nlp.NumPercent || n.High != nil || first < 2 || ts[first-1].Surface != "," || ts[first-2].Kind != nlp.KindNumber {
		return false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(ts[first-2].Norm, ",", ""), 64)
	if err != nil {
		return false
	}
	step := math.Round(n.Value*100) - v
	if step <= 0 || step > maxHedgeStep {
		return false
	}
	return inQuotes(ts)[first]
}
