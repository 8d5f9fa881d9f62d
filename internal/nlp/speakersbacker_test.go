package nlp

import "testing"

// TestSpeakersBackerTie: a person named before "backer" or "supporter"
// only tells whose side the speaker is on; the backer speaks (fresh41: a
// tweet of a backer given to the man he backs).
func TestSpeakersBackerTie(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"X backer and adviser Y wrote",
			"Ivo Lund faces a ruling on Monday.\n\n\u201cIs it not fine when a river cleans itself?\u201d Lund backer and party adviser Mark Ruiz wrote.",
			[]speakerWant{{"Lund backer and party adviser Mark Ruiz", "Mark Ruiz"}}},
		{"X supporters said",
			"Ivo Lund faces a ruling on Monday.\n\n\u201cWe back the plan,\u201d Lund supporters said.",
			[]speakerWant{{"Lund supporters", ""}}},
	})
}

// TestSpeakersNamedAfterTie: after the verb, "said X spokesman Y" and
// "said X supporter Y" give the words to Y, not to X.
func TestSpeakersNamedAfterTie(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"said X spokesman Y",
			"Ivo Lund faces a ruling on Monday.\n\n\u201cIt was fine,\u201d said Lund spokesman Tomas Kray.",
			[]speakerWant{{"Tomas Kray", "Tomas Kray"}}},
		{"said X supporter Y",
			"Ivo Lund faces a ruling on Monday.\n\n\u201cIt was fair,\u201d said Lund supporter Ana Holt.",
			[]speakerWant{{"Ana Holt", "Ana Holt"}}},
		{"said X ally Y",
			"Ivo Lund faces a ruling on Monday.\n\n\u201cIt was good,\u201d said Lund ally Mia Berg.",
			[]speakerWant{{"Mia Berg", "Mia Berg"}}},
	})
}

// TestSpeakersNamedAfterTieLimits: a person alone after the verb, or a
// name set off by a comma, speaks as before.
func TestSpeakersNamedAfterTieLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"said X",
			"Ivo Lund faces a ruling on Monday.\n\n\u201cIt was fine,\u201d said Lund.",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
		{"said X, a friend of Y",
			"Ivo Lund faces a ruling on Monday.\n\n\u201cIt was fine,\u201d said Ana Holt, a friend of Lund.",
			[]speakerWant{{"Ana Holt", "Ana Holt"}}},
	})
}

// TestSpeakersHeAfterBareQuote: a he going on with the words of the
// last speaker, a paragraph of quotation alone between, is that speaker,
// not a person named in the speaker's sentence as the one his words are
// about (fresh41: an investor's closing line given to the president his
// paragraph named).
func TestSpeakersHeAfterBareQuote(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"X added. bare. he added",
			"President Donald Trump met the company on Monday.\n\nQuill Dorn, a Texas investor, said he would back a firm deal.\n\n\u201cI would see that as a plus,\u201d Dorn said.\n\nBut if Trump made a deal with Acme in which public money is spent, \u201cthen that is a big moral risk for the public,\u201d Dorn added.\n\n\u201cThat is the kind of meddling I oppose.\u201d\n\n\u201cSo the catch,\u201d he added, \u201cis in the fine print.\u201d",
			[]speakerWant{{"Dorn", "Quill Dorn"}, {"Dorn", "Quill Dorn"}, {"Dorn", "Quill Dorn"}, {"he", "Quill Dorn"}}},
	})
}

// TestSpeakersHeAfterBareQuoteLimits: a paragraph of the writer's own
// between, naming another man as its subject, gives the he to him.
func TestSpeakersHeAfterBareQuoteLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"narrative between",
			"President Donald Trump met the company on Monday.\n\nQuill Dorn, a Texas investor, said he would back a firm deal.\n\n\u201cThat is the kind of meddling I oppose,\u201d Dorn added.\n\nTrump rejected the idea on Tuesday.\n\n\u201cIt is a great deal,\u201d he said.",
			[]speakerWant{{"Dorn", "Quill Dorn"}, {"he", "Donald Trump"}}},
	})
}

// TestSpeakersInvertedPronoun: "Not only would he …" has the he for its
// subject; a man named later in it as the one acted on is not the he of
// the next sentence (a former minister's words given to the prime
// minister his sentence named as the one forced to ask).
func TestSpeakersInvertedPronoun(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Not only would he",
			"Mr Ivo Lund woke up on Tuesday hoping to win the vote.\n\nOn the radio, Peter Holt, a former minister, was defiant.\n\nNot only would he back the bill and force Mr Lund to ask for more time, but he believed the rebels would win.\n\nTaking aim at Mr Lund's aide Tom Kray, he added: \u201cI will defend my party against people who do not share its values.\u201d",
			[]speakerWant{{"he", "Peter Holt"}}},
	})
}

// TestSpeakersInvertedPronounLimits: "Not only" with no pronoun after
// its auxiliary leaves the old reading.
func TestSpeakersInvertedPronounLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Not only did Lund",
			"Peter Holt, a former minister, spoke on the radio.\n\nNot only did Ivo Lund lose the vote, but Mr Lund lost his majority.\n\n\u201cWe go on,\u201d he said.",
			[]speakerWant{{"he", "Ivo Lund"}}},
	})
}
