package nlp

import "testing"

// TestSpeakersUnnamedRelative: a relative the text never names ("a
// relative of one of the guards spoke …", "The relative said she …")
// is the she of the quotations after, not a man of unknown gender named
// a section before (the shop owner "Park Jung", whose given name no list
// knows) nor an officer; the quotations have no named speaker.
func TestSpeakersUnnamedRelative(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a relative, then the relative",
			"Park Jung, owner of the shop at the corner where the stop took place, said officers came into his store last week.\n\n" +
				"It was Friday that Commissioner Ivo Lund told reporters there had been three stops.\n\n" +
				"The six officers have been suspended.\n\n" +
				"Then a relative of one of the guards spoke to the radio, asking not to be named. She is the sister of a guard and says he did not ask her to talk.\n\n" +
				"The relative said she fears all four guards will be blamed.\n\n" +
				"\u201cFour guards did not hurt this man,\u201d she said.\n\n" +
				"She also told the radio that her brother thinks it happened at the gate.\n\n" +
				"\u201cNobody wanted to lean over him. He was shouting by then,\u201d she said.",
			[]speakerWant{{"The relative", ""}, {"The relative", ""}}},
		{"a friend of one of the officers",
			"Park Jung, owner of the shop at the corner, said officers came into his store last week.\n\n" +
				"It was Friday that Commissioner Ivo Lund told reporters there had been three stops.\n\n" +
				"Later a friend of one of the guards spoke to the radio, asking not to be named.\n\n" +
				"\u201cFour guards did not hurt this man,\u201d she said.",
			[]speakerWant{{"a friend", ""}}},
	})
}

// TestSpeakersUnnamedRelativeLimits: an "of" phrase that no verb follows
// introduces no one ("a relative of the mayor" as an object), and a
// woman named nearer still takes the she.
func TestSpeakersUnnamedRelativeLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"of phrase without a verb",
			"Councillor Mara Holt met a relative of the mayor at the harbour on Friday.\n\n" +
				"\u201cWe spoke about the fees,\u201d she said.",
			[]speakerWant{{"she", "Mara Holt"}}},
		{"a named woman after the relative",
			"Then a relative of one of the guards spoke to the radio on Friday.\n\n" +
				"Lawyer Mara Holt, who speaks for the family, disagreed.\n\n" +
				"\u201cThe van was the problem,\u201d she said.",
			[]speakerWant{{"she", "Mara Holt"}}},
	})
}

// TestCommonWordSurnameBeforePeople: a surname that is also a common
// word ("Young"), opening a sentence before a noun for people ("Young
// people have told him …"), is no mention of the person of that surname
// named before ("Ryan Young", a reporter), so the pastor's "he said"
// after it is the pastor's; the surname alone before a verb still is the
// person.
func TestCommonWordSurnameBeforePeople(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Young people",
			"A body was found near the pharmacy. Ostra TV's Ryan Young saw officers tending to it.\n\n" +
				"The mayor spoke on Friday.\n\n" +
				"The Rev. Ivo Bran of Ostra's Harbour Church has been helping organize marches. Young people told him over the weekend that they feel worn out and that the news made it worse.\n\n" +
				"\u201cThey do not believe the police, and this stop lends weight to the doubts,\u201d he said.",
			[]speakerWant{{"he", "Ivo Bran"}}},
		{"Young said",
			"A body was found near the pharmacy. Ostra TV's Ryan Young saw officers tending to it.\n\n" +
				"The Rev. Ivo Bran of Ostra's Harbour Church has been helping organize marches.\n\n" +
				"Young said the officers did not speak to him. \u201cThey kept us behind the tape,\u201d he said.",
			[]speakerWant{{"he", "Ryan Young"}}},
	})
}

// TestSurnameBeforePeopleStaysName: the "Young people" rule reads only
// surnames that are also common words (word_surnames.txt); another
// surname opening a sentence before a noun for people ("Varik supporters
// lined the docks") is a mention of the person of that surname.
func TestSurnameBeforePeopleStaysName(t *testing.T) {
	an := analyze(t, newTestAnalyzer(t), "Mayor Ivo Varik opened the harbour on Monday.\n\nVarik supporters lined the docks as the boats came in.")
	e := entityCalled(an, "Ivo Varik")
	if e == nil || !hasForm(e, "Varik") {
		t.Errorf("the surname before \"supporters\" is no mention of Ivo Varik: %+v", an.Entities)
	}
}

// TestUnnamedOfPhraseGuards: the "of" phrase introduces an unnamed person
// only after an indefinite noun ("the employee of the month" names again
// the harbour worker named before, Mara Holt), and its first word is
// the phrase's object, not the verb that makes the person a subject ("A
// veteran of warning ships off the rocks, the old keeper …": the phrase
// holds no verb of its own, and the he after it is the keeper named
// before).
func TestUnnamedOfPhraseGuards(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a definite noun names again",
			"Mara Holt, 58, has worked at the harbour for years.\n\n" +
				"On Friday the employee of the month spoke to the radio.\n\n" +
				"\u201cNobody asked us about the gate,\u201d she said.",
			[]speakerWant{{"she", "Mara Holt"}}},
		{"a gerund right after of",
			"Ivo Lund has kept the Ostra light for forty years.\n\n" +
				"A veteran of warning ships off the rocks, the old keeper still climbs the tower each night.\n\n" +
				"\u201cThe lamp has never failed,\u201d he said.",
			[]speakerWant{{"he", "Ivo Lund"}}},
	})
}
