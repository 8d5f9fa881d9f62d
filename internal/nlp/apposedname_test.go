package nlp

import "testing"

// TestSpeakerNamedInAnApposition checks a subject that names no one
// followed by a person's name set off by commas: the named person
// speaks, also after a role mention, but never a party-and-state tag.
func TestSpeakerNamedInAnApposition(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a role the text links to no one",
			"The talks ended on Monday.\n\nThe treasury secretary, Ivo Lund, said: \u201cWe will not raise the levy.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a role mention of the person named",
			"Treasury Secretary Ivo Lund met bankers in Brenn on Monday.\n\nThe treasury secretary, Ivo Lund, said: \u201cWe will not raise the levy.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a party tag after a surname the text gives no one",
			"The talks ended on Monday.\n\nGraham, R-South Carolina, agreed: \u201cWe will not raise the levy.\u201d",
			[]speakerWant{{"Graham", ""}}},
	})
}

// TestPartyTagIsNoSpeaker checks that a party-and-state tag read as the
// speaker gives the words to the person named before it.
func TestPartyTagIsNoSpeaker(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a tag after a titled name, the words after a participle",
			"The talks ended on Monday.\n\nBut Sen. Tom Vossberg, R-Okla., joined the harbour board in calling the toll \u201ctoo steep for the ferries.\u201d",
			[]speakerWant{{"Tom Vossberg", "Tom Vossberg"}}},
		{"a tag before a colon",
			"The talks ended on Monday.\n\nSen. Carl Amundsen, D-New York: \u201cThe ferry toll hurts every fisherman in Brenn.\u201d",
			[]speakerWant{{"Carl Amundsen", "Carl Amundsen"}}},
		{"a tag in parentheses after a suffix's dot",
			"The board met on Monday.\n\nThe toll's author, State Sen. Carl Amundsen, Jr. (D-Brenn), stated that the toll would pay for \"safer harbour lights.\"",
			[]speakerWant{{"Carl Amundsen", "Carl Amundsen"}}},
		{"a tag after a possessive: the unnamed manager, not the tag",
			"The board met on Monday.\n\nOn Monday Rep. Ana Ruiz's, D-Ariz., campaign manager sent a note calling the toll \"a tax on the harbour.\"",
			[]speakerWant{{"", ""}}},
	})
}
