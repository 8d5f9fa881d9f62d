package nlp

import "testing"

// TestSpeakersRelativeByGivenName: a relative the writer names by kin
// noun and given name alone ("the late mayor's daughter Anna") is a
// person, so the "she said" after the quotation is hers, not left bare.
func TestSpeakersRelativeByGivenName(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"kin noun, given name, relative clause",
			"Mayor Carl Lund died last year in Brenn.\n\nThe post was shared by the late mayor's daughter Anna, who also spoke on Monday.\n\n\u201cMy father was right about the harbour,\u201d she said.",
			[]speakerWant{{"she", "Anna"}}},
		{"kin noun, comma, given name",
			"Mayor Carl Lund died last year in Brenn.\n\nAt the funeral his son, Jack, read a letter.\n\n\u201cHe loved this town,\u201d he said.",
			[]speakerWant{{"he", "Jack"}}},
	})
}

// TestSpeakersRelativeByGivenNameLimits: a given name of the other gender
// than the kin noun's, or a name written in full, keeps the old reading.
func TestSpeakersRelativeByGivenNameLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"kin noun and a given name of the other gender",
			"Mayor Carl Lund died last year in Brenn.\n\nThe post was shared by the late mayor's son Anna on Monday.\n\n\u201cMy father was right about the harbour,\u201d she said.",
			[]speakerWant{{"she", ""}}},
		{"kin noun and a full name",
			"Mayor Carl Lund died last year in Brenn.\n\nThe post was shared by his daughter Anna Lund on Monday.\n\n\u201cMy father was right about the harbour,\u201d she said.",
			[]speakerWant{{"she", "Anna Lund"}}},
	})
}
