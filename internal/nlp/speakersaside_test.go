package nlp

import "testing"

// TestSpeakersNameBeforeAside: a short phrase of where or how between a
// speaker's name and the verb ("in an interview", "in" a town the lists
// lack) is no speaker: the person named before it speaks.
func TestSpeakersNameBeforeAside(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"in an interview",
			"Karl Voss in an interview said \u201cthe ferry will run again this spring.\u201d",
			[]speakerWant{{"Karl Voss", "Karl Voss"}}},
		{"in an unknown town",
			"Ana Lind in Varnemark said \u201cthe ferry will run again this spring.\u201d",
			[]speakerWant{{"Ana Lind", "Ana Lind"}}},
		{"in an unknown town, the verb after the quotation",
			"\u201cThe ferry will run again this spring,\u201d Ana Lind in Varnemark said.",
			[]speakerWant{{"Ana Lind", "Ana Lind"}}},
	})
}
