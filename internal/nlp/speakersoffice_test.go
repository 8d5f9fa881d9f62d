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
		{"a newspaper named after its city (session 51: once read as the place alone)",
			"The harbour plan was debated on Monday.\n\n\u201cThe plan is ready for a vote,\u201d reports the Minneapolis Star-Tribune.",
			[]speakerWant{{"the Minneapolis Star-Tribune", "Minneapolis Star-Tribune"}}},
	})
}

// TestSpeakersPartyDescription: "the Harbour Republican said" describes
// the person named before it, also past a possessor ("Mayor Holt's
// plan") or where the party word stands before one of two names; with
// two persons and nothing to choose between them it stays unresolved
// (no person called "Republican").
func TestSpeakersPartyDescription(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"one person before",
			"Senator Ivo Lund attacked the harbour plan on Monday.\n\n\u201cThis plan will close the docks,\u201d the Ohio Republican said.",
			[]speakerWant{{"the Ohio Republican", "Ivo Lund"}}},
		{"past a possessor",
			"Senator Ivo Lund, responding to Mayor Peter Holt's harbour plan, called it reckless.\n\n\u201cThis plan will close the docks,\u201d the Ohio Republican said.",
			[]speakerWant{{"the Ohio Republican", "Ivo Lund"}}},
		{"the party word before one name",
			"Mayor Peter Holt defended the plan, but Republican Senator Ivo Lund attacked it.\n\n\u201cThis plan will close the docks,\u201d the Ohio Republican said.",
			[]speakerWant{{"the Ohio Republican", "Ivo Lund"}}},
		{"two persons, nothing to choose",
			"Mayor Peter Holt defended the plan, but Senator Ivo Lund attacked it.\n\n\u201cThis plan will close the docks,\u201d the Ohio Republican said.",
			[]speakerWant{{"the Ohio Republican", ""}}},
	})
}

// TestSpeakersTheStatement: "the statement read" is the statement the
// text said someone released just before; with no such sentence it
// names no one.
func TestSpeakersTheStatement(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"released just before",
			"The harbour plan drew criticism on Monday. Mayor Ivo Lund has since released a statement on the dispute.\n\n\u201cThe docks will stay open for every crew,\u201d the statement read.",
			[]speakerWant{{"the statement", "Ivo Lund"}}},
		{"no release named",
			"Mayor Ivo Lund spoke about the harbour plan on Monday.\n\n\u201cThe docks will stay open for every crew,\u201d the statement read.",
			[]speakerWant{{"the statement", ""}}},
	})
}

// TestSpeakersTitleAbbreviation: "the senator" is the person the text
// called "Sen." and last named outside quotation marks, not another
// given the title spelled out further back; after an unnamed senator is
// introduced it is no named one.
func TestSpeakersTitleAbbreviation(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the abbreviated title",
			"The ferry fund began as a bill filed in 1990 by Sen. Ivo Lund, then a member of the House.\n\nThe fund has been under fire before, most recently when a bill sponsored by Senator Peter Holt, R-Ohio, sought to end it.\n\nLund answered the mayor on Wednesday, asking him to restore money for harbour patrols.\n\n\u201cI have long held that the ferries serve the whole coast,\u201d the senator said in a statement.",
			[]speakerWant{{"the senator", "Ivo Lund"}}},
		{"a governor by the short title",
			"Gov. Mara Holt toured the flooded wards on Sunday.\n\n\u201cEvery crew we have is out on the water,\u201d the governor said.",
			[]speakerWant{{"the governor", "Mara Holt"}}},
		{"an unnamed senator",
			"Senator Ivo Lund has asked colleagues to wait on the ferry bill.\n\nA Democratic senator said Lund wants the caucus to decide together.\n\n\u201cFor Sen. Lund to ask us to hold off is fair,\u201d the senator added.",
			[]speakerWant{{"the senator", ""}}},
	})
}

// TestSpeakersLongTitleAndForcesBody: a title of several words between
// an organisation and a name ("FBI Special Agent in Charge Ivo Lund")
// leaves the person speaking, with no "Charge" in his name; a body's
// head word before the place it serves is one body ("U.S. Forces
// Korea"), not a person "Forces Korea".
func TestSpeakersLongTitleAndForcesBody(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"special agent in charge",
			"Deputies sealed off the block on Thursday.\n\n\u201cWe are treating this as an act of terror,\u201d said FBI Special Agent in Charge Ivo Lund.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a command of a place",
			"The flights drew a sharp answer from the north.\n\n\u201cThe bombers flew a training mission,\u201d U.S. Forces Korea said in a statement.",
			[]speakerWant{{"U.S. Forces Korea", "U.S. Forces Korea"}}},
	})
}
