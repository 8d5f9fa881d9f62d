package nlp

import "testing"

// TestSpeakersPossessiveShowsGender checks a he or she whose antecedent
// is named by the surname alone, of no gender the text states, when
// that person is the subject of the sentence before and a possessive
// after it shows the gender ("Okafor did check it in his survey"):
// the surname-only person, not a man of known gender named a paragraph
// further back. "Her" before a function word is no possessive.
func TestSpeakersPossessiveShowsGender(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"his after a surname-only subject",
			"\u201cThe harbour counts were wrong from the start,\u201d Okafor told me.\n\n" +
				"Another critic, Jeffrey Halden, had one paper in the survey.\n\n" +
				"Halden also cites a count of dock jobs in Valmora.\n\n" +
				"Okafor did check that count in his survey, but finds it covers another trade. \u201cDock firms can hire cheaper crews for short shifts,\u201d in Valmora, he says.",
			[]speakerWant{{"Okafor", "Okafor"}, {"he", "Okafor"}}},
		{"her own after a surname-only subject",
			"\u201cThe harbour counts were wrong from the start,\u201d Okafor told me.\n\n" +
				"Another critic, Mary Halden, had one paper in the survey.\n\n" +
				"Halden also cites a count of dock jobs in Valmora.\n\n" +
				"Okafor did check that count in her own survey, but finds it covers another trade. \u201cDock firms can hire cheaper crews for short shifts,\u201d in Valmora, she says.",
			[]speakerWant{{"Okafor", "Okafor"}, {"she", "Okafor"}}},
		{"unchanged: her as an object shows nothing",
			"\u201cThe harbour counts were wrong from the start,\u201d Okafor told me.\n\n" +
				"Another critic, Mary Halden, had one paper in the survey.\n\n" +
				"Halden also cites a count of dock jobs in Valmora.\n\n" +
				"Okafor sent her the draft of the survey, but finds it covers another trade. \u201cDock firms can hire cheaper crews for short shifts,\u201d in Valmora, she says.",
			[]speakerWant{{"Okafor", "Okafor"}, {"she", "Mary Halden"}}},
	})
}
