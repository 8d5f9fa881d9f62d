package nlp

import "testing"

// TestSpeakersUnnamedInsider: words of an unnamed source ("one Ohio
// Republican", "a strategist inside Lund's campaign") are nobody's named
// words: "the Republican" after such a source is that source, not the
// person the sentence before names, and a person named after a
// preposition in the speaker phrase only says whose side the source is
// on (h/read56: sff689ab288053d5d, s6ac10f870de459af, s9e62c39c05f2255e).
func TestSpeakersUnnamedInsider(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the Republican after one Ohio Republican",
			"The survey asked party members in Ohio who would win.\n\nOne Ohio Republican cited the late count of ballots in picking Ivo Ruiz as the likely winner.\n\n\u201cThe wind is going his way,\u201d the Republican said, \u201cand the count is now on his side.\u201d",
			[]speakerWant{{"the Republican", ""}}},
		{"the Democrat after one Democrat wondered",
			"The survey asked party members in Ohio who would win.\n\nOne Democrat wondered how far Ruiz would fall after the debate.\n\n\u201cRuiz did real harm to himself on the stage,\u201d the Democrat said.",
			[]speakerWant{{"the Democrat", ""}}},
		{"a strategist inside X's operation",
			"Ivo Ruiz has won four states so far.\n\n\u201cThe talk of how many votes Ivo Ruiz holds is of no use,\u201d said a strategist inside Ruiz\u2019s operation.",
			[]speakerWant{{"a strategist inside Ruiz", ""}}},
		{"an aide to X",
			"Ivo Ruiz has won four states so far.\n\n\u201cWe will find the votes we need,\u201d an aide to Ruiz said.",
			[]speakerWant{{"an aide to Ruiz", ""}}},
		{"a Ruiz strategist",
			"Ivo Ruiz has won four states so far.\n\n\u201cWe will find the votes we need,\u201d a Ruiz strategist said.",
			[]speakerWant{{"a Ruiz strategist", ""}}},
		{"a Republican strategist close to X",
			"Ivo Ruiz has won four states so far.\n\n\u201cWe will find the votes we need,\u201d said a Republican strategist close to Ruiz.",
			[]speakerWant{{"a Republican strategist close", ""}}},
		{"a GOP insider, the name in the quote",
			"The survey asked party members in Ohio who would win.\n\n\u201cIvo Ruiz wins but under 30 percent,\u201d a GOP insider said.",
			[]speakerWant{{"a GOP insider", ""}}},
	})
}

// TestSpeakersUnnamedInsiderLimits: a described person named before
// keeps the description, and a named person in the speaker phrase speaks.
func TestSpeakersUnnamedInsiderLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the Ohio Republican after the senator",
			"Senator Ana Kerr spoke in Ohio on Friday.\n\n\u201cThe count is on our side,\u201d the Ohio Republican said.",
			[]speakerWant{{"the Ohio Republican", "Ana Kerr"}}},
		{"a named aide",
			"Ivo Ruiz has won four states so far.\n\n\u201cWe will find the votes we need,\u201d said Tom Berg, an aide to Ruiz.",
			[]speakerWant{{"Tom Berg", "Tom Berg"}}},
	})
}

// TestSpeakersUnnamedSubjectCapitalised: a he after a sentence whose
// subject is an unnamed person written with a capitalised kind ("One
// DACA recipient who …") points to that person, not to a person named
// further back (h/read56: s1d1268cf99653874).
func TestSpeakersUnnamedSubjectCapitalised(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"one DACA recipient who",
			"President Ivo Ruiz ended the program on Tuesday.\n\nMany young people hope to stay in the country.\n\nOne DACA recipient who wrote to me on Sunday is still waiting for the permit he asked for months ago. If he does not hear back by June, he will lose his job.\n\n\u201cI feel fine for now,\u201d he told me.",
			[]speakerWant{{"One DACA recipient", ""}}},
		{"a GOP donor",
			"President Ivo Ruiz ended the program on Tuesday.\n\nA GOP donor called the office on Monday to complain.\n\n\u201cI feel let down,\u201d he told me.",
			[]speakerWant{{"A GOP donor", ""}}},
	})
}

// TestSpeakersNameModifierIndefinite: a name that qualifies a noun after
// an indefinite word ("Another Ruiz trial veteran, Tom Berg, …") is not
// the he of the quotation after it; the appositive's person is
// (h/read56: s2b2e29497e3ce49d).
func TestSpeakersNameModifierIndefinite(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"another X trial veteran, Y",
			"Former President Ivo Ruiz was tried in the Senate in 1999.\n\nAnother Ruiz trial veteran, Tom Berg, carried two old books as he began his closing argument. \u201cNo crime was charged, so there is no case,\u201d he said.",
			[]speakerWant{{"he", "Tom Berg"}}},
	})
}

// TestSpeakersPassiveAsked: words quoted in a "was asked if" clause are
// the question, not the answer of the one asked (h/read56:
// s1eb07e91fddc8e8f).
func TestSpeakersPassiveAsked(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"when X was asked if",
			"The adviser Eric Lund went before the panel on Monday.\n\nSeparately, when Lund was asked if the board\u2019s staff were \u201cthe finest in the land,\u201d the adviser answered, \u201cNot at all.\u201d",
			[]speakerWant{{"", ""}, {"the adviser", "Eric Lund"}}},
	})
}

// TestSpeakersUnnamedLimits: a name after an indefinite word inside
// the sentence ("time for another Ruiz mission") may still be the he.
func TestSpeakersUnnamedLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"time for another X mission",
			"Former President Ivo Ruiz went to the north in 1994.\n\nSo is it time for another Ruiz peace mission? \u201cI would go, yes,\u201d he said.",
			[]speakerWant{{"he", "Ivo Ruiz"}}},
	})
}
