package nlp

import "testing"

// TestSpeakersPronounSubject checks the he, she or they of a quote whose
// antecedent the sentences before show by their form: a conjunction
// before a pronoun subject ("But he conceded … Mr. Lund"), a name after
// its owner's relation ("Ruiz's son Ivo Ruiz"), a subject whose gender a
// later pronoun of its own sentence shows ("Hickox told … she"),
// persons named together before "they", and a surname that is also a
// city, set off by a role ("Ferguson, the therapist, said").
func TestSpeakersPronounSubject(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a conjunction before the pronoun subject",
			"Mr. Dorsey said the fines, set by the board in May, are starting to hurt. But he conceded that they have yet to make Mr. Lund change course.\n\n" +
				"\u201cThe cost will only grow,\u201d he said.",
			[]speakerWant{{"he", "Dorsey"}}},
		{"the conjunction opens a sentence about someone else",
			"Mr. Dorsey spoke first. But Mr. Lund answered him at length.\n\n" +
				"\u201cThe cost will only grow,\u201d he said.",
			[]speakerWant{{"he", "Lund"}}},
		{"a name after its owner's relation",
			"Governor Mark Holt's stepson Tomas Ruiz weighed in on the debate, saying his friends ask him for advice.\n\n" +
				"\u201cYou never need one until you do,\u201d he wrote.",
			[]speakerWant{{"he", "Tomas Ruiz"}}},
		{"a name after its owner's relation, the mark set apart by a cleaned link",
			"President Mark Holt                        \u2019s son Tomas Ruiz weighed in on the debate.\n\n" +
				"\u201cYou never need one until you do,\u201d he wrote.",
			[]speakerWant{{"he", "Tomas Ruiz"}}},
		{"a possessive owner before an unnamed relation stays the subject",
			"Mr. Dorsey's lawyer filed the motion on Monday.\n\n" +
				"\u201cWe will appeal,\u201d he said.",
			[]speakerWant{{"he", "Dorsey"}}},
		{"a subject whose gender a later she shows",
			"In Maine, the nurse who fought Gov. Chris Pollard over her quarantine is now fighting her own state. Officials will ask a court to force Kaci Hallow to stay home. Hallow, on Wednesday, told a morning show that she would not obey the rules.\n\n" +
				"\u201cI pose no danger to anyone,\u201d she said.",
			[]speakerWant{{"she", "Kaci Hallow"}}},
		{"a later she after another person shows nothing",
			"Officials will ask a court to force Kaci Hallow to stay home. Hallow, on Wednesday, told Gov. Chris Pollard that she would not obey.\n\n" +
				"\u201cI pose no danger to anyone,\u201d she said.",
			[]speakerWant{{"she", "Chris Pollard"}}},
		{"two persons named together before they",
			"Reps. Frank Wolde, R-Va., and Jim Garlow, R-Pa., claim sources told them that up to 30 were hurt. \u201cSeveral may have needed surgery,\u201d they wrote in a letter.",
			[]speakerWant{{"they", "Frank Wolde"}}},
		{"a quote's joint authors go on with they",
			"\u201cThe reversal is vindictive,\u201d Sidra Pallow and Jesse Bonnall, the lead counsel, wrote in the motion.\n\n" +
				"\u201cOur client is innocent. He helped the government in every way,\u201d they wrote.",
			[]speakerWant{{"Sidra Pallow and Jesse Bonnall", "Sidra Pallow"}, {"they", "Sidra Pallow"}}},
		{"a surname that is also a city, set off by a role",
			"Julie Ferguson, 52, who lives near Dayton, reads the news on her phone. Stephanie Edwards, a professor, has studied such readers.\n\n" +
				"Ferguson, the nurse, said many readers see only what they already believe.\n\n" +
				"\u201cPeople only hear their own side,\u201d she said.",
			[]speakerWant{{"she", "Julie Ferguson"}}},
		{"they after an object pair is nobody named",
			"The company hired Ana Ruiz and Ivo Lund last year. \u201cWe were never paid,\u201d they said.",
			[]speakerWant{{"they", ""}}},
		{"they after one person is nobody named",
			"Ana Ruiz met the workers. \u201cWe were never paid,\u201d they said.",
			[]speakerWant{{"they", ""}}},
	})
}

// TestSpeakersUnisexFirstNames checks that first names borne by men and
// women alike (Lindsey, Jamie) do not bar the he or she the text gives.
func TestSpeakersUnisexFirstNames(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a senator named Lindsey is he",
			"Majority Leader Tom Halloran called the testimony sad.\n\n" +
				"Republican Sen. Lindsey Garrow of Ohio also responded to the story.\n\n" +
				"\u201cI hope it does some good,\u201d he told reporters.",
			[]speakerWant{{"he", "Lindsey Garrow"}}},
		{"a congresswoman named Jamie is she",
			"Rep. Tom Halloran said the remarks went too far.\n\n" +
				"Rep. Jamie Bellow said the president should stop, noting that she does not think it fair.\n\n" +
				"\u201cIt is really sad,\u201d she told the paper.",
			[]speakerWant{{"she", "Jamie Bellow"}}},
	})
}

// TestPlaceFirstName checks that a first name the gazetteer also knows as
// a place opens a person's name when the article calls the person by
// the surname alone ("Jordan Tappero … Tappero said"), and stays a place
// before a body's word ("Virginia Tech").
func TestPlaceFirstName(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a first name that is a country",
			"Cases have fallen in Liberia and Sierra Leone. \u201cWe are hopeful,\u201d said Jordan Tappero, director of the agency\u2019s global health division.\n\n" +
				"\u201cWe sent three times as many people,\u201d he said. Tappero said the rains would come soon.",
			[]speakerWant{{"Jordan Tappero", "Jordan Tappero"}, {"he", "Jordan Tappero"}}},
	})
	for _, tc := range []struct{ text, name, typ string }{
		{"Students at Virginia Tech protested on Monday. The school said it would not comment.", "Virginia", "place"},
		{"Virginia Roberts, who sued the financier, spoke on Monday. Roberts said she was 17 then.", "Virginia Roberts", "person"},
	} {
		an := analyze(t, a, tc.text)
		found := false
		for _, e := range an.Entities {
			if e.Name == tc.name && string(e.Type) == tc.typ {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s %s among %+v", tc.text, tc.typ, tc.name, an.Entities)
		}
	}
}
