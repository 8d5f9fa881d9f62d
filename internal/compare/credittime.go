package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// speakingTime reports whether token i of ts, in the words after a
// quotation, is "after", "before" or "while" followed by a word in -ing
// ("… Lund told crowds after landing at Marsk."): when the speaker
// spoke, part of the credit as "on Monday" is (see creditAfter), not a
// clause of its own with a subject and a verb ("after the board voted").
func speakingTime(ts []nlp.Token, i int) bool {
	switch strings.ToLower(ts[i].Norm) {
	case "after", "before", "while":
	default:
		return false
	}
	if i+1 >= len(ts) || ts[i+1].Kind != nlp.KindWord {
		return false
	}
	w := ts[i+1].Surface
	return len(w) > 4 && strings.HasSuffix(w, "ing") && strings.ToLower(w) == w
}
