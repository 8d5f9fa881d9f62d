package nlp

import "testing"

// TestSpeakersCarriedPhrase: a he or she right after a quotation whose
// speaker the text makes no entity of (an unnamed person) continues that
// speaker, not a person named further back.
func TestSpeakersCarriedPhrase(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a spokeswoman, then she",
			"Mara Holt was sentenced to three years on Monday.\n\n" +
				"\u201cWe are heartbroken by this ruling,\u201d a spokeswoman for the victims said after the hearing.\n\n" +
				"\u201cNo sentence gives us back what we lost,\u201d she added.",
			[]speakerWant{{"a spokeswoman for the victims", ""}, {"a spokeswoman for the victims", ""}}},
		{"a former official, then he",
			"Ivo Lund was charged with desertion on Tuesday.\n\n" +
				"\u201cThe army had little choice,\u201d says a former military official who asked not to be named.\n\n" +
				"\u201cIt is a hard case for everyone,\u201d he adds.",
			[]speakerWant{{"a former military official", ""}, {"a former military official", ""}}},
	})
}

// TestSpeakersCarriedPhraseLimits: the person named before stays.
func TestSpeakersCarriedPhraseLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the unnamed speaker inside another's report",
			"Ivo Lund toured the town on Friday.\n\n" +
				"Lund says one man told him, \u201cThe police scare us.\u201d\n\n" +
				"He adds that the police \u201ccarry heavy weapons.\u201d",
			[]speakerWant{{"one man", ""}, {"He", "Ivo Lund"}}},
		{"a role with the names again a person named before",
			"Ivo Lund spoke in Elmshire on Friday.\n\n" +
				"\u201cWe will win this state,\u201d the Elmshire senator said.\n\n" +
				"\u201cAnd then the next one,\u201d he added.",
			[]speakerWant{{"the Elmshire senator", ""}, {"he", "Ivo Lund"}}},
		{"a spokeswoman, then he",
			"Ivo Lund was charged on Tuesday.\n\n" +
				"\u201cWe will fight this,\u201d a spokeswoman for the firm said.\n\n" +
				"\u201cThe charge is unfounded,\u201d he said.",
			[]speakerWant{{"a spokeswoman for the firm", ""}, {"he", "Ivo Lund"}}},
	})
}

// TestSpeakersUnlistedNameCarried: a he after a sentence whose subject is
// a person named by initials and a surname ("K.R.T. Dalen, a sociologist,
// said …") is that person, not the one quoted a paragraph before, and the
// surname alone elsewhere ("Dalen said") is the same entity; a body set
// off the same way ("a group") leaves the search as it was.
func TestSpeakersUnlistedNameCarried(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"initials and a surname, a sociologist",
			"President Ivo Marsh said \u201cthe bridge should be seen as a gift to the whole valley.\u201d\n\n" +
				"K.R.T. Dalen, a well-known sociologist in Ostra, said the bridge should push the council to do more for the poor.\n\n" +
				"\u201cThe bridge will change how people here live and work for years to come,\u201d he said.",
			[]speakerWant{{"Ivo Marsh", "Ivo Marsh"}, {"he", "K.R.T. Dalen"}}},
		{"initials and a surname the text names alone later",
			"President Ivo Marsh said \u201cthe bridge should be seen as a gift to the whole valley.\u201d\n\n" +
				"K.R.T. Dalen, a well-known sociologist in Ostra, said the bridge should push the council to do more for the poor.\n\n" +
				"\u201cThe bridge will change how people here live and work for years to come,\u201d he said.\n\n" +
				"\u201cIt is only a start,\u201d Dalen said.",
			[]speakerWant{{"Ivo Marsh", "Ivo Marsh"}, {"he", "K.R.T. Dalen"}, {"Dalen", "K.R.T. Dalen"}}},
		{"a group set off the same way",
			"President Ivo Marsh said \u201cthe bridge should be seen as a gift to the whole valley.\u201d\n\n" +
				"Human Rights Front, a group in Ostra, said the bridge should push the council to do more for the poor.\n\n" +
				"\u201cThe bridge will change how people here live and work for years to come,\u201d he said.",
			[]speakerWant{{"Ivo Marsh", "Ivo Marsh"}, {"he", "Ivo Marsh"}}},
	})
}
