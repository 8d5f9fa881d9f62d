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
		{"a relative named in an apposition",
			"The ferry captain Ivo Marrow died on Sunday in Brenn.\n\nHis son, Tomas Marrow, said: \u201cWe forgive the man who did this.\u201d",
			[]speakerWant{{"Tomas Marrow", "Tomas Marrow"}}},
		{"a relative named with a suffix",
			"The ferry captain Ivo Marrow died on Sunday in Brenn.\n\nAnother child, Tomas Marrow Jr., said: \u201cWe forgive the man who did this.\u201d",
			[]speakerWant{{"Tomas Marrow Jr", "Tomas Marrow Jr"}}},
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

// TestSpeakersAfterAShortTitle checks a person named after a title whose
// last word is abbreviated ("former Sen.", "state Rep.", "retired Lt.
// Col.") or a title of several words ("Secretary of State"): the person
// speaks, not the words of the title before the stop.
func TestSpeakersAfterAShortTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"said former Sen.",
			"\u201cIt was a real turning point,\u201d said former Sen. Ivo Lund (D-Ohio), an early adviser.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"said a party and Sen.",
			"\u201cIt was a real turning point,\u201d said Republican Sen. Ivo Lund of Ohio.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"says retired Lt. Col.",
			"\u201cIt helps him,\u201d says retired Lt. Col. Ivo Lund, the former attache.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a former representative opening the sentence",
			"Former Rep. Ivo Lund (R-Ohio) ended his bid on Friday, and said he would be \u201call in.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a state between former and Gov.",
			"Former Ohio Gov. Ivo Lund on Wednesday ripped into the summit, saying \u201cit failed.\u201d",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a title of several words",
			"\u201cWe are in this together,\u201d said Secretary of State Ivo Lund at a press conference.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"a clause before Mr. is no title",
			"\u201cSuch comments are unacceptable to fans and networks alike,\u201d said spokesman Tom Hale. " +
				"Putting Mr. Lund on hiatus \u201csent a strong message that this is wrong.\u201d",
			[]speakerWant{{"spokesman Tom Hale", "Tom Hale"}, {"spokesman Tom Hale", "Tom Hale"}}},
		{"an interjection before the subject",
			"Oh, and the Times twisted it further, adding, \u201cNone of those steps would count.\u201d",
			[]speakerWant{{"", ""}}},
	})
}

// TestSpeakersNearAnotherName checks two quotes a name written nearer
// to them took from the one who speaks: a role noun after a name ("Lund
// spokesman T.J. Doe") tells whom the speaker works for, and an
// infinitive on "something" ("if Lund has something to allege") is no
// verb of saying of its own.
func TestSpeakersNearAnotherName(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a name before the role",
			"Joe Lund spoke on Monday.\n\n\u201cWe applaud the package,\u201d Lund spokesman TJ Ducklo said in an email.",
			[]speakerWant{{"Lund spokesman TJ Ducklo", ""}}},
		{"a name before the role, the spokesman named",
			"Joe Lund spoke on Monday.\n\n\u201cWe applaud the package,\u201d Lund spokesman Tom Hale said in an email.",
			[]speakerWant{{"Lund spokesman Tom Hale", "Tom Hale"}}},
		{"an aide of a named person",
			"Joe Lund spoke on Monday.\n\nA longtime Lund aide declared that \u201cnothing changes\u201d after the debate.",
			[]speakerWant{{"A longtime Lund aide", ""}}},
		{"something to allege",
			"Ana Ruiz said if Ivo Lund has something to allege, \u201csay it directly,\u201d but: \u201cNo one will find a vote I ever switched.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}, {"Ana Ruiz", "Ana Ruiz"}}},
	})
}

// TestSpeakersOfMoodVerbs checks verbs of saying that tell a mood
// ("groused", "deadpanned", "fumed") or a channel ("emailed"): the one
// before or after them speaks.
func TestSpeakersOfMoodVerbs(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"groused after the quote",
			"\u201cThey told us not to debate it at all,\u201d Ivo Lund groused.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"deadpanned after the quote",
			"\u201cWe have become experts at losing,\u201d Ana Ruiz deadpanned.",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"thundered before the name",
			"\u201cThis is like a fox guarding the henhouse,\u201d thundered Tom Hale, a local professor.",
			[]speakerWant{{"Tom Hale", "Tom Hale"}}},
		{"emailed after the quote",
			"\u201cI am willing to compromise on most of it,\u201d Ivo Lund emailed.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
	})
}
