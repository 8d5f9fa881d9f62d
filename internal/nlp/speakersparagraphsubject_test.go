package nlp

import "testing"

// TestSpeakersParagraphSubject: the he of a quotation follows the person
// the sentence before is about (its subject, named in full), not a man of
// known gender the sentence names only after a preposition ("his advice
// for Bishop Mendo") or inside a later clause ("…, as Mendo stepped onto
// the balcony"). Where the sentence names its subject and the other man
// as equals ("Vell met Mendo"), the subject is not sure and the man of
// known gender stays, as before.
func TestSpeakersParagraphSubject(t *testing.T) {
	a := newTestAnalyzer(t)
	opening := "Bishop Carlos Mendo led his first Mass on Thursday in Ostra. Mendo spoke of courage.\n\n"
	checkSpeakers(t, a, []speakerCase{
		{"the other man after a preposition, an opening phrase before the subject",
			opening +
				"Harbour pilot Ilario Vell in Leeds said the choice of Mendo marked a new chapter for the town.\n\n" +
				"Originally from Dover, Vell also has his own advice for Mendo: \u201cThe bishop should listen to the docks,\u201d he said. \u201cStay close to the people.\u201d",
			[]speakerWant{{"he", "Ilario Vell"}}},
		{"the other man inside a later clause",
			opening +
				"Deckhand and Ostra Wire reader Ilario Vell was among the thousands who stood on the quay in Leeds, as Mendo stepped onto the balcony.\n\n" +
				"\u201cThe crowd was ecstatic,\u201d he said. \u201cIt left me in tears.\u201d",
			[]speakerWant{{"he", "Ilario Vell"}}},
		{"the subject and the other man as equals",
			opening +
				"Harbour pilot Ilario Vell met Mendo on the quay in Leeds.\n\n" +
				"\u201cThe crowd was ecstatic,\u201d he said.",
			[]speakerWant{{"he", "Carlos Mendo"}}},
		{"a subject of known gender stays",
			opening +
				"Harbour pilot Peter Vell was among the thousands on the quay, as Mendo stepped onto the balcony.\n\n" +
				"\u201cThe crowd was ecstatic,\u201d he said.",
			[]speakerWant{{"he", "Peter Vell"}}},
		{"a name read as a person before a title describes the one after it",
			opening +
				"Lib Dem leader Ilario Vell cheered the choice of Mendo on the quay.\n\n" +
				"\u201cThe crowd was ecstatic,\u201d he said.",
			[]speakerWant{{"he", "Ilario Vell"}}},
		{"two named together are no sure subject",
			opening +
				"Mendo and Ilario Vell were among the thousands on the quay, as Mendo stepped onto the balcony.\n\n" +
				"\u201cThe crowd was ecstatic,\u201d he said.",
			[]speakerWant{{"he", "Carlos Mendo"}}},
		{"a lone capitalised subject does not displace the man",
			opening +
				"Experts were among the thousands on the quay, as Mendo stepped onto the balcony.\n\n" +
				"\u201cThe crowd was ecstatic,\u201d he said.",
			[]speakerWant{{"he", "Carlos Mendo"}}},
	})
}

// TestSpeakersParticipleBeforeQuotation: "Citing Martin Lund's \"dream
// of a fair port,\" he urged …": the man the opening participle phrase
// cites is not the he, when the comma before the pronoun stands inside
// the quotation's closing mark too.
func TestSpeakersParticipleBeforeQuotation(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a man cited in the opening phrase",
			"Bishop Carlos Mendo spoke to the council in Ostra on Thursday.\n\n" +
				"Citing Martin Lund's \u201cdream of a fair port,\u201d he urged the council to keep the docks open.",
			[]speakerWant{{"he", "Carlos Mendo"}}},
	})
}
