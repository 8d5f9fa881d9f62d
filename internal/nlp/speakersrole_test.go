package nlp

import "testing"

// TestSpeakersInARoleBeforeTheVerb checks the quotes of one who speaks
// for someone else, written before the verb of saying: the spokesman,
// aide or lawyer speaks, unnamed or by the name set off beside the role,
// not the person they speak for.
func TestSpeakersInARoleBeforeTheVerb(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"an unnamed spokesman for a titled senator",
			"A spokesperson for Sen. Ivo Lund told reporters on Monday that the plan \u201cwill not pass the chamber.\u201d",
			[]speakerWant{{"A spokesperson for Sen. Ivo Lund", ""}}},
		{"a spokesman for a surname",
			"A spokesman for Lund said the senator \u201chas no plans to run again.\u201d",
			[]speakerWant{{"A spokesman for Lund", ""}}},
		{"an apposition after the one spoken for",
			"A spokesman for Carl Moss, the mayor of Fairview, told the paper the protests were \u201ca factor.\u201d",
			[]speakerWant{{"A spokesman for Carl Moss", ""}}},
		{"a senior aide",
			"A senior aide to Sen. Ivo Lund told reporters the bill was \u201cdead on arrival.\u201d",
			[]speakerWant{{"A senior aide to Sen. Ivo Lund", ""}}},
		{"plural aides opening the sentence",
			"Aides to Lund said the senator is \u201cfeeling remorse.\u201d",
			[]speakerWant{{"Aides to Lund", ""}}},
		{"the lawyer's name set off after the role",
			"An attorney for Carl Moss, Tom Hale, said in a statement that Moss \u201casserts his innocence.\u201d",
			[]speakerWant{{"Tom Hale", "Tom Hale"}}},
		{"a comma inside the apposition",
			"Ana Ruiz, a spokeswoman for House Minority Leader Ivo Lund, D-Ohio, called the bill \u201ca distraction.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"the boss's name after a description",
			"Ana Ruiz, a spokeswoman for the House speaker, Ivo Lund, said his office \u201corganized the briefing.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"the secretary of state is a known person, not a role",
			"Secretary of State Ivo Lund met the president.\n\n\u201cIt is very important,\u201d the secretary of state said.",
			[]speakerWant{{"the secretary of state", "Ivo Lund"}}},
		{"unchanged: the spokesman named first",
			"Tom Hale, a spokesman for Sen. Ivo Lund, said the vote was \u201ca disgrace.\u201d",
			[]speakerWant{{"Tom Hale", "Tom Hale"}}},
	})
}
