package nlp

import "testing"

// TestSpeakersAfterTheWritersWords checks a quotation that opens its
// sentence and runs on in the writer's words before the attribution
// that ends the sentence: `"…" to sign it by Friday, he said.` The
// he or she speaks, and the quotation after it in the same paragraph
// is carried on; a title or a phrase of four words or less is not read
// this way, nor a tail that names another person.
func TestSpeakersAfterTheWritersWords(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"an infinitive run on after the words, then the next quotation",
			"Mayor Ivo Lund signed the ferry budget on Friday in Brenn.\n\n" +
				"\"I did not want you folks to say I was not keeping my promise\" to sign the budget by Easter, he said. " +
				"\"Every one of the papers was asking 'Will he sign it by Easter?'\"",
			[]speakerWant{{"he", "Ivo Lund"}, {"he", "Ivo Lund"}}},
		{"a named speaker after a clause of the writer's",
			"\"We will not close the ferry line this winter\" unless the council cuts the grant, Ivo Lund said.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"unchanged: a copula after the words tells of them",
			"Mayor Ivo Lund spoke to the council on Friday.\n\n" +
				"\"We will not close the ferry line this winter\" was what the council heard from him, he said.",
			[]speakerWant{{"", ""}}},
		{"unchanged: the writer's words name another person",
			"Mayor Ivo Lund spoke to the council on Friday.\n\n" +
				"\"We will not close the ferry line this winter\" before Ana Ruiz spoke, he said.",
			[]speakerWant{{"", ""}}},
		{"unchanged: a short phrase run on is a term",
			"Mayor Ivo Lund spoke to the council on Friday.\n\n" +
				"\"Ferry first\" on every poster in town, he said.",
			[]speakerWant{}},
	})
}

// TestSpeakersAfterANamingVerb checks words quoted after "what he
// called" and a past form that is an adjective of the name ("what he
// called continued brinkmanship by councillors who “…”"): the one who
// called it speaks; the adjective heads no clause of its own.
func TestSpeakersAfterANamingVerb(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"an adjective after called",
			"On a visit Monday to a ferry depot, Mayor Ivo Lund noted gains in the council talks and warned of what he called " +
				"continued brinkmanship by Brenn councillors who \"still believe they can win concessions by keeping the depot shut.\"",
			[]speakerWant{{"he", "Ivo Lund"}}},
	})
}
