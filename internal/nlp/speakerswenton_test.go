package nlp

import "testing"

// TestSpeakersWentOn checks "went on" as a verb that carries a speaker's
// words on ("Lund went on: …", "she went on to add that …"), and "call"
// after the kind of call as a noun, whose word before is no speaker ("a
// phone call to …").
func TestSpeakersWentOn(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"went on and a colon",
			"Senator Ivo Lund spoke for an hour. He went on: \u201cThe port will stay shut until the fees are paid.\u201d",
			[]speakerWant{{"He", "Ivo Lund"}}},
		{"went on and a comma",
			"Mayor Ana Ruiz went on, \u201cWe will not pay for a strike we did not call.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"went on to add that",
			"Mayor Ana Ruiz went on to add that the strike was \u201ca gift to our rivals across the bay.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"went on to explain what another person named did, saying, gives no speaker",
			"In her book, Ruiz goes on to explain that Ivo Lund refused the offer, saying \u201cthe port is not for sale.\u201d",
			[]speakerWant{{"", ""}}},
		{"a phone call is no speaker",
			"The clerk made a phone call to \u201ca friend at the harbour board who owed him one.\u201d",
			[]speakerWant{{"", ""}}},
		{"a conference call gives the quotation to the one who told",
			"Ivo Lund told reporters during a conference call that \u201cthe strike is over for now.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
	})
}
