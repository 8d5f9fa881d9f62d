package nlp

import "testing"

// TestQuotedAsSaying checks "X quoted Y as saying": Y speaks, not X; and
// "Y was quoted as saying": Y, not the phrase.
func TestQuotedAsSaying(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a pronoun quoted by a named woman",
			"Ana Ruiz, a clerk at the court in Brenn, met the driver Tom Vossberg on Monday.\n\nRuiz said the talk confused her. \u201cThe ferry leaves at dawn, so pack tonight,\u201d she quoted him as saying.",
			[]speakerWant{{"him", "Tom Vossberg"}}},
		{"a him with only a woman named before",
			"Ana Ruiz, a clerk at the court in Brenn, said the talk confused her.\n\n\u201cThe ferry leaves at dawn, so pack tonight,\u201d she quoted him as saying.",
			[]speakerWant{{"", ""}}},
		{"a friend quoted by the mayor",
			"Mayor Carl Amundsen spoke on Monday.\n\n\u201cI feel like a kite on a string,\u201d Amundsen quoted his friend as saying.",
			[]speakerWant{{"his friend", ""}}},
		{"a governor quoted by the mayor",
			"Mayor Carl Amundsen spoke on Monday about Governor Ivo Lund.\n\n\u201cI feel like a kite on a string,\u201d Amundsen quoted Lund as saying.",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
		{"a passive",
			"Governor Ivo Lund spoke on Monday.\n\n\u201cI feel like a kite on a string,\u201d Lund was quoted as saying by the Brenn Herald.",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
	})
}
