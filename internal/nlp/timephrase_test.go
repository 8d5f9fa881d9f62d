package nlp

import "testing"

// TestTimePhraseIsNoSpeaker checks that a time phrase beside the subject
// ("on Tuesday", "Earlier this month") is not taken for the speaker, nor
// a noun that is a verb of speech elsewhere ("dissenting voices"), nor
// a parenthesis after the name ("Sen. Mara Quist (Tenn.) said"); and
// that a speaker read forward ends before a past tense ("The committee
// sent a letter …, asking").
func TestTimePhraseIsNoSpeaker(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a weekday between the subject and the verb",
			"The dam leaks.\n\nMayor Lena Ost on Tuesday vowed to inspect it, calling the leak a \u201cvery serious failure\u201d that \u201cwill be fixed.\u201d",
			[]speakerWant{{"Lena Ost", "Lena Ost"}, {"Lena Ost", "Lena Ost"}}},
		{"late on a weekday night",
			"The dam leaks.\n\nMayor Lena Ost late Tuesday night said: \u201cWe will fix it before the rains.\u201d",
			[]speakerWant{{"Lena Ost", "Lena Ost"}}},
		{"a leading time phrase without a comma, then a pronoun",
			"Mayor Lena Ost spoke in Sorn.\n\nEarlier this month she talked about the valley, saying that \u201ctoo many farms are being lost.\u201d",
			[]speakerWant{{"she", "Lena Ost"}}},
		{"a leading time phrase with a comma",
			"Mayor Lena Ost spoke in Sorn.\n\nTwo days later, she told the council: \u201cThe farms come first.\u201d",
			[]speakerWant{{"she", "Lena Ost"}}},
		{"voices is a noun, not a verb of speech",
			"The dam leaks.\n\nJust weeks ago Mayor Lena Ost attacked the council for silencing non-local voices, saying \u201ctoo many farms are being lost\u201d and pledged to act.",
			[]speakerWant{{"Mayor Lena Ost", "Lena Ost"}}},
		{"a state in parentheses after the name",
			"The bill passed.\n\nSen. Mara Quist (Tenn.) said: \u201cWe will keep watching.\u201d",
			[]speakerWant{{"Mara Quist", "Mara Quist"}}},
		{"a noun phrase read forward ends at a past tense",
			"The dam leaks.\n\nThe committee sent a letter to the minister on Monday, asking, \u201cWho approved the dam?\u201d",
			[]speakerWant{{"The committee", ""}}},
		{"a participle after an adverb stays in the phrase",
			"The dam leaks.\n\n\u201cWe will fix it,\u201d said the newly elected mayor.",
			[]speakerWant{{"the newly elected mayor", ""}}},
		{"a weekday after the verb is still no speaker",
			"The dam leaks. \u201cWe will fix it,\u201d the mayor said Tuesday.",
			[]speakerWant{{"the mayor", ""}}},
	})
}
