package nlp

import "testing"

// personNames returns the names of the person entities of an analysis.
func personNames(an *Analysis) []string {
	var out []string
	for _, e := range an.Entities {
		if e.Type == Person {
			out = append(out, e.Name)
		}
	}
	return out
}

// TestPartyAfterStateNamesNoOne: "the Ohio Democrat" describes a
// politician; the party word after the state is no person.
func TestPartyAfterStateNamesNoOne(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"Senator Ivo Lund spoke on Monday.\n\nThe Ohio Democrat voted against the harbour plan.",
		"Senator Ivo Lund spoke on Monday. Later the South Carolina Republican left the chamber.",
		"Mara Holt, a Vermont Independent, backed the plan.",
	} {
		an := analyze(t, a, text)
		for _, n := range personNames(an) {
			if n == "Democrat" || n == "Republican" || n == "Independent" {
				t.Errorf("%q: person %q", text, n)
			}
		}
	}
}
