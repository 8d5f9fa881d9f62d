package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// A count written as a measure before a noun ("his 448-page report", "a
// 60-vote threshold", "a 28-point lead") is read with its measure word as
// its unit, and the same count written plainly ("448 pages", "60 votes")
// with that word as what it counts and no unit. Rows pair figures of one
// kind and unit only, so the two forms of one quantity stood in two rows
// (h/numbers70, issue 15: the Mueller report's 448 pages in two rows of
// one story; a filibuster's 60 votes beside its "60-vote threshold").
// The measure form is read as the plain one: no unit, counting the
// measure word.

// measureWord returns the measure word of a count written "N-word" (the
// analyser's unit of a count), "" for any other figure, a word that says
// nothing of what is counted ("a 3-person crew") or a margin's points: a
// "13-point advantage" among women beside a lead "by 13 points" among
// men, a "15-point primary win" beside another state's caucus won "by 15
// points" (read on the census of h/numbers70: margins of one value are
// of many races and groups).
func measureWord(n nlp.Number) string {
	if n.Kind != nlp.NumCount || n.High != nil || len(n.Unit) < 3 || genericCount[n.Unit] || n.Unit == "point" {
		return ""
	}
	for _, r := range n.Unit {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return n.Unit
}

// measuredNoun is the noun a measure describes, from its counted phrase
// ("threshold" of "60-vote threshold"), after a "~" that marks the
// figure as a measure ("~" alone when the phrase is empty).
func measuredNoun(counts string) string {
	ws := strings.Fields(strings.ToLower(counts))
	if len(ws) == 0 {
		return "~"
	}
	return "~" + ws[len(ws)-1]
}

// measureApart reports whether two figures, one at least written as a
// measure, are two quantities when their values differ (sameQuantity):
// a measure and the noun it describes are one thing ("a 448-page
// report", "a 400-page report"), but "a 60-vote threshold" and "a
// 51-vote majority" are two rules, and a measure beside a plain count
// ("400 pages") is left apart (read on the census of h/numbers70: the
// Senate's 60-vote threshold and a bill's 51-vote majority were shown at
// odds). Same values still share a row (rowValue).
func measureApart(a, b numItem) bool {
	return (a.measured != "" || b.measured != "") && a.measured != b.measured
}

// measurePlural is a measure word's plural, as a row's label ("pages",
// "votes", "stories", "inches", "feet"); an abbreviation of a rate ("mph")
// is its own plural.
func measurePlural(w string) string {
	if p, ok := irregularPlurals[w]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ph") || strings.HasSuffix(w, "pg"):
		return w
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// irregularPlurals are the measure words whose plural no suffix rule
// gives.
var irregularPlurals = map[string]string{"foot": "feet", "man": "men", "woman": "women", "child": "children"}
