package nlp

import "testing"

// TestSpeakerLists checks the speakers written as a list of persons with
// their party and state or their place: the first-named person speaks for
// a joint statement, a state or a district after a name is never the
// speaker, and two names a comma joins without "and" make no list.
func TestSpeakerLists(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a joint statement after the quote, names with party and state between semicolons",
			"The vote failed on Thursday. \u201cWe must read the bill before we vote on it,\u201d Sens. Ivo Lund, R-Ky.; Tom Ruiz, R-Texas; and Mara Quist, D-Ill., said in a statement.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a joint statement before the colon, names with their states",
			"The aid was raised. Sens. Ivo Lund of Kentucky and Tom Ruiz of Texas said in a joint statement: \u201cThe line has been crossed.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a name with its state and an apposition before the verb",
			"The judge may retire. Sen. Ivo Lund of Iowa, chairman of the panel, told reporters in April, \u201cI would expect a resignation this summer.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a name with party and state in parentheses after the quote",
			"The bill passed. \u201cIt is a good day,\u201d Sen. Ivo Lund (R-Ky.) said.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"two names a comma joins are no list",
			"The letter came late. In a letter about a loan from Mara Quist, Ivo Lund said: \u201cWe paid it back.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a joint statement of two persons with titles and parties",
			"The letter was opaque. In a joint statement, Speaker Mara Quist (D-Calif.) and Senate Minority Leader Ivo Lund (D-N.Y.) said that the letter \u201craises as many questions as it answers.\u201d",
			[]speakerWant{{"Mara Quist", "Mara Quist"}}},
		{"two persons joined by and",
			"The talks ended. \u201cWe are done,\u201d Anna Lund and Tom Ruiz said.",
			[]speakerWant{{"Anna Lund", "Anna Lund"}}},
		{"capitals taken for a person open no list",
			"The bureau adopted it. \u201cWe are mystified by the pattern you laid out,\u201d House Oversight and Harbour Reform Chairman Ivo Lund, R-Utah, told Holt.",
			[]speakerWant{{"", ""}}},
	})
}

// TestPronounToTheNearestPerson checks that a he or she points to the
// nearest person that fits: an unnamed person the sentence before
// introduces, not one named further back; a surname that is also a
// country, when a person of that name was named in full; a person whose
// apposition opens with a title in lower case.
func TestPronounToTheNearestPerson(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"an unnamed worker introduced in the sentence before",
			"Mara Quist runs the Harbour Hotel.\n\nStaff pleaded with the council. One hotel worker said she pays for her mother's care. \u201cIt strangles our livelihood,\u201d she said.",
			[]speakerWant{{"One hotel worker", ""}}},
		{"an unnamed judge after a leading phrase",
			"Peter Holt is angry again.\n\nYears ago, a retired circuit judge taught me this. \u201cWhen you are angry, speak with regret,\u201d he said.",
			[]speakerWant{{"a retired circuit judge", ""}}},
		{"a title with the names again the person named before",
			"Senator Ana Ruiz spoke on Monday. The senator said she was ready. \u201cWe will vote,\u201d she said.",
			[]speakerWant{{"she", "Ana Ruiz"}}},
		{"the pronoun's own sentence is not read for an unnamed person",
			"Ivo Lund left the army in May.\n\nIn June, to take one representative example, he wrote, \u201cFear is rational.\u201d",
			[]speakerWant{{"he", "Ivo Lund"}}},
		{"a surname that is a country names the person named in full",
			"Rep. Tom Jordan praised the plan.\n\n\u201cTaxes were cut,\u201d Jordan said. And as for the rest, \u201cwe must support him more,\u201d he said.",
			[]speakerWant{{"Jordan", "Tom Jordan"}, {"he", "Tom Jordan"}}},
		{"an apposition that opens with a title in lower case",
			"Peter Holt was set to resign anyway.\n\nLund Vadas, chief counsel with the union, called the probe a sham. \u201cIt is absurd,\u201d he said in a statement.",
			[]speakerWant{{"he", "Lund Vadas"}}},
	})
}

// TestColonSpeaker checks the speaker read off the phrase right before a
// colon and a quotation: a name alone, after its descriptor or before its
// apposition speaks, a person's question speaks for the person, and a
// phrase that ends a clause of the writer's is no speaker.
func TestColonSpeaker(t *testing.T) {
	checkSpeakers(t, newTestAnalyzer(t), []speakerCase{
		{"a phrase that ends the writer's clause before a colon is no speaker",
			"Storms hit the coast. As the storm approached, the papers reverted to breathless hype: \u201ca monster storm, very dangerous.\u201d",
			[]speakerWant{{"", ""}}},
		{"a name with a descriptor before a colon speaks",
			"Fans reacted at once. Comedian Ana Ruiz: \u201cI am heartbroken about it.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"a name with its apposition before a colon",
			"Groups reacted at once. Carla Vadas, director of the Harbour Union: \u201cThe pardon is a disgrace.\u201d",
			[]speakerWant{{"Carla Vadas", "Carla Vadas"}}},
		{"a person's question before a colon",
			"Ana Ruiz hosted the panel. The mood was tense, best captured by Ruiz\u2019s opening question: \u201cHow did we get here?\u201d",
			[]speakerWant{{"Ruiz\u2019s opening question", "Ana Ruiz"}}},
	})
}

// TestQuotedHeading checks that a subheading in quotation marks (a whole
// paragraph of a few capitalised words, no full stop) is nobody's quote
// and does not carry on the speaker of the quotation before it, while a
// short quotation that is a sentence still does.
func TestQuotedHeading(t *testing.T) {
	checkSpeakers(t, newTestAnalyzer(t), []speakerCase{
		{"a subheading after a quotation",
			"\u201cThe ruling makes our work harder,\u201d Ana Ruiz said in a statement.\n\n\u2018Highly Ineffective\u2019\n\nDuring the trial, a lawyer cited an estimate.",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"a short sentence quoted alone goes on",
			"\u201cThe ruling makes our work harder,\u201d Ana Ruiz said in a statement.\n\n\u201cWe Will Appeal.\u201d\n\nDuring the trial, a lawyer cited an estimate.",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}, {"Ana Ruiz", "Ana Ruiz"}}},
	})
}

// TestNameBeforeAPersonNoun checks that an unnamed speaker written with a
// name before the noun for the person ("a White House official", "a GOP
// leadership aide") is given whole, and not as the organisation.
func TestNameBeforeAPersonNoun(t *testing.T) {
	checkSpeakers(t, newTestAnalyzer(t), []speakerCase{
		{"a name modifying the noun for a person",
			"The talks stalled. \u201cWe are not there yet,\u201d said a Harbour Union leadership aide close to the issue.",
			[]speakerWant{{"a Harbour Union leadership aide", ""}}},
	})
}
