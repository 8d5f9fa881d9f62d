package nlp

import "testing"

// TestSpeakersSurrogateTie: a person named before a tie noun such as
// "surrogate" or "strategist" only says whose side the speaker is on
// ("the former governor and Lund surrogate told …"); the words are not
// Lund's (h/fresh40: Carson's lines given to Trump).
func TestSpeakersSurrogateTie(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"descriptor and surrogate",
			"Ivo Ruiz spoke on Monday about the flood.\n\n\u201cNow is not the time for blame,\u201d the former governor and Tom Berg surrogate told reporters.",
			[]speakerWant{{"the former governor and Tom Berg surrogate", ""}}},
		{"the X confidant",
			"Ivo Ruiz spoke on Monday about the flood.\n\n\u201cWe will rebuild the levees,\u201d a longtime Tom Berg confidant said.",
			[]speakerWant{{"a longtime Tom Berg confidant", ""}}},
		{"X's surrogate",
			"Ivo Ruiz spoke on Monday about the flood.\n\n\u201cWe will rebuild the levees,\u201d Tom Berg\u2019s surrogate said.",
			[]speakerWant{{"Tom Berg\u2019s surrogate", ""}}},
	})
}

// TestSpeakersSurrogateTieLimits: a surrogate named after the tie noun
// speaks, and a person followed by no tie noun speaks as before.
func TestSpeakersSurrogateTieLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"named surrogate",
			"Ivo Ruiz spoke on Monday about the flood.\n\n\u201cWe will rebuild the levees,\u201d Tom Berg surrogate Ann Kray said.",
			[]speakerWant{{"Tom Berg surrogate Ann Kray", "Ann Kray"}}},
		{"plain name",
			"Ivo Ruiz spoke on Monday about the flood.\n\n\u201cWe will rebuild the levees,\u201d Tom Berg said.",
			[]speakerWant{{"Tom Berg", "Tom Berg"}}},
	})
}

// TestSpeakersCorporateSuffix: the stop of an abbreviated company suffix
// does not end the speaker phrase ("Acme Corp. said", "said Brill Co.
// spokesman Dan Moor").
func TestSpeakersCorporateSuffix(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Corp. said",
			"The plant closed on Monday.\n\n\u201cWe have done nothing wrong,\u201d Acme Corp. said in a statement.",
			[]speakerWant{{"Acme Corp", "Acme Corp"}}},
		{"Inc. said",
			"The plant closed on Monday.\n\n\u201cWe have done nothing wrong,\u201d Halden Inc. said on Monday.",
			[]speakerWant{{"Halden Inc", "Halden Inc"}}},
		{"Co. spokesman",
			"The plant closed on Monday.\n\n\u201cThe plan is sound,\u201d said Brill Co. spokesman Dan Moor.",
			[]speakerWant{{"Dan Moor", "Dan Moor"}}},
	})
}

// TestSpeakersReadStatementFrom: who reads out a statement only voices
// it; its writer speaks ("Lund read a statement from Ruiz: …"), the
// organisation of "a statement from the board", no one when the writer
// is not named.
func TestSpeakersReadStatementFrom(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"person",
			"The hearing ran late on Tuesday.\n\nAt the end, Ivo Lund read a statement from Ana Ruiz: \u201cI was never told about the payments.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"organisation",
			"The hearing ran late on Tuesday.\n\nAt the end, Tom Berg read a brief statement from the Fairview Water Board: \u201cWe regret the delay.\u201d",
			[]speakerWant{{"a brief statement from the Fairview Water Board", "Fairview Water Board"}}},
		{"unnamed writer",
			"The hearing ran late on Tuesday.\n\nThe mayor then read the letter from the family: \u201cHe was a kind man.\u201d",
			[]speakerWant{{"the letter", ""}}},
	})
}

// TestSpeakersReadStatementLimits: a reader of his own statement, or one
// who reads to someone, still speaks.
func TestSpeakersReadStatementLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"read to reporters",
			"The hearing ran late on Tuesday.\n\nIvo Lund read a statement to reporters: \u201cWe are done here.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
	})
}

// TestSpeakersParticipleClause: a "saying" participle is not given to a
// name that completes the noun before "with" ("its interview with Ruiz
// saying"), and after "issued a statement to the press Monday" it is
// the issuer's, not the main clause subject's (h/read56:
// s717a1315113bdc13, s54a9ae71ed55d0e4).
func TestSpeakersParticipleClause(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"interview with X saying",
			"The senators met on Monday.\n\nTom Berg, a spokesman for Sen. Ivo Lund, released a long statement after the Post ran its interview with Ana Ruiz saying it was \u201ctroubling\u201d that the claims came so late.",
			[]speakerWant{{"Tom Berg", "Tom Berg"}}},
		{"issued a statement to the press Monday saying",
			"The office spoke on Monday.\n\nMr. Berg ended his talk as Deputy Secretary Ivo Lund issued a statement to the press Monday saying he had \u201cnot once meddled\u201d in the case.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
	})
}

// TestSpeakersParticipleClauseLimits: "with X saying" after a comma or
// "and" still gives the words to X.
func TestSpeakersParticipleClauseLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"comma with",
			"The senators met on Monday.\n\nThe vote went ahead, with Ana Ruiz saying it was \u201ca sad day\u201d for the panel.",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"and with",
			"The senators met on Monday.\n\nLund spoke after the vote, and with Ruiz saying it was \u201ctoo late,\u201d the hearing closed.",
			[]speakerWant{{"Ruiz", "Ruiz"}}},
	})
}
