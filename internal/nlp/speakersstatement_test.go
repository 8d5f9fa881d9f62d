package nlp

import "testing"

// TestSpeakersOrgStatement: an organisation that issues a statement is
// the speaker of its words, also when the speaker phrase names the
// statement ("a network statement said") or the organisation is a news
// outlet speaking for itself ("said in a statement"); an outlet that
// only reports words stays no speaker (h/read55: se7e4dee9fb1ed2eb, a
// network's statement shown Unattributed).
func TestSpeakersOrgStatement(t *testing.T) {
	a := newTestAnalyzer(t)
	lead := "Ivo Ruiz will skip the town hall on Thursday.\n\n"
	checkSpeakers(t, a, []speakerCase{
		{"an outlet's statement",
			lead + "\u201cHe is afraid of a fair set of questions,\u201d a Fox News statement said.",
			[]speakerWant{{"a Fox News statement", "Fox News"}}},
		{"a department's statement, possessive",
			lead + "\u201cThe review found no fault in the count,\u201d the Justice Department\u2019s statement said.",
			[]speakerWant{{"the Justice Department\u2019s statement", "Justice Department"}}},
		{"a statement from a department",
			lead + "\u201cThe review found no fault in the count,\u201d a statement from the Justice Department said.",
			[]speakerWant{{"a statement from the Justice Department", "Justice Department"}}},
		{"an outlet said in a statement",
			lead + "\u201cHe is afraid of a fair set of questions,\u201d Fox News said in a statement.",
			[]speakerWant{{"Fox News", "Fox News"}}},
	})
}

// TestSpeakersOrgStatementLimits: an outlet reporting words is no
// speaker; a person's statement stays the person's; a statement with no
// organisation named in the phrase gets none from it.
func TestSpeakersOrgStatementLimits(t *testing.T) {
	a := newTestAnalyzer(t)
	lead := "Ivo Ruiz will skip the town hall on Thursday.\n\n"
	checkSpeakers(t, a, []speakerCase{
		{"an outlet reported",
			lead + "Ruiz called the host \u201ca very unfair person to me,\u201d Fox News reported.",
			[]speakerWant{{"", ""}}},
		{"an outlet said, no statement",
			lead + "\u201cHe is afraid of a fair set of questions,\u201d Fox News said.",
			[]speakerWant{{"", ""}}},
		{"a person's campaign statement",
			lead + "\u201cThe town hall was never on his schedule,\u201d a Ruiz campaign statement said.",
			[]speakerWant{{"a Ruiz campaign statement", "Ivo Ruiz"}}},
	})
}

// TestSpeakersOwnStatementOpening: "In its statement, the Times said"
// is the paper's own statement; a sentence opening "In a statement"
// whose subject is an aide keeps the paper named later no speaker.
func TestSpeakersOwnStatementOpening(t *testing.T) {
	a := newTestAnalyzer(t)
	lead := "Ivo Ruiz will skip the town hall on Thursday.\n\n"
	checkSpeakers(t, a, []speakerCase{
		{"the paper's statement opens the sentence",
			lead + "In its statement, the New York Times said its reporting \u201cwas fair and complete in every part.\u201d",
			[]speakerWant{{"New York Times", "New York Times"}}},
		{"an aide's statement names the paper later",
			lead + "In a statement, the campaign aide Tom Berg wrote on Friday that the whole New York Times story was \u201cinvented\u201d from start to end.",
			[]speakerWant{{"Tom Berg", "Tom Berg"}}},
	})
}
