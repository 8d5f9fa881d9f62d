package nlp

import "testing"

// TestSpeakersNameBeforeAside: a short phrase of where or how between a
// speaker's name and the verb ("in an interview", "in" a town the lists
// lack) is no speaker: the person named before it speaks.
func TestSpeakersNameBeforeAside(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"in an interview",
			"Karl Voss in an interview said \u201cthe ferry will run again this spring.\u201d",
			[]speakerWant{{"Karl Voss", "Karl Voss"}}},
		{"in an unknown town",
			"Ana Lind in Varnemark said \u201cthe ferry will run again this spring.\u201d",
			[]speakerWant{{"Ana Lind", "Ana Lind"}}},
		{"in an unknown town, the verb after the quotation",
			"\u201cThe ferry will run again this spring,\u201d Ana Lind in Varnemark said.",
			[]speakerWant{{"Ana Lind", "Ana Lind"}}},
	})
}

// TestSpeakersNameBeforeAsideLimits: a name after a preposition or a
// determiner is no subject, and the words stay with whom they were; a
// town or a common noun phrase with no person in it ("the harbour") is
// no speaker either: the person the text makes the subject speaks, else
// no one.
func TestSpeakersNameBeforeAsideLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"seated next to a person during a meeting",
			"Sen. Tomas Brell, who sat next to Ivo Lund during the meeting, called the talks \u201ca useful hour.\u201d",
			[]speakerWant{{"Tomas Brell", "Tomas Brell"}}},
		{"one of those held with a person, named after a comma",
			"One of the reporters held with Ivo Lund in Varnemark, Ana Ruiz, said his work was \u201cthe same stubborn impulse.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"one of those held with a person in a town, unnamed",
			"One of the reporters held with Ivo Lund in Varnemark said: \u201cThe ferry will run again this spring.\u201d",
			[]speakerWant{{"", ""}}},
		{"a town after in, a person named after a comma",
			"The leader of the party in Varnemark, Ana Ruiz, said the plan was \u201cthe same stubborn impulse.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"a verb the lists lack before a colon, its subject no preposition's object",
			"Another source close to the harbour board elaborated: \u201cThe ferry will run again this spring.\u201d",
			[]speakerWant{{"Another source close to the harbour board", ""}}},
	})
}

// TestSpeakersNameAfterWithDuring: the words a writer's "she recounts a
// row with Karl Voss during …:" introduces are not Voss's (nor, since
// session 68, "the harbour"'s: TestColonNounNoVerb).
func TestSpeakersNameAfterWithDuring(t *testing.T) {
	a := newTestAnalyzer(t)
	an := analyze(t, a, "In her book she recounts a row with the bank boss Karl Voss during the harbour crisis: \u201cI put down the phone and laughed.\u201d")
	if len(an.Quotes) == 0 {
		t.Fatal("no quotation read")
	}
	for _, q := range an.Quotes {
		if e := entityOf(an, q.Speaker); e != nil && e.Name == "Karl Voss" {
			t.Errorf("quote %q given to Karl Voss", q.Text)
		}
	}
}
