package nlp

import "testing"

// TestSpeakersRankTitle: a rank of two words before a name ("Major
// General", "Lieutenant Colonel") is a title, not the speaker's name
// (session 58: a ministry spokesman shown as "Major").
func TestSpeakersRankTitle(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"spokesman Major General X, saying",
			"The army denied the report on Monday.\n\nArmy spokesman Major General Oleg Varin disputed the account, saying the troops had \u201cno orders to move\u201d before dawn.",
			[]speakerWant{{"Oleg Varin", "Oleg Varin"}}},
		{"Lieutenant Colonel X said",
			"The army denied the report on Monday.\n\n\u201cNo unit crossed the river,\u201d Lieutenant Colonel Ana Petrak said.",
			[]speakerWant{{"Lieutenant Colonel Ana Petrak", "Ana Petrak"}}},
	})
}

// TestSpeakersMiddleInitial: a name with a middle initial after a quote
// ("says John Q. Doe, the ...") is one name: the sentence does not end
// at the initial (session 58: "Christopher A" shown, the surname lost).
func TestSpeakersMiddleInitial(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"says X A. Z, the (A is also a word)",
			"The council voted on the river plan on Tuesday.\n\n\u201cThe plan will flood the lower town within ten years,\u201d says Martin A. Ostrova, the head of water policy at the Delta Institute.\n\n\u201cWe warned them twice,\u201d Ostrova wrote on Friday.",
			[]speakerWant{{"Martin A. Ostrova", "Martin A. Ostrova"}, {"Ostrova", "Martin A. Ostrova"}}},
	})
}

// TestSpeakersAgencyWithAnd: an agency whose name holds "and" before a
// title and the speaker's name is one body, so the speaker is the person
// after the title, not the agency's first word (session 52's only-in
// sample: a commissioner's words shown under "Food").
func TestSpeakersAgencyWithAnd(t *testing.T) {
	a := newTestAnalyzer(t)
	checkSpeakers(t, a, []speakerCase{
		{"said Food and Drug Administration Commissioner X",
			"Health officials met the committee on Tuesday.\n\n\u201cWe will cut no corners on the vaccine,\u201d said Food and Drug Administration Commissioner Vera Lenk.",
			[]speakerWant{{"Vera Lenk", "Vera Lenk"}}},
	})
}
