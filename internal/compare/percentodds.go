package compare

import (
	"regexp"
	"strconv"
	"strings"
)

// percentFigure matches a share written as a percentage: "56 percent",
// "56%", "49.9 per cent".
var percentFigure = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)`)

// spelledPercent matches a share written in words: "Sixty-seven
// percent", "five per cent", "twenty two percent".
var spelledPercent = regexp.MustCompile(`(?i)\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\s+(?:percent\b|per cent\b)`)

// spelledValues are the values of the number words spelledPercent reads.
var spelledValues = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

// percents returns the percentages a sentence gives, as figures: "56%"
// and "56.0 percent" are "56", and a share spelled out is its figure
// ("Sixty-seven percent" is "67", "five percent" "5"). Read in session
// 62 (h/possible62), a group possibly one fact joined "about 5 percent
// of Americans" buy their own plans with "Sixty-seven percent" of those
// expected to lose them: two shares of one market, only the market
// shared, and the spelled share was not read.
func percents(s string) map[string]bool {
	out := map[string]bool{}
	for _, m := range percentFigure.FindAllStringSubmatch(s, -1) {
		v := m[1]
		if strings.Contains(v, ".") {
			v = strings.TrimSuffix(strings.TrimRight(v, "0"), ".") // 56.0 is 56
		}
		out[v] = true
	}
	for _, m := range spelledPercent.FindAllStringSubmatch(s, -1) {
		v := spelledValues[strings.ToLower(m[1])] + spelledValues[strings.ToLower(m[2])] + spelledValues[strings.ToLower(m[3])]
		out[strconv.Itoa(v)] = true
	}
	for _, f := range fractionShares {
		if f.re.MatchString(s) {
			out[fractionMark+f.value] = true
		}
	}
	return out
}

// fractionMark opens the key of a share a sentence gives as a fraction
// ("a quarter"): such a share matches a percentage of its value, but a
// sentence that gives only fractions gives no percentage (see
// percentSetsApart). The census of session 62 (h/possible62) read a
// poll's "a quarter of the senator's supporters" against another
// outlet's "Twenty-five percent" of them: one fact.
const fractionMark = "~"

// fractionShares are the fractions read as shares; a fraction joined
// to the next word by a hyphen is none ("a third-party candidate").
var fractionShares = []struct {
	re    *regexp.Regexp
	value string
}{
	{regexp.MustCompile(`(?i)\b(?:a|one)[- ]quarter(?:$|[^\w-])`), "25"},
	{regexp.MustCompile(`(?i)\bthree[- ]quarters(?:$|[^\w-])`), "75"},
	{regexp.MustCompile(`(?i)\b(?:a|one)[- ]third(?:$|[^\w-])`), "33"},
	{regexp.MustCompile(`(?i)\btwo[- ]thirds(?:$|[^\w-])`), "67"},
	{regexp.MustCompile(`(?i)\b(?:a|one)[- ]half(?:$|[^\w-])|\bhalf of\b`), "50"},
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
