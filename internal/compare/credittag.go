package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// partyTagAt reports whether token i of ts, an opening bracket, opens an
// American party-and-state tag closed within the next five tokens
// ("(D-Calif.)", "(R-N.M.)", "(I-Maine)"), and returns the closing
// bracket's index. A quote's credit holds such a tag after the speaker's
// name as it holds a title (see creditAfter); brackets holding anything
// else (a clause, a second name) are more than the credit.
func partyTagAt(ts []nlp.Token, i int) (int, bool) {
	var b strings.Builder
	for j := i + 1; j < len(ts) && j <= i+5; j++ {
		if ts[j].Surface == ")" {
			return j, partyTag(b.String())
		}
		if j > i+1 && ts[j].Start > ts[j-1].End {
			return 0, false // a space: more than one tag
		}
		b.WriteString(ts[j].Surface)
	}
	return 0, false
}

// partyTag reports whether s is a party letter, a hyphen and a state
// written as a capitalised word or abbreviation: "D-Calif.", "R-N.M.",
// "I-Maine".
func partyTag(s string) bool {
	if len(s) < 3 || s[1] != '-' || !strings.ContainsRune("DRI", rune(s[0])) {
		return false
	}
	st := s[2:]
	if st[0] < 'A' || st[0] > 'Z' {
		return false
	}
	for _, r := range st {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '.') {
			return false
		}
	}
	return true
}
