package nlp

import "testing"

// TestSpeakersPartyDescriptionAsked: "the New Mexico Democrat replied"
// after an "Asked by" clause that names the interviewer describes the
// person named before, not the interviewer nor a person called
// "Democrat".
func TestSpeakersPartyDescriptionAsked(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a two-word state, a colon, an interviewer named before",
			"Senator Ivo Lund said Monday that he backs the harbour plan.\n\nAsked by the Daily Post's Peter Holt how long he would wait, the New Mexico Democrat replied: \u201cUntil the docks reopen.\u201d",
			[]speakerWant{{"the New Mexico Democrat", "Ivo Lund"}}},
		{"a two-word state after the verb",
			"Senator Ivo Lund said Monday that he backs the harbour plan.\n\n\u201cUntil the docks reopen,\u201d said the New Mexico Democrat.",
			[]speakerWant{{"the New Mexico", "Ivo Lund"}}},
	})
}
