package nlp

import "testing"

// TestInfinitiveNoSpeaker: `Lund called the charges "baseless," vowed to
// fight them` gives the word to Lund, not to "to fight them".
func TestInfinitiveNoSpeaker(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a verb and an infinitive after the word",
			"Rep. Ivo Marrow was charged on Wednesday in Brenn.\n\n" +
				"Mr. Marrow called the charges \u201cbaseless,\u201d vowed to fight them in court, and said he would stay in the race.",
			[]speakerWant{{"Marrow", "Ivo Marrow"}}},
	})
}
