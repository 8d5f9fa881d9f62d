package nlp

import "testing"

// TestSpeakersLongSubject checks the attribution after a closing mark
// whose verb stands more than ten tokens on: a person's name with a
// middle initial and an apposition set off by commas, a long title
// before the name, a party in parentheses, a relative clause; and what
// it leaves: a nickname inside a name, and "said that" after the
// apposition, which reports other words.
func TestSpeakersLongSubject(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a middle initial and an apposition",
			"\u201cThe harbour board has never been asked to approve the new fees,\u201d Daniel J. Mercer, a lawyer for the shipping firm, said in a statement.",
			[]speakerWant{{"Daniel J. Mercer", "Daniel J. Mercer"}}},
		{"a long apposition with a relative clause",
			"\u201cNobody on the council expected the strike to last a month,\u201d Mara Quist, who chairs the port committee and its budget panel, told reporters.",
			[]speakerWant{{"Mara Quist", "Mara Quist"}}},
		{"a long title before the name",
			"\u201cThe ferries will run again once the fees are paid in full,\u201d former Oregon Secretary of State Dr. Laura Benning said.",
			[]speakerWant{{"former Oregon Secretary of State Dr. Laura Benning", "Laura Benning"}}},
		{"a party in parentheses and a title with a body",
			"\u201cThe ferries will run again once the fees are paid in full,\u201d Senate Minority Leader Tomas K. Brell (D-Ore.) said.",
			[]speakerWant{{"Senate Minority Leader Tomas K. Brell", "Tomas K. Brell"}}},
		{"the next quotation, the same speaker's, joins the first",
			"\u201cThe harbour board has never been asked to approve the new fees,\u201d Daniel J. Mercer, a lawyer for the shipping firm, said in a statement. \u201cWe will ask the court to set them aside.\u201d",
			[]speakerWant{{"Daniel J. Mercer", "Daniel J. Mercer"}}},
	})
}

// TestSpeakersLongSubjectLimits checks what the long attribution leaves:
// a nickname in marks inside a name is no quotation, and "said that"
// after an apposition does not take the quotation before it.
func TestSpeakersLongSubjectLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a nickname inside a name",
			"Mayor Ivo J. \u201cBucky\u201d Lund, a former harbour pilot and the port committee's longest serving member, said the fees were too high.",
			nil},
		{"said that after an apposition",
			"While the port's new rules claim that the fees \u201cprotect small shipping firms from the larger ones,\u201d Mara Quist, a member of the harbour board and its budget panel, said that the rules would do the opposite.",
			[]speakerWant{{"the port's new rules", ""}}},
	})
}
