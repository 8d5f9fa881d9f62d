package compare

import (
	"math"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// percents returns the percentages sentence pos of d gives, as figures,
// read from the sentence's numbers (nlp): "56%", "56.0 percent" and "56
// per cent" are "56", a share spelled out is its figure ("Sixty-seven
// percent" is "67", "twenty two percent" "22"), and a range of
// percentages gives both ends ("10 to 15 percent": "10" and "15"). Read
// in session 62 (h/possible62), a group possibly one fact joined "about 5
// percent of Americans" buy their own plans with "Sixty-seven percent" of
// those expected to lose them: two shares of one market, only the market
// shared, and the spelled share was not read.
//
// A share written otherwise, a fraction ("a quarter", "two-thirds", "half
// of") or a count in ten or a hundred ("six in 10"), is kept under
// fractionMark with its value in whole percent.
func percents(d *doc, pos int) map[string]bool {
	out := map[string]bool{}
	for _, n := range d.an.Numbers {
		if n.Sentence != pos {
			continue
		}
		switch {
		case n.Kind == nlp.NumRange && n.Unit == "percent" && n.High != nil:
			out[percentFigure(n.Value)] = true
			out[percentFigure(*n.High)] = true
		case n.Kind == nlp.NumPercent && writtenPercent(n.Text):
			out[percentFigure(n.Value)] = true
		case n.Kind == nlp.NumPercent:
			out[fractionMark+strconv.Itoa(int(math.Round(n.Value*100)))] = true
		}
	}
	return out
}

// percentFigure writes a share v (a ratio) as the percentage a text
// gives: 0.56 is "56", 0.499 "49.9".
func percentFigure(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e6)/1e4, 'f', -1, 64)
}

// writtenPercent reports whether the text of a number gives it as a
// percentage ("56%", "five per cent", "12 pct"), not as a fraction or a
// count in ten.
func writtenPercent(text string) bool {
	l := strings.ToLower(text)
	return strings.Contains(l, "%") || strings.Contains(l, "percent") || strings.Contains(l, "per cent") || strings.Contains(l, "pct")
}

// fractionMark opens the key of a share a sentence gives as a fraction
// ("a quarter"): such a share matches a percentage of its value, but a
// sentence that gives only fractions gives no percentage (see
// percentSetsApart). The census of session 62 (h/possible62) read a
// poll's "a quarter of the senator's supporters" against another
// outlet's "Twenty-five percent" of them: one fact.
const fractionMark = "~"

// percentSetsApart reports whether two sentences, by their percentages
// pa and pb (percents), both give percentages and none of them alike:
// two shares of different things (one exit poll's 56 percent against
// another question's 61 percent), never one fact, or one share told two
// ways, a difference between the outlets, not agreement (the Numbers
// section shows it).
func percentSetsApart(pa, pb map[string]bool) bool {
	given := func(p map[string]bool) bool {
		for k := range p {
			if !strings.HasPrefix(k, fractionMark) {
				return true
			}
		}
		return false
	}
	if !given(pa) || !given(pb) {
		return false
	}
	for p := range pa {
		v := strings.TrimPrefix(p, fractionMark)
		if pb[v] || pb[fractionMark+v] {
			return false
		}
	}
	return true
}

// percentGroups takes out of each fact group the members that give
// percentages none of which another member gives, when that member gives
// percentages too (percentSetsApart). Read in session 56 (h/read56), a
// group joined an exit poll's share of voters for one rule with another
// poll's shares for each candidate.
func percentGroups(docs []*doc, al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		// Each member's percentages are read once, not per pair.
		pct := make(map[int]map[string]bool, len(members))
		for _, m := range members {
			pct[m] = percents(docs[al[m].s.doc], al[m].s.pos)
		}
		atOdds := func(x, y int) bool {
			return al[x].s.doc != al[y].s.doc && percentSetsApart(pct[x], pct[y])
		}
		shared := func(x, y int) int {
			return sharedRare(al[x].pred, al[y].pred, ft, ft.specific)
		}
		return atOdds, shared
	})
}
