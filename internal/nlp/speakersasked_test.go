package nlp

import "testing"

// TestSpeakersAskedByWhether: a quotation right after "whether" or "if"
// in a clause "asked by X" is X's question, not the words of the one who
// answers or of the one the sentence is about (h/read57: a congressman's
// question credited to the witness he asked).
func TestSpeakersAskedByWhether(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Asked by one lawmaker, Rep. X, whether",
			"Ana Ruiz testified before the panel on Monday.\n\nAsked by one lawmaker, Rep. Peter Holt, D-Ore., whether \u201cthe only reason you held back was the rule on charging a sitting mayor, correct?\u201d Ruiz said \u201cThat is right.\u201d",
			[]speakerWant{{"Peter Holt", "Peter Holt"}, {"Ruiz", "Ana Ruiz"}}},
		{"when asked by X whether",
			"Ana Ruiz testified before the panel on Monday.\n\nRuiz called the plan \u201ca waste of money.\u201d Later, when asked by Rep. Tom Lee whether \u201cyou ever looked at the sources of the file,\u201d Ruiz declined to answer.",
			[]speakerWant{{"Ruiz", "Ana Ruiz"}, {"Tom Lee", "Tom Lee"}}},
	})
}

// TestSpeakersAskedByWhetherLimits: no named asker, or a clause of its
// own between the asker and the quotation, leaves the old reading.
func TestSpeakersAskedByWhetherLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"asked by reporters, X said",
			"Ana Ruiz spoke on Monday.\n\nAsked by reporters about Peter Holt, Ruiz said \u201cHe is a friend.\u201d",
			[]speakerWant{{"Ruiz", "Ana Ruiz"}}},
	})
}

// TestSpeakersCopulaSubject: in `X is "…," he said` the words are said
// about X, the sentence's subject; the he is not X (h/read57: a
// president's words about his nominee credited to the nominee).
func TestSpeakersCopulaSubject(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"X is quote, he said",
			"President Peter Ruiz said he was reluctant to put Tom Holt through the hearings, but \u201cit is totally his decision.\u201d\n\nHolt is \u201cnot a political person. I would not put a man through this. It is too ugly,\u201d he said.",
			[]speakerWant{{"Peter Ruiz", "Peter Ruiz"}, {"", ""}}},
		{"X said quote, he said stays",
			"President Peter Ruiz spoke on Monday.\n\nTom Holt arrived later. \u201cI am ready to serve,\u201d he said.",
			[]speakerWant{{"he", "Tom Holt"}}},
	})
}

// TestSpeakersCarryNotNamed: a quotation with no attribution that names
// the last speaker in the third person ("President X's pick") is not
// carried to him (h/read57: a column's quotation of its outlet's own
// report credited to the president it names).
func TestSpeakersCarryNotNamed(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"block naming the last speaker",
			"President Peter Ruiz praised Tom Holt on Monday. \u201cHe is like a film star,\u201d Ruiz said.\n\n\u201cMembers of both parties on the committee are raising concerns about claims involving Tom Holt, President Peter Ruiz's pick to lead the agency, and are reviewing them.\u201d\n\n\u201cHe will do a great job,\u201d Ruiz said.",
			[]speakerWant{{"Ruiz", "Peter Ruiz"}, {"", ""}, {"Ruiz", "Peter Ruiz"}}},
		{"carried on when not named",
			"President Peter Ruiz praised Tom Holt on Monday. \u201cHe is like a film star,\u201d Ruiz said.\n\n\u201cHe will do a great job for the agency.\u201d",
			[]speakerWant{{"Ruiz", "Peter Ruiz"}, {"Ruiz", "Peter Ruiz"}}},
	})
}
