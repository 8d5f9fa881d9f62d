package nlp

import "testing"

// TestSpeakersKinSurname: a bare surname right after the writer brings
// in a relative by kin noun and full name set off by commas is the
// relative's, not the
// first person of that surname (session 58: a father's words given to
// his daughter, whom the article names first).
func TestSpeakersKinSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"her father, X, then X said",
			"The new bridge over the Oder was named for Mira Tallis, a young nurse who drowned saving a child in 2015.\n\nTallis, 24, had worked at the river clinic for two years.\n\nHer father, Anton Tallis, spoke to reporters at the opening on Friday.\n\n\u201cShe would have laughed at all this fuss,\u201d Tallis said. \u201cBut she would have liked the lights.\u201d\n\n\u201cI come here every evening now,\u201d Tallis said.",
			[]speakerWant{{"Tallis", "Anton Tallis"}, {"Tallis", "Anton Tallis"}}},
		{"his sister, X, then X told",
			"Colonel Ivo Brandt retired from the guard in 2012 after thirty years of service.\n\nBrandt, 61, now farms near Kassel.\n\nHis sister, Greta Brandt, was at the ceremony on Monday.\n\n\u201cHe never once missed a birthday,\u201d Brandt told the paper.",
			[]speakerWant{{"Brandt", "Greta Brandt"}}},
	})
}

// TestSpeakersKinSurnameLimits: the first person keeps the bare surname
// when the relative is named beside the anchor ("Lund's daughter Ada
// Lund"), in passing without commas (as TestQuotes' Holt case), far back,
// or when the writer names the first one again between.
func TestSpeakersKinSurnameLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"X's daughter Y X, then X said",
			"Governor Ivo Lund opened the new bridge on Friday.\n\nLund's daughter Ada Lund cut the ribbon.\n\n\u201cThis bridge will carry the whole valley,\u201d Lund said.",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
		{"relative named without commas",
			"Colonel Ivo Brandt retired from the guard in 2012 after thirty years of service.\n\nHis sister Greta Brandt was at the ceremony on Monday.\n\n\u201cI never once missed a drill,\u201d Brandt told the paper.",
			[]speakerWant{{"Brandt", "Ivo Brandt"}}},
		{"relative named, then the first named again",
			"The new bridge was named for Mira Tallis, a young nurse who drowned in 2015.\n\nHer father, Anton Tallis, was at the opening.\n\nMira Tallis had worked at the river clinic for two years.\n\n\u201cShe was always the first to come in,\u201d Tallis wrote in her diary, which the clinic keeps.",
			[]speakerWant{{"Tallis", "Mira Tallis"}}},
		{"relative named long before",
			"The new bridge was named for Mira Tallis, a young nurse who drowned in 2015.\n\nHer father, Anton Tallis, was at the opening.\n\nThe bridge cost four million euros.\n\nIt took two years to build.\n\nThe clinic has since grown.\n\n\u201cI want to care for people,\u201d Tallis wrote in a letter found after her death.",
			[]speakerWant{{"Tallis", "Mira Tallis"}}},
	})
}

// TestSpeakersSurnameBeforeRelative: a bare surname the text uses before
// it names anyone of that surname in full, when the first so named is
// brought in as a relative ("first lady", "his wife"), is another person
// the writer takes as known, not the relative (session 58: a president's
// words given to the first lady named at the end of the article).
func TestSpeakersSurnameBeforeRelative(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"X said ... first lady Y X",
			"President Lund spoke to the nation on Monday after the flood.\n\n\u201cWe will rebuild every bridge,\u201d Lund said.\n\nFirst lady Ada Lund also visited the shelters on Monday.",
			[]speakerWant{{"Lund", "Lund"}}},
		{"X said ... his wife, Y X",
			"Lund spoke to the nation on Monday after the flood.\n\n\u201cWe will rebuild every bridge,\u201d Lund said.\n\nHis wife, Ada Lund, visited the shelters.",
			[]speakerWant{{"Lund", "Lund"}}},
	})
}

// TestSpeakersSurnameBeforeRelativeLimits: a bare surname before a full
// naming that brings in no relative is that person's, as before.
func TestSpeakersSurnameBeforeRelativeLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"X said ... Y X, the mayor",
			"Lund spoke to the town on Monday after the flood.\n\n\u201cWe will rebuild every bridge,\u201d Lund said.\n\nAda Lund, the mayor, visited the shelters.",
			[]speakerWant{{"Lund", "Ada Lund"}}},
	})
}
