package nlp

import "testing"

// TestSpeakersAskedLead: a sentence that opens with "Asked by a reporter
// what …," has its subject after that comma; a participle of saying
// right before the quotation speaks for him ("Asked by a reporter what
// he meant, Lund demurred, saying “…”").
func TestSpeakersAskedLead(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"asked by a reporter, X demurred, saying",
			"Ivo Lund spoke at the port on Monday.\n\nAsked by a reporter what exactly he found wrong, Lund demurred, saying \u201cyou know what the plan was.\u201d",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
		{"asked about a name, the one asked speaks, not the one named",
			"Ivo Lund spoke at the port on Monday.\n\nAsked about Tom Ruiz on the dock, Lund demurred, saying \u201che is a good man.\u201d",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
	})
}
