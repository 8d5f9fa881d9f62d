package nlp

import "testing"

// TestCreditNameNoAntecedent checks that a picture's credit between a
// person and a he or she ("[John Lund/AFP]", "Photograph: John
// Lund/Getty Images", "Photo by John Lund") is not who the pronoun
// points back to, while two names joined by a slash in running text
// still are persons of the text.
func TestCreditNameNoAntecedent(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a credit in brackets",
			"Tomas Ruiz, the opposition leader, spoke to the crowd on Monday.\n\n" +
				"Supporters of the opposition march in the capital on Monday [John Lund/AFP]\n\n" +
				"\u201cWe will not stop until the vote is free,\u201d he said.",
			[]speakerWant{{"he", "Tomas Ruiz"}}},
		{"a credit after Photograph:",
			"Tomas Ruiz, the opposition leader, spoke to the crowd on Monday.\n\n" +
				"Supporters of the opposition march in the capital on Monday. Photograph: John Lund/Getty Images\n\n" +
				"\u201cWe will not stop until the vote is free,\u201d he said.",
			[]speakerWant{{"he", "Tomas Ruiz"}}},
		{"a credit after Photo by",
			"Tomas Ruiz, the opposition leader, spoke to the crowd on Monday.\n\n" +
				"Photo by John Lund\n\n" +
				"\u201cWe will not stop until the vote is free,\u201d he said.",
			[]speakerWant{{"he", "Tomas Ruiz"}}},
		{"unchanged: names joined by a slash in running text",
			"Tomas Ruiz, the opposition leader, spoke to the crowd on Monday.\n\n" +
				"Later, John Lund/Ivo Dorsey supporters met the press in the capital.\n\n" +
				"\u201cWe will not stop until the vote is free,\u201d he said.",
			[]speakerWant{{"he", "John Lund"}}},
	})
}

// TestCreditNameGalleryTitle checks that a gallery's title after
// "PHOTOS:" ("PHOTOS: Ruiz visits the ward") is no credit: the person
// it names stays who a he points back to.
func TestCreditNameGalleryTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a gallery's title names the person",
			"( PHOTOS: Tomas Ruiz visits the wounded in Brenn)\n\n" +
				"\u201cWe all grieve with this town,\u201d he said.",
			[]speakerWant{{"he", "Tomas Ruiz"}}},
	})
}
