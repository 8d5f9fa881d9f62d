package compare

import (
	"strings"

	"github.com/parallax-news/parallax/internal/nlp"
)

// negatedFigure reports whether the clause of the figure at tokens
// first..last of s denies what it tells of it: "not", "never" or a
// word ending in "n't" after the figure in its clause ("19 states have
// chosen not to expand", "five members did not vote"). The figure counts
// those that do not, another set than those that do.
func negatedFigure(s nlp.Sentence, first, last int) bool {
	_, hi := clauseOf(s, first, last)
	for i := last + 1; i <= hi && i < len(s.Tokens); i++ {
		n := s.Tokens[i].Norm
		if n == "not" || n == "never" || strings.HasSuffix(n, "n't") || strings.HasSuffix(n, "n’t") {
			return true
		}
	}
	return false
}
