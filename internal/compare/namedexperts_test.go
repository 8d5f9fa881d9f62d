package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestNamedRightAfter: "experts said" followed by a quoted professor
// named in the next sentence credits a named source; "sources said"
// before a named speaker, and "experts said" with no named expert after
// it, stay unnamed.
func TestNamedRightAfter(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Political experts said the mayor had to change course. “She had no choice,” Valmora College political science professor Ivo Lund said.", true},
		{"Political experts said the mayor had to change course. The council met on Monday.", false},
		{"Sources said the mayor had to change course. “She had no choice,” Valmora College political science professor Ivo Lund said.", false},
	} {
		a := an.Analyze(nlp.Input{Paragraphs: []string{c.text}})
		got := false
		for _, tm := range a.Terms {
			if tm.Category == nlp.TermVagueAttribution {
				got = namedRightAfter(a, tm)
			}
		}
		if got != c.want {
			t.Errorf("%q: named right after %v, want %v", c.text, got, c.want)
		}
	}
}
