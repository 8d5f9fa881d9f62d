package nlp

import "testing"

// TestSpeakersThatAreFamilies checks quotes whose speaker is a family
// (or another noun ending in -ly): the family speaks, not a word of it
// read as an adverb, and not the person the family's statement is about.
func TestSpeakersThatAreFamilies(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the family after the quote",
			"Ivo Lund was freed on Wednesday. The family of Ivo Lund thanked the president.\n\n\u201cWe are very grateful for his return,\u201d the family wrote in a statement.",
			[]speakerWant{{"the family", ""}}},
		{"a possessive family before the quote",
			"Mara Quist won the prize in May.\n\nHer family said in a statement: \u201cWe are so proud of her.\u201d",
			[]speakerWant{{"Her family", ""}}},
	})
}
