package nlp

import "testing"

// TestSpeakersPronounUnderUnnamedSubject: in "An attorney who
// represented Kell ... said he believes police have "…"" the he is the
// attorney's, not Kell's: a person named only inside the unnamed
// subject's own phrase is no antecedent of the he after its verb of
// saying. The speaker is then unknown rather than wrong.
func TestSpeakersPronounUnderUnnamedSubject(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a relative clause names the client",
			"Daro Kell was charged on Friday.\n\nAn attorney who represented Kell in three earlier cases said he believes police have \u201cthe wrong man.\u201d",
			[]speakerWant{{"he", ""}}},
		{"a named subject keeps its he",
			"Daro Kell was charged on Friday.\n\nMira Osk, who represented Kell in three earlier cases, said she believes police have \u201cthe wrong man.\u201d",
			[]speakerWant{{"she", "Mira Osk"}}},
		{"the he after a plural subject stays the named man's",
			"Daro Kell was charged on Friday.\n\nDetectives who arrested Kell said he told them \u201cI did nothing wrong.\u201d",
			[]speakerWant{{"he", "Daro Kell"}}},
	})
}
