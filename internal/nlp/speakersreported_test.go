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
