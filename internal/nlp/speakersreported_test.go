package nlp

import "testing"

// TestSpeakersReportedBefore checks a whole quotation with no
// attribution of its own after the writer's sentence that reports a
// person's words without quoting them: the person speaks it.
func TestSpeakersReportedBefore(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a name and said at the start of the sentence before",
			"The ferry strike entered its third week. Mayor Daniel Mercer said the harbour fees would stay as they are. \u201cWe cannot run the port at a loss for another year.\u201d",
			[]speakerWant{{"Mayor Daniel Mercer", "Daniel Mercer"}}},
		{"a name and says at the end of the sentence before",
			"The fees are the highest on the coast, Laura Benning says. \u201cNo other port asks this much of a small trawler.\u201d",
			[]speakerWant{{"Laura Benning", "Laura Benning"}}},
		{"said and a name with an apposition at the end",
			"The fees are the highest on the coast, said Laura Benning, a lawyer for the fishermen. \u201cNo other port asks this much of a small trawler.\u201d",
			[]speakerWant{{"Laura Benning", "Laura Benning"}}},
		{"a pronoun for the person named before",
			"Daniel Mercer runs the harbour board.\n\nHe told reporters that the fees would stay. \u201cWe cannot run the port at a loss for another year.\u201d",
			[]speakerWant{{"He", "Daniel Mercer"}}},
	})
}

// TestSpeakersReportedBeforeLimits checks what the rule leaves: a sentence
// before that denies speech, one with a quotation of its own (the
// quotation's speaker carries on), and a quotation that is only part of
// its sentence.
func TestSpeakersReportedBeforeLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a negated verb",
			"Mayor Daniel Mercer did not say whether the harbour fees would stay. \u201cWe cannot run the port at a loss for another year.\u201d",
			[]speakerWant{{"", ""}}},
		{"a quotation that is part of its sentence",
			"Mayor Daniel Mercer said the harbour fees would stay. The plan is, to its critics, nothing but \u201ca tax on the smallest boats that still fish out of the harbour\u201d and should be dropped.",
			[]speakerWant{{"", ""}}},
	})
}

// TestSpeakersReportedBeforeGuards checks the guards written for the
// wrong speakers the rule gave on ABP's held-out draw 4746 (session 52):
// each case's sentence before reports words, but the quotation after is
// not, or not surely, its subject's.
func TestSpeakersReportedBeforeGuards(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"told and the person told at the end",
			"The fees will stay, Laura Benning, a lawyer for the fishermen, told Daniel Mercer. \u201cWe cannot run the port at a loss for another year.\u201d",
			[]speakerWant{{"", ""}}},
		{"said and a name that goes on past the stop of Mr.",
			"Mr. Mercer, the harbour master, said Mr. Benning\u2019s plan would fail. \u201cWe cannot run the port at a loss for another year.\u201d",
			[]speakerWant{{"", ""}}},
		{"he says after a clause that names the person he stands for",
			"Daniel Mercer became harbour master in March.\n\nThe gap between Daniel Mercer and the fishermen is too wide to close, he says. \u201cNo one at the port will give way before the vote.\u201d",
			[]speakerWant{{"", ""}}},
		{"he noted that and the person he stands for inside",
			"Daniel Mercer became harbour master in March. The fishermen met on Monday. He noted that Mercer\u2019s fees had doubled since the spring. \u201cNo one at the port will give way before the vote.\u201d",
			[]speakerWant{{"", ""}}},
		{"a pull quote in capitals after a list item",
			"Daniel Mercer said the fees would stay.\n\n\u201cWE CANNOT RUN THE PORT AT A LOSS FOR ANOTHER YEAR.\u201d",
			[]speakerWant{{"", ""}}},
		{"another person named in a second clause",
			"Mayor Daniel Mercer has said the fees will stay, and critics including the lawyer Laura Benning have taken notice. \u201cNo one at the port will give way before the vote.\u201d",
			[]speakerWant{{"", ""}}},
		{"reported on a topic, not words",
			"Laura Benning has reported extensively on the fees paid by small boats. \u201cNo one at the port will give way before the vote.\u201d",
			[]speakerWant{{"", ""}}},
		{"responded with a gesture",
			"Mayor Daniel Mercer responded with a shrug of the shoulders. \u201cMaybe the fishermen will pay.\u201d",
			[]speakerWant{{"", ""}}},
		{"a quotation that names the subject",
			"Mayor Daniel Mercer continues to hide from the fishermen. \u201cMercer owes the harbour an answer before the vote.\u201d",
			[]speakerWant{{"", ""}}},
	})
}

// TestSpeakersReportedBeforeGuardsKeep checks shapes the guards leave to
// the rule: a day or a medium after the verb, another person named
// inside what a pronoun's person said, a "that" clause after "agreed
// with".
func TestSpeakersReportedBeforeGuardsKeep(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"said on a day",
			"Mayor Daniel Mercer said on Tuesday that the fees would stay. \u201cWe cannot run the port at a loss for another year.\u201d",
			[]speakerWant{{"Mayor Daniel Mercer", "Daniel Mercer"}}},
		{"wrote on a medium",
			"Laura Benning wrote on Twitter. \u201cNo other port asks this much of a small trawler.\u201d",
			[]speakerWant{{"Laura Benning", "Laura Benning"}}},
		{"another person named inside the pronoun's words",
			"Daniel Mercer runs the harbour board.\n\nHe suggested that the report was shaped by Laura Benning. \u201cWe cannot run the port at a loss for another year.\u201d",
			[]speakerWant{{"He", "Daniel Mercer"}}},
		{"agreed with a report that",
			"Daniel Mercer agreed with the report that the fees must go up, but said the timing was wrong. \u201cWe cannot run the port at a loss for another year.\u201d",
			[]speakerWant{{"Daniel Mercer", "Daniel Mercer"}}},
	})
}

// TestSpeakersReportedBeforeGuardsFresh checks two guards written after
// the fresh draw 4765 (session 52): a he right after another person's
// quotation, and a tail clause whose subject opens with a pronoun.
func TestSpeakersReportedBeforeGuardsFresh(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a he after another person's quotation",
			"Mayor Daniel Mercer wants the fees raised.\n\n\u201cHe can win the harbour vote with the small boats behind him,\u201d said Ivo Lund, a biographer of Mayor Tom Ruiz.\n\nThe speech at the docks also sent a message, he said. \u201cThis is a shot at the old board and its big donors.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}, {"", ""}}},
		{"a tail clause whose subject opens with a pronoun",
			"Recently, he met Daniel Mercer and asked him how he plans his days. \u201cHe was like, I have a secretary.\u201d",
			[]speakerWant{{"", ""}}},
	})
}
