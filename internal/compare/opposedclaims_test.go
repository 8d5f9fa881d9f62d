package compare

import (
	"strings"
	"testing"
)

// factGroupsWith returns the joined texts of the fact groups of two articles
// or more that hold word w.
func factGroupsWith(r *Report, w string) []string {
	var out []string
	for _, f := range r.Facts {
		if len(f.ReportedBy) < 2 {
			continue
		}
		var texts []string
		for _, s := range f.Sentences {
			texts = append(texts, s.Text)
		}
		if all := strings.Join(texts, " | "); strings.Contains(all, w) {
			out = append(out, all)
		}
	}
	return out
}

// TestQuotedDenialNotOneFact: a minister's quoted denial that a gas was
// ever made by her country and a line saying the country made it are
// opposite claims, not one fact; a "No" answered to a question is not
// the claim the question was about.
func TestQuotedDenialNotOneFact(t *testing.T) {
	r := run(t, mkArticles(
		"Varno gas row\nInspectors in Ostra found traces of the gas Kelvane at the harbour on Monday. "+
			"“Varnia has never produced any substance called Kelvane at any plant,” Minister Ilse Dorn said. "+
			"“No,” inspector Aron Pell said when asked whether the harbour was completely cleared.",
		"Gas found at Ostra harbour\nInspectors in Ostra found traces of the gas Kelvane at the harbour on Monday. "+
			"The gas Kelvane was produced by Varnia at a plant near its border, officials of Ostra said. "+
			"The mayor said the harbour was completely cleared of the gas by Monday evening.",
		"Ostra harbour shut\nThe harbour of Ostra stayed shut on Monday. Fishermen waited on the quay.",
	))
	for _, g := range factGroupsWith(r, "Kelvane") {
		if strings.Contains(g, "never produced") {
			t.Errorf("the denial and the statement are one fact group: %s", g)
		}
	}
	for _, g := range factGroupsWith(r, "cleared") {
		if strings.Contains(g, "“No,”") {
			t.Errorf("the answer and the claim are one fact group: %s", g)
		}
	}
}
