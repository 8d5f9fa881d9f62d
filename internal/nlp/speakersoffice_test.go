package nlp

import "testing"

// TestSpeakersOfficeAndOrganisation: "his office said" speaks for the
// person the "his" refers to, as "Lund's office said" does; an
// organisation with "the" before it is the speaker ("the Harbour
// Council said"), not one named inside a longer speaker ("an aide at
// the Harbour Council").
func TestSpeakersOfficeAndOrganisation(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"his office",
			"Senator Ivo Lund defended the harbour plan on Monday.\n\nHis office said the plan would bring an \u201cunmatched wave of jobs\u201d to the coast.",
			[]speakerWant{{"His office", "Ivo Lund"}}},
		{"a person's office",
			"Senator Ivo Lund defended the harbour plan on Monday.\n\nLund's office said the plan would bring an \u201cunmatched wave of jobs\u201d to the coast.",
			[]speakerWant{{"Lund's office", "Ivo Lund"}}},
		{"an organisation with its article",
			"The harbour plan was debated on Monday.\n\n\u201cThe plan is ready for a vote,\u201d the Harbour Council said in a statement.",
			[]speakerWant{{"the Harbour Council", "Harbour Council"}}},
	})
}
