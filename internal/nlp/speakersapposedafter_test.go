package nlp

import "testing"

// TestSpeakersNamedAfterARoleAfterTheWords checks an attribution after
// the words whose subject is a role with the person's name set off by
// commas (`"…," the party chairman, Tom Perez, said`): the person
// speaks, not the unnamed role.
func TestSpeakersNamedAfterARoleAfterTheWords(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a role with the name set off",
			"\u201cBrenn voters went to the polls looking for new leadership,\u201d the party chairman, Tom Perez, said in a statement.",
			[]speakerWant{{"Tom Perez", "Tom Perez"}}},
		{"a relative with the name set off",
			"The ferry captain Ivo Marrow died on Sunday in Brenn.\n\n\u201cWe forgive the man who did this,\u201d his son, Tomas Marrow, said.",
			[]speakerWant{{"Tomas Marrow", "Tomas Marrow"}}},
		{"unchanged: a body set off after a role",
			"\u201cThe levees will hold this winter,\u201d the agency, the Ostra Flood Board, said.",
			[]speakerWant{{"the agency", ""}}},
	})
}
