package nlp

import "testing"

// A title-shaped quotation left with no speaker is set aside as a name
// (setAsideTerms), so the first two cases hold no quote at all.
//
// TestSpeakersCalledAndWith checks three shapes of session 51: "called"
// as a participle that names a thing ("a rally called “…”") gives the
// quotation no speaker; "with X saying …" gives it to X, not to the
// sentence's subject; and a president's name before "administration"
// ("a senior Lund administration official") is not the one who speaks.
func TestSpeakersCalledAndWith(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a thing called a title is no speaker",
			"Harbour workers will hold a rally called \u201cFair Pay at the Port\u201d on Tuesday.",
			nil},
		{"a thing, called a title, after a comma is no speaker",
			"Mayor Ana Ruiz spoke on Monday. Today's session, called \u201cBuilding the New Harbour,\u201d is the last one.",
			nil},
		{"a thing after a preposition called a title is no speaker",
			"Ivo Lund wrote an essay in the Harbour Times called \u201cwhy the port must stay public.\u201d",
			[]speakerWant{{"", ""}}},
		{"what a person called keeps the person",
			"Mayor Ana Ruiz attacked what she called \u201ca gift to our rivals across the bay.\u201d",
			[]speakerWant{{"she", "Ana Ruiz"}}},
		{"with a person saying gives the quotation to that person",
			"The board also criticised the fees, with Mayor Ana Ruiz saying they were \u201ca gift to our rivals across the bay.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"with a person tweeting and a comma",
			"The strike soon became a national issue, with Senator Ivo Lund tweeting, \u201cThe port must reopen this week.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"with a letter telling keeps the one who wrote it",
			"Ivo Lund, the head of the board, responded with a letter telling the union that \u201cthe fees will stay as they are.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"an administration official is not the president",
			"President Ivo Lund met the union on Monday. A senior Lund administration official said the talks were \u201cvery constructive.\u201d",
			[]speakerWant{{"A senior Lund administration official", ""}}},
		{"administration officials told",
			"President Ivo Lund met the union on Monday. Lund administration officials told reporters that \u201cthe strike is over for now.\u201d",
			[]speakerWant{{"Lund administration officials", ""}}},
	})
}

// TestSpeakersCalledAndWithLimits checks what the rules of
// TestSpeakersCalledAndWith leave alone: a person before "called", a
// "called" after a time phrase, a sign after "with", a participle whose
// clause a semicolon ends.
func TestSpeakersCalledAndWithLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a person set off by an apposition keeps called",
			"Ivo Lund, head of the Harbour Board, called \u201cfair pay\u201d the next front of the strike.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a clause after a semicolon is not the participle's",
			"Questions were raised about the fees, with Republicans arguing they were fair; on Monday Mayor Ana Ruiz spoke of \u201ca gift to our rivals across the bay.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
	})
	for _, tc := range []struct{ name, text, not string }{
		{"a time phrase before called leaves the older reading",
			"Ruiz argued the fees were fair, not what Lund in a post on Monday called \u201cyears of waste at the port.\u201d", ""},
		{"placards are no speaker",
			"Ivo Lund spoke to the crowd. Dockers stood outside, some with placards reading \u201cour port, our pay.\u201d", "placards"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := analyze(t, a, tc.text)
			if len(an.Quotes) != 1 {
				t.Fatalf("got %d quotes, want 1", len(an.Quotes))
			}
			if sp := an.Quotes[0].Speaker; tc.not == "" && sp == nil || sp != nil && sp.Mention == tc.not {
				t.Errorf("speaker %+v", sp)
			}
		})
	}
}

// TestSpeakersCalledObjectAndThe checks that "called" naming a thing
// gives the words no speaker when a time phrase stands between the
// thing, a verb's object, and "called" ("introduced a bill earlier this
// year called “…”", speakers69's one worse change: a bill's title given
// to its sponsor) and when "the" stands before the quotation ("a bill
// on Tuesday called the “…”"), while a person's "called" after a
// phrase of place and time keeps the person.
func TestSpeakersCalledObjectAndThe(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a verb's object, then when, then called",
			"Sen. Ivo Lund, I-Vt., introduced a measure earlier this month called \"For the Harbour Workers.\"",
			[]speakerWant{{"", ""}}},
		{"called the, then the title",
			"Sen. Ivo Lund, I-Vt., introduced a bill on Tuesday called the \u201cFor the 99.8 Percent Act,\u201d which would raise the harbour fee on estates.",
			[]speakerWant{{"", ""}}},
		{"a person in a post on a day called keeps the person",
			"Ivo Lund in a post on Monday called \u201cthe worst deal ever\u201d the plan.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
	})
}
