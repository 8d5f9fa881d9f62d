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
// determiner is no subject, and the words stay with whom they were. Each
// text must give a quotation (else the test would pass on nothing).
func TestSpeakersNameBeforeAsideLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct{ name, text, not string }{
		{"seated next to a person during a meeting",
			"Sen. Tomas Brell, who sat next to Ivo Lund during the meeting, called the talks \u201ca useful hour.\u201d", "Ivo Lund"},
		{"a row with a named boss during a crisis",
			"In her book she recounts a row with the bank boss Karl Voss during the harbour crisis: \u201cI put down the phone and laughed.\u201d", "Karl Voss"},
		{"one of those held with a person, named after a comma",
			"One of the reporters held with Ivo Lund in Varnemark, Ana Ruiz, said his work was \u201cthe same stubborn impulse.\u201d", "Ivo Lund"},
	} {
		an := analyze(t, a, tc.text)
		if len(an.Quotes) == 0 {
			t.Errorf("%s: no quotation read", tc.name)
		}
		for _, q := range an.Quotes {
			if e := entityOf(an, q.Speaker); e != nil && e.Name == tc.not {
				t.Errorf("%s: quote %q given to %s", tc.name, q.Text, tc.not)
			}
		}
	}
}
