package story

import "strings"

// comingMarks are the words that, a few words before a weekday, say the
// day is still to come: "the book hits stores Tuesday", "the vote is set
// for Tuesday", "he will testify Tuesday". Read as the last such day on
// or before publication, a Friday's "hits stores Tuesday" put the
// article three days back, and its same-day report of the same release
// got a time factor of 0.52 (SAMPLING.md, "Commentary seeds and same-day
// look-alikes").
var comingMarks = setOf("will", "shall", "set", "scheduled", "slated", "due", "expected",
	"hits", "comes", "goes", "upcoming", "coming", "arrives", "debuts")

// comingWindow is how many words before a weekday comingWeekday looks.
const comingWindow = 3

// comingWeekday reports whether the weekday at toks[i] is marked as still
// to come by one of comingMarks (or a contraction such as "it'll") among
// the comingWindow words before it, with no "last" between and no "next"
// just before it (which says which day it is). Such a day is not a past
// day the article reports on.
func comingWeekday(toks []token, i int) bool {
	if i > 0 && toks[i-1].low == "next" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-comingWindow; j-- {
		w := toks[j].low
		if w == "last" {
			return false
		}
		if comingMarks[w] || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
			return true
		}
	}
	return false
}
