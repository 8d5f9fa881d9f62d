package nlp

import "testing"

// TestSpeakersNamedAfterRole: "Lund campaign counsel Brad Dorsey wrote"
// after a quotation is the counsel's, not Lund's: a name before one to
// three lower-case role words (up to five when the last is a role noun
// such as "adviser") says whose campaign or office it is.
func TestSpeakersNamedAfterRole(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"campaign counsel",
			"Ivo Lund leads the race.\n\n\u201cThe two men have attacked our campaign for months,\u201d Lund campaign counsel Brad Dorsey wrote in a letter to the board.",
			[]speakerWant{{"Lund campaign counsel Brad Dorsey", "Brad Dorsey"}}},
		{"senior adviser",
			"Ivo Lund leads the race.\n\n\u201cWe will win the state by ten points,\u201d Lund senior adviser Brad Dorsey said.",
			[]speakerWant{{"Lund senior adviser Brad Dorsey", "Brad Dorsey"}}},
		{"four role words ending in a role noun",
			"Ivo Lund leads the race.\n\n\u201cSimply put, the man is unfit to lead. This is no campaign talk,\u201d Lund campaign senior policy adviser Brad Dorsey wrote in a memo.",
			[]speakerWant{{"Lund campaign senior policy adviser Brad Dorsey", "Brad Dorsey"}}},
	})
}

// TestSpeakersNamedAfterRoleLimits: a verb or an adverb between two
// names is no role: the first name stays the speaker.
func TestSpeakersNamedAfterRoleLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"an adverb and a verb",
			"Ivo Lund leads the race.\n\nBut two days later Lund effectively revived Brad Dorsey's budget claims by saying that the \u201cfund\u201d was empty.",
			[]speakerWant{{"Lund effectively revived Brad Dorsey's budget", "Ivo Lund"}}},
		{"a verb of quoting: the one quoted speaks (see TestQuotedAsSaying)",
			"Ivo Lund leads the race.\n\n\u201cThe plan is dead,\u201d Lund quoted Brad Dorsey as saying.",
			[]speakerWant{{"Brad Dorsey", "Brad Dorsey"}}},
	})
}

// TestSpeakersCloseTo: a source "close to" or "familiar with" a person
// speaks unnamed; the person is whom the source is near, not who speaks.
func TestSpeakersCloseTo(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a senator close to the leader, before the quotation",
			"Senators met on Monday.\n\nOne GOP lawmaker close to House Majority Leader Ivo Lund (R-Ky.) said, \u201cThe goal is to get a bill passed this year.\u201d",
			[]speakerWant{{"One GOP lawmaker close to House Majority Leader Ivo Lund", ""}}},
		{"a source close to him, after the quotation",
			"Senators met on Monday.\n\n\u201cThe goal is to get a bill passed this year,\u201d a source close to Ivo Lund said.",
			[]speakerWant{{"a source close to Ivo Lund", ""}}},
		{"a person familiar with his thinking",
			"Senators met on Monday.\n\nA person familiar with Ivo Lund's thinking said, \u201cThe goal is to get a bill passed this year.\u201d",
			[]speakerWant{{"A person familiar with Ivo Lund's thinking", ""}}},
		{"a senator allied with him",
			"Senators met on Monday.\n\n\u201cThe goal is to get a bill passed this year,\u201d a senator allied with Ivo Lund told reporters.",
			[]speakerWant{{"a senator allied with Ivo Lund", ""}}},
	})
}

// TestSpeakersContinuedBody: `"…," the institute said. But it added:
// "…"` goes on with the institute's words; with a person named between,
// the "it" is left as it was.
func TestSpeakersContinuedBody(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the body goes on",
			"The Harbour Institute published a study on Monday.\n\n\u201cThe port has shown it can grow,\u201d the Harbour Institute said. But it added: \u201cThe risks of a second dredging are high.\u201d",
			[]speakerWant{{"the Harbour Institute", "Harbour Institute"}, {"it", "Harbour Institute"}}},
		{"a person named between",
			"The Harbour Institute published a study on Monday.\n\n\u201cThe port has shown it can grow,\u201d the Harbour Institute said. Mayor Ivo Lund read the study. But it added: \u201cThe risks of a second dredging are high.\u201d",
			[]speakerWant{{"the Harbour Institute", "Harbour Institute"}, {"it", ""}}},
	})
}
