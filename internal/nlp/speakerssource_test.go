package nlp

import "testing"

// TestSpeakersPossessedSource: "one of Landers' sources said" is the
// unnamed source's word, not the reporter's whose sources they are.
func TestSpeakersPossessedSource(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"one of a reporter's sources, after the quotation",
			"Three aides told Mara Landers of the Ostra Ledger on Friday that the plan was dead. \u201cIt is a real problem,\u201d one of Landers\u2019 sources said.",
			[]speakerWant{{"one of Landers\u2019 sources", ""}}},
		{"one of a reporter's sources, with 's",
			"Three aides told Mara Holt of the Ostra Ledger on Friday that the plan was dead. \u201cIt is a real problem,\u201d one of Holt's sources said.",
			[]speakerWant{{"one of Holt's sources", ""}}},
		{"a reporter's source",
			"Three aides told Mara Holt of the Ostra Ledger on Friday that the plan was dead. \u201cIt is a real problem,\u201d Holt's source said.",
			[]speakerWant{{"Holt's source", ""}}},
	})
}
