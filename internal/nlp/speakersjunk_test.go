package nlp

import "testing"

// TestSpeakersJunkMention: a speaker phrase that names no one — the "me"
// of a writer told something, a lead-in's "including", a list item whose
// verb "Said" heads it — gives no speaker rather than a wrong one; a
// person named right before "told me" keeps the words.
func TestSpeakersJunkMention(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"told me",
			"The harbour workers I met were not surprised.\n\n\u201cI thought the port would be calmer than this one,\u201d Nadia, a tall woman who gave her age as \u201cnear fifty or so,\u201d told me. \u201cCome on. It is worse.\u201d",
			[]speakerWant{{"", ""}, {"", ""}}},
		{"told me with the name next to the verb",
			"The harbour workers I met were not surprised.\n\n\u201cI thought the port would be calmer,\u201d Nadia Ruiz told me.",
			[]speakerWant{{"Nadia Ruiz", "Nadia Ruiz"}}},
		{"a lead-in ending in including",
			"Ivo Lund runs the harbour guild.\n\nLund listed the worries that drive the dock workers, including:\n\n\u201cThere are too many night shifts. The cranes are old.\u201d",
			[]speakerWant{{"", ""}}},
		{"a list item opening with Said",
			"Things the mayor said at the fair:\n\nSaid France had cheated in the trade talks but added, \u201cI think Spain cheated too\u201d",
			[]speakerWant{{"", ""}}},
	})
}
