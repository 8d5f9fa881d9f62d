package nlp

import "testing"

// TestSpeakersPastALeadingClause checks the he or she of a quote whose
// antecedent's sentence opens with a clause of time or a participle: the
// persons of that clause are not who the sentence is about, unless one of
// them is the clause's own subject and the sentence goes on with a
// pronoun (then the pronoun is that person).
func TestSpeakersPastALeadingClause(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a long clause of time before the subject",
			"Seconds after announcing that he had chosen Judge Ivo Lund for the court, President Tom Ruiz turned to the crowd and asked a question.\n\n\u201cWas that a surprise?\u201d he asked.",
			[]speakerWant{{"he", "Tom Ruiz"}}},
		{"a participle clause before a pronoun subject",
			"President Peter Holt spoke first.\n\nSenator Ivo Lund opened the debate late on Thursday.\n\nFrustrated by the stalling of many Holt nominees, he called the change vital.\n\n\u201cThe chamber must change,\u201d he said.",
			[]speakerWant{{"he", "Ivo Lund"}}},
		{"the subject of a while clause is the pronoun after it",
			"Several members said they still struggle with Peter Holt.\n\nWhile Mr. Ivo Lund called the inquiry weak and without any legal basis, he said firing Holt would be a mistake.\n\n\u201cIt could be very dangerous,\u201d he said.",
			[]speakerWant{{"he", "Ivo Lund"}}},
		{"a comma inside the clause before a possessive",
			"President Ivo Lund spoke at length on the issue.\n\nWhen it came to light that, during the days after the raids, Peter Holt\u2019s office had allowed it, Lund, then a senator, took a stand.\n\nHe spoke out against it. \u201cIt is wrong,\u201d he said.",
			[]speakerWant{{"he", "Ivo Lund"}}},
		{"the object of an opening participle is not the pronoun after it",
			"Mayor Ivo Lund spoke in the square.\n\nLund also criticised a \u201ccruel\u201d housing plan.\n\nThen addressing Peter Holt by name, he said he had \u201cbeaten the governor before.\u201d",
			[]speakerWant{{"he", "Ivo Lund"}}},
		{"an opening participle with no person leaves the search as it was",
			"Peter Holt spoke in the square.\n\nTurning to the budget, he said the city was broke.\n\n\u201cWe are out of money,\u201d he said.",
			[]speakerWant{{"he", "Peter Holt"}}},
	})
}
