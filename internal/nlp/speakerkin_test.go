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
// than the kin noun's, or a name written in full, keeps the old reading;
// a relative named so is of the name's gender (a "she" passes over the
// son Jack), and one named more than two paragraphs before a pronoun is
// not taken for it over the person the text is about.
func TestSpeakersRelativeByGivenNameLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"kin noun and a given name of the other gender",
			"Mayor Carl Lund died last year in Brenn.\n\nThe post was shared by the late mayor's son Anna on Monday.\n\n\u201cMy father was right about the harbour,\u201d she said.",
			[]speakerWant{{"she", ""}}},
		{"a she after a son named by given name",
			"Senator Ada Lund spoke on Tuesday in Brenn.\n\nThe talk turned to the deal with the port.\n\nThe inquiry also named the mayor and his son Jack.\n\n\u201cAll roads lead to the harbour,\u201d she said.",
			[]speakerWant{{"she", "Ada Lund"}}},
		{"a relative named in passing far before",
			"Ada Lund, a cartoonist, drew the mayor in a red coat.\n\nIn the video, the mayor's wife, Anna, read a story.\n\nThe mayor called the drawing cruel.\n\nThe paper stood by it.\n\nReaders wrote in by the hundred.\n\n\u201cA man who films his family asks to be drawn with them,\u201d she wrote.",
			[]speakerWant{{"she", "Ada Lund"}}},
		{"kin noun and a full name",
			"Mayor Carl Lund died last year in Brenn.\n\nThe post was shared by his daughter Anna Lund on Monday.\n\n\u201cMy father was right about the harbour,\u201d she said.",
			[]speakerWant{{"she", "Anna Lund"}}},
	})
}
