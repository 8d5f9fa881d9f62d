package compare

import (
	"regexp"
	"strings"
)

// percentFigure matches a share written as a percentage: "56 percent",
// "56%", "49.9 per cent".
var percentFigure = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)`)

// percents returns the percentages a sentence gives, as written.
func percents(s string) map[string]bool {
	out := map[string]bool{}
	for _, m := range percentFigure.FindAllStringSubmatch(s, -1) {
		v := m[1]
		if strings.Contains(v, ".") {
			v = strings.TrimSuffix(strings.TrimRight(v, "0"), ".") // 56.0 is 56
		}
		out[v] = true
	}
	return out
}

// percentsApart reports whether two sentences both give percentages and
// none of them alike: two shares of different things (one exit poll's
// 56 percent against another question's 61 percent), never one fact, or
// one share told two ways, a difference between the outlets, not
// agreement (the Numbers section shows it).
func percentsApart(a, b string) bool {
	return percentSetsApart(percents(a), percents(b))
}

// percentSetsApart is percentsApart on the percentages of the two
// sentences (percents).
func percentSetsApart(pa, pb map[string]bool) bool {
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	for p := range pa {
		if pb[p] {
			return false
		}
	}
	return true
}

// percentGroups takes out of each fact group the members that give
// percentages none of which another member gives, when that member gives
// percentages too (percentsApart). Read in session 56 (h/read56), a
// group joined an exit poll's share of voters for one rule with another
// poll's shares for each candidate.
func percentGroups(al []aligned, ft *featureTable, groups []*factGroup) []*factGroup {
	return withoutOdd(al, groups, func(members []int) (func(x, y int) bool, func(x, y int) int) {
		// Each member's percentages are read once: read per pair, a
		// group of m members ran the pattern 4m(m-1) times.
		pct := make(map[int]map[string]bool, len(members))
		for _, m := range members {
			pct[m] = percents(al[m].s.text)
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
