package nlp

import "testing"

// TestSpeakersLeadPhrase: a person named in a phrase that opens the
// sentence with "Unlike" or "Despite" is not its subject: neither the
// speaker of a participle after it nor the he or she of the next
// quotation (h/read55: s136663839205408f, se7e4dee9fb1ed2eb).
func TestSpeakersLeadPhrase(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"unlike X, Y … she said",
			"Senator Ana Kerr spoke on the floor on Friday.\n\nPresident Lund had called the critics \u201cbad people.\u201d\n\nUnlike Lund, Kerr avoided attacking the witness. \u201cI believe that the witness is sincere,\u201d she said.",
			[]speakerWant{{"Lund", "Lund"}, {"she", "Ana Kerr"}}},
		{"despite X's attempt, Y insisting; he after a description",
			"Ivo Ruiz kept his plan to skip the debate, he told the host Tom Berg in an interview.\n\nDespite Berg's attempt to change his mind, Ruiz held firm while insisting, \u201cI am not leaving the race.\u201d\n\nThe candidate, meanwhile, gave the details of his own event. He said it would be a \u201cnight for the veterans of the state.\u201d",
			[]speakerWant{{"Ruiz", "Ivo Ruiz"}, {"He", "Ivo Ruiz"}}},
		{"like X, and Y, Z … he",
			"Ivo Ruiz spoke in Leeds on Monday.\n\nLike former Governor Tom Berg in 2012, and former senator Ana Kerr in 1988, Ruiz is a favourite of the small party. He has called himself \u201cthe only free voice in the chamber.\u201d",
			[]speakerWant{{"He", "Ivo Ruiz"}}},
		{"like X, who …, Y said … he",
			"Ivo Ruiz spoke in Leeds on Monday.\n\nLike Tom Berg and Ana Kerr, who wrote to the board last year, Ruiz said the meeting had gone badly. He said he told his host that \u201cthis was a waste of a morning.\u201d",
			[]speakerWant{{"he", "Ivo Ruiz"}}},
	})
}

// TestSpeakersLeadPhraseLimits: a person who opens the sentence as its
// subject, or a "like" inside it, keeps the old reading.
func TestSpeakersLeadPhraseLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the subject opens the sentence",
			"Senator Ana Kerr spoke on the floor on Friday.\n\nKerr, unlike Lund, avoided attacking the witness. \u201cI believe that the witness is sincere,\u201d she said.",
			[]speakerWant{{"she", "Ana Kerr"}}},
		{"a like inside the sentence",
			"Ivo Ruiz spoke in Leeds on Monday.\n\nRuiz said he felt like a winner, insisting, \u201cThe race is mine.\u201d",
			[]speakerWant{{"Ruiz", "Ivo Ruiz"}}},
	})
}

// TestSpeakersAskedClause: quoted words inside an opening "Asked …
// whether" clause are the question, not the answer of the person named
// after it: the asker's when "by" names them, else no one's
// (h/read55: scd9ba94cd7fce8f4).
func TestSpeakersAskedClause(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"asked by an anchor whether",
			"The adviser Eric Lund went on television on Monday.\n\nAsked by anchor Tom Berg whether the governor holds that \u201cthe fee is no tax at all,\u201d Lund answered: \u201cThat is right.\u201d",
			[]speakerWant{{"Tom Berg", "Tom Berg"}, {"Lund", "Eric Lund"}}},
		{"asked whether, no asker named",
			"The adviser Eric Lund went on television on Monday.\n\nAsked whether the governor holds that \u201cthe fee is no tax at all,\u201d Lund answered: \u201cThat is right.\u201d",
			[]speakerWant{{"", ""}, {"Lund", "Eric Lund"}}},
		{"asked by a justice with a capitalised title",
			"The lawyer Eric Lund argued the case in March.\n\nAsked by Associate Justice Ana Kerr \u201ccan the fee be read as a tax?\u201d Lund responded, \u201cI think it could.\u201d",
			[]speakerWant{{"Ana Kerr", "Ana Kerr"}, {"Lund", "Eric Lund"}}},
	})
}

// TestSpeakersAskedClauseLimits: an answer quoted after the comma that
// closes the "Asked" clause, or a sentence that does not open with it,
// stays the answerer's.
func TestSpeakersAskedClauseLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"the answer after the clause",
			"The adviser Eric Lund went on television on Monday.\n\nAsked about the fee, \u201cit is no tax at all,\u201d Lund answered.",
			[]speakerWant{{"Lund", "Eric Lund"}}},
		{"no asked clause",
			"The adviser Eric Lund went on television on Monday.\n\nThe governor holds that \u201cthe fee is no tax at all,\u201d Lund answered.",
			[]speakerWant{{"Lund", "Eric Lund"}}},
	})
}

// TestSpeakersHeadingLine: a linked headline set as a paragraph of its
// own between the text's sentences (every word capitalised, no closing
// stop) names no one a later he or she points to (h/read55:
// s136663839205408f).
func TestSpeakersHeadingLine(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a promo headline between",
			"Senator Ana Kerr spoke against the nominee on Friday.\n\nKerr called the charges \u201cthe worst thing\u201d a judge can face.\n\n\u2018We Are Watching\u2019: Susan Quist Slams Lund \u2018Leak\u2019 in Floor Speech\n\n\u2018Not a Vote, a Show\u2019: Host on \u2018Loud\u2019 Crowd in Hall\n\nShe warned colleagues about the \u201cpolitics of the moment.\u201d\n\n.@anakerr: I was leaning toward the nominee until last week. \u2014 Harbour News (@HarbourNews) October 5, 2018\n\n\u201cA judge must act at all times with restraint,\u201d she said.",
			[]speakerWant{{"Kerr", "Ana Kerr"}, {"She", "Ana Kerr"}, {"she", "Ana Kerr"}}},
	})
}

// TestSpeakersHeadingLineLimits: a line that heads a part about a
// person ("Sen. Ana Kerr (D-Leeds)") is where the next he or she points.
func TestSpeakersHeadingLineLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"a person's heading",
			"Five senators will question the nominee.\n\nPresident Ivo Lund chose the nominee in May.\n\nSen. Ana Kerr (D-Leeds)\n\nThis former prosecutor is a sharp questioner.\n\n\u201cWe need to pick up the pace,\u201d she told a local paper.",
			[]speakerWant{{"she", "Ana Kerr"}}},
	})
}
