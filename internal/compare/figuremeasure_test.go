package compare

import (
	"testing"

	"github.com/parallax-news/parallax/internal/nlp"
)

// TestFigureOfAnotherMeasureOwn: a figure another article gives of one
// value but of another thing is still its article's own: a share of a
// group ranked by wealth against a share of an island's population
// (h/numbers63's census: "the wealthiest 1 percent" taken as told by
// another outlet's "one percent" of a country), sums in two currencies.
// Every other pair of one value tells the figure as before: shares of
// riders and of crews (wholes named otherwise may be one statistic's),
// of voters and of residents, of Greens and of voters, a share with
// nothing counted, a threshold of a share against the share of the vote,
// a sum with no currency named. The own cases fail on main ada5d2f5.
func TestFigureOfAnotherMeasureOwn(t *testing.T) {
	docs, _ := prepare(mkArticles(
		"Tarvo manifesto\nThe manifesto railed against the wealthiest 1 percent and the harbour tolls. "+
			"A survey found 47 percent of riders thought the ferries ran late. "+
			"The pier fund holds $5 million, the council said. "+
			"Some 30 percent of voters backed the toll. "+
			"Ferry fares rose 12 percent last year. "+
			"Candidates below the 15 percent threshold win no seat. "+
			"Some 40 percent of Greens backed the toll.",
		"Tarvo attack\nTarvans make up only one percent of the island's population. "+
			"The union said 47 percent of the crews would strike. "+
			"The insurer put the damage at £5 million. "+
			"Some 30 percent of residents backed the toll. "+
			"Bus fares rose 12 percent of the riders' budget, the union said. "+
			"Candidates need 15 per cent of the vote to win a seat. "+
			"Forty percent of voters backed the toll."), nil, newAnalyzer(t))
	checkOwnFigures(t, ownFigureTexts(docs), map[string]bool{
		"1 percent":     true,
		"47 percent":    false,
		"$5 million":    true,
		"£5 million":    true,
		"30 percent":    false,
		"12 percent":    false,
		"one percent":   true,
		"15 percent":    false,
		"15 per cent":   false,
		"40 percent":    false,
		"Forty percent": false,
	})
}

// TestFigureMeasureRead: what a percentage measures, read from its
// sentence. A share after "the" and a word of rank is a ranked group; a
// word ending in "est" that ranks nothing ("the modest 2 percent") is
// not; a share of people in general needs "of" before its whole, so a
// noun of people right after the figure ("a 30 percent residents'
// levy") is what the share qualifies, not its whole.
func TestFigureMeasureRead(t *testing.T) {
	an := newAnalyzer(t)
	for _, c := range []struct{ text, figure, want string }{
		{"The manifesto railed against the wealthiest 1 percent of Tarvo.", "1 percent", groupShare},
		{"The levy falls on the top 5 percent of earners in Tarvo.", "5 percent", groupShare},
		{"The council backed the modest 2 percent rise in ferry fares.", "2 percent", ""},
		{"The survey found 30 percent of voters backed the toll.", "30 percent", peopleShare},
		{"The council backed a 30 percent residents' levy on the ferry.", "30 percent", ""},
		{"Ferry fares rose 12 percent last year.", "12 percent", ""},
	} {
		a := an.Analyze(nlp.Input{Paragraphs: []string{c.text}, Lang: "en"})
		d := &doc{an: a}
		found := false
		for _, n := range a.Numbers {
			if n.Text != c.figure {
				continue
			}
			found = true
			if got := figureMeasure(d, n); got != c.want {
				t.Errorf("%q: %q measures %q (counts %q), want %q", c.text, c.figure, got, n.Counts, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no figure %q read", c.text, c.figure)
		}
	}
}
