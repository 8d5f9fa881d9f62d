package nlp

import "testing"

// TestSpeakersOtherRoleBetween: a role the text ties to no one opens a
// sentence between the person a he or she would point back to and the
// pronoun; the role's holder may be the one who speaks, so no person is
// given (a bare pronoun beats a wrong person). An office ("the senator")
// of a person named before, a role apposed to the person, or a title the
// person holds in the text keeps the person.
func TestSpeakersOtherRoleBetween(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"an inspector general between the named woman and her she",
			"Mara Holt signed the new water rules on Monday.\n\n" +
				"The inspector general, who reviewed the rules for a year, said she found no fault in them.\n\n" +
				"\u201cThe rules are sound and fair,\u201d she said.",
			[]speakerWant{{"she", ""}}},
		{"a director opening a clause after a comma",
			"Ivo Lund praised the plan at a rally in Elmshire.\n\n" +
				"Later that day, the director of the water agency said he had doubts.\n\n" +
				"\u201cThe plan costs too much for what it gives,\u201d he said.",
			[]speakerWant{{"he", ""}}},
	})
}

// TestSpeakersOtherRoleBetweenLimits: roles that stay the person's.
func TestSpeakersOtherRoleBetweenLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"an office the person may hold",
			"Ivo Lund spoke to reporters outside the Capitol on Thursday.\n\n" +
				"The senator said he would back the bill.\n\n" +
				"\u201cWe have waited long enough,\u201d he said.",
			[]speakerWant{{"he", "Ivo Lund"}}},
		{"the role apposed to the person",
			"Mara Holt, the director of the water agency, toured the plant.\n\n" +
				"\u201cThe pumps are old and tired,\u201d she said.",
			[]speakerWant{{"she", "Mara Holt"}}},
		{"the title the text gave the person",
			"Mara Holt became the director of the water agency in May.\n\n" +
				"The director said the pumps were old.\n\n" +
				"\u201cWe will replace them this year,\u201d she said.",
			[]speakerWant{{"she", "Mara Holt"}}},
	})
}
