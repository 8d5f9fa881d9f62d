package nlp

import "testing"

// TestSpeakersAskerInWhenClause: the one who asks in a leading "when"
// clause is not the one who answers in the main clause (session 58: a
// nominee's retort filed under the senator who asked him).
func TestSpeakersAskerInWhenClause(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Similarly, when X asked Y if …, Y said no, and then said",
			"Ivo Lund faced the panel on Monday.\n\nSimilarly, when Ohio Sen. Ana Ruiz asked Lund if he had ever missed a vote on the river bill, Lund said no, and then said, \u201cHave you ever missed one?\u201d",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
		{"When X asked Y whether … (long), Y replied",
			"Ivo Lund faced the panel on Monday.\n\nWhen Ohio Sen. Ana Ruiz asked Lund whether he had ever missed a single vote on the long river bill, Lund replied, \u201cNever in my life.\u201d",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
	})
}

// TestSpeakersAskerInWhenClauseLimits: a "when" clause that names no
// one else, or a sentence with no leading clause, keeps its speaker.
func TestSpeakersAskerInWhenClauseLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Ruiz said, when asked",
			"Ivo Lund faced the panel on Monday.\n\nAna Ruiz, when asked about the bill, said, \u201cIt is a good bill.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
		{"When asked, Ruiz said",
			"Ivo Lund faced the panel on Monday.\n\nWhen asked about the bill, Ana Ruiz said, \u201cIt is a good bill.\u201d",
			[]speakerWant{{"Ana Ruiz", "Ana Ruiz"}}},
	})
}

// TestSpeakersDocumentHead: "the act Lund signed calls for …" quotes
// the act, not the man who signed it (session 58: a bill's text credited
// to the president).
func TestSpeakersDocumentHead(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the act X signed calls for",
			"Ivo Lund signed a river bill on Friday.\n\nThe act Lund signed Friday calls for giving the towns \u201cthe means to keep their banks clean.\u201d",
			[]speakerWant{{"The act Lund signed", ""}}},
		{"the bill X backed says",
			"Ivo Lund signed a river bill on Friday.\n\nThe bill Lund backed says the towns need \u201cthe means to keep their banks clean.\u201d",
			[]speakerWant{{"The bill Lund backed", ""}}},
	})
}

// TestSpeakersDocumentHeadLimits: a statement or letter a person issued
// is still that person's; a person with no document noun before speaks.
func TestSpeakersDocumentHeadLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the statement X released said",
			"Ivo Lund signed a river bill on Friday.\n\nThe statement Lund released said the towns need \u201cthe means to keep their banks clean.\u201d",
			[]speakerWant{{"The statement Lund released", "Ivo Lund"}}},
		{"X said",
			"Ivo Lund signed a river bill on Friday.\n\nLund said the towns need \u201cthe means to keep their banks clean.\u201d",
			[]speakerWant{{"Lund", "Ivo Lund"}}},
	})
}

// TestSpeakersPublicationTitle: "According to The Daily Liberal, …" is a
// publication's title, not "the Ohio Republican" describing a man named
// before (session 58: a magazine's words about a man credited to him).
func TestSpeakersPublicationTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"According to The American Republican",
			"Ivo Lund is a hawk on trade.\n\nLund backs the tariffs. According to The American Republican, \u201che has wanted a trade war for many years.\u201d",
			[]speakerWant{{"The American Republican", ""}}},
	})
}

// TestSpeakersPublicationTitleLimits: "the Ohio Republican said" after a
// man named before is still that man.
func TestSpeakersPublicationTitleLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the Ohio Republican said",
			"Sen. Ivo Lund is a hawk on trade.\n\n\u201cWe need the tariffs,\u201d the Ohio Republican said.",
			[]speakerWant{{"the Ohio Republican", "Ivo Lund"}}},
	})
}

// TestSpeakersOpenerClauseLimits: a "when" clause after a long main
// clause trails it: the apposition after its comma is no subject (no
// speaker rather than "a 39-year-old former lawyer").
func TestSpeakersOpenerClauseLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"main clause, when he endorsed X, a lawyer, calling",
			"Ivo Lund led the race.\n\nBut Lund upended the contest in December, when he endorsed Tom Berg, a 39-year-old former lawyer, calling him a \u201cbright young leader who will win the state for us\u201d on the radio.",
			[]speakerWant{{"", ""}}},
	})
}

// TestSpeakersOrgOwnedName: after a short lead and a clause of time,
// "the Harbour Post's Ivo Lund said" gives the words to the man named,
// not to his paper.
func TestSpeakersOrgOwnedName(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"Then, after …, Org's Name said",
			"The Harbour Post ran the letter on Monday.\n\nThen, after much mockery online, Harbour Post's Ivo Lund took the letter down and said he was \u201clooking into\u201d the claims.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
		{"Then, after …, Org's Name said (org read as a person)",
			"Gateway Pundit ran the letter on Monday.\n\nThen, after much mockery online, Gateway Pundit\u2019s Ivo Lund took the letter down and said he was \u201clooking into\u201d the claims.",
			[]speakerWant{{"Ivo Lund", "Ivo Lund"}}},
	})
}
