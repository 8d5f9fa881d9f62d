package nlp

import "testing"

// TestSpeakersRelativeAsAdjective: "relative" is a person noun ("a
// relative of one of the guards") only as a noun: "A relative calm",
// "the relative ease" introduce no one, so the she after them is still
// the woman named before.
func TestSpeakersRelativeAsAdjective(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a relative calm",
			"Councillor Mara Holt walked the harbour on Friday.\n\n" +
				"A relative calm returned to the quays by the evening.\n\n" +
				"\u201cWe spoke about the fees,\u201d she said.",
			[]speakerWant{{"she", "Mara Holt"}}},
		{"the relative ease",
			"Councillor Mara Holt walked the harbour on Friday.\n\n" +
				"The relative ease of the crossing surprised the crews.\n\n" +
				"\u201cWe spoke about the fees,\u201d she said.",
			[]speakerWant{{"she", "Mara Holt"}}},
	})
}
