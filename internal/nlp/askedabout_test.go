package nlp

import "testing"

// TestAskedAboutPerson: the person after "about" in "asked by
// reporters about X whether" is what the question is about, not the
// asker (askedByWhether reads the first person after "by").
func TestAskedAboutPerson(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"asked by reporters about X whether",
			"Ana Ruiz spoke on Monday.\n\nAsked by reporters about Peter Holt whether \u201che is still a friend of the mayor,\u201d Ruiz shrugged.",
			[]speakerWant{{"", ""}}},
		{"asked by reporters at the rally with X whether",
			"Ana Ruiz spoke on Monday.\n\nAsked by reporters at the rally with Peter Holt whether \u201cthe port opens in May,\u201d Ruiz shrugged.",
			[]speakerWant{{"", ""}}},
	})
}
