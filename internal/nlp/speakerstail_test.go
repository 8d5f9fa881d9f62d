package nlp

import "testing"

// TestSpeakersByADoubleSurname checks a person named in full and then by
// the tail of that name (a double surname without the given name): both
// are one person, and the quote is that person's. A tail whose first word
// is a known given name stays a name of its own.
func TestSpeakersByADoubleSurname(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"two surnames after the full name",
			"Christine Blasey Ford met the panel on Monday. \u201cI came to tell the panel what I remember,\u201d Blasey Ford said.",
			[]speakerWant{{"Blasey Ford", "Christine Blasey Ford"}}},
		{"two surnames of another pair",
			"Ana Lopez Ruiz met the panel on Monday. \u201cI am here because it is my duty,\u201d Lopez Ruiz said.",
			[]speakerWant{{"Lopez Ruiz", "Ana Lopez Ruiz"}}},
		{"the tail before the full name",
			"\u201cI am here because it is my duty,\u201d Lopez Ruiz said on Monday. Ana Lopez Ruiz met the panel for an hour.",
			[]speakerWant{{"Lopez Ruiz", "Ana Lopez Ruiz"}}},
		{"unchanged: the last surname alone",
			"Ana Lopez Ruiz met the panel on Monday. \u201cI am here because it is my duty,\u201d Ruiz said.",
			[]speakerWant{{"Ruiz", "Ana Lopez Ruiz"}}},
		{"unchanged: a credit glued to the name",
			"Carl Moss Jes\u00fas Ortega, who lost his job, stands by his home. \u201cBusiness will come back,\u201d says Jes\u00fas Ortega. " +
				"Reporting by Carl Moss in Fairview.",
			[]speakerWant{{"Jes\u00fas Ortega", "Jes\u00fas Ortega"}}},
		{"unchanged: a tail that opens with a given name",
			"John Paul Jones met the panel on Monday. \u201cI am here because it is my duty,\u201d Paul Jones said.",
			[]speakerWant{{"Paul Jones", "Paul Jones"}}},
	})
}

// TestSpeakersTheSpokesmanFor checks "the spokesman for X" and "a
// spokeswoman for the X": the spokesperson speaks, unnamed, not the one
// spoken for.
func TestSpeakersTheSpokesmanFor(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the spokesman after the quote",
			"The committee met on Monday. \u201cWe will not comment on the matter,\u201d the spokesman for Ivo Lund said.",
			[]speakerWant{{"the spokesman for Ivo Lund", ""}}},
		{"the spokesman before the verb",
			"The spokesman for Ivo Lund said the plan \u201cwill not pass the chamber.\u201d",
			[]speakerWant{{"The spokesman for Ivo Lund", ""}}},
		{"the lawyer for a surname",
			"The lawyer for Lund told reporters the charges were \u201cwithout merit.\u201d",
			[]speakerWant{{"The lawyer for Lund", ""}}},
		{"a spokeswoman for the body",
			"A spokeswoman for the Fairview Police Department said the officers \u201cacted within policy.\u201d",
			[]speakerWant{{"A spokeswoman for the Fairview Police Department", ""}}},
		{"unchanged: the secretary of state",
			"Secretary of State Ivo Lund met the president.\n\n\u201cIt is very important,\u201d the secretary of state said.",
			[]speakerWant{{"the secretary of state", "Ivo Lund"}}},
		{"unchanged: the spokesman named",
			"Tom Hale, the spokesman for Ivo Lund, said the vote was \u201ca disgrace.\u201d",
			[]speakerWant{{"Tom Hale", "Tom Hale"}}},
	})
}
