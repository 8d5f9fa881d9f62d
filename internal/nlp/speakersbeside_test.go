package nlp

import "testing"

// TestSpeakersBesideOthers checks speakers that news text gives beside another
// person: a pronoun whose sentences before it are all about him while
// another person is named in passing, a verb written right before the
// quotation when another attribution follows it, a boss named by the
// person he is the boss of, an organisation's chairman named with it,
// and a senator's title written as an abbreviation after the verb.
func TestSpeakersBesideOthers(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a pronoun after sentences about him, another person named last",
			"Prime Minister Viktor Halden arrived at the hall to loud cheers.\n\nAt the start, he tried to calm the mood in the room.\n\nHe said he was grateful to Tomas Brandt for his long support.\n\n\u201cI know you stand with us,\u201d he said.",
			[]speakerWant{{"he", "Viktor Halden"}}},
		{"the verb before the quotation, another attribution after it",
			"Ivo Lund denied any part in the leak.\n\nWhen Sen. Mara Quist, R-Ohio, flatly said, \u201cthe leak you look for is right here,\u201d Lund said he \u201cstrongly disagreed.\u201d",
			[]speakerWant{{"Mara Quist", "Mara Quist"}, {"Lund", "Ivo Lund"}}},
		{"a verb before the quotation without a person for subject, the writer named after it",
			"Ivo Lund wrote a book.\n\nLund wrote that his years in the office recalled \u201cthe old days in the courts,\u201d Lund wrote.",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
		{"a participle right before the quotation, another person's verb before it",
			"Ivo Lund spoke to reporters on Friday.\n\nLund began by saying that all Holt had asked for had been done, saying, \u201cEverything he wants is there.\u201d",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
		{"a boss named by the person he is the boss of",
			"Peter Holt testified on Tuesday.\n\nAt the office, Holt\u2019s boss, Health Secretary Ivo Lund, said, \u201cEverything he asks for was done.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a boss named by the person he is the boss of, an agency's acronym in the title",
			"Peter Holt testified on Tuesday.\n\nAt the office, Holt\u2019s boss, HHS Secretary Ivo Lund, said, \u201cEverything he asks for was done.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a council's chairman named with it",
			"\u201cZero is a fair estimate of the effect,\u201d countered Council of Farm Advisers Chairman Ivo Lund in a call with reporters.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a senator's abbreviated title after the verb",
			"The vote was put off.\n\n\u201cThey have no plan at all,\u201d charged Sen. Mara Quist, D-Ohio.",
			[]speakerWant{{"Mara Quist", "Mara Quist"}}},
	})
}
