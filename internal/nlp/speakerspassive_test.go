package nlp

import "testing"

// TestSpeakersPassiveAskedAnswer: a "was asked about …" clause before a
// verb of speech holds the question; the quotation after the verb is the
// answer of the one asked (review of h/speakers56b).
func TestSpeakersPassiveAskedAnswer(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"was asked about X and said",
			"The adviser Eric Lund went before the panel on Monday.\n\nLund was asked about the harbour plan and said \u201cwe will finish the dock by June.\u201d",
			[]speakerWant{{"Lund", "Eric Lund"}}},
		{"was asked by Y about X and said",
			"The adviser Eric Lund went before the panel on Monday.\n\nLund was asked by Tom Berg about the harbour plan and said \u201cwe will finish the dock by June.\u201d",
			[]speakerWant{{"Lund", "Eric Lund"}}},
	})
}

// TestSpeakersPassiveAskedThenAnswer: a quotation after "and" that ends a
// "was asked about …" clause is the answer of the one asked, not the asker's
// question (review of h/speakers56b; "Tom Berg" got the words before).
func TestSpeakersPassiveAskedThenAnswer(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"was asked about X and quote, he said",
			"The adviser Eric Lund went before the panel on Monday.\n\nLund was asked about the harbour plan and \u201cwe will finish the dock by June,\u201d he said.",
			[]speakerWant{{"he", "Eric Lund"}}},
		{"was asked by Y about X and quote, he said",
			"The adviser Eric Lund went before the panel on Monday.\n\nLund was asked by Tom Berg about the harbour plan and \u201cwe will finish the dock by June,\u201d he said.",
			[]speakerWant{{"he", "Eric Lund"}}},
	})
}
