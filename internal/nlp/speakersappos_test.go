package nlp

import "testing"

// TestSpeakersNamedAfterTheirRole checks the he or she of a quote whose
// antecedent is introduced by a role set off before the name ("The head
// of the militia, Dariush Kamrani, …"): the name is surely a person even
// when the text does not show its gender, so a person of known gender
// named earlier or later in an oblique place does not take the quote.
func TestSpeakersNamedAfterTheirRole(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a role before the name, a known man in the paragraph before",
			"The foreign minister, Mohammad Zarif answered with a sharp tweet of his own.\n\n" +
				"The agency Irna said the speech only echoed what Zarif had said years ago: \u201cNever threaten us.\u201d\n\n" +
				"The head of the country\u2019s volunteer militia, Dariush Kamrani, rejected the threat more sharply. \u201cThis is a war of nerves. They would not dare to strike,\u201d he said.",
			[]speakerWant{{"Zarif", "Mohammad Zarif"}, {"he", "Dariush Kamrani"}}},
		{"a role before the subject's name, a known man after a preposition",
			"The ministry\u2019s spokesman, Behzad Tavana, also condemned remarks at the weekend by Mike Porter, the visiting envoy, who called the leaders a cartel.\n\n" +
				"\u201cThese remarks are plain interference in our affairs,\u201d he added.",
			[]speakerWant{{"he", "Behzad Tavana"}}},
		{"a list of names is no role",
			"Voters in Leeds, Hull, and York went to the polls.\n\nMohammad Zarif spoke to reporters.\n\n\u201cWe will win,\u201d he said.",
			[]speakerWant{{"he", "Mohammad Zarif"}}},
	})
}

// TestSpeakerSurnameThatIsAVerb: a surname that is also an auxiliary verb
// ("May") after an honorific and before the verb of saying is the
// speaker's name, not part of the verb.
func TestSpeakerSurnameThatIsAVerb(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Mrs. May said",
			"Prime Minister Theresa May called it a turning point.\n\n\u201cWe have found great support from our friends,\u201d Mrs. May said.",
			[]speakerWant{{"Mrs. May", "Theresa May"}}},
	})
}

// TestSpeakersOwnerThreeWordRelation: a person named after a possessive
// owner and a relation of three lower-case words set off by a comma
// ("Tamm's first campaign manager, Tarmo Varik, denied …") is the subject
// the next "he told" goes on with, not the owner, though the owner is a
// man the text names often and again later in the sentence ("Tamm
// himself").
func TestSpeakersOwnerThreeWordRelation(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"three words and a comma",
			"Investigators have looked at Mayor Tamm's harbour deal for a year. The mayor said his office did nothing wrong.\n\n" +
				"Tamm\u2019s first campaign manager, Tarmo Varik, denied on Friday that the latest step brought Tamm himself closer to a reckoning.\n\n" +
				"\u201cThis is a story the papers have wanted all year,\u201d he told Ostra Radio. \u201cIf the chief did wrong, he should answer for it.\u201d\n\n" +
				"Varik added: \u201cThere is no risk to the mayor.\u201d",
			[]speakerWant{{"he", "Tarmo Varik"}, {"Varik", "Tarmo Varik"}}},
	})
}
