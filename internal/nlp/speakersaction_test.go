package nlp

import "testing"

// TestSpeakersOfWordsNotTheSubjects checks quotes a reporting verb stands
// before whose words are not its subject's: what someone is accused of
// (the accusers' words), and what a document says someone agreed to do
// ("agreed to pay her to \"cover up …\"", the indictment's words). An
// accusation made by the subject, and words right after "agreed to", are
// still the subject's.
func TestSpeakersOfWordsNotTheSubjects(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"accused of, passive",
			"Ivo Lund taught at a university in the city.\n\nIvo Lund was detained at the airport in April and accused of unspecified \u201chostile acts\u201d against the state.",
			nil},
		{"accused of, by the subject",
			"Senator Mara Quist spoke on Friday.\n\nShe criticised the agency, which she accused of \u201cgrandstanding at our expense.\u201d",
			[]speakerWant{{"she", "Mara Quist"}}},
		{"agreed to, the words a document's",
			"According to the indictment, Ivo Lund agreed to pay $2 million to a former pupil in an effort to \u201ccompensate and conceal\u201d his past acts.",
			[]speakerWant{{"the indictment", ""}}},
		{"agreed to, the words right after it",
			"Senator Mara Quist spoke on Friday.\n\nShe agreed to \u201ccooperate fully with the inquiry.\u201d",
			[]speakerWant{{"She", "Mara Quist"}}},
	})
}
