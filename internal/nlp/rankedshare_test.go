package nlp

import "testing"

// TestNumberRanked: a percentage after "the" and a word of rank is the
// share of a ranked group (Number.Ranked); a word in -est that ranks
// nothing, "the" alone, a rank word without "the" and a figure that is
// no share are not.
func TestNumberRanked(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct {
		text, figure string
		want         bool
	}{
		{"The manifesto railed against the wealthiest 1 percent of Tarvo.", "1 percent", true},
		{"The levy falls on the top 5 percent of earners in Tarvo.", "5 percent", true},
		{"The levy spares the bottom 20% of households.", "20%", true},
		{"The richest one percent own most of the harbour.", "one percent", true},
		{"The council backed the modest 2 percent rise in ferry fares.", "2 percent", false},
		{"Mayor Lund dismissed the 47 percent as a protest vote.", "47 percent", false},
		{"The board set a top 5 percent rate for the ferry levy.", "5 percent", false},
		{"The top 5 boats of the fleet sailed at dawn.", "5", false},
		{"The survey found 30 percent of voters backed the toll.", "30 percent", false},
	} {
		an := a.Analyze(Input{Paragraphs: []string{c.text}, Lang: "en"})
		found := false
		for _, n := range an.Numbers {
			if n.Text != c.figure {
				continue
			}
			found = true
			if n.Ranked != c.want {
				t.Errorf("%q: %q Ranked %v, want %v", c.text, c.figure, n.Ranked, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no figure %q read (%+v)", c.text, c.figure, an.Numbers)
		}
	}
}
