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
