package nlp

import "testing"

// TestSpeakersHeAfterTrailingReporter: a sentence closed by ", Boyle
// wrote." tells what Boyle wrote, so a he of the next sentence goes on
// with Boyle, not with the man the reported clause is about (ABPSpeakers:
// a judge's ruling given to the inmate his order named).
func TestSpeakersHeAfterTrailingReporter(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"…, X wrote. He wrote",
			"Judge Thomas Kray ruled on the plea of David Lund on Monday.\n\nWhile the theft was grave, David Lund had kept a clean record since his arrest, Kray wrote.\n\nIn the end, the ruling weighed the risk against the sentence.\n\n\u201cMore time behind bars serves no purpose here,\u201d he wrote.",
			[]speakerWant{{"he", "Thomas Kray"}}},
		{"…, X said. He said",
			"Mary Quist met David Lund in Leeds on Monday.\n\nDavid Lund has not paid the fine yet, Quist said on Tuesday.\n\n\u201cWe will wait one more week,\u201d she said.",
			[]speakerWant{{"she", "Mary Quist"}}},
		{"…, former judge X wrote. He wrote",
			"Judge Thomas Kray ruled on the plea of David Lund on Monday.\n\nWhile the theft was grave, David Lund had kept a clean record since his arrest, former judge Kray wrote.\n\nIn the end, the ruling weighed the risk against the sentence.\n\n\u201cMore time behind bars serves no purpose here,\u201d he wrote.",
			[]speakerWant{{"he", "Thomas Kray"}}},
	})
}

// TestSpeakersHeAfterTrailingReporterLimits: a reporting clause that does
// not close the sentence, or a sentence whose reported clause is the
// pronoun's only fitting man, keeps the old reading.
func TestSpeakersHeAfterTrailingReporterLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"reporter of another gender",
			"Mary Quist met David Lund in Leeds on Monday.\n\nDavid Lund has not paid the fine yet, Quist said on Tuesday.\n\n\u201cI will pay it soon,\u201d he said.",
			[]speakerWant{{"he", "David Lund"}}},
		{"subject first, no trailing reporter",
			"Judge Thomas Kray ruled on the plea of David Lund on Monday.\n\nDavid Lund thanked Kray for the ruling.\n\n\u201cI will not waste this chance,\u201d he said.",
			[]speakerWant{{"he", "David Lund"}}},
	})
}

// TestSpeakersCoordinatedQuoter: in "X …, but Y made a push and
// predicted a \"…\"", the words are Y's, the subject of the clause
// after "but", not X's, and a he of the next sentence's quotation goes on
// with Y (ABPSpeakers: a candidate's forecast given to his rival). A name
// right before the "and", the object of Y's first verb, does not hide Y.
func TestSpeakersCoordinatedQuoter(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{", but Y … and predicted a \"…\". he said",
			"David Lund and John Ruiz met voters in Leeds this week.\n\nLund headed into the vote with the backing of the party, including Mayor Mark Berg, but Ruiz made a late push in the city and predicted a \u201cvery, very big win.\u201d\n\n\u201cIf we win here, it is over,\u201d he said.",
			[]speakerWant{{"Ruiz", "John Ruiz"}, {"he", "John Ruiz"}}},
		{", but Y thanked Z and predicted a \"…\"",
			"David Lund, John Ruiz and Mara Berg met voters in Leeds this week.\n\nLund headed into the vote with the backing of the party, but Ruiz thanked Berg and predicted a \u201cvery, very big win.\u201d",
			[]speakerWant{{"Ruiz", "John Ruiz"}}},
	})
}

// TestSpeakersCoordinatedQuoterLimits: with no quotation in the clause
// after "but", the he of the next sentence stays with the sentence's
// subject; a quotation of the first clause stays its subject's.
func TestSpeakersCoordinatedQuoterLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{", but Y … no quotation. he said",
			"David Lund and John Ruiz met voters in Leeds this week.\n\nLund headed into the vote with the backing of the party, but Ruiz made a late push in the city.\n\n\u201cIf we win here, it is over,\u201d he said.",
			[]speakerWant{{"he", "David Lund"}}},
		{"X predicted a \"…\", but Y …",
			"David Lund and John Ruiz met voters in Leeds this week.\n\nLund predicted a \u201cvery, very big win,\u201d but Ruiz made a late push in the city.",
			[]speakerWant{{"Lund", "David Lund"}}},
	})
}

// TestSpeakersHeAfterSaidName: a sentence closed by ", said Ana Ruiz, a
// professor at …" tells what Ruiz said; the he or she of the next
// paragraph's quotation is Ruiz, not a person her words were about
// (read59: a professor's three sentences given to the president); the
// person's titles may stand between the verb and the name.
func TestSpeakersHeAfterSaidName(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"…, said X, a professor. he said",
			"Teachers are loyal to the party.\n\nEven though the strike puts a former aide at odds with the unions, their members will hardly turn away from Mr. Thomas Lund and Governor David Berg, said John Ruiz, an author and professor at Leeds University.\n\n\u201cThere is a clear bond between the party and the unions,\u201d he said.",
			[]speakerWant{{"he", "John Ruiz"}}},
		{"…, said Judge X. he said",
			"Judge Thomas Kray ruled on the plea of David Lund on Monday.\n\nDavid Lund had kept a clean record since his arrest, said Judge Kray.\n\n\u201cMore time behind bars serves no purpose here,\u201d he said.",
			[]speakerWant{{"he", "Thomas Kray"}}},
		{"…, said former judge X. he said",
			"Judge Thomas Kray ruled on the plea of David Lund on Monday.\n\nDavid Lund had kept a clean record since his arrest, said former judge Kray.\n\n\u201cMore time behind bars serves no purpose here,\u201d he said.",
			[]speakerWant{{"he", "Thomas Kray"}}},
	})
}

// TestSpeakersHeAfterSaidNameLimits: ", saying X, who …, has …" reports
// what was said of X, and ", said X, a biographer, and Y." names two
// sources; a participle's name closing the sentence (", recalling X, a
// veteran …") is not the sentence's speaker; a he that does not say the
// words ("He threatened …") is not read by the rule: each keeps the old
// reading.
func TestSpeakersHeAfterSaidNameLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"saying X, who …, has",
			"David Lund is the oldest member running again.\n\nJohn Ruiz, a state senator, campaigned for change, saying Lund, who has served for decades, has been in office long enough.\n\n\u201cWe do not need six more years of this,\u201d he told the paper.",
			[]speakerWant{{"he", "John Ruiz"}}},
		{"recalling X, an apposition",
			"David Lund is the oldest member running again.\n\nJohn Ruiz, a state senator, campaigned for change in the city this week, recalling Lund, a veteran of the house.\n\n\u201cWe do not need six more years of this,\u201d he said.",
			[]speakerWant{{"he", "John Ruiz"}}},
		{"he acts",
			"David Lund has long sought to settle his feuds in private, said John Ruiz, a biographer.\n\nHe threatened his rivals, hinting that \u201ctapes\u201d of their talks might exist.",
			[]speakerWant{{"He", "David Lund"}}},
	})
}

// TestSpeakersReporterAbbreviatedTitle: a title cut short with a full
// stop ("Sen.", "Gov.", "Prof.", "Dr.", two tokens each) may stand
// between the reporting verb and the name as a whole word does, on both
// sides of the name.
func TestSpeakersReporterAbbreviatedTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"…, said Sen. X. he said",
			"Senator Thomas Kray spoke of the plea of David Lund on Monday.\n\nDavid Lund had kept a clean record since his arrest, said Sen. Kray.\n\n\u201cMore time behind bars serves no purpose here,\u201d he said.",
			[]speakerWant{{"he", "Thomas Kray"}}},
		{"…, said Prof. X. he said",
			"Professor Thomas Kray spoke of the plea of David Lund on Monday.\n\nDavid Lund had kept a clean record since his arrest, said Prof. Kray.\n\n\u201cMore time behind bars serves no purpose here,\u201d he said.",
			[]speakerWant{{"he", "Thomas Kray"}}},
		{"…, Gov. X wrote. he wrote",
			"Governor Thomas Kray spoke of the plea of David Lund on Monday.\n\nWhile the theft was grave, David Lund had kept a clean record since his arrest, Gov. Kray wrote.\n\nIn the end, the ruling weighed the risk against the sentence.\n\n\u201cMore time behind bars serves no purpose here,\u201d he wrote.",
			[]speakerWant{{"he", "Thomas Kray"}}},
		{"…, Dr. X wrote. he wrote",
			"Dr. Thomas Kray spoke of the plea of David Lund on Monday.\n\nWhile the theft was grave, David Lund had kept a clean record since his arrest, Dr. Kray wrote.\n\nIn the end, the ruling weighed the risk against the sentence.\n\n\u201cMore time behind bars serves no purpose here,\u201d he wrote.",
			[]speakerWant{{"he", "Thomas Kray"}}},
	})
}
