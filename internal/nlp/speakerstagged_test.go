package nlp

import "testing"

// TestSpeakerTaggedApposition: a person named after a quotation with a
// party-and-state tag and a role that runs to the verb with no comma
// before it (`"…," Sen. Ann Lee, D-Ore., ranking member on the Senate
// Harbour Committee said`) speaks, not the committee in the role; the
// words the same sentence quotes after the verb are hers too.
func TestSpeakerTaggedApposition(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"no comma before the verb",
			"Tom Ruiz was named to the harbour board on Monday.\n\n" +
				"\"Tom Ruiz must never run the harbour,\" Sen. Ann Lee, D-Ore., ranking Republican on the Senate Harbour Committee said, calling Ruiz's plan \"so reckless and wrong\" as to disqualify him.",
			[]speakerWant{{"Sen. Ann Lee", "Ann Lee"}, {"Ann Lee", "Ann Lee"}}},
		{"with the comma, as before",
			"Tom Ruiz was named to the harbour board on Monday.\n\n" +
				"\"Tom Ruiz must never run the harbour,\" Sen. Ann Lee, D-Ore., the ranking member of the Senate Harbour Committee, said.",
			[]speakerWant{{"Sen. Ann Lee", "Ann Lee"}}},
	})
}

// TestSpeakerTaggedNotSubject: a tagged name inside a preposition's
// object, or a tag followed by a clause of its own, gives no speaker to
// the words quoted after the verb (the unions' words are not Ruiz's;
// the judge's "biased" is not quoted as Lund's).
func TestSpeakerTaggedNotSubject(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the name is a preposition's object",
			"In a letter to Harbour Leader Ana Ruiz, D-Ore., the heads of two dock unions said they are \"deeply let down\" by the plan.",
			[]speakerWant{{"two dock unions", ""}}},
		{"a clause after the tag",
			"\"I will not talk about the harbour all week,\" said Sen. Ivo Lund, R-Texas, when asked about the mayor's view that the judge is \"biased.\"",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
	})
}
