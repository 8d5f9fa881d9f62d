package nlp

import "testing"

// TestSpeakerNotThePlaceAfterIt checks a subject that ends in a place
// after a preposition ("his family in Sorn", "the governor of Texas"):
// the place says where the speaker is or whose office speaks, and is no
// speaker; a person named before it speaks.
func TestSpeakerNotThePlaceAfterIt(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a family in a place",
			"A statement from his family in Colorado read: \u201cWe are devastated by the news.\u201d",
			[]speakerWant{{"A statement from his family in Colorado", ""}}},
		{"a spokesman for an office of a place",
			"A spokesman for the governor of Texas said: \u201cWe will rebuild the bridge.\u201d",
			[]speakerWant{{"A spokesman for the governor of Texas", ""}}},
		{"a senator of a place",
			"Senator Tom Lund of Iowa said: \u201cWe will rebuild the bridge.\u201d",
			[]speakerWant{{"Tom Lund", "Tom Lund"}}},
		{"a place that speaks",
			"Texas said: \u201cWe will rebuild the bridge.\u201d",
			[]speakerWant{{"Texas", "Texas"}}},
	})
}
