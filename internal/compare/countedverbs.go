package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// One share of one group named by two nouns (session 71, h/numbers71;
// issue 15). Of the Justice Department's review of a city's policing,
// one outlet gave 85% of "the drivers stopped" and 90% of "the people
// issued tickets", the other 85 percent of "all people stopped" and 90
// percent of "all citations issued" (fresh54).
// Each pair is one figure, yet when one side names what it counts and
// the other counts a generic noun ("people"), a row asks the named noun
// to stand near the other figure; it did not, the four figures stood in
// four rows of one outlet each, and each outlet's card listed 85% and
// 90% among the figures only it gives. The participle that follows the
// counted noun tells what the group is ("stopped", "issued"): two equal
// figures whose counted nouns are followed by one participle count one
// group (sameCountedVerb).

// countedVerb returns the stem of the participle right after the
// counted noun phrase counts of the figure ending at token last of s
// ("85% of the drivers stopped by police": "stop"), looked for within
// four tokens after the figure and in its clause; "" when the phrase is
// not found there or no word ending in "ed" follows it.
func countedVerb(s nlp.Sentence, last int, counts string) string {
	i := countedNounAt(s, last, counts)
	if i < 0 || i+1 >= len(s.Tokens) {
		return ""
	}
	if v := s.Tokens[i+1]; v.Kind == nlp.KindWord && len(v.Norm) > 4 && strings.HasSuffix(v.Norm, "ed") {
		return v.Stem
	}
	return ""
}

// countedNounAt returns the index in s of the last word of the counted
// noun phrase counts of the figure ending at token last: the first
// token within four after the figure, before any clause break, whose
// normal form is that word; -1 when there is none.
func countedNounAt(s nlp.Sentence, last int, counts string) int {
	ws := strings.Fields(strings.ToLower(counts))
	if len(ws) == 0 {
		return -1
	}
	noun := ws[len(ws)-1]
	ts := s.Tokens
	for i := last + 1; i < len(ts) && i <= last+4; i++ {
		if clauseBreak(ts[i]) {
			return -1
		}
		if ts[i].Norm == noun {
			return i
		}
	}
	return -1
}

// sameCountedVerb reports whether two figures of one value (sameFigure)
// count one group though only one of them names a counted thing the
// other's words lack: the participles after their counted nouns are one
// ("drivers stopped by police", "people stopped by police").
func sameCountedVerb(a, b numItem) bool {
	return a.countedVerb != "" && a.countedVerb == b.countedVerb && sameFigure(a.n, b.n)
}
