package nlp

import "testing"

// TestExcerptLeadIn checks a quotation that opens its paragraph after
// "Here's more from …:": a publication named before ("the newspaper")
// or there is the source of the words and no one speaks them; a person
// named there speaks, as before.
func TestExcerptLeadIn(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		name, text, speaker, source string
	}{
		{"the newspaper named in the sentence before",
			"The Ostra Courier reports that the vote divided the town. Here's more from the newspaper:\n\n" +
				"\"Brenn lies at the heart of the Ostra Shale, a field of some 5,000 square miles in the north.\"",
			"", "The Ostra Courier"},
		{"a paper named in the lead-in",
			"The vote divided the town. Here is more from the Brenn Gazette:\n\n" +
				"\"Brenn lies at the heart of the Ostra Shale, a field of some 5,000 square miles in the north.\"",
			"", "the Brenn Gazette"},
		{"unchanged: a person named in the lead-in speaks",
			"Mayor Ivo Lund spoke after the vote. Here's more from Ivo Lund:\n\n" +
				"\"We will defend the ordinance in every court of the state.\"",
			"Ivo Lund", ""},
		{"unchanged: the newspaper with no paper named before",
			"The vote divided the town. Here's more from the newspaper:\n\n" +
				"\"Brenn lies at the heart of the Ostra Shale, a field of some 5,000 square miles in the north.\"",
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(t, a, tc.text)
			if len(an.Quotes) != 1 {
				t.Fatalf("got %d quotes %+v, want 1", len(an.Quotes), an.Quotes)
			}
			sp, src := speakerAndSource(an.Quotes[0])
			if sp != tc.speaker || src != tc.source {
				t.Errorf("speaker %q source %q, want %q and %q", sp, src, tc.speaker, tc.source)
			}
		})
	}
}
