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

// TestSpeakerNotTheBodyAfterIt checks a subject that names a person and
// then the body they belong to ("Ada Kessler of The Valley Courier"): the
// person speaks, not the paper; a role before the body ("the chairman of
// the Reddin Council") names no one, and the body stays.
func TestSpeakerNotTheBodyAfterIt(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a writer of a paper",
			"Ada Kessler of The Valley Courier wrote: \u201cMany people in Reddin heard about the bridge from relatives.\u201d",
			[]speakerWant{{"Ada Kessler", "Ada Kessler"}}},
		{"a scholar at an institute",
			"Ivo Kral at the Reddin Institute called it \u201can achievement that the whole valley will support.\u201d",
			[]speakerWant{{"Ivo Kral", "Ivo Kral"}}},
		{"a role of a body",
			"The chairman of the Reddin Council said: \u201cThe bridge will stay shut.\u201d",
			[]speakerWant{{"Reddin Council", "Reddin Council"}}},
		{"a title of a body",
			"Executive Director Ivo Kral of the Reddin Institute said: \u201cThe bridge will stay shut.\u201d",
			[]speakerWant{{"Ivo Kral", "Ivo Kral"}}},
	})
}
