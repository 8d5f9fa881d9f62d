package nlp

import "testing"

// TestSpeakersPossessiveShowsGender checks a he or she whose antecedent
// is named by the surname alone, of no gender the text states, when
// that person is the subject of the sentence before and a possessive
// after it shows the gender ("Okafor did include it in his review"):
// the surname-only person, not a man of known gender named a paragraph
// further back. "Her" before a function word is no possessive.
func TestSpeakersPossessiveShowsGender(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"his after a surname-only subject",
			"\u201cNone of us knew this until lately,\u201d Okafor told me.\n\n" +
				"Another critic, Jeffrey Halden, had one paper in the review.\n\n" +
				"Halden also points to a study of young workers in Norway.\n\n" +
				"Okafor did include this one in his review, but notes it is a different policy. \u201cEmployers can swap older workers for younger ones,\u201d in Norway, he says.",
			[]speakerWant{{"Okafor", "Okafor"}, {"he", "Okafor"}}},
		{"her own after a surname-only subject",
			"\u201cNone of us knew this until lately,\u201d Okafor told me.\n\n" +
				"Another critic, Mary Halden, had one paper in the review.\n\n" +
				"Halden also points to a study of young workers in Norway.\n\n" +
				"Okafor did include this one in her own review, but notes it is a different policy. \u201cEmployers can swap older workers for younger ones,\u201d in Norway, she says.",
			[]speakerWant{{"Okafor", "Okafor"}, {"she", "Okafor"}}},
		{"unchanged: her as an object shows nothing",
			"\u201cNone of us knew this until lately,\u201d Okafor told me.\n\n" +
				"Another critic, Mary Halden, had one paper in the review.\n\n" +
				"Halden also points to a study of young workers in Norway.\n\n" +
				"Okafor sent her the draft of the review, but notes it is a different policy. \u201cEmployers can swap older workers for younger ones,\u201d in Norway, she says.",
			[]speakerWant{{"Okafor", "Okafor"}, {"she", "Mary Halden"}}},
	})
}
