package nlp

import "testing"

// TestVenueSurnameHeadsGuards: after a preposition of place, two words
// ending in "Field" are still a person's name when the first is a known
// given name, when the article writes the surname alone, or when a title,
// an honorific or a verb of speech stands beside them where the article
// names them (each guard of venueNamed alone).
func TestVenueSurnameHeadsGuards(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"Awards\n\nThe harbour prize went to Sally Field on Sunday.",
		"Letters\n\nThe letter came from Tarvo Field on Monday. Field wrote that the gates were shut.",
		"Letters\n\nDr. Tarvo Field wrote the letter. Copies went to Tarvo Field on Monday.",
		"Letters\n\nHarbour master Tarvo Field wrote the letter. Copies went to Tarvo Field on Monday.",
		"Letters\n\nCopies went to Tarvo Field on Monday. The gates were shut, Tarvo Field said.",
	} {
		an := analyze(t, a, text)
		for _, e := range an.Entities {
			if e.Name == "Sally Field" || e.Name == "Tarvo Field" {
				if e.Type != Person {
					t.Errorf("%q: %s is %v, want a person", text, e.Name, e.Type)
				}
			}
		}
		found := false
		for _, e := range an.Entities {
			found = found || e.Name == "Sally Field" || e.Name == "Tarvo Field"
		}
		if !found {
			t.Errorf("%q: no entity of the name", text)
		}
	}
}
